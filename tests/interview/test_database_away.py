"""The database busy, locked or gone while saving: retried, then told plainly, nothing lost."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.services.db_retry import InterviewKeptError
from app.services.drafts import DraftKeeper, DraftWriter
from app.services.interviews import InterviewService
from app.storage.db import Database, sqlite_url
from app.storage.migrate import upgrade
from app.storage.repositories import Repositories
from tests.interview.seed import seed
from tests.interview.test_save import run_interview

HOLD_LOCK = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("CREATE TABLE IF NOT EXISTS lock_holder (x)")
print("locked", flush=True)
sys.stdin.read()
c.execute("ROLLBACK")
"""


def test_sqlite_write_lock_held_by_another_process(tmp_path, journal) -> None:
    db = Database(sqlite_url(tmp_path / "hrdesk.sqlite3"))
    upgrade(db)
    seeded = seed(db)
    service = InterviewService(db, actor="clerk-a", drafts=journal, retry_for_s=0.5)
    run = run_interview(service, seeded, ["kept while locked"])
    writer = DraftWriter(journal)
    DraftKeeper(run, writer).journal()
    writer.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path / "hrdesk.sqlite3")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        iv, _ = service.prepare(run)
        started = time.monotonic()
        with pytest.raises(InterviewKeptError) as err:
            service.save(iv)
        assert time.monotonic() - started >= 0.5  # it did wait and retry before giving up
        assert str(err.value).startswith(
            "Database unavailable: the database file is locked by another program. Your interview is kept."
        )
        assert journal.exists(run.interview.id)  # the draft is untouched
    finally:
        holder.communicate("", timeout=20)
    out = service.save(iv)  # "Retry" once the other program let go
    with db.session() as s:
        assert Repositories(s).interviews.get(out.interview.id).answers[0].typed_text == "kept while locked"
    db.dispose()


def test_postgresql_stopped_in_the_middle_of_a_save(pg_running, journal) -> None:
    name = pg_running.create_database()
    db = Database(pg_running.url_for(name))
    upgrade(db)
    seeded = seed(db)
    service = InterviewService(db, actor="clerk-a", drafts=journal, retry_for_s=1.5)
    run = run_interview(service, seeded, ["first", "second", "third", "fourth"])
    iv, _ = service.prepare(run)
    stopped: list[bool] = []

    def stop_server_before_commit(session: Session) -> None:
        if not stopped:  # the rows are flushed, the commit has not happened: stop the server now
            stopped.append(True)
            pg_running.stop()

    event.listen(Session, "before_commit", stop_server_before_commit)
    try:
        with pytest.raises(InterviewKeptError) as err:
            service.save(iv)
    finally:
        event.remove(Session, "before_commit", stop_server_before_commit)
        pg_running.start()
    assert stopped
    assert "Database unavailable: the database server cannot be reached." in str(err.value)
    assert "Your interview is kept" in str(err.value)
    with db.session() as s:  # nothing half-written survived the stop
        assert Repositories(s).interviews.get(iv.id) is None
    out = service.save(iv)  # Retry, with the server back
    with db.session() as s:
        stored = Repositories(s).interviews.get(out.interview.id)
        assert [a.typed_text for a in stored.answers] == ["first", "second", "third", "fourth"]
        assert [e.action for e in Repositories(s).audit.for_record(iv.id)] == ["save"]
    db.dispose()
    pg_running.drop_database(name)
