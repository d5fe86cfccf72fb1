"""Starting an interview: which position, which template, which round."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from app.services.interviews import StartChoices


class StartInterviewDialog(QDialog):
    def __init__(self, candidate_name: str, choices: StartChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start interview"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Interview with {0}").format(candidate_name)))
        self.position_combo = QComboBox()
        for p in choices.positions:
            self.position_combo.addItem(p.title + (f" ({p.department})" if p.department else ""), p.id)
        self.template_combo = QComboBox()
        for t in choices.templates:
            self.template_combo.addItem(
                self.tr("{0} ({1} questions)").format(t.name, len(t.questions)), t.id
            )
        self.round_spin = QSpinBox()
        self.round_spin.setRange(1, 9)
        form.addRow(self.tr("Position"), self.position_combo)
        form.addRow(self.tr("Template"), self.template_combo)
        form.addRow(self.tr("Round"), self.round_spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def chosen(self) -> tuple[UUID, UUID, int]:
        return self.position_combo.currentData(), self.template_combo.currentData(), self.round_spin.value()
