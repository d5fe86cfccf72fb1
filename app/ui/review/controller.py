"""Wires the review window to the scoring service: loads, overrides, confirms, exports, prints.

Reads run on the general pool, writes on the single writer pool (TaskManager), so the screen never
waits for the database and two writes never race.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from app.domain import DimensionScore
from app.errors import UserFacingError
from app.scoring import service
from app.scoring.report_data import ReportData, load_report_data
from app.storage.db import Database
from app.storage.repositories import Repositories
from app.ui.messages import show_error
from app.ui.review.override_dialog import OverrideDialog
from app.ui.review.pdf import export_pdf, print_report
from app.ui.review.report_html import report_html
from app.ui.review.review_window import ReviewWindow
from app.ui.tasks import Job, TaskManager


class RecordingMissing(UserFacingError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"The recording {path} is not in the media folder.",
                         "Check the media folder in Settings, or restore the media from a backup.")


class ReviewController(QObject):
    loaded = Signal(object)        # ReportData
    changed = Signal()             # a score was overridden or confirmed (and reloaded)
    failed = Signal(object)        # the error, already shown to the user

    def __init__(self, window: ReviewWindow, db: Database, tasks: TaskManager, actor: str,
                 parent: QObject | None = None, media_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.window, self.db, self.tasks, self.actor = window, db, tasks, actor
        self.media_dir = media_dir
        self.interview_id: UUID | None = None
        window.override_requested.connect(self.ask_override)
        window.confirm_requested.connect(self.confirm)
        window.score_requested.connect(self.score_now)
        window.export_requested.connect(self.ask_export)
        window.print_requested.connect(self.ask_print)
        window.play_requested.connect(self.play)

    def _error(self, exc: BaseException) -> None:
        show_error(self.window, exc)
        self.failed.emit(exc)

    def load(self, interview_id: UUID) -> None:
        self.interview_id = interview_id

        def read(_job: Job) -> ReportData | None:
            with self.db.session() as s:
                return load_report_data(Repositories(s), interview_id)

        self.tasks.run(self.tr("Open interview report"), read, on_done=self._show, on_error=self._error)

    def _show(self, data: ReportData | None) -> None:
        if data is not None:
            self.window.show_report(data)
            self.loaded.emit(data)

    def _write(self, name: str, fn: Callable[[Repositories], object]) -> None:
        def work(_job: Job) -> None:
            with self.db.transaction() as s:
                fn(Repositories(s))

        def done(_result: object) -> None:
            self.changed.emit()
            if self.interview_id is not None:
                self.load(self.interview_id)

        self.tasks.run(name, work, on_done=done, on_error=self._error, writer=True)

    def ask_override(self, score: DimensionScore) -> None:
        data = self.window.data
        question = ""
        if data is not None and score.question_id is not None:
            question = next((q.prompt for q in data.questions() if q.answer.question_id == score.question_id), "")
        dialog = OverrideDialog(score, question, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            value, reason = dialog.result_values()
            self.apply_override(score.id, value, reason)

    def apply_override(self, score_id: UUID, value: float, reason: str) -> None:
        interview_id = self.interview_id
        assert interview_id is not None
        self._write(self.tr("Change score"), lambda repos: service.override_score(
            repos, interview_id, score_id, value, reason, self.actor))

    def score_now(self) -> None:
        """Score an interview saved unscored (e.g. the models were missing then), or re-score it."""
        interview_id = self.interview_id
        assert interview_id is not None
        self._write(self.tr("Score interview"),
                    lambda repos: service.score_saved_interview(repos, interview_id, self.actor))

    def confirm(self) -> None:
        interview_id = self.interview_id
        assert interview_id is not None
        self._write(self.tr("Confirm scores"),
                    lambda repos: service.confirm_scores(repos, interview_id, self.actor))

    def play(self, relpath: str) -> None:
        """Open a recording in the system's player (for human review only; never analysed)."""
        path = (self.media_dir / relpath) if self.media_dir else Path(relpath)
        if not path.is_file():
            self._error(RecordingMissing(path))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def html(self) -> str:
        assert self.window.data is not None
        return report_html(self.window.data)

    def export_to(self, path: Path) -> Path:
        data = self.window.data
        assert data is not None
        title = self.tr("Interview report") + (f" — {data.candidate.name}" if data.candidate else "")
        return export_pdf(self.html(), path, self.window.radar.to_image(), title)

    def ask_export(self) -> None:
        if self.window.data is None:
            return
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export report"),
                                              "interview-report.pdf", self.tr("PDF (*.pdf)"))
        if name:
            try:
                self.export_to(Path(name))
            except Exception as exc:  # shown as it is; nothing else was changed
                self._error(exc)

    def ask_print(self) -> None:
        if self.window.data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.window).exec() == QDialog.DialogCode.Accepted:
            print_report(self.html(), printer, self.window.radar.to_image())
