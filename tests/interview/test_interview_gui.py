"""The whole interview flow through the real widgets, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from app.domain import InterviewStatus
from app.storage.repositories import Repositories
from app.ui.interview.desk import InterviewDesk
from app.ui.interview.install import install
from app.ui.interview.list_page import UNSAVED_MARK, InterviewListPage
from app.ui.interview.window import InterviewWindow
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskManager
from tests.interview.gui_helpers import Clerk, accept, close_shell, make_context
from tests.interview.seed import seed


@pytest.fixture
def shell(qtbot, database, tmp_path) -> Iterator[tuple[MainWindow, InterviewDesk, InterviewListPage]]:
    ctx = make_context(database, tmp_path / "data")
    window = MainWindow(ctx, TaskManager())
    desk = install(window, offer_recovery=False)
    yield window, desk, window.interviews  # type: ignore[attr-defined]
    close_shell(window, desk)


@pytest.fixture
def clerk() -> Iterator[Clerk]:
    c = Clerk()
    yield c
    c.stop()


def consent(recording: bool, ai: bool):
    def do(w) -> None:
        checks = w.findChildren(QCheckBox)
        checks[0].setChecked(recording)
        checks[1].setChecked(ai)
        w.accept()
    return do


def start(qtbot, window: MainWindow, desk: InterviewDesk, clerk: Clerk, candidate_id) -> InterviewWindow:
    clerk.will(accept, consent(recording=False, ai=False))
    window.candidates.start_interview_requested.emit(candidate_id)
    assert clerk.done
    [iv_window] = desk.windows.values()
    return iv_window


def stored(database, interview_id):
    with database.session() as s:
        return Repositories(s).interviews.get(interview_id)


def test_start_answer_end_save_and_see_it_saved_in_the_list(qtbot, shell, clerk, database) -> None:
    window, desk, page = shell
    s = seed(database)
    w = start(qtbot, window, desk, clerk, s.candidate_id)
    assert w.isWindowModified() and "[*]" in w.windowTitle()
    assert w.progress_label.text() == "Question 1 of 4"
    assert w.kind_label.text() == "Structured question"
    assert w.countdown_label.text().startswith("Preparation ")
    qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    assert w.countdown_label.text().startswith("Answer ")
    qtbot.keyClicks(w.answer_edit, "I led the migration to PostgreSQL.")
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    assert w.kind_label.text() == "Situational question" and w.answer_edit.toPlainText() == ""
    mime = QMimeData()
    mime.setHtml("<p><b>Bold</b> and <i>italic</i></p><table><tr><td>cell</td></tr></table>")
    QApplication.clipboard().setMimeData(mime)
    w.answer_edit.paste()
    QApplication.clipboard().clear()  # the clipboard owns the data; do not leave it for exit
    pasted = w.run.answer.typed_text
    assert "Bold and italic" in pasted and "<" not in pasted
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    w.answer_edit.setPlainText("长" * 20_000)
    assert page.table.rowCount() == 0  # nothing stored yet
    # The list marks the unsaved record in red while the window is open.
    desk.writer.flush(5)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert page.table.item(0, 0).text() == UNSAVED_MARK
    assert page.table.item(0, 0).foreground().color().name() == "#d00000"

    clerk.will("End interview", "Save")
    with qtbot.waitSignal(w.saved, timeout=15_000):
        qtbot.mouseClick(w.end_button, Qt.MouseButton.LeftButton)
    assert [d.text for d in clerk.seen[-2:]] == ["End the interview now?", "Save the interview record?"]
    assert "question(s) 4" in clerk.seen[-1].info  # the empty answer is pointed out
    qtbot.waitUntil(lambda: not desk.windows, timeout=5_000)
    iv = stored(database, w.run.interview.id)
    assert iv.status == InterviewStatus.SAVED
    assert iv.answers[0].typed_text == "I led the migration to PostgreSQL."
    assert len(iv.answers[2].typed_text) == 20_000 and iv.answers[3].typed_text == ""
    assert iv.consent is not None and not iv.consent.ai_scoring and not iv.consent.recording
    assert iv.answers[0].timings["answer_s"] >= 0 and iv.answers[1].timings["visits"] == 1
    assert not desk.journal.exists(iv.id)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert page.table.item(0, 0).text() == ""
    assert page.table.item(0, 4).text() == "Saved"
    assert page.table.item(0, 1).text() == s.candidate_name


def test_closing_during_the_consent_screen_starts_nothing(qtbot, shell, clerk, database) -> None:
    window, desk, _page = shell
    s = seed(database)
    clerk.will(accept, lambda w: w.close())
    window.candidates.start_interview_requested.emit(s.candidate_id)
    assert clerk.done and not desk.windows
    assert desk.journal.recoverable() == []
    with database.session() as ses:
        assert Repositories(ses).interviews.count() == 0


def test_close_with_unsaved_changes_asks_with_cancel_as_default(qtbot, shell, clerk, database) -> None:
    window, desk, _page = shell
    s = seed(database)
    w = start(qtbot, window, desk, clerk, s.candidate_id)
    qtbot.keyClicks(w.answer_edit, "half an answer")
    clerk.will("Cancel")
    w.close()
    box = clerk.seen[-1]
    assert box.text == "Exit? Unsaved data will be lost."
    assert box.default == "Cancel" and set(box.buttons) == {"Save", "Discard", "Cancel"}
    assert w.isVisible() and desk.windows
    clerk.will("Discard")
    w.close()
    assert not desk.windows and not desk.journal.exists(w.run.interview.id)
    with database.session() as ses:
        assert [e.action for e in Repositories(ses).audit.for_record(w.run.interview.id)] == ["discard"]


def test_closing_the_main_window_saves_the_open_interview_first(qtbot, shell, clerk, database) -> None:
    window, desk, _page = shell
    s = seed(database)
    window.show()
    w = start(qtbot, window, desk, clerk, s.candidate_id)
    qtbot.keyClicks(w.answer_edit, "saved on the way out")
    clerk.will("Cancel")
    window.close()  # Alt+F4 on the main window goes through the same closeEvent
    assert window.isVisible() and w.isVisible()
    assert window.isWindowModified()  # the main window's title carries [*] too
    clerk.will("Save")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)
    iv = stored(database, w.run.interview.id)
    assert iv.status == InterviewStatus.SAVED and iv.answers[0].typed_text == "saved on the way out"


def test_switching_language_mid_interview_keeps_the_answer(qtbot, shell, clerk, database) -> None:
    from PySide6.QtCore import QTranslator

    from tests.interview.i18n_build import build_qm

    window, desk, _page = shell
    s = seed(database)
    w = start(qtbot, window, desk, clerk, s.candidate_id)
    w.answer_edit.insertPlainText("答案")  # QTest cannot type non-Latin-1 keys; this is an IME commit
    qtbot.keyClicks(w.answer_edit, " answer")
    translator = QTranslator()
    assert translator.load(str(build_qm()))
    QApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: w.end_button.text() == "结束面试", timeout=5_000)
        assert w.progress_label.text() == "第 1 题，共 4 题"
        assert w.answer_edit.toPlainText() == "答案 answer" and w.run.answer.typed_text == "答案 answer"
    finally:
        QApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: w.end_button.text() == "End interview", timeout=5_000)


def test_exit_system_asks_for_the_open_interview_and_offers_no_fake_backup(qtbot, shell, clerk, database) -> None:
    window, desk, _page = shell
    s = seed(database)
    window.show()
    w = start(qtbot, window, desk, clerk, s.candidate_id)
    qtbot.keyClicks(w.answer_edit, "x")
    assert window.backup_now is None  # no backup area registered: no backup question at all
    clerk.will("Cancel")
    window.exit_system()
    assert [b.text for b in clerk.seen[2:]] == ["Exit? Unsaved data will be lost."]
    assert window.isVisible() and w.isVisible()
    # A second "Start interview" for the same record is not possible; the list reopens the window.
    assert desk.open_run(w.run) is w


def test_ctrl_s_mid_interview_secures_the_draft_and_does_not_end_it(qtbot, shell, clerk, database) -> None:
    from PySide6.QtGui import QKeySequence

    window, desk, _page = shell
    s = seed(database)
    w = start(qtbot, window, desk, clerk, s.candidate_id)
    qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(w.answer_edit, "half an answer")
    from PySide6.QtGui import QShortcut

    [save_key] = [k for k in w.findChildren(QShortcut) if k.key() == QKeySequence(QKeySequence.StandardKey.Save)]
    save_key.activated.emit()  # what Ctrl+S does (offscreen windows never get keyboard focus)
    assert not w.run.ended and w.end_button.isEnabled()
    desk.writer.flush(5)
    assert desk.journal.exists(w.run.interview.id)
    draft = desk.journal.load(w.run.interview.id)
    assert any("half an answer" in a.typed_text for a in draft.interview.answers)
    assert stored(database, w.run.interview.id) is None  # nothing written as a saved record
