"""Interview figures: saving a 4-answer interview (SQLite, PostgreSQL), the draft journal, memory.

Each figure stands beside the bare database (or disk) round-trip measured in the same run.
Run alone: `.venv/bin/python -m benchmarks.bench_interview`.
"""

from __future__ import annotations

import gc
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil  # noqa: E402
from sqlalchemy import text  # noqa: E402

from app.services.drafts import DraftJournal, DraftKeeper, DraftWriter, snapshot, write_atomically  # noqa: E402
from app.services.interviews import InterviewService  # noqa: E402
from app.storage.db import Database, sqlite_url  # noqa: E402
from app.storage.migrate import upgrade  # noqa: E402
from app.storage.repositories import Repositories  # noqa: E402

ANSWER = "我负责把订单系统从单体迁移到微服务，先拆出库存服务，再用消息队列解耦。" * 12  # ~400 chars


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 20 else max(samples)


def timed(fn: Callable[[], Any], n: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def _finished_interview(service: InterviewService, seeded: Any) -> Any:
    run = service.start(seeded.candidate_id, seeded.position_id, seeded.template_id)
    run.record_consent(recording=True, ai_scoring=True, by="bench")
    run.begin()
    for i in range(run.count):
        run.go_to(i)
        run.start_answer()
        run.set_text(ANSWER)
    run.end()
    return run


def bench_save(rec: Any, db: Database, label: str, target_ms: float, work: Path) -> None:
    from tests.interview.seed import seed

    upgrade(db)
    seeded = seed(db)
    service = InterviewService(db, actor="bench", drafts=DraftJournal(work / f"drafts-{label}"),
                               media_dir=work / "media")

    def save_one() -> None:
        iv, _ = service.prepare(_finished_interview(service, seeded))
        service.save(iv)

    def bare() -> None:  # the same engine, one write transaction with one tiny row
        with db.transaction() as s:
            Repositories(s).audit.record("bench", "ping", "bench", "x", {})

    def read_trip() -> None:
        with db.session() as s:
            s.execute(text("select 1")).scalar()

    saves = timed(save_one, 60)
    bares = timed(bare, 60)
    reads = timed(read_trip, 60)
    value = p95(saves)
    rec.add(f"interview save, 4 answers, p95 ({label})", round(value, 2), "ms",
            baseline=round(p95(bares), 2), baseline_name=f"bare write transaction p95 ({label})",
            target=f"<= {target_ms:.0f} ms", ok=value <= target_ms)
    rec.add(f"bare read round-trip p95 ({label})", round(p95(reads), 3), "ms",
            baseline=round(p95(bares), 2), baseline_name=f"bare write transaction p95 ({label})",
            target="", ok=None)


def bench_drafts(rec: Any, work: Path) -> None:
    from uuid import uuid4

    from app.domain import Answer, Interview, Question

    qs = [Question(prompt=f"Q{i}") for i in range(4)]
    iv = Interview(candidate_id=uuid4(), position_id=uuid4(), template_id=uuid4(),
                   answers=[Answer(question_id=q.id, position=i, typed_text=ANSWER) for i, q in enumerate(qs)])
    from app.services.interview_run import InterviewRun

    run = InterviewRun(iv, qs, candidate_name="王小明")
    run.begin()
    payload = snapshot(run)
    folder = work / "draft-bench"
    folder.mkdir()
    target = folder / "d.json"
    writes = timed(lambda: write_atomically(target, payload), 100)

    def bare_fsync_write() -> None:
        fd = os.open(folder / "bare.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.write(fd, payload)
        os.fsync(fd)
        os.close(fd)

    bares = timed(bare_fsync_write, 100)
    value = p95(writes)
    floor = p95(bares)
    # Two fsyncs (file, then folder) cannot beat the disk's own fsync: on a disk busy with other
    # work the floor itself passes 5 ms, so the figure is also judged against it. The clerk never
    # waits for this write (see the UI-thread figure below).
    rec.add("draft journal write on its own thread (tmp + fsync + rename + dir fsync), p95",
            round(value, 2), "ms", baseline=round(floor, 2),
            baseline_name="bare write + fsync of the same bytes, p95",
            target="<= 5 ms, or <= 2x the bare fsync'd write when the disk is slower than that",
            ok=value <= 5 or value <= 2 * floor)
    writer = DraftWriter(DraftJournal(folder))
    keeper = DraftKeeper(run, writer)
    counter = [0]

    def keystroke_and_journal() -> None:  # what the UI thread pays: snapshot + hand-over
        counter[0] += 1
        run.set_text(ANSWER + str(counter[0]))
        keeper.journal()

    ui = timed(keystroke_and_journal, 200)
    writer.close()
    rec.add("draft journal cost on the UI thread (snapshot + hand-over), p95", round(p95(ui), 3), "ms",
            baseline=round(p95(bares), 2), baseline_name="bare write + fsync, p95",
            target="<= 5 ms (typing never waits for the disk)", ok=p95(ui) <= 5)


def bench_memory(rec: Any, work: Path, interviews: int = 150) -> None:
    """Measured in a fresh child process (a clean RSS, and its Qt shutdown cannot hurt the run)."""
    import json
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_interview", "--memory", str(work), str(interviews)],
        cwd=root, capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"memory benchmark failed: {done.stderr[-2000:]}")
    fig = json.loads(lines[-1])
    rec.add(f"memory growth over {interviews} interviews (window + save + draft)", fig["grown"], "MB",
            baseline=fig["grown_bare"], baseline_name=f"growth over {interviews * 4} bare write round-trips",
            target="<= 50 MB for a 2-hour session (~8 interviews)", ok=fig["grown"] <= 50)


def measure_memory(work: Path, interviews: int) -> dict[str, float]:
    """Many interviews through the real window and the real save; RSS before and after."""
    from PySide6.QtWidgets import QApplication

    from app.ui.interview.desk import InterviewDesk
    from app.ui.tasks import TaskManager
    from tests.interview.gui_helpers import make_context
    from tests.interview.seed import seed

    app = QApplication.instance() or QApplication([])
    db = Database(sqlite_url(work / "memory.sqlite3"))
    upgrade(db)
    seeded = seed(db)
    ctx = make_context(db, work / "memory-data")
    tasks = TaskManager()
    desk = InterviewDesk(ctx, tasks)
    proc = psutil.Process()

    def one() -> None:
        run = desk.service.start(seeded.candidate_id, seeded.position_id, seeded.template_id)
        run.begin()
        window = desk.open_run(run)
        for i in range(run.count):
            window._go(i)
            window.answer_edit.setPlainText(ANSWER)
        window.finish()
        iv, rev = desk.service.prepare(run)
        run.mark_saved(desk.service.save(iv).interview, rev)
        desk.drop_draft(run.interview.id)
        window.close()
        app.processEvents()

    def bare() -> None:
        with db.transaction() as s:
            Repositories(s).audit.record("bench", "ping", "bench", "x", {"pad": ANSWER})

    for _ in range(10):
        one()
    gc.collect()
    before = proc.memory_info().rss
    for _ in range(interviews):
        one()
    app.processEvents()
    gc.collect()
    grown = (proc.memory_info().rss - before) / 2**20
    before_bare = proc.memory_info().rss
    for _ in range(interviews * 4):
        bare()
    gc.collect()
    grown_bare = (proc.memory_info().rss - before_bare) / 2**20
    desk.shut_down()
    db.dispose()
    return {"grown": round(grown, 1), "grown_bare": round(grown_bare, 1)}


def run(rec: Any) -> None:
    with tempfile.TemporaryDirectory(prefix="hrdesk-bench-interview-") as tmp:
        work = Path(tmp)
        db = Database(sqlite_url(work / "bench.sqlite3"))
        bench_save(rec, db, "SQLite", 100, work)
        db.dispose()
        from tests.pg_server import PostgresServer

        server = PostgresServer()
        try:
            server.init()
            server.start()
            pg = Database(server.url_for(server.create_database()))
            bench_save(rec, pg, "PostgreSQL", 250, work)
            pg.dispose()
        finally:
            server.destroy()
        bench_drafts(rec, work)
        bench_memory(rec, work)


class _PrintRecorder:
    def add(self, name: str, value: float, unit: str, **kw: Any) -> None:
        ok = "ok" if kw.get("ok") else "MISSED"
        print(f"{name}: {value} {unit} [{kw.get('target')}] {ok}; "
              f"baseline {kw.get('baseline_name')}: {kw.get('baseline')} {unit}")


if __name__ == "__main__":
    import json
    import sys

    if sys.argv[1:2] == ["--memory"]:
        print(json.dumps(measure_memory(Path(sys.argv[2]), int(sys.argv[3]))), flush=True)
        os._exit(0)  # skip the Qt teardown at exit (see the report: a PySide refcount problem)
    run(_PrintRecorder())
