"""Crash, lock and close-during-save, through the real interview window."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar

from app.domain import InterviewStatus
from app.storage.repositories import Repositories
from app.ui.interview.desk import InterviewDesk
from app.ui.interview.install import install
from app.ui.interview.list_page import UNSAVED_MARK, InterviewListPage
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskManager
from tests.interview.gui_child import LETTERS
from tests.interview.gui_helpers import Clerk, close_shell, make_context
from tests.interview.seed import seed
from tests.interview.test_database_away import HOLD_LOCK
from tests.interview.test_interview_gui import start, stored

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clerk() -> Iterator[Clerk]:
    c = Clerk()
    yield c
    c.stop()


def open_shell(database, data_dir: Path) -> tuple[MainWindow, InterviewDesk, InterviewListPage]:
    window = MainWindow(make_context(database, data_dir), TaskManager())
    desk = install(window, offer_recovery=False)
    return window, desk, window.interviews  # type: ignore[attr-defined]


def refreshed(qtbot, page: InterviewListPage) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()


def test_app_killed_mid_interview_then_recovered_at_start(qtbot, clerk, database, tmp_path) -> None:
    s = seed(database)
    data = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.interview.gui_child", database.url, str(data),
         str(s.candidate_id), str(s.position_id), str(s.template_id)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    last = None
    for _ in range(4):
        last = json.loads(child.stdout.readline())
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(20) == -signal.SIGKILL and last is not None

    window, desk, page = open_shell(database, data)
    try:
        clerk.will("Recover")
        [w] = desk.offer_recovery()
        assert clerk.seen[0].text.startswith(f"Recover the unsaved interview of {s.candidate_name} from ")
        assert str(w.run.interview.id) == last["id"]
        assert w.progress_label.text() == "Question 2 of 4" and w.isWindowModified()
        assert w.run.interview.answers[0].typed_text == "first answer, typed in the window"
        typed = w.answer_edit.toPlainText()
        assert len(typed) >= last["typed"]
        assert typed == "".join(LETTERS[n % len(LETTERS)] for n in range(len(typed)))
        assert w.run.interview.consent is not None and w.run.interview.consent.recording
        refreshed(qtbot, page)
        assert page.table.item(0, 0).text() == UNSAVED_MARK
        clerk.will("End interview", "Save")
        with qtbot.waitSignal(w.saved, timeout=15_000):
            qtbot.mouseClick(w.end_button, Qt.MouseButton.LeftButton)
        iv = stored(database, w.run.interview.id)
        assert iv.status == InterviewStatus.SAVED and iv.answers[1].typed_text == typed.strip()
        with database.session() as ses:
            actions = [e.action for e in Repositories(ses).audit.for_record(iv.id)]
        assert actions == ["recover", "save"]
    finally:
        close_shell(window, desk)


def test_locked_database_close_during_save_then_keep_as_draft_then_retry(qtbot, clerk, sqlite_database, tmp_path) -> None:
    database = sqlite_database
    s = seed(database)
    window, desk, page = open_shell(database, tmp_path / "data")
    desk.service.retry_for_s = 0.3
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(database.sqlite_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        w = start(qtbot, window, desk, clerk, s.candidate_id)
        qtbot.keyClicks(w.answer_edit, "typed while the database was locked")
        jobs_seen: list[str] = []

        def wait_for_job(dialog) -> None:
            jobs_seen.extend(bar.format() for bar in dialog.findChildren(QProgressBar))
            dialog.wait_button.click()

        clerk.will("End interview", "Save")
        qtbot.mouseClick(w.end_button, Qt.MouseButton.LeftButton)
        assert w.save_flow.busy  # the save waits for the lock on the writer thread
        clerk.will(wait_for_job, "Keep as draft")
        w.close()  # closing while the save runs: the job is shown, the clerk waits
        qtbot.waitUntil(lambda: not desk.windows, timeout=20_000)
        assert any("Saving the interview of" in j for j in jobs_seen)
        box = clerk.seen[-1]
        assert box.text == ("Database unavailable: the database file is locked by another program. "
                            "Your interview is kept.")
        assert box.buttons == ["Retry", "Keep as draft"]
        assert desk.journal.exists(w.run.interview.id)
        refreshed(qtbot, page)
        assert page.table.item(0, 0).text() == UNSAVED_MARK and page.table.item(0, 4).text() == "Not saved"
    finally:
        holder.communicate("", timeout=20)
    try:
        w2 = desk.open_item(page.items[0])  # the clerk opens the draft from the list
        assert w2 is not None and w2.answer_edit.toPlainText() == "typed while the database was locked"
        clerk.will("Save")
        with qtbot.waitSignal(w2.saved, timeout=15_000):
            w2.end_interview()  # already ended: straight to "Save the interview record?"
        qtbot.waitUntil(lambda: not desk.windows, timeout=5_000)
        assert stored(database, w2.run.interview.id).status == InterviewStatus.SAVED
        assert not desk.journal.exists(w2.run.interview.id)
        refreshed(qtbot, page)
        assert page.table.item(0, 0).text() == "" and page.table.item(0, 4).text() == "Saved"
    finally:
        close_shell(window, desk)


def test_full_disk_in_the_window_retry_then_keep_as_draft(qtbot, clerk, sqlite_database, tmp_path) -> None:
    database = sqlite_database
    s = seed(database)
    window, desk, page = open_shell(database, tmp_path / "data")
    try:
        desk.service.space_probe = lambda _path: 300 * 1024  # 0.3 MB free everywhere
        w = start(qtbot, window, desk, clerk, s.candidate_id)
        qtbot.keyClicks(w.answer_edit, "kept on a full disk")
        clerk.will("End interview", "Save", "Retry", "Keep as draft")
        qtbot.mouseClick(w.end_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not desk.windows, timeout=15_000)
        texts = [seen.text for seen in clerk.seen[-2:]]
        assert texts[0] == texts[1]
        assert texts[0].startswith("Disk space insufficient: need ") and " MB, 0.3 MB free on " in texts[0]
        assert desk.journal.exists(w.run.interview.id) and stored(database, w.run.interview.id) is None
        refreshed(qtbot, page)
        assert page.table.item(0, 0).text() == UNSAVED_MARK
    finally:
        close_shell(window, desk)


def test_two_clerks_in_their_windows_reload_and_merge(qtbot, clerk, database, tmp_path) -> None:
    from app.services.drafts import DraftJournal
    from app.services.interviews import InterviewService

    s = seed(database)
    window, desk, page = open_shell(database, tmp_path / "a")
    try:
        w = start(qtbot, window, desk, clerk, s.candidate_id)
        qtbot.keyClicks(w.answer_edit, "first version")
        clerk.will("End interview", "Save")
        with qtbot.waitSignal(w.saved, timeout=15_000):
            qtbot.mouseClick(w.end_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not desk.windows, timeout=5_000)
        refreshed(qtbot, page)
        mine = desk.open_item(page.items[0])  # clerk A reopens the saved record to correct it
        assert mine is not None
        other = InterviewService(database, actor="clerk-b", drafts=DraftJournal(tmp_path / "b"))
        theirs = other.open_saved(mine.run.interview.id)
        theirs.go_to(1)
        theirs.set_text("B added the answer to question 2")
        iv, _ = other.prepare(theirs)
        other.save(iv)
        mine.answer_edit.selectAll()
        qtbot.keyClicks(mine.answer_edit, "A corrected question 1")
        clerk.will("Reload and merge", "Save")
        with qtbot.waitSignal(mine.saved, timeout=15_000):
            mine.save()
        assert clerk.seen[-2].text == "This interview was changed by someone else after you opened it."
        assert clerk.seen[-1].text == "Their changes and yours fit together without overlap."
        final = stored(database, mine.run.interview.id)
        assert final.answers[0].typed_text == "A corrected question 1"
        assert final.answers[1].typed_text == "B added the answer to question 2"
        assert not mine.isWindowModified()
    finally:
        close_shell(window, desk)
