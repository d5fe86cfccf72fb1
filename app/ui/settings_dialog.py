"""Settings: everything in the TOML file, with passwords going to the keyring instead."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import ConfigError, Settings, save_settings, store_password, validate
from app.services.context import AppContext
from app.ui.messages import show_error

#: Areas add their own pages: callables run at the end of building the dialog (see `add_tab`).
PAGE_HOOKS: list[Callable[[SettingsDialog], None]] = []


class SettingsDialog(QDialog):
    """Edits a copy of the settings; writes the file only on OK (atomically)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, problems: list[ConfigError] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings: Settings = copy.deepcopy(ctx.settings)
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        if problems:
            warning = QLabel("\n".join(p.what for p in problems))
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #b00020")
            layout.addWidget(warning)
        layout.addWidget(self.tabs)
        self._general()
        self._database()
        self._folders()
        self._devices()
        for hook in PAGE_HOOKS:
            hook(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.restart_label = QLabel(self.tr("Changes to the database or folders take effect after a restart."))
        layout.addWidget(self.restart_label)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Areas add their own pages (Backups, Speech model) through this."""
        self.tabs.addTab(widget, title)

    def _page(self, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        self.tabs.addTab(page, title)
        return form

    def _folder_row(self, form: QFormLayout, label: str, value: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setPlaceholderText(placeholder)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: self._browse(edit))
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(browse)
        form.addRow(label, row)
        return edit

    def _browse(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        if folder:
            edit.setText(folder)

    def _general(self) -> None:
        form = self._page(self.tr("General"))
        self.interviewer_edit = QLineEdit(self.settings.interviewer)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("As the system"), "auto")
        self.language_combo.addItem("中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.settings.ui.language)))
        form.addRow(self.tr("Interviewer name"), self.interviewer_edit)
        form.addRow(self.tr("Language"), self.language_combo)

    def _database(self) -> None:
        form = self._page(self.tr("Database"))
        self.url_edit = QLineEdit(self.settings.database.url)
        self.url_edit.setPlaceholderText(self.tr("empty = this computer (SQLite in the data folder)"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("stored in the system keyring, never in the file"))
        form.addRow(self.tr("Server URL"), self.url_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(QLabel(self.tr("Examples: postgresql+psycopg://hr@dbserver/hrdesk, mssql+pyodbc://hr@HRDSN")))

    def _folders(self) -> None:
        form = self._page(self.tr("Folders"))
        self.media_edit = self._folder_row(form, self.tr("Recordings"), self.settings.folders.media, str(self.ctx.paths.data_dir / "media"))
        self.backups_edit = self._folder_row(form, self.tr("Backups"), self.settings.folders.backups, str(self.ctx.paths.data_dir / "backups"))
        self.backup_enabled = QCheckBox(self.tr("Back up every night"))
        self.backup_enabled.setChecked(self.settings.backup.enabled)
        self.backup_time = QLineEdit(self.settings.backup.time)
        self.backup_time.setInputMask("99:99")
        form.addRow(self.backup_enabled)
        form.addRow(self.tr("Backup time"), self.backup_time)

    def _devices(self) -> None:
        form = self._page(self.tr("Camera and microphone"))
        self.camera_edit = QLineEdit(self.settings.capture.camera)
        self.camera_edit.setPlaceholderText(self.tr("0 = first camera; or a video file; or rtsp://…"))
        self.microphone_edit = QLineEdit(self.settings.capture.microphone)
        self.microphone_edit.setPlaceholderText(self.tr("empty = the system default"))
        self.speech_edit = self._folder_row(form, self.tr("Speech model folder"), self.settings.speech.model_path, "")
        form.addRow(self.tr("Camera"), self.camera_edit)
        form.addRow(self.tr("Microphone"), self.microphone_edit)

    def read(self) -> Settings:
        s = self.settings
        s.interviewer = self.interviewer_edit.text().strip()
        s.ui.language = str(self.language_combo.currentData())
        s.database.url = self.url_edit.text().strip()
        s.folders.media = self.media_edit.text().strip()
        s.folders.backups = self.backups_edit.text().strip()
        s.backup.enabled = self.backup_enabled.isChecked()
        s.backup.time = self.backup_time.text().strip()
        s.capture.camera = self.camera_edit.text().strip() or "0"
        s.capture.microphone = self.microphone_edit.text().strip()
        s.speech.model_path = self.speech_edit.text().strip()
        return s

    def accept(self) -> None:
        settings = self.read()
        problems = validate(copy.deepcopy(settings), self.ctx.paths.config_file)
        if problems:
            show_error(self, problems[0])
            return
        try:
            if self.password_edit.text() and settings.database.url:
                store_password(settings.database.url, self.password_edit.text())
            save_settings(settings, self.ctx.paths.config_file)
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.settings = settings
        super().accept()
