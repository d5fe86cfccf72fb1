"""Plug scoring into the interview flow: score after the save, review from the interview list.

After "End interview" -> Save, the interview is scored off the UI thread (the models were warmed up
when the interview window opened) and its report opens. The interview list gets "Review…" for any
stored interview; the report has "Score now" for one saved unscored (no consent, or models missing).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QPushButton

from app.domain import Interview
from app.storage.repositories import Repositories
from app.ui.tasks import Job

# The scoring service, review window and controller are imported when first used: importing them
# loads onnxruntime, which must not cost the clerk time at application start.


class ReviewOpener:
    """Opens one report window per interview and keeps them alive while shown."""

    def __init__(self, window: Any) -> None:
        self.main = window
        self.ctx = window.ctx
        self.tasks = window.tasks
        self.open_windows: dict[UUID, tuple[Any, Any]] = {}

    def open(self, interview_id: UUID) -> Any:
        from app.ui.review.controller import ReviewController
        from app.ui.review.review_window import ReviewWindow

        if interview_id in self.open_windows:
            shown, controller = self.open_windows[interview_id]
            controller.load(interview_id)
        else:
            shown = ReviewWindow()
            controller = ReviewController(shown, self.ctx.db, self.tasks, self.ctx.actor, parent=shown,
                                          media_dir=self.ctx.paths.media_dir)
            self.open_windows[interview_id] = (shown, controller)
            # The camera observations (for the human reviewer only, never part of a score).
            from app.ui.capture.observation_timeline import attach_to_review

            attach_to_review(shown, controller, self.ctx.paths.media_dir)
            shown.destroyed.connect(lambda *_: self.open_windows.pop(interview_id, None))
            controller.load(interview_id)
        shown.show()
        shown.raise_()
        return shown

    def score_then_review(self, interview: Interview) -> None:
        """Called by the interview window after a successful save."""
        if self.main.stopping:
            return
        if not (interview.consent and interview.consent.ai_scoring):
            self.main.statusBar().showMessage(QCoreApplication.translate(
                "ReviewInstall", "Interview saved. Not scored: the candidate did not consent to AI scoring."), 15000)
            return
        actor = self.ctx.actor

        def work(_job: Job) -> Interview:
            from app.scoring import service

            with self.ctx.db.transaction() as s:
                return service.score_saved_interview(Repositories(s), interview.id, actor)

        def done(scored: Interview) -> None:
            self.main.statusBar().showMessage(QCoreApplication.translate("ReviewInstall", "Scores ready: the report is open (decision support; you decide)."), 10000)
            if not self.main.stopping:
                self.open(scored.id)

        def failed(exc: BaseException) -> None:
            # The interview is saved; it stays unscored and can be scored from its report later.
            from app.ui.messages import show_error

            show_error(self.main, exc, QCoreApplication.translate(
                "ReviewInstall", "The interview is saved, but it was not scored"))

        self.tasks.run(QCoreApplication.translate("ReviewInstall", "Score interview"), work, on_done=done, on_error=failed, writer=True)


def install(window: Any) -> None:
    desk = getattr(window, "interview_desk", None)
    page = getattr(window, "interviews", None)
    if desk is None or page is None:
        return
    from app.scoring import service

    service.use_models_dir(window.ctx.paths.models_dir)  # calibrated models are in force everywhere
    opener = ReviewOpener(window)
    window.reviews = opener
    _add_menu_actions(window)
    desk.score_after_end = opener.score_then_review
    for open_window in desk.windows.values():
        open_window.score_after_end = opener.score_then_review
    desk.window_opened.connect(
        lambda _w: window.tasks.run(QCoreApplication.translate("ReviewInstall", "Prepare scoring"), _warm_up, on_error=lambda _e: None)
    )
    desk.window_opened.connect(lambda iv_window: QTimer.singleShot(0, lambda: attach_live_curve(window, iv_window)))
    review = QPushButton(QCoreApplication.translate("ReviewInstall", "Review…"))
    review.setToolTip(QCoreApplication.translate("ReviewInstall", "Scores with their evidence, overrides, PDF report"))
    page.add_action(review, lambda item: opener.open(item.interview_id))
    window.close_guards.append(lambda: _close_reviews(opener))


def _add_menu_actions(window: Any) -> None:
    """Tools menu: batch screening of answers or resumes, and calibration on HR's own reviews."""
    from PySide6.QtGui import QAction

    menu = window.menuBar().addMenu(QCoreApplication.translate("ReviewInstall", "&Tools"))
    batch = QAction(QCoreApplication.translate("ReviewInstall", "Batch screening…"), window)
    calibrate = QAction(QCoreApplication.translate("ReviewInstall", "Calibrate scoring models…"), window)

    def open_batch() -> None:
        from app.ui.screening.batch_dialog import BatchScreeningDialog

        window.batch_dialog = BatchScreeningDialog(window.tasks, window, window.ctx.paths.models_dir)
        window.batch_dialog.open()

    def open_calibrate() -> None:
        from app.scoring.model_store import ModelStore
        from app.scoring.paths import calibrated_models_dir
        from app.ui.review.calibrate_dialog import CalibrateDialog

        store = ModelStore(user_dir=calibrated_models_dir(window.ctx.paths.models_dir))
        window.calibrate_dialog = CalibrateDialog(window.ctx.db, store, window.tasks, window)
        window.calibrate_dialog.open()

    batch.triggered.connect(open_batch)
    calibrate.triggered.connect(open_calibrate)
    menu.addAction(batch)
    menu.addAction(calibrate)
    window.tools_menu = menu


def _warm_up(_job: Job) -> None:
    from app.scoring import service

    service.warm_up()


def _close_reviews(opener: ReviewOpener) -> bool:
    for shown, _controller in list(opener.open_windows.values()):
        shown.close()
    return True


LIVE_REFRESH_MS = 1500  # the curve is refreshed at least every 2 s while the candidate speaks


def attach_live_curve(main: Any, iv_window: Any) -> Any:
    """Under the camera preview, a curve of skill match and key-point coverage computed from the
    live transcript of the current answer (what is said, never the face). Only with consent to both
    recording and AI scoring, and only when the capture area is present. Returns the curve or None."""
    capture = getattr(iv_window, "capture", None)
    run: Any = getattr(iv_window, "run", None)
    if capture is None or run is None or run.ended:
        return None
    consent = run.interview.consent
    if consent is None or not (consent.recording and consent.ai_scoring):
        return None
    from app.ui.review.live_curve import LiveScoreCurve, LiveScoreFeeder

    curve = LiveScoreCurve()
    curve.setMinimumHeight(150)
    layout = iv_window.capture_slot.layout()
    if layout is not None:
        layout.addWidget(curve)
    state: dict[str, Any] = {"feeder": None, "text": "", "sent": "", "skills": ()}

    def load_skills(_job: Job) -> tuple[str, ...]:  # off the UI thread; the curve works without them
        with main.ctx.db.session() as s:
            position = Repositories(s).positions.get(run.interview.position_id)
        return tuple(position.required_skills) if position else ()

    main.tasks.run(QCoreApplication.translate("ReviewInstall", "Prepare scoring"), load_skills,
                   on_done=lambda skills: state.update(skills=skills), on_error=lambda _e: None)

    def caption(text: str) -> None:
        state["text"] = text

    def tick() -> None:
        feeder = state["feeder"]
        if feeder is not None and state["text"] and state["text"] != state["sent"]:
            state["sent"] = state["text"]
            feeder.update_text(state["text"])

    timer = QTimer(curve)
    timer.setInterval(LIVE_REFRESH_MS)
    timer.timeout.connect(tick)
    capture.captionChanged.connect(caption)
    before_start = iv_window.on_answer_started
    before_stop = iv_window.on_answer_stopped

    def started(question: Any) -> None:
        if before_start is not None:
            before_start(question)
        if state["feeder"] is not None:  # a late point of the last answer must not land on this one
            state["feeder"].point.disconnect()
        curve.clear()
        state.update(feeder=LiveScoreFeeder(main.tasks, question, state["skills"], curve, parent=curve),
                     text="", sent="")
        timer.start()

    def stopped() -> None:
        timer.stop()
        tick()
        if before_stop is not None:
            before_stop()

    iv_window.on_answer_started = started
    iv_window.on_answer_stopped = stopped
    iv_window.live_curve = curve
    return curve
