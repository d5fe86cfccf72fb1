"""A read-only table model over a list of domain objects, with fast filtering and sorting.

Filtering runs in Python over a precomputed lower-case text of each row and resets the model once:
a QSortFilterProxyModel would call back into Python for every cell of 10,000 rows per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Column = tuple[str, Callable[[Any], str]]
AnyIndex = QModelIndex | QPersistentModelIndex


class ObjectTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column], header: Callable[[str], str]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._header = header
        self._items: list[T] = []
        self._cells: list[list[str]] = []
        self._haystack: list[str] = []
        self._visible: list[int] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # content -------------------------------------------------------------------------------
    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._cells = [[fn(item) for _, fn in self._columns] for item in self._items]
        self._haystack = ["\t".join(cells).casefold() for cells in self._cells]
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self.beginResetModel()
        self._visible = self._compute_visible()
        self.endResetModel()

    def _compute_visible(self) -> list[int]:
        needle = self._filter
        rows = [i for i, hay in enumerate(self._haystack) if needle in hay] if needle else list(range(len(self._items)))
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=lambda i: self._cells[i][column].casefold(), reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._visible = self._compute_visible()
        self.layoutChanged.emit()

    def item(self, row: int) -> T:
        return self._items[self._visible[row]]

    def items(self) -> list[T]:
        return list(self._items)

    def row_of(self, predicate: Callable[[T], bool]) -> int:
        for row, i in enumerate(self._visible):
            if predicate(self._items[i]):
                return row
        return -1

    @property
    def total(self) -> int:
        return len(self._items)

    # Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[self._visible[index.row()]][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.item(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header(self._columns[section][0])
        return None
