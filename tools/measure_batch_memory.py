"""Run `hrdesk score-batch` over N generated rows and sample its resident memory (for docs/SCORING.md).

    python tools/measure_batch_memory.py 100000
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_scoring import _batch_rows  # noqa: E402


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    base = _batch_rows(500)
    with tempfile.TemporaryDirectory(prefix="hrdesk-mem-") as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with src.open("w", encoding="utf-8") as stream:
            for i in range(n):
                row = dict(base[i % len(base)])
                row["id"] = str(i)
                row["answer"] = f"{row['answer']} #{i}"
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        started = time.monotonic()
        child = subprocess.Popen([sys.executable, "-m", "app", "score-batch", str(src), "--out", str(out),
                                  "--quiet"], env=env, cwd=REPO)
        proc = psutil.Process(child.pid)
        samples = []
        while child.poll() is None:
            try:
                rss = proc.memory_info().rss / 2**20
            except psutil.NoSuchProcess:
                break
            partial = out.with_name(out.name + ".partial")
            rows = sum(1 for _ in partial.open(encoding="utf-8")) if partial.exists() else 0
            samples.append((round(time.monotonic() - started, 1), rows, round(rss, 1)))
            print(samples[-1], flush=True)
            time.sleep(10)
        print(json.dumps({"rows": n, "seconds": round(time.monotonic() - started, 1),
                          "returncode": child.returncode, "samples": samples}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
