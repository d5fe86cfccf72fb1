"""Changing one score: HR's own score and a reason, both mandatory; the model's score stays."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import DimensionScore
from app.ui.review.texts import dimension_name


class OverrideDialog(QDialog):
    def __init__(self, score: DimensionScore, question: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change score"))
        self.score = score
        layout = QVBoxLayout(self)
        what = dimension_name(score.dimension) + (f" — {question}" if question else "")
        heading = QLabel(what)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        model = "—" if score.model_score is None else f"{score.model_score:.0f}"
        form.addRow(self.tr("Model score"), QLabel(f"{model}  ({score.model_version})"))
        self.value = QDoubleSpinBox()
        self.value.setRange(0, 100)
        self.value.setDecimals(0)
        self.value.setValue(score.final_score or 0.0)
        form.addRow(self.tr("Your score"), self.value)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why do you give a different score? (required)"))
        self.reason.setMaximumHeight(90)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        hint = QLabel(self.tr("The model's score and your score are both kept, with your name and "
                              "the time, in the audit log."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def result_values(self) -> tuple[float, str]:
        return float(self.value.value()), self.reason.toPlainText().strip()
