"""Market data: the imported salary surveys; import another file or remove one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.salary.market_import import list_imports, remove_import
from app.services.context import AppContext
from app.storage.salary_repositories import MarketImport
from app.ui.messages import ask_yes_no
from app.ui.salary.common import run_in_background
from app.ui.salary.market_dialog import MarketImportDialog
from app.ui.tasks import TaskManager


class MarketPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.imports: list[MarketImport] = []
        self.dialog: MarketImportDialog | None = None
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Rows"),
                                              self.tr("Encoding"), self.tr("Imported by"),
                                              self.tr("Imported at (UTC)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        import_button = QPushButton(self.tr("Import file…"))
        import_button.clicked.connect(self.open_import)
        self.remove_button = QPushButton(self.tr("Remove import"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Offers are compared with the latest market median (P50) for the same position "
            "and level.")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        run_in_background(self.tasks, self, self.tr("Loading market data"),
                          lambda: list_imports(self.ctx.db), self._show)

    def _show(self, imports: list[MarketImport]) -> None:
        self.imports = imports
        self.table.setRowCount(len(imports))
        for row, m in enumerate(imports):
            for col, text in enumerate((m.file_name, f"{m.row_count:,}", m.encoding, m.imported_by,
                                        f"{m.imported_at:%Y-%m-%d %H:%M}")):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.loaded.emit()

    def open_import(self) -> MarketImportDialog:
        dialog = MarketImportDialog(self.ctx, self.tasks, self)
        dialog.imported.connect(lambda _o: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.imports[rows[0].row()]
        if not ask_yes_no(self, self.tr("Remove import"), self.tr(
                "Remove the {0} market rows imported from {1}? Offers already decided keep the "
                "market median they were compared with.").format(record.row_count, record.file_name)):
            return
        self.tasks.run(self.tr("Removing market data"),
                       lambda _job: remove_import(self.ctx.db, record, self.ctx.actor),
                       on_done=lambda _n: self.refresh(), writer=True)
