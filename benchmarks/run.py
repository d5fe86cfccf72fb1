"""`make bench`: run every benchmarks/bench_<area>.py, write results.json and docs/PERFORMANCE.md."""

from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.harness import Figure, Recorder, write_results  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    wanted = set(argv)
    modules = sorted(p.stem for p in (ROOT / "benchmarks").glob("bench_*.py"))
    figures = []
    failed = []
    for name in modules:
        area = name.removeprefix("bench_")
        if wanted and area not in wanted:
            continue
        print(f"[{area}]", flush=True)
        rec = Recorder(area)
        try:
            importlib.import_module(f"benchmarks.{name}").run(rec)
        except Exception:
            traceback.print_exc()
            failed.append(area)
        figures += rec.figures
    results = ROOT / "benchmarks" / "results.json"
    if wanted and results.exists():  # a partial run keeps the other areas' last figures
        kept = [Figure(**f) for f in json.loads(results.read_text(encoding="utf-8"))["figures"]
                if f["area"] not in wanted]
        figures = kept + figures
    write_results(figures, results, ROOT / "docs" / "PERFORMANCE.md")
    misses = [f for f in figures if f.ok is False]
    print(f"\n{len(figures)} figures, {len(misses)} missed their target, {len(failed)} areas failed: {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
