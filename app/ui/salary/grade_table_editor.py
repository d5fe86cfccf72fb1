"""Grade tables: which score band leads to which level and starting salary, per position or
department, versioned by effective date. Gaps and overlaps are shown while editing and refused."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal, InvalidOperation
from uuid import UUID, uuid4

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import Position, SalaryBand, SalaryGradeTable
from app.salary.bands import check_bands
from app.salary.grade_tables import all_tables, new_version, save_table
from app.services.catalog import Catalog
from app.services.context import AppContext
from app.ui.messages import ask_yes_no, show_error
from app.ui.salary.common import run_in_background
from app.ui.tasks import TaskManager

BAND_FIELDS = ("min_score", "max_score", "level_title", "salary_min", "salary_mid", "salary_max")


class GradeTablePage(QWidget):
    loaded = Signal()
    saved = Signal(object)

    def __init__(self, ctx: AppContext, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.tables: list[SalaryGradeTable] = []
        self.positions: list[Position] = []
        self.current: SalaryGradeTable | None = None
        self.dirty = False
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._select)
        self.name = QLineEdit()
        self.position = QComboBox()
        self.department = QLineEdit()
        self.department.setPlaceholderText(self.tr("empty = every department"))
        self.effective = QDateEdit()
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.driver = QComboBox()
        self.driver.addItem(self.tr("Skill match score"), "skill_match")
        self.driver.addItem(self.tr("Overall score"), "overall")
        self.currency = QLineEdit()
        self.currency.setMaxLength(8)
        self.bands = QTableWidget(0, len(BAND_FIELDS))
        self.bands.setHorizontalHeaderLabels([
            self.tr("From score"), self.tr("To score"), self.tr("Level title"),
            self.tr("Minimum"), self.tr("Midpoint (suggested)"), self.tr("Maximum")])
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.version_label = QLabel()
        add_band = QPushButton(self.tr("Add band"))
        add_band.clicked.connect(self.add_band)
        remove_band = QPushButton(self.tr("Remove band"))
        remove_band.clicked.connect(self.remove_band)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.version_button = QPushButton(self.tr("Save as new version from…"))
        self.version_button.clicked.connect(self.save_new_version)
        new_button = QPushButton(self.tr("New table"))
        new_button.clicked.connect(self.new_table)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Effective from"), self.effective)
        form.addRow(self.tr("Score that drives the band"), self.driver)
        form.addRow(self.tr("Currency"), self.currency)
        band_buttons = QHBoxLayout()
        band_buttons.addWidget(add_band)
        band_buttons.addWidget(remove_band)
        band_buttons.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.version_label)
        actions.addStretch(1)
        actions.addWidget(self.version_button)
        actions.addWidget(self.save_button)
        editor = QWidget()
        right = QVBoxLayout(editor)
        right.addLayout(form)
        right.addWidget(QLabel(self.tr(
            "A band includes its lower score and excludes its upper score; the highest band "
            "includes 100.")))
        right.addWidget(self.bands)
        right.addLayout(band_buttons)
        right.addWidget(self.problems)
        right.addLayout(actions)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.list)
        lv.addWidget(new_button)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(editor)
        split.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(split)
        for signal in (self.name.textEdited, self.department.textEdited, self.currency.textEdited,
                       self.effective.dateChanged, self.driver.currentIndexChanged,
                       self.position.currentIndexChanged, self.bands.itemChanged):
            signal.connect(self._edited)
        self.refresh()

    # loading ------------------------------------------------------------------------------
    def refresh(self, select: UUID | None = None) -> None:
        def load() -> tuple[list[SalaryGradeTable], list[Position]]:
            return all_tables(self.ctx.db), Catalog(self.ctx).positions()
        run_in_background(self.tasks, self, self.tr("Loading grade tables"), load,
                          lambda r: self._show(r, select))

    def _show(self, result: tuple[list[SalaryGradeTable], list[Position]],
              select: UUID | None) -> None:
        self.tables, self.positions = result
        self.position.blockSignals(True)
        self.position.clear()
        self.position.addItem(self.tr("Any position"), "")
        for p in self.positions:
            self.position.addItem(p.title, str(p.id))  # text: Qt compares item data by value
        self.position.blockSignals(False)
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.tables:
            self.list.addItem(self.tr("{0} \u2013 from {1} (version {2})").format(
                t.name, t.effective_from.isoformat(), t.version))
        self.list.blockSignals(False)
        ids = [t.id for t in self.tables]
        row = ids.index(select) if select in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self._select(row)
        self.loaded.emit()

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.tables):
            self.fill(copy.deepcopy(self.tables[row]))

    def fill(self, table: SalaryGradeTable) -> None:
        table.bands.sort(key=lambda b: b.min_score)  # rows and band ids stay in the same order
        self.current = table
        widgets = (self.name, self.department, self.currency, self.effective, self.driver,
                   self.position, self.bands)
        for w in widgets:
            w.blockSignals(True)
        self.name.setText(table.name)
        self.department.setText(table.department)
        self.currency.setText(table.currency)
        d = table.effective_from
        self.effective.setDate(QDate(d.year, d.month, d.day))
        self.driver.setCurrentIndex(max(0, self.driver.findData(table.driver_dimension)))
        self.position.setCurrentIndex(
            max(0, self.position.findData(str(table.position_id) if table.position_id else "")))
        self.bands.setRowCount(0)
        for band in table.bands:
            self._append_band([f"{band.min_score:g}", f"{band.max_score:g}", band.level_title,
                               f"{band.salary_min:f}", f"{band.salary_mid:f}",
                               f"{band.salary_max:f}"])
        for w in widgets:
            w.blockSignals(False)
        self.version_label.setText(self.tr("Version {0}").format(table.version)
                                   if table.version else self.tr("Not saved yet"))
        self.dirty = False
        self._check()

    def _append_band(self, values: list[str]) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        for col, text in enumerate(values):
            self.bands.setItem(row, col, QTableWidgetItem(text))

    # editing ------------------------------------------------------------------------------
    def add_band(self) -> None:
        last = self.bands.rowCount() - 1
        start = self._cell_text(last, 1) if last >= 0 else "0"
        self._append_band([start, "100", "", "0", "0", "0"])
        self._edited()

    def remove_band(self) -> None:
        row = self.bands.currentRow()
        if row >= 0:
            self.bands.removeRow(row)
            self._edited()

    def _cell_text(self, row: int, col: int) -> str:
        item = self.bands.item(row, col)
        return item.text().strip() if item is not None else ""

    def _edited(self, *_args: object) -> None:
        self.dirty = True
        self._check()

    def read_form(self) -> tuple[SalaryGradeTable | None, list[str]]:
        """The table as edited, or the cell problems that stop reading it."""
        base = self.current or SalaryGradeTable(name="", effective_from=date.today())
        problems: list[str] = []
        bands: list[SalaryBand] = []
        for row in range(self.bands.rowCount()):
            texts = [self._cell_text(row, c) for c in range(len(BAND_FIELDS))]
            try:
                numbers = [Decimal(t.replace(",", "")) for i, t in enumerate(texts) if i != 2]
                if not all(n.is_finite() for n in numbers):  # "inf" and "nan" parse as Decimals
                    raise InvalidOperation
            except InvalidOperation:
                problems.append(self.tr("row {0}: scores and salaries must be numbers").format(row + 1))
                continue
            bands.append(SalaryBand(
                min_score=float(numbers[0]), max_score=float(numbers[1]), level_title=texts[2],
                salary_min=numbers[2], salary_mid=numbers[3], salary_max=numbers[4],
                id=base.bands[row].id if row < len(base.bands) else uuid4()))
        if problems:
            return None, problems
        qd = self.effective.date()
        table = SalaryGradeTable(
            id=base.id, version=base.version, name=self.name.text().strip(),
            effective_from=date(qd.year(), qd.month(), qd.day()),
            driver_dimension=str(self.driver.currentData()),
            currency=self.currency.text().strip().upper() or "CNY",
            position_id=UUID(self.position.currentData()) if self.position.currentData() else None,
            department=self.department.text().strip(),
            bands=bands)
        return table, []

    def _check(self) -> list[str]:
        table, problems = self.read_form()
        if table is not None:
            problems = check_bands(table.bands, table.driver_dimension)
            if not table.name:
                problems.append(self.tr("the table needs a name"))
        self.problems.setText("\n".join(problems))
        self.save_button.setEnabled(not problems)
        self.version_button.setEnabled(not problems and bool(self.current and self.current.version))
        return problems

    # saving -------------------------------------------------------------------------------
    def save(self) -> None:
        table, _ = self.read_form()
        if table is None or self._check():
            return
        self._store(table)

    def save_new_version(self, effective: date | None = None) -> None:
        table, _ = self.read_form()
        if table is None or self._check():
            return
        if effective is None:
            text, ok = QInputDialog.getText(
                self, self.tr("New version"),
                self.tr("The new version applies to interviews saved from (YYYY-MM-DD):"),
                text=date.today().isoformat())
            if not ok:
                return
            try:
                effective = date.fromisoformat(text.strip())
            except ValueError:
                show_error(self, ValueError(self.tr("'{0}' is not a date like 2026-07-01").format(text)))
                return
        self._store(new_version(table, effective))

    def _store(self, table: SalaryGradeTable) -> None:
        self.save_button.setEnabled(False)
        self.tasks.run(self.tr("Saving the grade table"),
                       lambda _job: save_table(self.ctx.db, table, self.ctx.actor),
                       on_done=self._stored, on_error=self._failed, writer=True)

    def _stored(self, table: SalaryGradeTable) -> None:
        self.dirty = False
        self.saved.emit(table)
        self.refresh(select=table.id)

    def _failed(self, exc: BaseException) -> None:
        self._check()
        show_error(self, exc, self.tr("Grade table not saved"))

    def new_table(self) -> None:
        if self.dirty and not ask_yes_no(self, self.tr("Grade tables"),
                                         self.tr("Discard the unsaved changes to this table?")):
            return
        self.fill(SalaryGradeTable(name="", effective_from=date.today()))
        self._edited()

    def may_close(self) -> bool:
        return not self.dirty or ask_yes_no(self, self.tr("Grade tables"),
                                            self.tr("Discard the unsaved changes to this table?"))
