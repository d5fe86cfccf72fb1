"""The review screen on a real database, with real scores; the PDF is read back with pdftotext."""

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.domain import InterviewStatus
from app.scoring import service
from app.scoring.scorer import Scorer
from app.storage.db import Database
from app.storage.repositories import Repositories
from app.ui.review.controller import ReviewController
from app.ui.review.live_curve import LiveScoreCurve, LiveScoreFeeder
from app.ui.review.override_dialog import OverrideDialog
from app.ui.review.review_window import ReviewWindow
from app.ui.tasks import TaskManager
from tests.scoring.helpers import make_interview


@pytest.fixture
def saved_interview(sqlite_database: Database, scorer: Scorer):  # type: ignore[no-untyped-def]
    interview, template, position, candidate = make_interview()
    interview.scores = service.score_interview(interview, template, position, consent_ai=True,
                                               scorer=scorer)
    interview.status = InterviewStatus.SAVED
    with sqlite_database.transaction() as s:
        repos = Repositories(s)
        repos.positions.save(position)
        repos.templates.save(template)
        repos.candidates.save(candidate)
        repos.interviews.save(interview)
    return interview


@pytest.fixture(scope="module")
def tasks(qapp):  # type: ignore[no-untyped-def]
    """One task manager for the module, owned by the application, drained at the end."""
    manager = TaskManager(qapp)
    yield manager
    manager.wait_all(30000)
    qapp.processEvents()


def open_review(qtbot, db: Database, interview_id, tasks: TaskManager):  # type: ignore[no-untyped-def]
    window = ReviewWindow()
    qtbot.addWidget(window)
    controller = ReviewController(window, db, tasks, actor="hr-li", parent=window)
    with qtbot.waitSignal(controller.loaded, timeout=10000):
        controller.load(interview_id)
    return window, controller


def test_review_shows_scores_radar_and_evidence(qtbot, sqlite_database, saved_interview, tasks) -> None:  # type: ignore[no-untyped-def]
    window, _controller = open_review(qtbot, sqlite_database, saved_interview.id, tasks)
    assert window.overall.text().startswith("Overall:")
    assert set(window.radar.scores) == {"skill_match", "communication", "stress_resistance"}
    assert window.table.rowCount() == 4 + 4 * 2 + 1       # interview level + per question
    html = window.evidence.toHtml()
    assert "什么是五险一金" in html and "decision support" in window.statement.text()
    assert "list tasks with deadlines" in html            # a key point with its quote
    assert "候选人准时到场" in html                          # the notes


def test_override_through_the_controller_is_saved_and_shown(qtbot, sqlite_database, saved_interview, tasks) -> None:  # type: ignore[no-untyped-def]
    window, controller = open_review(qtbot, sqlite_database, saved_interview.id, tasks)
    target = next(s for s in saved_interview.scores if s.dimension == "communication" and s.question_id)
    with qtbot.waitSignal(controller.loaded, timeout=10000):
        controller.apply_override(target.id, 35, "回答太简短")
    assert window.select_score(target.id)
    row = window.table.currentRow()
    assert window.table.item(row, 3).text() == "35"
    assert window.table.item(row, 4).text() == "回答太简短"
    with sqlite_database.session() as s:
        events = Repositories(s).audit.for_record(target.id)
    assert events and events[-1].details["reason"] == "回答太简短"


def test_override_dialog_needs_a_reason(qtbot, saved_interview) -> None:  # type: ignore[no-untyped-def]
    dialog = OverrideDialog(saved_interview.scores[0], "Q1")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.reason.setPlainText("遗漏了关键点")
    dialog.value.setValue(42)
    assert ok.isEnabled()
    assert dialog.result_values() == (42.0, "遗漏了关键点")


def test_pdf_report_renders_chinese(qtbot, sqlite_database, saved_interview, tmp_path: Path, tasks) -> None:  # type: ignore[no-untyped-def]
    _window, controller = open_review(qtbot, sqlite_database, saved_interview.id, tasks)
    pdf = controller.export_to(tmp_path / "report.pdf")
    assert pdf.stat().st_size > 5000
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "张三" in text and "数据分析师" in text
    assert "五险一金" in text
    assert "decision support" in " ".join(text.split())
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "yes" in fonts          # the font is embedded (subset)


def test_pdf_to_an_unwritable_place_says_what_to_do(qtbot, sqlite_database, saved_interview, tmp_path: Path, tasks) -> None:  # type: ignore[no-untyped-def]
    from app.ui.review.pdf import ReportExportError

    _window, controller = open_review(qtbot, sqlite_database, saved_interview.id, tasks)
    with pytest.raises(ReportExportError) as info:
        controller.export_to(tmp_path / "missing-folder" / "report.pdf")
    assert "another folder" in info.value.next_step


def test_live_curve_gets_points_from_a_worker(qtbot, scorer, tasks) -> None:  # type: ignore[no-untyped-def]
    _interview, template, _p, _c = make_interview()
    curve = LiveScoreCurve()
    qtbot.addWidget(curve)
    feeder = LiveScoreFeeder(tasks, template.questions[1], curve=curve, parent=curve)
    with qtbot.waitSignal(feeder.point, timeout=10000) as blocker:
        feeder.update_text("First I list every task with its deadline.")
        feeder.update_text("First I list every task with its deadline. Then I prioritise by urgency.")
    assert blocker.args is not None and 0 <= blocker.args[1] <= 100
    qtbot.waitUntil(lambda: curve.skill.count() == 2, timeout=10000)
    assert curve.coverage.at(1).y() >= curve.coverage.at(0).y()


def test_calibrate_dialog_runs_in_a_worker_and_restores(qtbot, sqlite_database, tasks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.scoring.model_store import ModelStore
    from app.ui.review.calibrate_dialog import CalibrateDialog

    store = ModelStore(user_dir=tmp_path / "scoring")
    dialog = CalibrateDialog(sqlite_database, store, tasks)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert "reviewed=   0" in dialog.output.toPlainText()      # nothing reviewed yet: models kept
    dialog.restore()
    assert "skill_match-1.0.onnx" in dialog.output.toPlainText()


def test_recordings_are_listed_and_the_edited_transcript_keeps_the_original(qtbot, scorer) -> None:  # type: ignore[no-untyped-def]
    from app.domain import MediaRef
    from app.scoring.report_data import ReportData

    interview, template, position, candidate = make_interview()
    answer = interview.answers[1]
    answer.transcript = "First I list every task with its deadline."
    answer.transcript_original = "first i list every task with its dead line"
    answer.media.append(MediaRef(kind="video", relpath="ab/abcdef.mkv", size=10, sha256="ab", duration_s=75))
    interview.scores = service.score_interview(interview, template, position, consent_ai=True, scorer=scorer)
    window = ReviewWindow()
    qtbot.addWidget(window)
    window.show_report(ReportData(interview, template, position, candidate))
    assert window.recordings.count() == 1
    assert "1:15" in window.recordings.item(0).text()
    with qtbot.waitSignal(window.play_requested) as blocker:
        window.recordings.itemActivated.emit(window.recordings.item(0))
    assert blocker.args == ["ab/abcdef.mkv"]
    assert "dead line" in window.evidence.toPlainText()


def test_no_consent_report_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.scoring.report_data import ReportData

    interview, template, position, candidate = make_interview(ai_consent=False)
    window = ReviewWindow()
    qtbot.addWidget(window)
    window.show_report(ReportData(interview, template, position, candidate))
    assert "did not consent" in window.overall.text()
    assert not window.override_button.isEnabled()
    assert "did not consent" in window.evidence.toPlainText()


def test_score_now_scores_an_interview_saved_unscored(qtbot, sqlite_database, tasks) -> None:  # type: ignore[no-untyped-def]
    interview, template, position, candidate = make_interview()
    interview.status = InterviewStatus.SAVED
    with sqlite_database.transaction() as s:
        repos = Repositories(s)
        repos.positions.save(position)
        repos.templates.save(template)
        repos.candidates.save(candidate)
        repos.interviews.save(interview)
    window, controller = open_review(qtbot, sqlite_database, interview.id, tasks)
    assert window.table.rowCount() == 0 and window.score_button.isEnabled()
    with qtbot.waitSignal(controller.loaded, timeout=30000):
        window.score_button.click()
    assert window.table.rowCount() == 13
    assert window.score_button.text() == "Score again"


def test_the_why_line_adds_up_including_the_delivery_rule() -> None:
    """The reader sees every part of the score: the model's contributions and the fixed pace rule."""
    from app.ui.review.report_html import _contributions

    line = _contributions({
        "baseline": 61,
        "contributions": [{"feature": "filler_ratio", "points": 5}],
        "adjustments": [{"rule": "delivery", "points": -7,
                         "reasons": ["speaking rate well below a comfortable pace", "4 pauses of 3 s or more"]}],
        "model_version": "communication-1.0",
    })
    assert "baseline 61" in line and "+5" in line
    assert "pace and pauses (fixed rule) -7" in line and "4 pauses of 3 s or more" in line
