"""Saving one interview from its window: on the writer thread, then the clerk's way through errors.

- Disk full or database away: "Retry" or "Keep as draft" (the draft holds everything either way).
- Saved over by someone else: "Reload and merge", shown what both changed, then save again.
- Anything else: said plainly; the draft stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.domain import Interview
from app.services.disk_space import MB, DiskSpaceError
from app.services.interviews import SaveOutcome
from app.storage.errors import ConcurrentEditError, DatabaseUnavailableError
from app.ui.interview import prompts
from app.ui.messages import show_error
from app.ui.tasks import Job

if TYPE_CHECKING:
    from app.ui.interview.desk import InterviewDesk
    from app.ui.interview.window import InterviewWindow


def explain(exc: DiskSpaceError | DatabaseUnavailableError) -> tuple[str, str]:
    """The message in the clerk's language (the services word it in English for logs)."""
    if isinstance(exc, DiskSpaceError):
        return (
            QCoreApplication.translate("SaveFlow", "Disk space insufficient: need {0} MB, {1} MB free on {2}.").format(
                f"{exc.need_bytes / MB:.1f}", f"{exc.free_bytes / MB:.1f}", exc.volume),
            QCoreApplication.translate("SaveFlow", "Your interview is kept in its draft. Free some space there, then save again."),
        )
    reasons = {
        "the database file is locked by another program": QCoreApplication.translate("SaveFlow", "the database file is locked by another program"),
        "the database server cannot be reached": QCoreApplication.translate("SaveFlow", "the database server cannot be reached"),
        "the database file cannot be opened": QCoreApplication.translate("SaveFlow", "the database file cannot be opened"),
    }
    return (
        QCoreApplication.translate("SaveFlow", "Database unavailable: {0}. Your interview is kept.").format(
            reasons.get(exc.reason, exc.reason)),
        QCoreApplication.translate("SaveFlow", "Retry now, or keep it as a draft and save it later (it is offered again when HR Desk starts)."),
    )


class SaveFlow(QObject):
    finished = Signal(bool)  # True: stored; False: not (kept as draft, cancelled, failed)

    def __init__(self, window: InterviewWindow, desk: InterviewDesk) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.job: Job | None = None
        self._then: Callable[[], object] | None = None
        self._audit_details: dict[str, Any] = {}

    @property
    def busy(self) -> bool:
        return self.job is not None

    def save(self, then: Callable[[], object] | None = None, audit_details: dict[str, Any] | None = None) -> None:
        if self.busy:
            return
        self._then = then
        self._audit_details = audit_details or {}
        w = self.window
        w.keeper.journal(force=True)  # the draft holds exactly what is being saved
        record, revision = self.desk.service.prepare(w.run)
        pending = list(w.keeper.pending_audit)
        details = dict(self._audit_details)
        service = self.desk.service
        w.status_label.setText(QCoreApplication.translate("InterviewWindow", "Saving…"))

        def work(job: Job) -> SaveOutcome:
            job.report(0.1, "")
            return service.save(record, pending_audit=pending, audit_details=details)

        self.job = self.desk.tasks.run(
            QCoreApplication.translate("InterviewWindow", "Saving the interview of {0}").format(w.run.candidate_name),
            work,
            on_done=lambda out: self._done(out, revision),
            on_error=lambda exc: self._failed(exc, record),
            writer=True,
        )

    def _done(self, out: SaveOutcome, revision: int) -> None:
        self.job = None
        w = self.window
        w.run.mark_saved(out.interview, revision)
        w.keeper.pending_audit.clear()
        w.kept_as_draft = False
        if not w.run.modified:
            self.desk.drop_draft(w.run.interview.id)
        self.desk.records_changed.emit()
        w.after_saved(out.interview)
        self.finished.emit(True)
        then, self._then = self._then, None
        if then is not None:
            then()

    def _failed(self, exc: BaseException, record: Interview) -> None:
        self.job = None
        w = self.window
        w.status_label.setText(QCoreApplication.translate("InterviewWindow", "Not saved"))
        if isinstance(exc, DiskSpaceError | DatabaseUnavailableError):
            what, next_step = explain(exc)
            choice = prompts.ask_retry_or_keep(w, what, next_step)
            if choice == prompts.Choice.RETRY:
                self.save(self._then, self._audit_details)
                return
            self.keep_as_draft()
        elif isinstance(exc, ConcurrentEditError):
            if prompts.ask_merge(w, exc.what) == prompts.Choice.MERGE and self._merge(record):
                return
        else:
            show_error(w, exc)
        self._then = None
        self.finished.emit(False)

    def keep_as_draft(self) -> None:
        """The clerk chose to go on without the database: the draft is written and kept."""
        w = self.window
        w.keeper.journal(force=True)
        self.desk.writer.flush(5.0)
        w.kept_as_draft = True
        w.status_label.setText(QCoreApplication.translate("InterviewWindow", "Kept as draft"))
        self.desk.records_changed.emit()
        then, self._then = self._then, None
        if then is not None:
            then()

    def _merge(self, mine: Interview) -> bool:
        w = self.window
        try:
            result = self.desk.service.reload_and_merge(w.run.base, mine)
        except Exception as exc:
            show_error(w, exc)
            return False
        if not prompts.confirm_merged(w, [c.where for c in result.conflicts]):
            return False
        w.run.interview = result.merged
        w.run.base = result.theirs
        w.run.revision += 1
        w.show_question()
        self.save(self._then, self.desk.service.record_merge(result))
        return True
