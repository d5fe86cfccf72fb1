"""The review screen of one saved interview (a view: widgets and signals, no database, no models).

Shows overall and per-dimension scores (model and final), a radar chart, the decision-support
statement, each question with the answer (transcript), key points hit/missed with quotes and the
features that moved each score, and the interview notes. Buttons ask the controller to override a
score, confirm the review, export a PDF or print.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain import DimensionScore
from app.scoring.report_data import DIMENSIONS, ReportData
from app.ui.review.radar import RadarChart
from app.ui.review.report_html import report_html
from app.ui.review.texts import decision_support, dimension_name, no_consent


class ReviewWindow(QWidget):
    override_requested = Signal(object)        # DimensionScore
    confirm_requested = Signal()
    score_requested = Signal()
    export_requested = Signal()
    print_requested = Signal()
    play_requested = Signal(str)               # a recording's path relative to the media folder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Interview review"))
        self.data: ReportData | None = None
        self._rows: list[DimensionScore] = []
        layout = QVBoxLayout(self)
        self.statement = QLabel(decision_support())
        self.statement.setWordWrap(True)
        self.statement.setStyleSheet("background:#fff4d6; padding:6px;")
        layout.addWidget(self.statement)
        self.overall = QLabel()
        self.overall.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(self.overall)
        top = QHBoxLayout()
        self.radar = RadarChart()
        top.addWidget(self.radar, 1)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Dimension"), self.tr("Question"),
                                              self.tr("Model"), self.tr("Final"), self.tr("Override")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._request_override())
        top.addWidget(self.table, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        holder = QWidget()
        holder.setLayout(top)
        splitter.addWidget(holder)
        self.evidence = QTextBrowser()
        self.evidence.setOpenLinks(False)
        splitter.addWidget(self.evidence)
        layout.addWidget(splitter, 1)
        self.recordings = QListWidget()
        self.recordings.setMaximumHeight(80)
        self.recordings.itemActivated.connect(
            lambda item: self.play_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recordings_label = QLabel(self.tr("Recordings (double-click to play)"))
        layout.addWidget(self.recordings_label)
        layout.addWidget(self.recordings)
        buttons = QHBoxLayout()
        self.override_button = QPushButton(self.tr("Change score…"))
        self.override_button.clicked.connect(self._request_override)
        self.confirm_button = QPushButton(self.tr("Confirm scores"))
        self.confirm_button.clicked.connect(self.confirm_requested)
        self.score_button = QPushButton(self.tr("Score now"))
        self.score_button.setToolTip(self.tr("Compute the scores with the models on this computer "
                                             "(scores you changed are kept)"))
        self.score_button.clicked.connect(self.score_requested)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.export_requested)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_requested)
        for b in (self.override_button, self.confirm_button, self.score_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.export_button, self.print_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)

    def show_report(self, data: ReportData) -> None:
        self.data = data
        top = data.interview_scores()
        overall = top.get("overall")
        if overall is not None and overall.final_score is not None:
            self.overall.setText(self.tr("Overall: {0:.0f} / 100").format(overall.final_score))
        elif not data.ai_consent:
            self.overall.setText(no_consent())
        else:
            self.overall.setText(self.tr("Not scored yet"))
        self.radar.set_scores(data.radar_values())
        self._fill_table(data)
        self._fill_recordings(data)
        self.evidence.setHtml(report_html(data, with_radar=False))
        scored = bool(self._rows)
        self.override_button.setEnabled(scored)
        self.confirm_button.setEnabled(scored)
        self.score_button.setEnabled(data.ai_consent)
        self.score_button.setText(self.tr("Score again") if scored else self.tr("Score now"))

    def _fill_table(self, data: ReportData) -> None:
        prompts = {q.answer.question_id: f"{q.number}. {q.prompt}" for q in data.questions()}
        top = data.interview_scores()
        rows = [top[d] for d in (*DIMENSIONS, "overall") if d in top]
        for q in data.questions():
            rows.extend(q.scores[d] for d in DIMENSIONS if d in q.scores)
        self._rows = rows
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            question = prompts.get(s.question_id, "") if s.question_id else self.tr("(whole interview)")
            values = [dimension_name(s.dimension), question,
                      "—" if s.model_score is None else f"{s.model_score:.0f}",
                      "—" if s.final_score is None else f"{s.final_score:.0f}",
                      s.override_reason if s.overridden else ""]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()

    def _fill_recordings(self, data: ReportData) -> None:
        self.recordings.clear()
        for q in data.questions():
            for media in q.answer.media:
                minutes, seconds = divmod(int(media.duration_s), 60)
                text = f"{q.number}. {media.kind} {minutes}:{seconds:02d} — {media.relpath}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, media.relpath)
                self.recordings.addItem(item)
        visible = self.recordings.count() > 0
        self.recordings.setVisible(visible)
        self.recordings_label.setVisible(visible)

    def select_score(self, score_id: UUID) -> bool:
        for r, s in enumerate(self._rows):
            if s.id == score_id:
                self.table.selectRow(r)
                return True
        return False

    def selected_score(self) -> DimensionScore | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _request_override(self) -> None:
        score = self.selected_score()
        if score is not None:
            self.override_requested.emit(score)
