"""A list on the left, an editor on the right: the shape shared by candidates, positions, templates.

Subclasses say which columns to show, how to fill the form from an object and back, and which
service call saves or deletes. The page tracks unsaved edits and answers `may_close()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.validation import InvalidField
from app.services.context import AppContext
from app.ui.catalog.table_model import Column, ObjectTableModel
from app.ui.messages import show_error
from app.ui.tasks import TaskManager


class EditorPage(QWidget):
    changed = Signal()  # something was saved or deleted
    dirty_changed = Signal(bool)

    title = "Items"

    def __init__(self, ctx: AppContext, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.current: Any = None
        self._dirty = False
        self._loading = False

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model: ObjectTableModel[Any] = ObjectTableModel(self.columns(), self.column_title)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.filter_edit)
        lv.addWidget(self.table)
        lv.addWidget(self.count_label)

        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.new_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addWidget(self.save_button)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addLayout(self.form)
        self.build_form(self.form)
        rv.addWidget(self.error_label)
        rv.addStretch(1)
        rv.addLayout(self.buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter_edit.textChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_item)
        self.save_button.clicked.connect(self.save_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.new_item()

    # --- for subclasses -------------------------------------------------------------------
    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def column_title(self, key: str) -> str:
        return key

    def build_form(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def blank(self) -> Any:
        raise NotImplementedError

    def fill_form(self, obj: Any) -> None:
        raise NotImplementedError

    def read_form(self, obj: Any) -> Any:
        raise NotImplementedError

    def load_items(self) -> list[Any]:
        raise NotImplementedError

    def save_item(self, obj: Any) -> Any:
        raise NotImplementedError

    def delete_item(self, obj: Any) -> None:
        raise NotImplementedError

    def describe(self, obj: Any) -> str:
        return str(getattr(obj, "name", ""))

    # --- dirty tracking -------------------------------------------------------------------
    def watch(self, signal: Any) -> None:
        """Connect a field's change signal: the editor becomes dirty when the user edits."""
        signal.connect(self._mark_dirty)

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self.set_dirty(True)

    def set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    @property
    def dirty(self) -> bool:
        return self._dirty

    # --- behaviour ------------------------------------------------------------------------
    def refresh(self, select_id: Any = None) -> None:
        """Reload the list off the main thread; keep the selection."""
        keep = select_id if select_id is not None else getattr(self.current, "id", None)

        def done(items: list[Any]) -> None:
            self.model.set_items(items)
            self._update_count()
            if keep is not None:
                self.select_id(keep)

        self.tasks.run(self.tr("Loading the list"), lambda job: self.load_items(), on_done=done, on_error=self._error)

    def refresh_now(self) -> None:
        self.model.set_items(self.load_items())
        self._update_count()

    def select_id(self, obj_id: Any) -> None:
        row = self.model.row_of(lambda item: getattr(item, "id", None) == obj_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{0} of {1} shown").format(self.model.rowCount(), self.model.total)
        )

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        obj = self.model.item(current.row())
        if self.current is not None and getattr(obj, "id", None) == getattr(self.current, "id", None):
            return
        if not self.may_close():
            return
        self.show_item(obj)

    def show_item(self, obj: Any) -> None:
        self.current = obj
        self._loading = True
        try:
            self.fill_form(obj)
        finally:
            self._loading = False
        self.error_label.clear()
        self.delete_button.setEnabled(getattr(obj, "version", 0) > 0)
        self.set_dirty(False)

    def new_item(self) -> None:
        if not self.may_close():
            return
        self.table.clearSelection()
        self.show_item(self.blank())

    def save_current(self) -> bool:
        try:
            obj = self.read_form(self.current)
            saved = self.save_item(obj)
        except InvalidField as exc:
            self.error_label.setText(f"{exc.what} {exc.next_step}")
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.set_dirty(False)
        self.current = saved
        self.delete_button.setEnabled(True)
        self.error_label.clear()
        self.refresh_now()
        self.select_id(saved.id)
        self.changed.emit()
        return True

    def delete_current(self) -> None:
        obj = self.current
        if obj is None or getattr(obj, "version", 0) == 0:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Delete"))
        box.setText(self.tr("Delete {0}?").format(self.describe(obj)))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            self.delete_item(obj)
        except Exception as exc:
            show_error(self, exc)
            return
        self.set_dirty(False)
        self.refresh_now()
        self.new_item()
        self.changed.emit()

    def may_close(self) -> bool:
        """Ask about unsaved edits: Save / Discard / Cancel, Cancel the default."""
        if not self._dirty:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("{0} has unsaved changes.").format(self.describe(self.current) or self.title))
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self.save_current()
        if clicked is discard:
            self.set_dirty(False)
            return True
        return False

    def _error(self, exc: BaseException) -> None:
        show_error(self, exc)


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def run_safely(parent: QWidget, fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except Exception as exc:
        show_error(parent, exc)
        return None
