"""The interview area's controller: starts interviews, keeps their drafts, recovers them, and
answers the main window's question "may I close?" for every open interview window."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.domain import Interview
from app.errors import UserFacingError
from app.services.context import AppContext
from app.services.drafts import Draft, DraftJournal, DraftKeeper, DraftWriter
from app.services.interview_run import InterviewRun
from app.services.interviews import InterviewListItem, InterviewService
from app.storage.repositories import Repositories
from app.ui.interview import prompts
from app.ui.interview.consent_dialog import ConsentDialog
from app.ui.interview.start_dialog import StartInterviewDialog
from app.ui.interview.window import InterviewWindow
from app.ui.messages import show_error
from app.ui.tasks import TaskManager


class _DraftSignals(QObject):
    """Carries the draft writer's reports from its thread to the main thread."""

    failed = Signal(object, str)


class InterviewDesk(QObject):
    records_changed = Signal()
    window_opened = Signal(object)  # InterviewWindow: the capture area attaches its panel here
    draft_failed = Signal(object, str)

    def __init__(self, ctx: AppContext, tasks: TaskManager, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.tasks = tasks
        self.parent_widget = parent_widget
        self.journal = DraftJournal(ctx.paths.drafts_dir)
        self.service = InterviewService(
            ctx.db, actor=ctx.actor, drafts=self.journal, media_dir=ctx.paths.media_dir
        )
        self._signals = _DraftSignals()
        self._signals.failed.connect(self._draft_failed)
        self.writer = DraftWriter(
            self.journal, on_error=lambda iid, exc: self._signals.failed.emit(iid, str(exc))
        )
        self.windows: dict[UUID, InterviewWindow] = {}
        #: Called with the stored interview after each save (the scoring area sets it).
        self.score_after_end: Callable[[Interview], None] | None = None

    # ----- starting --------------------------------------------------------------------------
    def start_for_candidate(self, candidate_id: UUID) -> InterviewWindow | None:
        """"Start interview" from a candidate: choose, consent, then the interview window."""
        parent = self.parent_widget
        try:
            with self.ctx.db.session() as s:
                candidate = Repositories(s).candidates.get(candidate_id)
            choices = self.service.start_choices()
        except Exception as exc:
            show_error(parent, exc)
            return None
        if candidate is None:
            return None
        if not choices.positions or not choices.templates:
            QMessageBox.information(
                parent, self.tr("Start interview"),
                self.tr("Add a position and an interview template with questions first."),
            )
            return None
        start = StartInterviewDialog(candidate.name, choices, parent)
        self.start_dialog = start
        if start.exec() != QDialog.DialogCode.Accepted:
            return None
        position_id, template_id, round_ = start.chosen()
        consent = ConsentDialog(candidate.name, parent)
        self.consent_dialog = consent
        if consent.exec() != QDialog.DialogCode.Accepted:
            return None  # nothing was captured or typed: nothing to keep
        try:
            run = self.service.start(candidate_id, position_id, template_id, round_, self.ctx.actor)
        except UserFacingError as exc:
            show_error(parent, exc)
            return None
        run.record_consent(recording=consent.recording, ai_scoring=consent.ai_scoring, by=self.ctx.actor)
        run.begin()
        return self.open_run(run)

    def open_run(self, run: InterviewRun, pending_audit: list[dict[str, object]] | None = None) -> InterviewWindow:
        existing = self.windows.get(run.interview.id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        keeper = DraftKeeper(run, self.writer)
        keeper.pending_audit = list(pending_audit or [])
        window = InterviewWindow(self, run, keeper)
        window.modified_changed.connect(lambda _m: self.records_changed.emit())
        self.windows[run.interview.id] = window
        if run.modified:
            window.journal(force=True)
        self.window_opened.emit(window)
        window.show()
        self.records_changed.emit()
        return window

    def open_item(self, item: InterviewListItem) -> InterviewWindow | None:
        """Double-click in the list: the open window, the draft, or the stored record."""
        if item.interview_id in self.windows:
            return self.open_run(self.windows[item.interview_id].run)
        if item.draft is not None:
            return self.recover(item.draft)
        try:
            run = self.service.open_saved(item.interview_id)
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return None
        return self.open_run(run) if run else None

    # ----- drafts ----------------------------------------------------------------------------
    def offer_recovery(self) -> list[InterviewWindow]:
        """At start: offer each unsaved interview found in the drafts folder."""
        opened = []
        for draft in self.service.drafts_to_offer():
            if draft.interview_id in self.windows:
                continue
            when = draft.written_at.astimezone().strftime("%Y-%m-%d %H:%M")
            choice = prompts.ask_recover(self.parent_widget, draft.candidate_name, when)
            if choice == prompts.Choice.SAVE:
                w = self.recover(draft)
                if w is not None:
                    opened.append(w)
            elif choice == prompts.Choice.DISCARD:
                self.discard_draft(draft)
        return opened

    def recover(self, draft: Draft) -> InterviewWindow | None:
        run, pending = self.service.recover(draft)
        run.resume()
        return self.open_run(run, pending)

    def discard_draft(self, draft: Draft) -> bool:
        try:
            self.service.discard(draft.interview, draft.candidate_name)
        except UserFacingError as exc:
            show_error(self.parent_widget, exc)
            return False
        self.records_changed.emit()
        return True

    def discard(self, run: InterviewRun) -> bool:
        """Drop the unsaved changes of an open interview (audited); False if that failed."""
        self.writer.forget(run.interview.id)
        self.writer.flush(5.0)
        try:
            self.service.discard(run.interview, run.candidate_name)
        except UserFacingError as exc:
            show_error(self.parent_widget, exc)
            return False
        self.records_changed.emit()
        return True

    def drop_draft(self, interview_id: UUID) -> None:
        self.writer.forget(interview_id)
        self.writer.flush(5.0)
        self.journal.remove(interview_id)

    def _draft_failed(self, interview_id: UUID, reason: str) -> None:
        window = self.windows.get(interview_id)
        if window is not None:
            window.status_label.setText(self.tr("Draft not written: {0}. Save the interview now.").format(reason))
        self.draft_failed.emit(interview_id, reason)

    # ----- windows and closing ---------------------------------------------------------------
    def unsaved_ids(self) -> set[UUID]:
        return {iid for iid, w in self.windows.items() if w.run.modified}

    def window_closed(self, window: InterviewWindow) -> None:
        self.windows.pop(window.run.interview.id, None)
        self.records_changed.emit()

    def show_running_jobs(self, parent: QWidget) -> None:
        from app.ui.main_window import JobsDialog

        if self.tasks.running_jobs():
            dialog = JobsDialog(self.tasks, parent)
            self.jobs_dialog = dialog
            dialog.exec()

    def may_close(self, then: Callable[[], object] | None = None) -> bool:
        """The main window's close guard: every open interview window may refuse."""
        for window in list(self.windows.values()):
            if not window.may_close(then):
                window.raise_()
                return False
        for window in list(self.windows.values()):
            window._may_close_now = True
            window.close()
        return True

    def shut_down(self) -> None:
        self.writer.close()
