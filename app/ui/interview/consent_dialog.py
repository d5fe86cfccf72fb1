"""Consent before anything is captured: to recording and to AI-assisted scoring, separately."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class ConsentDialog(QDialog):
    def __init__(self, candidate_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr("Before the interview starts, ask {0} and tick what they agree to. "
                    "Each consent is separate and is stored with the interview.").format(candidate_name)
        )
        self.intro.setWordWrap(True)
        self.recording_check = QCheckBox(self.tr("The candidate agrees to be recorded (video and audio)"))
        self.ai_check = QCheckBox(self.tr("The candidate agrees to AI-assisted scoring"))
        self.note = QLabel(
            self.tr("Without consent to recording, answers are typed. Without consent to AI "
                    "scoring, people score the interview; nothing is sent to the scoring models.")
        )
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Begin interview"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for w in (self.intro, self.recording_check, self.ai_check, self.note, self.buttons):
            layout.addWidget(w)

    @property
    def recording(self) -> bool:
        return self.recording_check.isChecked()

    @property
    def ai_scoring(self) -> bool:
        return self.ai_check.isChecked()
