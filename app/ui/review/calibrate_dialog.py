"""The "Calibrate models" button's dialog: retrain on HR's reviews, show before/after, or undo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.scoring.calibrate import CalibrationReport, calibrate
from app.scoring.encoder import shared_encoder
from app.scoring.model_store import DIMENSIONS, ModelStore
from app.scoring.service import forget_shared_scorers
from app.storage.db import Database
from app.storage.repositories import Repositories
from app.ui.messages import show_error
from app.ui.tasks import Job, TaskManager


class CalibrateDialog(QDialog):
    def __init__(self, db: Database, store: ModelStore, tasks: TaskManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.store, self.tasks = db, store, tasks
        self.report: CalibrationReport | None = None
        self.setWindowTitle(self.tr("Calibrate scoring models"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Retrain the scoring models on the answers HR has reviewed or overridden, on this "
            "computer. The agreement before and after is shown; a model that agrees less is not used, "
            "and the previous models can always be restored."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        layout.addWidget(self.output, 1)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Calibrate now"))
        self.run_button.clicked.connect(self.start)
        self.restore_button = QPushButton(self.tr("Restore previous models"))
        self.restore_button.clicked.connect(self.restore)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        close.setDefault(True)
        for b in (self.run_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def start(self) -> None:
        self.run_button.setEnabled(False)
        self.output.setPlainText(self.tr("Calibrating… this takes a few seconds per hundred answers."))

        def work(_job: Job) -> CalibrationReport:
            with self.db.session() as s:
                return calibrate(Repositories(s), self.store, shared_encoder())

        self.tasks.run(self.tr("Calibrate scoring models"), work, on_done=self._done, on_error=self._failed)

    def _done(self, report: CalibrationReport) -> None:
        self.report = report
        self.run_button.setEnabled(True)
        self.output.setPlainText("\n".join(report.lines()))

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.output.setPlainText("")
        show_error(self, exc)

    def restore(self) -> None:
        lines = [f"{d}: {self.store.restore_previous(d).name}" for d in DIMENSIONS]
        forget_shared_scorers()
        self.output.setPlainText(self.tr("Models now in force:") + "\n" + "\n".join(lines))
