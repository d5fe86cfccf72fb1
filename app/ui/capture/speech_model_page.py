"""Settings > Speech model: see which model transcribes answers, install one from a .zip or folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.capture.messages import speech_model_problem
from app.resources import models_dir as shipped_models_dir
from app.speech.model_install import SpeechModelError, SpeechModelInfo, check_model, install_model
from app.speech.model_location import find_speech_model
from app.ui.messages import show_error
from app.ui.tasks import Job, TaskManager


class SpeechModelPage(QWidget):
    def __init__(self, models_dir: Path, model_edit: QLineEdit, tasks: TaskManager | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models_dir = models_dir
        self.model_edit = model_edit        # the settings field that is saved on OK
        self.tasks = tasks or TaskManager(self)
        self.job: Job | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.zip_button = QPushButton(self.tr("Install from a .zip file…"), self)
        self.folder_button = QPushButton(self.tr("Install from a folder…"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        help_text = QLabel(self.tr(
            "Answers are transcribed on this computer with a Vosk speech model (Chinese or English). "
            "IT can download one from the Vosk model list; see docs/SPEECH_MODELS.md."), self)
        help_text.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.zip_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(help_text)
        layout.addStretch(1)
        self.zip_button.clicked.connect(self._choose_zip)
        self.folder_button.clicked.connect(self._choose_folder)
        model_edit.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            info = find_speech_model(self.model_edit.text().strip(), self.models_dir, shipped_models_dir())
        except SpeechModelError as exc:
            self.status.setText(speech_model_problem(exc))
            return
        self.status.setText(self.tr("Speech model in use: {0} ({1} Hz)\n{2}").format(
            info.name, info.sample_rate, str(info.path)))

    def _choose_zip(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the speech model .zip"), "",
                                              self.tr("Zip archives (*.zip)"))
        if path:
            self.install(Path(path))

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the unpacked speech model folder"))
        if path:
            self.install(Path(path))

    def install(self, source: Path) -> Job:
        """Check and install off the UI thread (a model is hundreds of MB)."""
        self._busy(True)

        def work(job: Job) -> SpeechModelInfo:
            job.report(0.0, source.name)
            return install_model(source, self.models_dir)

        self.job = self.tasks.run(self.tr("Installing speech model"), work,
                                  on_done=self._installed, on_error=self._failed)
        return self.job

    def _installed(self, info: Any) -> None:
        self._busy(False)
        assert isinstance(info, SpeechModelInfo)
        check_model(info.path)
        self.model_edit.setText(str(info.path))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, SpeechModelError):
            self.status.setText(speech_model_problem(error))
        else:
            show_error(self, error)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.zip_button.setEnabled(not busy)
        self.folder_button.setEnabled(not busy)
