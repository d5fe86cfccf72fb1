"""Importing market salary data: every problem listed with row and column; Import only when clean."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserFacingError
from app.salary.market_check import CellProblem, MarketFileCheck, check_market_file
from app.salary.market_import import ImportOutcome, import_market_file
from app.services.context import AppContext
from app.ui.tasks import TaskManager

Index = QModelIndex | QPersistentModelIndex


class ProblemModel(QAbstractTableModel):
    """Row, column and problem; a model (not a widget per cell) so 100,000 problems stay fast."""

    def __init__(self, describe: Any) -> None:
        super().__init__()
        self.problems: list[CellProblem] = []
        self.describe = describe
        self.headers = ["", "", ""]

    def set_problems(self, problems: list[CellProblem]) -> None:
        self.beginResetModel()
        self.problems = problems
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        p = self.problems[index.row()]
        return (str(p.row), p.column, self.describe(p))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class MarketImportDialog(QDialog):
    imported = Signal(object)  # ImportOutcome
    checked = Signal(object)  # MarketFileCheck

    def __init__(self, ctx: AppContext, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.path: Path | None = None
        self.failed_with: BaseException | None = None
        self.check: MarketFileCheck | None = None
        self.setWindowTitle(self.tr("Import market salary data"))
        self.resize(820, 520)
        self.file_label = QLabel(self.tr(
            "Columns: position, level, city, P25, P50, P75, source, date (CSV or XLSX)."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ProblemModel(self.describe)
        self.model.headers = [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addLayout(bottom)

    def describe(self, p: CellProblem) -> str:
        field = self.field_name(p.field)
        texts = {
            "missing_column": self.tr("the column '{field}' is missing"),
            "unknown_column": self.tr("the column '{value}' is not a market data column"),
            "duplicate_column": self.tr("the column '{field}' appears more than once"),
            "extra_cells": self.tr("the row has more cells than the header"),
            "empty": self.tr("{field} is empty"),
            "too_long": self.tr("{field} is longer than 200 characters"),
            "not_a_number": self.tr("'{value}' in {field} is not a number"),
            "negative": self.tr("{field} is negative ({value})"),
            "zero": self.tr("{field} is zero"),
            "percentile_order": self.tr("P25, P50 and P75 must not decrease ({value})"),
            "bad_date": self.tr("'{value}' is not a date (write it as YYYY-MM-DD)"),
            "duplicate_row": self.tr("same position, level, city, source and date as row {detail}"),
        }
        template = texts.get(p.code)
        if template is None:
            return p.message()
        return template.format(field=field, value=p.value, detail=p.detail)

    def field_name(self, key: str) -> str:
        names = {"position": self.tr("position"), "level": self.tr("level"), "city": self.tr("city"),
                 "source": self.tr("source"), "date": self.tr("date"), "p25": "P25", "p50": "P50",
                 "p75": "P75"}
        return names.get(key, key)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Market data file"), "",
            self.tr("Market data (*.csv *.xlsx *.txt);;All files (*)"))
        if name:
            self.check_file(Path(name))

    def check_file(self, path: Path) -> None:
        self.path, self.check = path, None
        self.import_button.setEnabled(False)
        self.model.set_problems([])
        self.summary.setText(self.tr("Checking {0}…").format(path.name))
        self.tasks.run(self.tr("Checking market data"), lambda _job: check_market_file(path),
                       on_done=self._checked, on_error=self._failed)

    def _checked(self, check: MarketFileCheck) -> None:
        self.check = check
        self.model.set_problems(check.problems)
        if check.problems:
            self.summary.setText(self.tr(
                "{0} problems in {1} rows ({2}). Nothing will be imported until the file is "
                "clean: correct it and choose it again.").format(
                    f"{len(check.problems):,}", f"{check.data_rows:,}", check.encoding))
            self.summary.setStyleSheet("color: #b00020")
        else:
            self.summary.setText(self.tr("{0} rows ready to import ({1}), no problems.").format(
                f"{check.data_rows:,}", check.encoding))
            self.summary.setStyleSheet("")
        self.import_button.setEnabled(check.clean)
        self.checked.emit(check)

    def do_import(self) -> None:
        if self.path is None:
            return
        path = self.path
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        self.tasks.run(self.tr("Importing market data"),
                       lambda _job: import_market_file(self.ctx.db, path, self.ctx.actor),
                       on_done=self._imported, on_error=self._failed, writer=True)

    def _imported(self, outcome: ImportOutcome) -> None:
        if outcome.record is not None:
            self.summary.setText(self.tr("Imported {0} rows from {1}.").format(
                f"{outcome.record.row_count:,}", outcome.record.file_name))
        else:
            self._checked(outcome.check)
        self.imported.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        # shown in the dialog itself (what happened, what to do next): the clerk keeps the list
        self.summary.setText(str(exc) if isinstance(exc, UserFacingError) else
                             self.tr("The file could not be checked: {0}").format(exc))
        self.summary.setStyleSheet("color: #b00020")
        self.failed_with = exc
