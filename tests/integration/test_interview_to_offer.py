"""The clerk's whole day in one test, through the real main window with every area installed:
start an interview with consent to AI scoring, answer, end and save, get the scored report with its
evidence (real ONNX models), then open the offer screen from the interview list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton

from app.services.catalog import Catalog
from app.services.context import AppContext, make_context
from app.services.demo import add_demo_data
from app.services.startup import open_database
from app.storage.repositories import Repositories
from app.ui.app import build_window
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from tests.interview.gui_helpers import Clerk, accept

ANSWERS = [
    "I closed a renewal with a logistics customer: their need was faster onboarding, I handled the price objection with a phased plan, and revenue grew 40 percent.",
    "Every Monday I review the CRM by stage, prioritise by value, schedule follow-ups and go through the forecast with my manager.",
    "I follow up by phone and e-mail, ask what blocks the decision and agree on a next step.",
    "I stay calm, listen, check the facts with logistics, give a concrete plan and keep the customer updated every day.",
]


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = make_context(data_dir=tmp_path)
    open_database(context)
    add_demo_data(context)
    yield context
    context.close()


@pytest.fixture
def window(ctx: AppContext, qapp: QApplication) -> Iterator[MainWindow]:
    install_translators(qapp, "en")
    w = build_window(ctx)
    w.show()
    yield w
    for iv_window in list(w.interview_desk.windows.values()):
        iv_window._may_close_now = True
        iv_window.close()
    w.tasks.wait_all(30_000)
    for shown, _c in list(w.reviews.open_windows.values()):
        shown.close()
    w.stopping = True
    w.close()
    w.interview_desk.shut_down()


def test_interview_saved_scored_reviewed_and_offered(qtbot, window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    clerk = Clerk()
    candidate = next(c for c in Catalog(ctx).candidates() if c.name == "Tom Li")

    def consent_to_everything(dialog) -> None:  # type: ignore[no-untyped-def]
        for box in dialog.findChildren(QCheckBox):
            box.setChecked(True)
        dialog.accept()

    clerk.will(accept, consent_to_everything)
    window.candidates.start_interview_requested.emit(candidate.id)
    qtbot.waitUntil(lambda: clerk.done, timeout=5_000)
    [iv_window] = window.interview_desk.windows.values()
    for n, text in enumerate(ANSWERS):
        qtbot.mouseClick(iv_window.start_button, Qt.MouseButton.LeftButton)
        iv_window.answer_edit.setPlainText(text)
        if n < len(ANSWERS) - 1:
            qtbot.mouseClick(iv_window.next_button, Qt.MouseButton.LeftButton)
    clerk.will("End interview", "Save")
    with qtbot.waitSignal(iv_window.saved, timeout=20_000):
        qtbot.mouseClick(iv_window.end_button, Qt.MouseButton.LeftButton)
    interview_id = iv_window.run.interview.id

    reviews = window.reviews
    qtbot.waitUntil(lambda: interview_id in reviews.open_windows, timeout=60_000)
    report, _controller = reviews.open_windows[interview_id]
    qtbot.waitUntil(lambda: report.data is not None, timeout=20_000)
    assert report.overall.text().startswith("Overall:")
    with ctx.db.session() as s:
        stored = Repositories(s).interviews.get(interview_id)
    assert stored is not None
    skill = [sc for sc in stored.scores if sc.dimension == "skill_match" and sc.question_id is None]
    assert skill and skill[0].model_score is not None and skill[0].model_version.startswith("skill_match-")
    assert skill[0].evidence, "every score carries its evidence"
    assert stored.overall_score() is not None

    page = window.interviews
    qtbot.waitUntil(lambda: any(i.interview_id == interview_id for i in page.items), timeout=10_000)
    row = next(r for r, i in enumerate(page.items) if i.interview_id == interview_id)
    page.table.selectRow(row)
    offer_button = next(b for b in page.findChildren(QPushButton) if b.text() == "Offer…")
    qtbot.mouseClick(offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(type(w).__name__ == "OfferDialog" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    dialog = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "OfferDialog")
    dialog.close()
    clerk.stop()


def test_no_ai_consent_means_no_scoring_job_and_the_clerk_is_told(qtbot, window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from app.domain import Consent

    with ctx.db.session() as s:
        stored = Repositories(s).interviews.find(with_children=True)[0]
    stored.consent = Consent(recording=True, ai_scoring=False)
    window.reviews.score_then_review(stored)
    assert window.tasks.running_jobs() == []
    assert "did not consent to AI scoring" in window.statusBar().currentMessage()


def test_tools_menu_opens_batch_screening_and_calibration(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    actions = window.tools_menu.actions()
    assert [a.text() for a in actions] == ["Batch screening…", "Calibrate scoring models…"]
    actions[0].trigger()
    qtbot.waitUntil(lambda: window.batch_dialog.isVisible(), timeout=5_000)
    window.batch_dialog.close()
    actions[1].trigger()
    qtbot.waitUntil(lambda: window.calibrate_dialog.isVisible(), timeout=5_000)
    window.calibrate_dialog.close()
