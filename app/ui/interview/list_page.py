"""The interview list: saved records, and a red exclamation mark on every unsaved one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
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

from app.domain import InterviewStatus
from app.services.interviews import InterviewListItem
from app.ui.interview.desk import InterviewDesk

UNSAVED_MARK = "!"
RED = QColor("#d00000")


class InterviewListPage(QWidget):
    refreshed = Signal()

    def __init__(self, desk: InterviewDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.items: list[InterviewListItem] = []
        self._asked = 0
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        desk.records_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            ["", self.tr("Candidate"), self.tr("Position"), self.tr("Round"), self.tr("Status"), self.tr("Date")]
        )
        self.open_button.setText(self.tr("Open"))
        self._fill()

    def changeEvent(self, event: object) -> None:
        from PySide6.QtCore import QEvent

        if getattr(event, "type", lambda: None)() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[arg-type]

    def status_text(self, status: InterviewStatus) -> str:
        return {
            InterviewStatus.DRAFT: self.tr("Draft"),
            InterviewStatus.IN_PROGRESS: self.tr("In progress"),
            InterviewStatus.ENDED: self.tr("Ended"),
            InterviewStatus.SAVED: self.tr("Saved"),
        }[status]

    def refresh(self) -> None:
        """Read the list off the main thread; `refreshed` fires when it is shown."""
        service = self.desk.service
        self._asked += 1
        asked = self._asked
        self.desk.tasks.run(
            self.tr("Loading interviews"), lambda _job: service.list_interviews(),
            on_done=lambda items: self._loaded(items, asked), on_error=self._failed,
        )

    def _loaded(self, items: list[InterviewListItem], asked: int) -> None:
        if asked != self._asked:
            return  # a newer refresh is on its way; show only the newest list
        self.items = items
        self._fill()
        self.refreshed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("The list could not be read: {0}").format(exc))
        self.refreshed.emit()

    def is_unsaved(self, item: InterviewListItem) -> bool:
        return item.unsaved or item.interview_id in self.desk.unsaved_ids()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            unsaved = self.is_unsaved(item)
            mark = QTableWidgetItem(UNSAVED_MARK if unsaved else "")
            if unsaved:
                mark.setForeground(QBrush(RED))
                font = mark.font()
                font.setBold(True)
                mark.setFont(font)
                mark.setToolTip(self.tr("Unsaved changes"))
            mark.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            status = self.status_text(item.status)
            if unsaved:
                status = self.tr("{0}, not saved").format(status) if item.in_database else self.tr("Not saved")
            cells = [
                mark,
                QTableWidgetItem(item.candidate_name),
                QTableWidgetItem(item.position_title),
                QTableWidgetItem(str(item.round)),
                QTableWidgetItem(status),
                QTableWidgetItem(item.when.astimezone().strftime("%Y-%m-%d %H:%M")),
            ]
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        self.count_label.setText(self.tr("{0} interviews").format(len(self.items)))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.desk.open_item(self.items[row])
