"""Plug the backup area into the main window: the Backups page, the scheduler, the exit backup."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.backups.controller import BackupsController
from app.ui.backups.page import BackupsPage
from app.ui.messages import ask_yes_no, show_error


def backup_before_exit(controller: BackupsController, parent: QWidget | None) -> bool:
    """"Exit system" -> "Back up now": True when the app may close (backup done, or the clerk
    chose to leave without one after a failure); False to stay (cancelled)."""
    job = controller.start_backup("exit")
    dialog = QProgressDialog(QCoreApplication.translate("backups", "Backing up before exit…"), QCoreApplication.translate("backups", "Cancel"), 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    job.progressed.connect(lambda f, _t: dialog.setValue(int(f * 100)))
    job.succeeded.connect(done)
    job.failed.connect(failed)
    dialog.canceled.connect(job.cancel)
    dialog.show()
    if not job.done or not outcome:
        loop.exec()
    dialog.close()
    if "result" in outcome:
        return True
    error = outcome.get("error")
    if error is not None and dialog.wasCanceled():
        return False
    if error is not None:
        show_error(parent, error, QCoreApplication.translate("backups", "Backup"))
    return ask_yes_no(parent, QCoreApplication.translate("backups", "Exit system"), QCoreApplication.translate("backups", "The backup did not finish. Exit anyway?"))


def install(window: Any) -> None:
    controller = BackupsController(window.ctx, window.tasks)
    page = BackupsPage(controller)
    window.add_page(page, QCoreApplication.translate("backups", "Backups"))
    window.backups = controller  # reachable by tests and by other areas
    window.backup_now = lambda parent: backup_before_exit(controller, parent)
    window.closing.connect(controller.shutdown)
    window.settings_changed.connect(controller.apply_settings)
    window.settings_changed.connect(page.refresh)
    action = QAction(QCoreApplication.translate("backups", "Backups…"), window)

    def show() -> None:
        window.show_page(page)
        page.refresh()

    action.triggered.connect(show)
    file_menu = getattr(window, "file_menu", None)
    if file_menu is not None:
        file_menu.insertAction(file_menu.actions()[1] if len(file_menu.actions()) > 1 else None,
                               action)
    controller.start_scheduler()
