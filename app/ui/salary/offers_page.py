"""Offers: every saved interview with its salary decision; open the offer screen, record optional
fairness fields, export offers to payroll."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.salary.offer_desk import offer_context
from app.salary.payroll import export_payroll
from app.services.context import AppContext
from app.storage.salary_repositories import InterviewForOffer, interviews_for_offers
from app.ui.salary.common import decision_label, money, run_in_background, source_label
from app.ui.salary.demographics_dialog import DemographicsDialog
from app.ui.salary.offer_dialog import OfferDialog
from app.ui.tasks import TaskManager


def _load(ctx: AppContext) -> list[InterviewForOffer]:
    with ctx.db.session() as s:
        return interviews_for_offers(s)


class OffersPage(QWidget):
    loaded = Signal()
    changed = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.items: list[InterviewForOffer] = []
        self.offer_dialog: OfferDialog | None = None
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by candidate or position…"))
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Candidate"), self.tr("Source"), self.tr("Position"), self.tr("Saved"),
            self.tr("Decision"), self.tr("Offered")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.open_offer())
        self.open_button = QPushButton(self.tr("Open offer…"))
        self.open_button.clicked.connect(self.open_offer)
        self.fields_button = QPushButton(self.tr("Optional fairness fields…"))
        self.fields_button.clicked.connect(self.edit_fields)
        self.export_button = QPushButton(self.tr("Export offers to payroll…"))
        self.export_button.clicked.connect(self.export)
        self.status = QLabel()
        buttons = QHBoxLayout()
        for b in (self.open_button, self.fields_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        run_in_background(self.tasks, self, self.tr("Loading offers"), lambda: _load(self.ctx),
                          self._show)

    def _show(self, items: list[InterviewForOffer]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, it in enumerate(items):
            values = [it.candidate_name, source_label(it.source_channel), it.position_title,
                      f"{it.saved_at:%Y-%m-%d}" if it.saved_at else "", decision_label(it.decision),
                      money(it.offered_salary)]
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if col == 5:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, cell)
        self._apply_filter(self.filter_edit.text())
        self.status.setText(self.tr("{0} saved interviews").format(len(items)))
        self.loaded.emit()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row, it in enumerate(self.items):
            hay = f"{it.candidate_name} {it.position_title}".casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in hay)

    def selected(self) -> InterviewForOffer | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def open_offer(self) -> None:
        item = self.selected()
        if item is None:
            return
        run_in_background(self.tasks, self, self.tr("Opening the offer"),
                          lambda: offer_context(self.ctx.db, item.interview_id), self._open_dialog)

    def _open_dialog(self, offer_ctx: object) -> None:
        from app.salary.offer_desk import OfferContext

        assert isinstance(offer_ctx, OfferContext)
        dialog = OfferDialog(self.ctx, self.tasks, offer_ctx, self)
        dialog.saved.connect(self._after_save)
        self.offer_dialog = dialog
        dialog.open()

    def _after_save(self, _offer: object) -> None:
        self.refresh()
        self.changed.emit()

    def edit_fields(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = DemographicsDialog(self.ctx, self.tasks, item.candidate_id, item.candidate_name,
                                    self)
        self.fields_dialog = dialog
        dialog.open()

    def export(self, target: Path | None = None) -> None:
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export offers to payroll"), "payroll.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not name:
                return
            target = Path(name)
        run_in_background(self.tasks, self, self.tr("Exporting offers"),
                          lambda: export_payroll(self.ctx.db, target, self.ctx.actor),
                          lambda n: self._exported(n, target))

    def _exported(self, count: int, target: Path) -> None:
        if count == 0:
            self.status.setText(self.tr("There are no offers to export yet; {0} has only the "
                                        "header row.").format(target))
        else:
            self.status.setText(self.tr("Wrote {0} offers to {1}").format(count, target))
