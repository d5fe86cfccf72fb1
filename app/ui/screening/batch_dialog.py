"""The batch screening dialog: the GUI's `hrdesk score-batch`, also for a folder of text files.

Runs in a cancellable background job with a progress bar; the output file appears only when the run
completes. Scores are decision support: the dialog says so, and the output carries the evidence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.scoring.batch import BatchSummary, run_batch
from app.scoring.batch_io import FolderRows, RowSource
from app.scoring.service import shared_scorer
from app.ui.messages import show_error
from app.ui.tasks import Job, TaskManager


class BatchScreeningDialog(QDialog):
    def __init__(self, tasks: TaskManager, parent: QWidget | None = None,
                 models_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.models_dir = tasks, models_dir
        self.job: Job | None = None
        self._target = Path()
        self.summary: BatchSummary | None = None
        self.setWindowTitle(self.tr("Batch screening"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Scores are decision support: read the evidence in the output file "
                              "before deciding who to invite."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.from_file = QRadioButton(self.tr("A file of answers (JSONL, CSV or Excel)"))
        self.from_folder = QRadioButton(self.tr("A folder of text files (answers or resumes)"))
        self.from_file.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.from_file)
        group.addButton(self.from_folder)
        layout.addWidget(self.from_file)
        layout.addWidget(self.from_folder)
        form = QFormLayout()
        self.source = QLineEdit()
        pick = QPushButton(self.tr("Choose…"))
        pick.clicked.connect(self._pick_source)
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(pick)
        form.addRow(self.tr("Answers"), row)
        self.question = QLineEdit()
        form.addRow(self.tr("Question or position"), self.question)
        self.reference = QPlainTextEdit()
        self.reference.setMaximumHeight(80)
        self.reference.setPlaceholderText(self.tr("Reference answer or job description; one key point per line"))
        form.addRow(self.tr("Reference"), self.reference)
        self.skills = QLineEdit()
        self.skills.setPlaceholderText(self.tr("Required skills, separated by commas"))
        form.addRow(self.tr("Skills"), self.skills)
        self.target = QLineEdit()
        form.addRow(self.tr("Save results as"), self.target)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.clicked.connect(self._start_from_form)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.from_folder.toggled.connect(self._mode_changed)
        self._mode_changed(False)

    def _mode_changed(self, folder: bool) -> None:
        for widget in (self.question, self.reference, self.skills):
            widget.setEnabled(folder)

    def _pick_source(self) -> None:
        if self.from_folder.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder of text files"))
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("File of answers"), "",
                                                    self.tr("Answers (*.jsonl *.csv *.xlsx)"))
        if chosen:
            self.source.setText(chosen)
            if not self.target.text():
                base = Path(chosen)
                self.target.setText(str(base.with_name(base.stem + "-scored.xlsx")))

    def _start_from_form(self) -> None:
        if not self.source.text().strip() or not self.target.text().strip():
            self.status.setText(self.tr("Choose the answers and where to save the results."))
            return
        source: Path | RowSource = Path(self.source.text().strip())
        try:
            if self.from_folder.isChecked():
                skills = tuple(s.strip() for s in self.skills.text().replace("，", ",").split(",") if s.strip())
                source = FolderRows(Path(self.source.text().strip()), self.question.text().strip(),
                                    self.reference.toPlainText().strip(), skills)
        except Exception as exc:
            show_error(self, exc)
            return
        self.start(source, Path(self.target.text().strip()))

    def start(self, source: Path | RowSource, target: Path) -> Job:
        self.summary = None
        self._target = target
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Loading the models…"))

        def work(job: Job) -> BatchSummary:
            def report(rows: int, fraction: float | None) -> None:
                job.report(fraction or 0.0, f"{rows}")

            return run_batch(source, target, shared_scorer(self.models_dir),
                             cancelled=lambda: job.cancelled, on_row=report)

        self.job = self.tasks.run(self.tr("Batch screening"), work, on_done=self._done,
                                  on_error=self._failed, on_progress=self._progressed,
                                  cancellable=True)
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, fraction: float, rows: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(self.tr("{0} answers scored").format(rows))

    def _done(self, summary: BatchSummary) -> None:
        self.summary = summary
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if self.job is not None and self.job.cancelled:
            self.status.setText(self.tr("Cancelled: no result file was written."))
            return
        self.progress.setValue(1000)
        self.status.setText(self.tr("{0} answers scored in {1:.1f} s; results in {2}").format(
            summary.rows, summary.seconds, str(self._target)))

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.status.setText("")
        show_error(self, exc)
