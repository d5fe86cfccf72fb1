"""A read-only table model over a list of domain objects, with fast text filtering."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

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
        self.marker: Callable[[T], str] | None = None  # e.g. a red "!" for unsaved records

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._cells = [[fn(item) for _, fn in self._columns] for item in self._items]
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._items[row]

    def items(self) -> list[T]:
        return list(self._items)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._items[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._header(self._columns[section][0])
        return None


class FilterProxy(QSortFilterProxyModel):
    """Case-insensitive substring filter over every column (C++ side: fast on 10,000 rows)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
