"""Code run inside the processes that the crash tests kill with SIGKILL."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from uuid import UUID

from app.services.drafts import DraftJournal, DraftKeeper, DraftWriter
from app.services.interviews import InterviewService
from app.storage.db import Database, sqlite_url


def answer_text(interview_id: UUID, i: int) -> str:
    """What answer i of an interview must hold, so a half-written record is recognisable."""
    return f"{interview_id}-{i}-" + ("回答" * 700) * (i + 1)


def _log(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode())  # straight to the kernel: survives SIGKILL


def save_forever(db_path: str, ids: list[str], log_path: str) -> None:
    """Save interview after interview until killed; log before and after each commit."""
    db = Database(sqlite_url(Path(db_path)))
    service = InterviewService(db, actor="crash", drafts=DraftJournal(Path(log_path).parent / "d"))
    fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    cid, pid, tid = (UUID(x) for x in ids)
    while True:
        run = service.start(cid, pid, tid)
        run.begin()
        for i in range(run.count):
            run.go_to(i)
            run.set_text(answer_text(run.interview.id, i))
        run.end()
        iv, _ = service.prepare(run)
        _log(fd, f"saving {iv.id}")
        service.save(iv)
        _log(fd, f"saved {iv.id}")


def type_until_killed(db_url: str, ids: list[str], drafts_dir: str) -> None:
    """Run an interview like a clerk: type answer 1, go on, type answer 2 letter by letter.

    After each journaled state is on disk, print it; the test kills us somewhere in between.
    """
    db = Database(db_url)
    service = InterviewService(db, actor="crash", drafts=DraftJournal(Path(drafts_dir)))
    writer = DraftWriter(service.drafts)
    cid, pid, tid = (UUID(x) for x in ids)
    run = service.start(cid, pid, tid)
    keeper = DraftKeeper(run, writer)
    run.record_consent(recording=False, ai_scoring=True, by="crash")
    run.begin()
    run.start_answer()
    run.set_text("第一题的回答 first answer")
    run.next()
    keeper.journal()  # on every question change
    text = ""
    for n in range(10_000):
        text += "abcdefghij 面试"[n % 13]
        run.set_text(text)
        if n % 25 == 0:
            keeper.journal()
            writer.flush()
            print(json.dumps({"id": str(run.interview.id), "typed": len(text)}), flush=True)
    sys.exit(3)  # never reached in the test: it kills us first
