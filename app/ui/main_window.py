"""The main window: a navigation list of pages, a menu, and the close protocol.

Close protocol (guarded by `stopping`): every page and open editor may refuse (Save / Discard /
Cancel, Cancel the default); running jobs are shown with their progress (Wait / Cancel job); only
then is the database closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.services.context import AppContext
from app.ui.catalog.candidates import CandidatesPage
from app.ui.catalog.positions import PositionsPage
from app.ui.catalog.templates import TemplatesPage
from app.ui.settings_dialog import SettingsDialog
from app.ui.tasks import Job, TaskManager


class JobsDialog(QDialog):
    """Shown when closing while jobs run: each job with its progress; Wait or Cancel job."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(self.tr("Work in progress"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(QLabel(self.tr("HR Desk is still working. It closes as soon as this is finished.")))
        self.rows = QVBoxLayout()
        self.layout_.addLayout(self.rows)
        buttons = QHBoxLayout()
        self.cancel_jobs = QPushButton(self.tr("Cancel job"))
        self.wait_button = QPushButton(self.tr("Wait"))
        self.back_button = QPushButton(self.tr("Don't close"))
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_jobs)
        buttons.addWidget(self.wait_button)
        self.wait_button.setDefault(True)
        self.layout_.addLayout(buttons)
        self.cancel_jobs.clicked.connect(self._cancel)
        self.wait_button.clicked.connect(self._wait)
        self.back_button.clicked.connect(self.reject)
        self.bars: dict[Job, QProgressBar] = {}
        self._build()
        tasks.jobs_changed.connect(self._jobs_changed)

    def _build(self) -> None:
        for job in self.tasks.running_jobs():
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(int(job.progress * 100))
            bar.setFormat(f"{job.name}: %p% {job.progress_text}")
            job.progressed.connect(lambda p, t, b=bar, n=job.name: (b.setValue(int(p * 100)), b.setFormat(f"{n}: %p% {t}")))
            self.rows.addWidget(bar)
            self.bars[job] = bar
        self.cancel_jobs.setEnabled(any(j.cancellable for j in self.tasks.running_jobs()))

    def _cancel(self) -> None:
        for job in self.tasks.running_jobs():
            job.cancel()
        self.cancel_jobs.setEnabled(False)
        self.wait_button.setText(self.tr("Cancelling…"))

    def _wait(self) -> None:
        self.wait_button.setEnabled(False)
        self.wait_button.setText(self.tr("Waiting…"))

    def _jobs_changed(self) -> None:
        if not self.tasks.running_jobs():
            self.accept()


class MainWindow(QMainWindow):
    closing = Signal()
    settings_changed = Signal()  # Settings were saved: areas re-read what they use

    def __init__(self, ctx: AppContext, tasks: TaskManager | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.tasks = tasks or TaskManager(self)
        self.stopping = False
        #: Windows and pages asked before closing: callables returning True when they may close.
        self.close_guards: list[Callable[[], bool]] = []
        #: Set by the backup area: offered by "Exit system" (hidden while None, never faked).
        self.backup_now: Callable[[QWidget], bool] | None = None
        self.setWindowTitle(f"{APP_NAME}[*]")
        self.resize(1200, 760)

        self.nav = QListWidget()
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.candidates = CandidatesPage(ctx, self.tasks)
        self.positions = PositionsPage(ctx, self.tasks)
        self.templates = TemplatesPage(ctx, self.tasks)
        self.pages: list[QWidget] = []
        self.add_page(self.candidates, self.tr("Candidates"))
        self.add_page(self.positions, self.tr("Positions"))
        self.add_page(self.templates, self.tr("Interview templates"))
        for page in (self.candidates, self.positions, self.templates):
            self.close_guards.append(page.may_close)
            page.dirty_changed.connect(self._update_modified)
        self.nav.setCurrentRow(0)
        self._menus()
        self.statusBar().showMessage(self.tr("Database: {0}").format(ctx.db.display_url))

    def add_page(self, widget: QWidget, title: str) -> int:
        self.pages.append(widget)
        self.stack.addWidget(widget)
        self.nav.addItem(title)
        return len(self.pages) - 1

    def show_page(self, widget: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.index(widget))

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = QAction(self.tr("Settings…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        exit_action = QAction(self.tr("Exit system"), self)
        exit_action.setShortcut(QKeySequence("Ctrl+Q"))
        exit_action.triggered.connect(self.exit_system)
        file_menu.addAction(exit_action)
        self.file_menu = file_menu
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About HR Desk"), self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self,
                self.tr("About HR Desk"),
                self.tr("HR Desk {0}\nStructured interviews on your own machines. AI scores are decision support; a person decides.").format(__version__),
            )
        )
        help_menu.addAction(about)

    def open_settings(self) -> bool:
        dialog = SettingsDialog(self.ctx, self, self.ctx.problems)
        self.settings_dialog = dialog  # tests and areas reach the open dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.ctx.problems = []
            self.settings_changed.emit()
            from app.ui.i18n import install_translators

            app = QCoreApplication.instance()
            if app is not None:
                install_translators(app, self.ctx.settings.ui.language)
        return accepted

    def _update_modified(self) -> None:
        self.setWindowModified(any(getattr(p, "dirty", False) for p in self.pages))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.statusBar().showMessage(self.tr("Database: {0}").format(self.ctx.db.display_url))
        super().changeEvent(event)

    # closing --------------------------------------------------------------------------------
    def exit_system(self) -> None:
        """File -> Exit system: offer a backup first when the backup area is present."""
        if self.backup_now is not None:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Exit system"))
            box.setText(self.tr("Back up the interview data before leaving?"))
            backup = box.addButton(self.tr("Back up now"), QMessageBox.ButtonRole.AcceptRole)
            skip = box.addButton(self.tr("Exit without backup"), QMessageBox.ButtonRole.DestructiveRole)
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(backup)
            box.exec()
            if box.clickedButton() is cancel:
                return
            if box.clickedButton() is backup and not self.backup_now(self):
                return
            del skip
        self.close()

    def may_close(self) -> bool:
        for guard in list(self.close_guards):
            if not guard():
                return False
        if self.tasks.running_jobs():
            dialog = JobsDialog(self.tasks, self)
            self.jobs_dialog = dialog
            if self.tasks.running_jobs() and dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.stopping:
            event.accept()
            return
        event.ignore()
        if not self.may_close():
            return
        self.stopping = True
        self.closing.emit()
        self.tasks.wait_all()
        self.ctx.close()
        event.accept()

    def refresh_all(self) -> None:
        for page in self.pages:
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
