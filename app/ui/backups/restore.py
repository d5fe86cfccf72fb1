"""Restore from the start-up screen (the database is damaged and the main window is not open)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QProgressDialog,
    QWidget,
)

from app.services.context import AppContext
from app.ui.messages import ask_yes_no, show_error
from backup.crypto import KeyRing
from backup.layout import list_backups
from backup.manifest import ManifestError, read_manifest
from backup.switch import restore_configured


def restore_interactively(ctx: AppContext, parent: QWidget | None) -> bool:
    """Pick a backup (the newest is offered first), verify it, restore it. True when restored."""
    newest = list_backups(ctx.paths.backup_dir)
    start = str(newest[0].path if newest else ctx.paths.backup_dir)
    folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("backups", "Choose the backup to restore"), start)
    if not folder:
        return False
    return restore_from(ctx, parent, Path(folder))


def restore_from(ctx: AppContext, parent: QWidget | None, backup: Path,
                 password: str | None = None, confirm: bool = True) -> bool:
    try:
        manifest = read_manifest(backup)
    except ManifestError as e:
        show_error(parent, e, QCoreApplication.translate("backups", "Restore"))
        return False
    if manifest.encryption and password is None:
        text, ok = QInputDialog.getText(parent, QCoreApplication.translate("backups", "Backup password"),
                                        QCoreApplication.translate("backups", "This backup is encrypted. Password:"),
                                        QLineEdit.EchoMode.Password)
        if not ok:
            return False
        password = text
    if confirm and not ask_yes_no(parent, QCoreApplication.translate("backups", "Restore"), QCoreApplication.translate("backups",
            "Replace the current data with this backup? It is verified first; the current data "
            "is kept as a safety copy.")):
        return False
    dialog = QProgressDialog(QCoreApplication.translate("backups", "Verifying and restoring…"), "", 0, 100, parent)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)

    def progress(fraction: float, _text: str) -> None:
        dialog.setValue(int(fraction * 100))
        QApplication.processEvents()

    ctx.db.dispose()
    try:
        restore_configured(backup, KeyRing(password), ctx.settings, ctx.paths, progress=progress)
    except Exception as e:
        dialog.close()
        show_error(parent, e, QCoreApplication.translate("backups", "Restore"))
        return False
    dialog.close()
    ctx.db.dispose()
    return True
