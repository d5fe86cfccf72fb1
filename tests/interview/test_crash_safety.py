"""Killing the process (SIGKILL) mid-interview and mid-save: nothing lost, nothing half-written."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from app.services.drafts import DraftJournal
from app.services.interviews import InterviewService
from app.storage.db import Database, sqlite_url
from app.storage.migrate import upgrade
from app.storage.repositories import Repositories
from tests.interview.crash_child import answer_text
from tests.interview.seed import seed

ROOT = Path(__file__).resolve().parents[2]
TYPED = "abcdefghij 面试"


def test_sigkill_mid_interview_then_the_draft_restores_it_exactly(database, tmp_path) -> None:
    s = seed(database)
    drafts = tmp_path / "drafts"
    code = (
        "import sys; from tests.interview.crash_child import type_until_killed; "
        "type_until_killed(sys.argv[1], sys.argv[2:5], sys.argv[5])"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, database.url, str(s.candidate_id), str(s.position_id),
         str(s.template_id), str(drafts)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    last = None
    for _ in range(random.randint(3, 12)):
        last = json.loads(child.stdout.readline())
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=20) == -signal.SIGKILL
    assert last is not None
    service = InterviewService(database, actor="clerk", drafts=DraftJournal(drafts))
    [draft] = service.drafts_to_offer()
    assert draft.candidate_name == s.candidate_name
    run, _pending = service.recover(draft)
    assert str(run.interview.id) == last["id"]
    assert run.index == 1
    assert run.interview.answers[0].typed_text == "第一题的回答 first answer"
    typed = run.interview.answers[1].typed_text
    assert len(typed) >= last["typed"]  # at least what was journaled when we last heard of it
    assert typed == "".join(TYPED[n % 13] for n in range(len(typed)))  # exactly, letter by letter
    assert run.interview.consent is not None and run.interview.consent.ai_scoring
    assert run.interview.answers[0].timings["answer_s"] >= 0
    iv, _ = service.prepare(run)
    service.save(iv, pending_audit=_pending)
    with database.session() as ses:
        assert [e.action for e in Repositories(ses).audit.for_record(iv.id)] == ["recover", "save"]


def test_fifty_kills_during_save_leave_whole_records_or_none(tmp_path) -> None:
    db_path = tmp_path / "hrdesk.sqlite3"
    db = Database(sqlite_url(db_path))
    upgrade(db)
    s = seed(db)
    db.dispose()
    ids = [str(s.candidate_id), str(s.position_id), str(s.template_id)]
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.interview.crash_child"])
    log = tmp_path / "saves.log"
    log.touch()
    rng = random.Random()
    kills_mid_save = 0
    from tests.interview.crash_child import save_forever

    for _ in range(50):
        seen = log.read_text().count("\n")
        proc = ctx.Process(target=save_forever, args=(str(db_path), ids, str(log)))
        proc.start()
        deadline = time.monotonic() + 30
        while log.read_text().count("\n") == seen:  # until the first save of this child began
            assert time.monotonic() < deadline and proc.is_alive()
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.08))  # a random moment inside the save loop
        proc.kill()
        proc.join(10)
        assert proc.exitcode == -signal.SIGKILL
        if log.read_text().splitlines()[-1].startswith("saving"):
            kills_mid_save += 1
    lines = log.read_text().splitlines()
    begun = {line.split()[1] for line in lines if line.startswith("saving")}
    committed = {line.split()[1] for line in lines if line.startswith("saved")}
    db = Database(sqlite_url(db_path))
    with db.session() as ses:
        assert ses.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        stored = Repositories(ses).interviews.find(with_children=True)
        audited = {str(iv.id) for iv in stored if Repositories(ses).audit.for_record(iv.id)}
    db.dispose()
    stored_ids = {str(iv.id) for iv in stored}
    assert committed <= stored_ids  # a commit that returned is never lost
    assert stored_ids <= begun
    for iv in stored:  # every stored record is whole: all answers, exactly, and its audit event
        assert [a.typed_text for a in iv.answers] == [answer_text(iv.id, i) for i in range(4)]
    assert audited == stored_ids
    assert kills_mid_save >= 25, f"only {kills_mid_save} of 50 kills landed inside a save"
