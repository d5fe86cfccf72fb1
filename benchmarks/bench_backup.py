"""Backup benchmarks: each figure beside a baseline measured in the same run.

- SQLite snapshot (online backup API + fsync) vs a plain file copy (+ fsync) of the same file
- nightly backup with one changed interview over a large existing media set vs the first backup
- verify of a 1 GB encrypted backup vs plain sha256 of the same bytes
- peak memory (RSS) of backup, verify and restore, each in its own process, vs a process that
  only imports the same modules
- the longest interview save while a backup runs vs the longest save without a backup

Sizes: HRDESK_BENCH_MEDIA_GB (default 2) of existing media for the nightly run, 1 GB for verify.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MB = 1 << 20


def _write_random(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    block = os.urandom(4 * MB)
    with open(path, "wb") as f:
        left = size
        while left > 0:  # a rotating random block: incompressible, cheap to generate
            n = min(left, len(block))
            f.write(block[:n])
            left -= n
            block = block[1:] + block[:1] if left % (64 * MB) == 0 else block


def _sqlite_db(path: Path, mb: int, page_size: int = 4096) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA page_size={page_size}")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)")
    with con:
        con.executemany("INSERT INTO t (body) VALUES (randomblob(4000))",
                        ([] for _ in range(mb * 250)))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def _best_of(n: int, fn: Any) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def bench_snapshot(rec: Any, tmp: Path) -> None:
    from backup.sources import sqlite_online_copy

    for page_size, label in ((16384, "16 KB pages (as HR Desk creates new databases)"),
                             (4096, "4 KB pages (databases created before 16 KB pages; VACUUM converts)")):
        db = tmp / f"snap-{page_size}.sqlite3"
        _sqlite_db(db, 200, page_size)
        size = db.stat().st_size
        out = tmp / "copy.sqlite3"

        def plain(db: Path = db, out: Path = out) -> None:
            shutil.copyfile(db, out)
            with open(out, "rb+") as f:
                os.fsync(f.fileno())
            out.unlink()

        def snapshot(db: Path = db, out: Path = out) -> None:
            sqlite_online_copy(db, out)
            out.unlink()

        copy_mbs = size / MB / _best_of(3, plain)
        snap_mbs = size / MB / _best_of(3, snapshot)
        rec.add(f"sqlite snapshot throughput (online backup API + fsync), {label}",
                round(snap_mbs, 1), "MB/s", baseline=round(copy_mbs, 1),
                baseline_name=f"plain file copy + fsync of the same {size // MB} MB file",
                target=">= 50 % of the plain copy", ok=snap_mbs >= 0.5 * copy_mbs)
        db.unlink()


def _hr_data(data: Path, media_gb: float, files: int) -> Any:
    from app.config import load_settings
    from app.storage.db import Database, sqlite_url
    from app.storage.migrate import upgrade
    from backup.service import Context
    from tests.backup import hr_data

    settings, paths = load_settings(data_dir=data)
    data.mkdir(parents=True, exist_ok=True)
    paths.backup_dir.mkdir(exist_ok=True)
    db = Database(sqlite_url(paths.db_file))
    upgrade(db)
    hr_data.fill(db, paths.media_dir, candidates=20, media_size=100_000)
    each = int(media_gb * 1024 * MB / files)
    for k in range(files):
        _write_random(paths.media_dir / f"{k % 256:02x}" / f"video-{k:05d}.mkv", each)
    return Context(settings, paths), db


def bench_nightly(rec: Any, tmp: Path) -> None:
    from backup.service import run_backup
    from tests.backup import hr_data

    gb = float(os.environ.get("HRDESK_BENCH_MEDIA_GB", "2"))
    files = int(gb * 100)  # ~10 MB per interview video
    ctx, db = _hr_data(tmp / "nightly", gb, files)
    t = time.perf_counter()
    first = run_backup(ctx, "manual")
    full = time.perf_counter() - t
    hr_data.fill(db, ctx.paths.media_dir, candidates=1, media_size=5 * MB)  # today's interview
    t = time.perf_counter()
    second = run_backup(ctx, "manual")
    nightly = time.perf_counter() - t
    assert second.media.new_files == 1 and second.media.reused_files >= files
    rec.add(f"nightly backup, one new interview over {gb:g} GB / {files} media files existing",
            round(nightly, 2), "s", baseline=round(full, 2),
            baseline_name="first full backup of the same data", target="<= 5 s", ok=nightly <= 5)
    db.dispose()
    del first
    shutil.rmtree(tmp / "nightly")


def _child(op: str, *args: str) -> tuple[float, float, str]:
    """Run one operation in its own process; return (seconds, peak RSS MB, output)."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "worker", op, *args], capture_output=True,
                         text=True, check=True, cwd=ROOT,
                         env={**os.environ, "HRDESK_NO_KEYRING": "1"})
    doc = json.loads(out.stdout.strip().splitlines()[-1])
    return time.perf_counter() - t, doc["rss_mb"], doc.get("note", "")


def bench_verify_and_memory(rec: Any, tmp: Path) -> None:
    data = tmp / "onegig"
    ctx, db = _hr_data(data, 1.0, 20)  # 20 x ~50 MB videos
    db.dispose()
    _, base_rss, _ = _child("imports")
    secs_b, rss_b, _ = _child("backup", str(data))
    from backup.layout import list_backups

    backup = list_backups(ctx.paths.backup_dir)[0].path
    secs_v, rss_v, note = _child("verify", str(backup))
    t = time.perf_counter()
    for p in sorted(backup.rglob("*")):
        if p.is_file():
            h = hashlib.sha256()
            with open(p, "rb") as f:
                while chunk := f.read(MB):
                    h.update(chunk)
    hash_only = time.perf_counter() - t
    stored = sum(p.stat().st_size for p in backup.rglob("*") if p.is_file())
    rec.add(f"verify of a {stored / 1e9:.2f} GB encrypted backup (full, in its own process)",
            round(secs_v, 2), "s", baseline=round(hash_only, 2),
            baseline_name="sha256 of the same files only", target="<= 10 s", ok=secs_v <= 10)
    secs_r, rss_r, _ = _child("restore", str(backup), str(tmp / "restored"))
    for name, rss in (("backup", rss_b), ("verify", rss_v), ("restore", rss_r)):
        rec.add(f"peak memory of {name} (1 GB of media)", round(rss, 1), "MB",
                baseline=round(base_rss, 1), baseline_name="process that only imports HR Desk",
                target="<= 300 MB", ok=rss <= 300)
    del secs_b, secs_r, note
    shutil.rmtree(data)
    shutil.rmtree(tmp / "restored", ignore_errors=True)


def bench_save_latency(rec: Any, tmp: Path) -> None:
    from app.storage.db import Database
    from backup.service import run_backup
    from tests.backup.saving_load import SavingClerk

    ctx, db = _hr_data(tmp / "saving", 0.3, 30)
    db.dispose()
    db = Database(f"sqlite:///{ctx.paths.db_file}")
    idle = SavingClerk(db)
    idle.start()
    while len(idle.saves) < 200:
        time.sleep(0.01)
    idle.stop.set()
    idle.join()
    busy = SavingClerk(db)
    busy.start()
    t0 = time.perf_counter()
    run_backup(ctx, "manual")
    t1 = time.perf_counter()
    busy.stop.set()
    busy.join()
    during = busy.saves_between(t0, t1)
    worst, worst_idle = max(during) * 1000, max(d for _, d in idle.saves) * 1000
    rec.add(f"longest interview save during a backup ({len(during)} saves)", round(worst, 1),
            "ms", baseline=round(worst_idle, 1), baseline_name="longest save without a backup",
            target="<= 100 ms", ok=worst <= 100)
    db.dispose()
    shutil.rmtree(tmp / "saving")


def run(rec: Any) -> None:
    with tempfile.TemporaryDirectory(prefix="hrdesk-bench-backup-", dir=os.environ.get("TMPDIR")) as t:
        tmp = Path(t)
        bench_snapshot(rec, tmp)
        bench_save_latency(rec, tmp)
        bench_verify_and_memory(rec, tmp)
        bench_nightly(rec, tmp)


# --- worker processes (peak memory per operation) -------------------------------------------

PASSWORD = "bench password"


def _worker(op: str, args: list[str]) -> None:
    from app.config import load_settings
    from backup.crypto import KeyRing
    from backup.restore import restore_into_folder
    from backup.service import Context, run_backup
    from backup.verify import verify_backup

    note = ""
    if op == "backup":
        settings, paths = load_settings(data_dir=Path(args[0]))
        note = run_backup(Context(settings, paths), "manual", password=PASSWORD).path.name
    elif op == "verify":
        note = verify_backup(Path(args[0]), KeyRing(PASSWORD)).database
    elif op == "restore":
        note = str(restore_into_folder(Path(args[0]), KeyRing(PASSWORD), Path(args[1])).rows)
    # VmHWM, not ru_maxrss: ru_maxrss survives exec on Linux and would report the parent's peak.
    status = Path("/proc/self/status").read_text().splitlines()
    rss_kb = int(next(line.split()[1] for line in status if line.startswith("VmHWM")))
    print(json.dumps({"rss_mb": rss_kb / 1024, "note": note}))


class _PrintRecorder:
    def add(self, name: str, value: float, unit: str, **kw: Any) -> None:
        print(f"{'OK ' if kw.get('ok') else 'MISS'} {name}: {value} {unit}  "
              f"(baseline {kw.get('baseline_name')}: {kw.get('baseline')} {unit}; "
              f"target {kw.get('target')})", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "worker":
        _worker(sys.argv[2], sys.argv[3:])
    else:
        run(_PrintRecorder())
