"""Salary benchmarks: analytics over 50,000 interviews (SQLite and PostgreSQL), importing 100,000
market rows (CSV and XLSX), and peak memory of both — each beside a baseline from the same run.

    .venv/bin/python benchmarks/bench_salary.py          # standalone, prints a table
"""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from app.salary.analytics import GroupBy  # noqa: E402
from app.salary.grade_tables import ensure_default_table  # noqa: E402
from app.salary.history import add_history  # noqa: E402
from app.salary.market_import import import_market_file  # noqa: E402
from app.storage.db import Database, sqlite_url  # noqa: E402
from app.storage.migrate import upgrade  # noqa: E402
from app.storage.salary_analytics import group_figures  # noqa: E402

INTERVIEWS = 50_000
MARKET_ROWS = 100_000
HEADER = ["position", "level", "city", "P25", "P50", "P75", "source", "date"]
CITIES = ["上海", "北京", "深圳", "广州", "杭州", "成都", "南京", "武汉", "西安", "苏州"]
LEVELS = ["见习工程师", "助理工程师", "初级工程师", "中级工程师", "高级工程师"]


def best_of(n: int, fn: Callable[[], Any]) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def market_rows(n: int) -> list[list[Any]]:
    rnd = random.Random(1)
    rows = []
    for i in range(n):
        p50 = rnd.randrange(5000, 30000, 100)
        rows.append([f"岗位 {i // 50:04d}", LEVELS[i % 5], CITIES[(i // 5) % 10], p50 - 1000, p50,
                     p50 + 1500, "薪酬调查 2026", "2026-06-30"])
    return rows


def write_market_files(folder: Path) -> tuple[Path, Path]:
    import openpyxl

    rows = market_rows(MARKET_ROWS)
    csv_path = folder / "market-100k.csv"
    with csv_path.open("w", encoding="gb18030", newline="") as fh:  # as Chinese Excel saves it
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("market")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    xlsx_path = folder / "market-100k.xlsx"
    book.save(xlsx_path)
    return csv_path, xlsx_path


def analytics(rec: Any, db: Database, engine: str) -> None:
    table = ensure_default_table(db, "zh_CN", "bench")
    with db.transaction() as s:
        add_history(s, table, INTERVIEWS, seed=42, questions_per_interview=3)

    def count() -> None:
        with db.session() as s:
            s.execute(text("SELECT COUNT(*) FROM interviews WHERE status = 'saved'")).scalar()

    baseline = best_of(3, count)
    for by in GroupBy:
        def figures(by: GroupBy = by) -> None:
            with db.session() as s:
                group_figures(s, by)
        value = best_of(3, figures)
        rec.add(f"salary analytics by {by.value}, {INTERVIEWS:,} interviews, {engine}",
                value * 1000, "ms", baseline=baseline * 1000,
                baseline_name="bare SELECT COUNT(*) over the same interviews",
                target="<= 1000 ms", ok=value <= 1.0)


def market_import(rec: Any, db: Database, engine: str, path: Path, baseline: float,
                  baseline_name: str) -> None:
    start = time.perf_counter()
    outcome = import_market_file(db, path, "bench", allow_same_file=True)
    value = time.perf_counter() - start
    assert outcome.imported, outcome.check.problems[:5]
    rec.add(f"import {MARKET_ROWS:,} market rows from {path.suffix[1:].upper()}, {engine} "
            "(check every cell + one transaction)", value, "s", baseline=baseline,
            baseline_name=baseline_name, target="<= 5 s", ok=value <= 5.0)


def csv_pass(path: Path) -> None:
    with path.open(encoding="gb18030", newline="") as fh:
        for _row in csv.reader(fh):
            pass


def xlsx_pass(path: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for _row in book.worksheets[0].iter_rows(values_only=True):
        pass
    book.close()


# VmHWM is this process's own peak resident memory; ru_maxrss would report the parent's peak too
# (Linux keeps it across fork and exec).
PEAK_SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from app.storage.db import Database
from app.salary.market_import import import_market_file
from app.salary.analytics import GroupBy
from app.storage.salary_analytics import group_figures
db = Database({url!r})
mode = {mode!r}
if mode == "import":
    import_market_file(db, Path({path!r}), "bench", allow_same_file=True)
elif mode == "analytics":
    with db.session() as s:
        group_figures(s, GroupBy.SOURCE)
status = open("/proc/self/status").read().split("VmHWM:")[1]
print(int(status.split()[0]))
"""


def peak_mb(url: str, mode: str, path: Path | None = None) -> float:
    script = PEAK_SCRIPT.format(root=str(ROOT), url=url, mode=mode, path=str(path or ""))
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                         text=True, timeout=600)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def run(rec: Any) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-salary-") as tmp:
        folder = Path(tmp)
        csv_path, xlsx_path = write_market_files(folder)
        lite = Database(sqlite_url(folder / "bench.sqlite3"))
        upgrade(lite)
        analytics(rec, lite, "SQLite")
        csv_base = best_of(1, lambda: csv_pass(csv_path))
        market_import(rec, lite, "SQLite", csv_path, csv_base,
                      "bare csv.reader pass over the same file")
        xlsx_base = best_of(1, lambda: xlsx_pass(xlsx_path))
        market_import(rec, lite, "SQLite", xlsx_path, xlsx_base,
                      "bare openpyxl read-only pass over the same file")
        idle = peak_mb(lite.url, "idle")
        for mode, path, label in (("import", csv_path, f"importing {MARKET_ROWS:,} CSV rows"),
                                  ("import", xlsx_path, f"importing {MARKET_ROWS:,} XLSX rows"),
                                  ("analytics", None, f"analytics over {INTERVIEWS:,} interviews")):
            value = peak_mb(lite.url, mode, path)
            rec.add(f"peak memory {label}, SQLite", value, "MB", baseline=idle,
                    baseline_name="same process with the modules loaded, doing nothing",
                    target="<= 500 MB", ok=value <= 500)
        lite.dispose()
        pg_url, server = os.environ.get("HRDESK_BENCH_PG_URL", ""), None
        if not pg_url:
            from tests.pg_server import PostgresServer

            server = PostgresServer()
            server.init()
            server.start()
            pg_url = server.url_for(server.create_database("bench_salary"))
        try:
            pg = Database(pg_url)
            upgrade(pg)
            analytics(rec, pg, "PostgreSQL")
            market_import(rec, pg, "PostgreSQL", csv_path, csv_base,
                          "bare csv.reader pass over the same file")
            value = peak_mb(pg.url, "analytics")
            rec.add(f"peak memory analytics over {INTERVIEWS:,} interviews, PostgreSQL", value,
                    "MB", baseline=idle, baseline_name="same process with the modules loaded, "
                    "doing nothing", target="<= 500 MB", ok=value <= 500)
            pg.dispose()
        finally:
            if server is not None:
                server.destroy()


class PrintRecorder:
    def add(self, name: str, value: float, unit: str, *, baseline: float, baseline_name: str,
            target: str, ok: bool) -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {value:,.3f} {unit} (target {target}); "
              f"baseline {baseline:,.3f} {unit} = {baseline_name}", flush=True)


if __name__ == "__main__":
    import signal

    # a stopped benchmark still stops the PostgreSQL server it started (the finally above)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    run(PrintRecorder())
