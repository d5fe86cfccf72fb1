"""Starting the desktop application: settings, language, database checks, first-start demo offer.

The main window appears before anything slow: models load lazily in their areas, and lists load
off the main thread.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME
from app.errors import UserFacingError
from app.extensions import optional_module
from app.services.catalog import Catalog
from app.services.context import AppContext, make_context
from app.services.startup import open_database
from app.storage.errors import CorruptDatabaseError, DatabaseUnavailableError
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.messages import show_error
from app.ui.tasks import TaskManager

#: Areas that plug into the main window: modules with `install(window: MainWindow) -> None`.
WINDOW_EXTENSIONS = [
    "app.ui.interview.install",
    "app.ui.review.install",
    "app.ui.capture.install",
    "app.ui.salary.install",
    "app.ui.backups.install",
]



def ensure_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    return app


def open_or_explain(ctx: AppContext) -> bool:
    """Open the database; on failure say what happened and offer the way out. False = quit."""
    while True:
        try:
            open_database(ctx)
            return True
        except CorruptDatabaseError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("startup", "Damaged database"), exc.what)
            box.setInformativeText(exc.next_step)
            restore_module = optional_module("app.ui.backups.restore")
            restore = box.addButton(QCoreApplication.translate("startup", "Restore from backup…"), QMessageBox.ButtonRole.AcceptRole) if restore_module else None
            box.addButton(QCoreApplication.translate("startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            chose_restore = restore is not None and box.clickedButton() is restore
            if chose_restore and restore_module is not None and restore_module.restore_interactively(ctx, None):
                continue
            return False
        except DatabaseUnavailableError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("startup", "Database unavailable"), exc.what)
            box.setInformativeText(exc.next_step)
            retry = box.addButton(QCoreApplication.translate("startup", "Retry"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QCoreApplication.translate("startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(retry)
            box.exec()
            if box.clickedButton() is retry:
                continue
            return False
        except UserFacingError as exc:
            show_error(None, exc)
            return False


def offer_demo(window: MainWindow) -> None:
    ctx = window.ctx
    if not Catalog(ctx).is_empty():
        return
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("startup", "Welcome to HR Desk"))
    box.setText(QCoreApplication.translate("startup", "There is no data yet. Add demo data (positions, templates, candidates and a few saved interviews) to look around?"))
    box.setInformativeText(QCoreApplication.translate("startup", "You can delete the demo records later."))
    yes = box.addButton(QCoreApplication.translate("startup", "Add demo data"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("startup", "Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is yes:
        from app.services.demo import add_demo_data

        try:
            add_demo_data(ctx)
        except Exception as exc:
            show_error(window, exc)
        window.refresh_all()


def build_window(ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx, TaskManager())
    for name in WINDOW_EXTENSIONS:
        module = optional_module(name)
        if module is not None:
            module.install(window)
    return window


def run_gui(config_file: Path | None = None, data_dir: Path | None = None) -> int:
    app = ensure_application()
    ctx = make_context(config_file, data_dir)
    install_translators(app, ctx.settings.ui.language)
    if not open_or_explain(ctx):
        return 1
    window = build_window(ctx)
    window.show()
    window.refresh_all()
    if ctx.problems:
        QTimer.singleShot(0, window.open_settings)
    else:
        QTimer.singleShot(0, lambda: offer_demo(window))
    return app.exec()
