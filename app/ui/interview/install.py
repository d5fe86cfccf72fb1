"""Plugs the interview area into the main window (called by app.ui.app.build_window)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer

from app.ui.interview.desk import InterviewDesk
from app.ui.interview.list_page import InterviewListPage
from app.ui.main_window import MainWindow


def install(window: MainWindow, *, offer_recovery: bool = True) -> InterviewDesk:
    desk = InterviewDesk(window.ctx, window.tasks, window)
    page = InterviewListPage(desk)
    window.interviews = page  # type: ignore[attr-defined]
    window.interview_desk = desk  # type: ignore[attr-defined]
    window.add_page(page, QCoreApplication.translate("InterviewListPage", "Interviews"))

    def start(candidate_id: object) -> None:
        if desk.start_for_candidate(candidate_id) is not None:  # type: ignore[arg-type]
            window.show_page(page)

    window.candidates.start_interview_requested.connect(start)
    window.close_guards.insert(0, lambda: desk.may_close(then=window.close))
    window.closing.connect(desk.shut_down)
    # A new interviewer name in Settings is who the audit log records from now on.
    window.settings_changed.connect(lambda: setattr(desk.service, "actor", window.ctx.actor))
    desk.records_changed.connect(window._update_modified)  # the page's `dirty` joins the [*] mark
    if offer_recovery:
        QTimer.singleShot(0, desk.offer_recovery)
    QTimer.singleShot(0, page.refresh)
    return desk
