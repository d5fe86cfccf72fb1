"""File > Import recording…: a recorded interview (one file per answer, or one file with marks)
becomes a stored interview, analysed with a progress bar and a Cancel button.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.capture.messages import speech_model_problem
from app.capture.recording_import import ImportCancelledError, RecordedAnswer, import_answers
from app.domain import Answer, Consent, InterviewTemplate
from app.services.catalog import Catalog
from app.services.context import AppContext
from app.services.recording_import import speech_model_for, store_imported_interview
from app.ui.messages import show_error
from app.ui.tasks import Job, TaskManager

VIDEO_FILTER = "*.mp4 *.mkv *.avi *.mov *.webm *.ts *.wav *.flac *.mp3 *.m4a"


class ImportRecordingDialog(QDialog):
    imported = Signal(object)  # the stored interview's id

    def __init__(self, ctx: AppContext, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Import recording"))
        catalog = Catalog(ctx)
        self.candidate = QComboBox(self)
        for c in catalog.candidates():
            self.candidate.addItem(c.name, c.id)
        self.position = QComboBox(self)
        for p in catalog.positions():
            self.position.addItem(p.title, p.id)
        self.template = QComboBox(self)
        self._templates: dict[UUID, InterviewTemplate] = {}
        for t in catalog.templates():
            self._templates[t.id] = t
            self.template.addItem(t.name, t.id)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Recording"),
                                              self.tr("From (s)"), self.tr("To (s, 0 = end)")])
        self.same_file = QPushButton(self.tr("Use the first file for every question"), self)
        self.consent_recording = QCheckBox(self.tr("The candidate agreed to being recorded"), self)
        self.consent_ai = QCheckBox(self.tr("The candidate agreed to AI-assisted scoring"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        form = QFormLayout()
        form.addRow(self.tr("Candidate"), self.candidate)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Interview template"), self.template)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.same_file)
        layout.addWidget(self.consent_recording)
        layout.addWidget(self.consent_ai)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.template.currentIndexChanged.connect(self._fill_questions)
        self.same_file.clicked.connect(self._same_file_everywhere)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self._cancel)
        self._fill_questions()
        self.resize(820, 520)

    # -- the question table --------------------------------------------------------------------
    def _fill_questions(self) -> None:
        template = self._templates.get(self.template.currentData())
        questions = template.questions if template else []
        self.table.setRowCount(len(questions))
        for row, q in enumerate(questions):
            self.table.setCellWidget(row, 0, QLabel(q.prompt))
            cell = QWidget()
            line = QHBoxLayout(cell)
            line.setContentsMargins(0, 0, 0, 0)
            edit = QLineEdit(cell)
            browse = QPushButton(self.tr("Browse…"), cell)
            browse.clicked.connect(lambda _=False, e=edit: self._browse(e))
            line.addWidget(edit, 1)
            line.addWidget(browse)
            self.table.setCellWidget(row, 1, cell)
            for col in (2, 3):
                spin = QDoubleSpinBox()
                spin.setRange(0, 24 * 3600)
                spin.setDecimals(1)
                self.table.setCellWidget(row, col, spin)
        self.table.resizeColumnsToContents()

    def file_edit(self, row: int) -> QLineEdit:
        cell = self.table.cellWidget(row, 1)
        edit = cell.findChild(QLineEdit) if cell else None
        assert isinstance(edit, QLineEdit)
        return edit

    def marks(self, row: int) -> tuple[QDoubleSpinBox, QDoubleSpinBox]:
        start, end = self.table.cellWidget(row, 2), self.table.cellWidget(row, 3)
        assert isinstance(start, QDoubleSpinBox) and isinstance(end, QDoubleSpinBox)
        return start, end

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the recording"), edit.text(),
                                              self.tr("Recordings ({0})").format(VIDEO_FILTER))
        if path:
            edit.setText(path)

    def _same_file_everywhere(self) -> None:
        if self.table.rowCount():
            first = self.file_edit(0).text()
            for row in range(1, self.table.rowCount()):
                self.file_edit(row).setText(first)

    # -- importing -----------------------------------------------------------------------------
    def recordings(self) -> list[RecordedAnswer]:
        template = self._templates.get(self.template.currentData())
        found = []
        for row, q in enumerate(template.questions if template else []):
            text = self.file_edit(row).text().strip()
            if not text:
                continue
            start, end = self.marks(row)
            found.append(RecordedAnswer(q, Path(text), start.value(), end.value() or None))
        return found

    def start_import(self) -> Job | None:
        items = self.recordings()
        problem = None
        if self.candidate.currentData() is None or self.position.currentData() is None:
            problem = self.tr("Choose the candidate and the position first.")
        elif not items:
            problem = self.tr("Choose a recording for at least one question.")
        elif missing := [i.path.name for i in items if not i.path.is_file()]:
            problem = self.tr("These files cannot be found: {0}").format(", ".join(missing))
        elif not self.consent_recording.isChecked():
            problem = self.tr("Confirm that the candidate agreed to being recorded; without it the "
                              "recording cannot be stored.")
        if problem:
            self.status.setText(problem)
            return None
        self._busy(True)
        media_dir = self.ctx.paths.media_dir

        def analyse(job: Job) -> tuple[list[Answer], str]:
            model, missing_model = speech_model_for(self.ctx)
            note = speech_model_problem(missing_model) if missing_model else ""
            job.report(0.0, "")
            answers = import_answers(items, media_dir, model, job.report, lambda: job.cancelled)
            return answers, note

        self.job = self.tasks.run(self.tr("Importing recording"), analyse, cancellable=True,
                                  on_progress=self._progress, on_done=self._analysed,
                                  on_error=self._failed)
        return self.job

    def _progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if text:
            self.status.setText(self.tr("Analysing {0}…").format(text))

    def _analysed(self, result: Any) -> None:
        answers, note = result
        items = self.recordings()
        consent = Consent(recording=True, ai_scoring=self.consent_ai.isChecked(), recorded_by=self.ctx.actor)

        def store(_job: Job) -> UUID:
            interview = store_imported_interview(
                self.ctx, candidate_id=self.candidate.currentData(),
                position_id=self.position.currentData(), template_id=self.template.currentData(),
                answers=answers, consent=consent, files=[i.path.name for i in items], held_at=None,
                transcribed=not note)
            return interview.id

        self.status.setText(note or self.tr("Saving…"))
        self.job = self.tasks.run(self.tr("Saving imported interview"), store, writer=True,
                                  on_done=self._stored, on_error=self._failed)

    def _stored(self, interview_id: Any) -> None:
        self._busy(False)
        self.imported.emit(interview_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.progress.setValue(0)
        if isinstance(error, ImportCancelledError):
            self.status.setText(self.tr("Import cancelled; nothing was stored."))
            return
        self.status.setText(str(error))
        show_error(self, error)

    def _cancel(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Cancel a running analysis first; the dialog closes once nothing is running."""
        if self.job is not None and not self.job.done:
            if self.job.cancellable:
                self.job.cancel()
                self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def _busy(self, busy: bool) -> None:
        for w in (self.import_button, self.same_file, self.table, self.candidate, self.position,
                  self.template):
            w.setEnabled(not busy)
