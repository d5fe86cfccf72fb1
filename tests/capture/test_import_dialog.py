"""File > Import recording… through the real main window: progress, Cancel, a stored interview."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain import Candidate, InterviewTemplate, Position, Question
from app.services.catalog import Catalog
from app.services.context import AppContext, make_context
from app.services.startup import open_database
from app.storage.repositories import Repositories
from app.ui import settings_dialog
from app.ui.capture.import_dialog import ImportRecordingDialog
from app.ui.capture.install import install
from app.ui.main_window import MainWindow


@pytest.fixture
def ctx(tmp_path: Path, korean_model_dir: Path) -> Iterator[AppContext]:
    context = make_context(None, tmp_path / "data")
    context.settings.speech.model_path = str(korean_model_dir)
    open_database(context)
    catalog = Catalog(context)
    catalog.save_candidate(Candidate(name="韩梅梅"))
    catalog.save_position(Position(title="Key account manager"))
    catalog.save_template(InterviewTemplate(name="Sales", questions=[
        Question(prompt="Tell us about a team you led."), Question(prompt="A hard customer?")]))
    yield context
    context.close()


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> Iterator[ImportRecordingDialog]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    install(window)
    window.import_recording_action.trigger()  # type: ignore[attr-defined]
    dlg: ImportRecordingDialog = window.import_dialog  # type: ignore[attr-defined]
    yield dlg
    window.tasks.wait_all(30000)
    settings_dialog.PAGE_HOOKS.clear()


def _interviews(ctx: AppContext) -> list:  # type: ignore[type-arg]
    with ctx.db.session() as s:
        repo = Repositories(s).interviews
        return [repo.get(i.id) for i in repo.find()]


def test_importing_one_file_cut_at_marks_stores_an_interview(qtbot: QtBot, dialog: ImportRecordingDialog,
                                                             ctx: AppContext, recorded_answer_video: Path) -> None:
    assert dialog.table.rowCount() == 2
    dialog.file_edit(0).setText(str(recorded_answer_video))
    dialog.same_file.click()
    dialog.marks(0)[1].setValue(3.0)
    dialog.marks(1)[0].setValue(3.0)
    dialog.import_button.click()
    assert "agreed to being recorded" in dialog.status.text() and not _interviews(ctx)
    dialog.consent_recording.setChecked(True)
    dialog.import_button.click()
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60000)
    [interview] = _interviews(ctx)
    assert len(interview.answers) == 2 and interview.consent.recording
    assert interview.answers[0].timings["clip_end_s"] == 3.0
    assert interview.answers[0].media == interview.answers[1].media
    assert all(a.words for a in interview.answers)
    assert dialog.progress.value() == 1000


def test_cancel_stores_nothing(qtbot: QtBot, dialog: ImportRecordingDialog, ctx: AppContext,
                               recorded_answer_video: Path) -> None:
    dialog.file_edit(0).setText(str(recorded_answer_video))
    dialog.consent_recording.setChecked(True)
    job = dialog.start_import()
    assert job is not None
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "nothing was stored" in dialog.status.text(), timeout=30000)
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert not _interviews(ctx)
    assert not ctx.paths.media_dir.exists() or not any(ctx.paths.media_dir.rglob("*.mp4"))
    dialog.cancel_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
