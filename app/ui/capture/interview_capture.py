"""Puts capture into the interview window (the interview area's hooks, see app/ui/interview).

The window offers ``capture_slot`` (a widget to fill), ``on_answer_started(question)`` and
``on_answer_stopped()``; its ``run`` is the InterviewRun. Devices open only when the candidate
agreed to being recorded. Each stop adds a take to the current answer and journals the draft, so a
crash after a stop loses nothing; a crash during a take is recovered from the segments.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QLayout, QWidget

from app.capture.answer_capture import AnswerCapture, CaptureSetup
from app.capture.answer_takes import add_take
from app.capture.recording_folder import recordings_dir
from app.capture.recovered_media import attach_recovered_media
from app.services.context import AppContext
from app.ui.capture.panel import CapturePanel

log = logging.getLogger(__name__)


def _mark_changed(run: Any) -> None:
    mark = getattr(run, "mark_changed", None) or getattr(run, "_changed", None)
    if mark is not None:
        mark()


def attach_capture(window: Any, ctx: AppContext) -> AnswerCapture | None:
    """Fill the window's capture slot and wire the answer hooks. None: nothing to capture."""
    slot: QWidget | None = getattr(window, "capture_slot", None)
    run = getattr(window, "run", None)
    if slot is None or run is None:
        return None
    recovered = attach_recovered_media(run.interview, recordings_dir(ctx.paths), ctx.paths.media_dir)
    if recovered:
        _mark_changed(run)
        window.journal(force=True)
    consent = run.interview.consent
    capture = AnswerCapture(CaptureSetup.from_settings(ctx.settings, ctx.paths))
    panel = CapturePanel(capture, slot)
    layout = slot.layout()
    if isinstance(layout, QLayout):
        layout.addWidget(panel)
    window.capture = capture
    window.capture_panel = panel
    if not (consent and consent.recording) or run.ended:
        return capture  # text only: the panel says so, no device is touched
    capture.open_devices()
    current: dict[str, Any] = {}

    def started(question: Any) -> None:
        current["answer"] = run.answer
        capture.start_answer(question, interview_id=run.interview.id, answer_id=run.answer.id)

    def stopped() -> None:
        answer = current.pop("answer", None)
        if answer is None or not capture.recording:
            return
        try:
            add_take(answer, capture.stop_answer())
        except Exception:  # never lose the interview over a recording problem
            log.exception("adding the recorded take to the answer failed")
            return
        _mark_changed(run)
        window.journal(force=True)

    window.on_answer_started = started
    window.on_answer_stopped = stopped
    window.destroyed.connect(lambda *_: capture.close())
    return capture
