"""The Backups page (view only: widgets and their wiring to the controller)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.backups.controller import BackupsController
from app.ui.messages import ask_yes_no, show_error
from backup.errors import BackupError
from backup.history import RunRecord
from backup.manifest import ManifestError, read_manifest
from backup.restore import RestoreResult
from backup.run import BackupResult
from backup.service import store_backup_password


def local(when: datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "—"


class BackupsPage(QWidget):
    def __init__(self, controller: BackupsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_label = QLabel()
        self.next_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.password_button = QPushButton()
        self.table = QTableWidget(0, 4)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)

        grid = QGridLayout()
        self.folder_caption, self.last_caption, self.next_caption = QLabel(), QLabel(), QLabel()
        for row, (caption, value) in enumerate([(self.folder_caption, self.folder_label),
                                                (self.last_caption, self.last_label),
                                                (self.next_caption, self.next_label)]):
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)

        self.backup_button.clicked.connect(lambda: self.controller.start_backup("manual"))
        self.restore_button.clicked.connect(self.choose_restore)
        self.password_button.clicked.connect(self.set_password)
        controller.started.connect(self._started)
        controller.progressed.connect(self._progressed)
        controller.succeeded.connect(self._succeeded)
        controller.failed.connect(self._failed)
        controller.history_loaded.connect(self.show_history)
        controller.restored.connect(self._restored)
        controller.restore_failed.connect(self._restore_failed)
        self.retranslate()

    def retranslate(self) -> None:
        self.folder_caption.setText(self.tr("Backup folder:"))
        self.last_caption.setText(self.tr("Last successful backup:"))
        self.next_caption.setText(self.tr("Next scheduled backup:"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.password_button.setText(self.tr("Backup password…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Result"), self.tr("Started by"), self.tr("Details")])
        self.refresh_labels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.refresh_labels()
        self.controller.load_history()

    def refresh_labels(self) -> None:
        self.folder_label.setText(str(self.controller.ctx.paths.backup_dir))
        nxt = self.controller.next_run()
        self.next_label.setText(local(nxt) if nxt else self.tr("not scheduled"))

    def show_history(self, runs: list[RunRecord]) -> None:
        results = {"succeeded": self.tr("Succeeded"), "failed": self.tr("Failed"),
                   "skipped": self.tr("Skipped"), "cancelled": self.tr("Cancelled")}
        triggers = {"manual": self.tr("You"), "scheduled": self.tr("Schedule"),
                    "catch-up": self.tr("Catch-up"), "exit": self.tr("Exit system"),
                    "cli": self.tr("Command line")}
        self.table.setRowCount(len(runs))
        for row, r in enumerate(runs):
            details = r.backup_name if r.status == "succeeded" else r.message
            for col, text in enumerate([local(r.started_at), results.get(r.status, r.status),
                                        triggers.get(r.trigger, r.trigger), details]):
                item = QTableWidgetItem(text)
                item.setToolTip(r.message)
                self.table.setItem(row, col, item)
        ok = next((r for r in runs if r.status == "succeeded"), None)
        self.last_label.setText(local(ok.finished_at) if ok else self.tr("never"))

    def set_password(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Backup password"),
            self.tr("Backups are encrypted with this password (leave empty for no encryption).\n"
                    "Keep it safe: without it, encrypted backups cannot be restored."),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            store_backup_password(text)
        except BackupError as e:
            show_error(self, e, self.tr("Backup password"))
            return
        self.status_label.setText(self.tr("Backup password saved; the next backup is encrypted.")
                                  if text else self.tr("Backups are no longer encrypted."))

    # progress ---------------------------------------------------------------------------------
    def _started(self, _trigger: str) -> None:
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status_label.setText(self.tr("Backing up…"))

    def _progressed(self, fraction: float, _text: str) -> None:
        self.progress.setValue(int(fraction * 100))

    def _finish(self, text: str) -> None:
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status_label.setText(text)
        self.refresh()

    def _succeeded(self, result: BackupResult) -> None:
        self._finish(self.tr("Backup {0} written and verified.").format(result.path.name))

    def _failed(self, error: BaseException) -> None:
        self._finish(self.tr("The last backup did not finish: {0}").format(
            getattr(error, "what", str(error))))

    # restore ----------------------------------------------------------------------------------
    def choose_restore(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup to restore"), str(self.controller.ctx.paths.backup_dir))
        if folder:
            self.restore_from(Path(folder))

    def restore_from(self, backup: Path, password: str | None = None, confirm: bool = True) -> None:
        try:
            manifest = read_manifest(backup)
        except ManifestError as e:
            self.status_label.setText(self.tr("{0} is not a readable HR Desk backup ({1}).")
                                      .format(backup.name, e))
            return
        if manifest.encryption and password is None:
            text, ok = QInputDialog.getText(self, self.tr("Backup password"),
                                            self.tr("This backup is encrypted. Password:"),
                                            QLineEdit.EchoMode.Password)
            if not ok:
                return
            password = text
        if confirm and not ask_yes_no(
            self, self.tr("Restore"),
            self.tr("Replace the current data with the backup of {0}?\n\nThe backup is verified "
                    "first; the current data is kept as a safety copy.")
            .format(local(datetime.fromisoformat(manifest.created_at)))):
            return
        if self.controller.tasks.running_jobs():
            self.status_label.setText(self.tr("Wait until the running tasks have finished, "
                                              "then restore."))
            return
        self._started("restore")
        self.status_label.setText(self.tr("Verifying and restoring…"))
        self.controller.start_restore(backup, password)

    def _restored(self, result: RestoreResult) -> None:
        self._finish(self.tr("Restored. The previous data is kept in {0}.").format(result.safety_copy))
        window = self.window()
        refresh_all = getattr(window, "refresh_all", None)
        if callable(refresh_all):
            refresh_all()

    def _restore_failed(self, error: BaseException) -> None:
        self._finish(self.tr("Nothing was changed."))
        show_error(self, error, self.tr("Restore"))
