"""Optional demographic fields for the fairness check: voluntary, kept apart from scoring."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.salary.fairness_desk import ATTRIBUTES, load_demographics, save_demographics
from app.services.context import AppContext
from app.ui.messages import show_error
from app.ui.tasks import TaskManager


class DemographicsDialog(QDialog):
    def __init__(self, ctx: AppContext, tasks: TaskManager, candidate_id: UUID,
                 candidate_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks, self.candidate_id = ctx, tasks, candidate_id
        self.setWindowTitle(self.tr("Optional fields for the fairness check"))
        form = QFormLayout(self)
        note = QLabel(self.tr(
            "Only if {0} chose to tell us. These fields are never shown to interviewers or used "
            "in scoring; they are used only to check that selection is fair across groups."
        ).format(candidate_name))
        note.setWordWrap(True)
        form.addRow(note)
        labels = {"gender": self.tr("Gender"), "age_band": self.tr("Age band")}
        choices = {
            "gender": [("", self.tr("Not recorded")), ("female", self.tr("Female")),
                       ("male", self.tr("Male")), ("other", self.tr("Other"))],
            "age_band": [("", self.tr("Not recorded")), ("<30", "< 30"), ("30-39", "30\u201339"),
                         ("40-49", "40\u201349"), ("50+", "50+")],
        }
        current = load_demographics(ctx.db, candidate_id)
        self.combos: dict[str, QComboBox] = {}
        for attribute in ATTRIBUTES:
            combo = QComboBox()
            for value, text in choices[attribute]:
                combo.addItem(text, value)
            index = combo.findData(current.get(attribute, ""))
            combo.setCurrentIndex(max(0, index))
            self.combos[attribute] = combo
            form.addRow(labels[attribute], combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form.addRow(buttons)

    def save(self) -> None:
        values = {a: str(c.currentData()) for a, c in self.combos.items()}
        self.buttons.setEnabled(False)
        self.tasks.run(self.tr("Saving optional fields"),
                       lambda _job: save_demographics(self.ctx.db, self.candidate_id, values,
                                                      self.ctx.actor),
                       on_done=lambda _r: self.accept(), on_error=self._failed, writer=True)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)  # the choices stay in the dialog: nothing is lost
        show_error(self, exc)
