"""Candidates: who applied, how they reached us, what they expect to earn."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from app.domain import Candidate, SourceChannel
from app.domain.validation import InvalidField
from app.services.catalog import Catalog
from app.services.privacy import erase_candidate
from app.ui.catalog.editor_page import EditorPage
from app.ui.catalog.table_model import Column
from app.ui.messages import show_error


class CandidatesPage(EditorPage):
    start_interview_requested = Signal(UUID)

    title = "Candidates"

    def channel_names(self) -> dict[str, str]:
        return {
            SourceChannel.JOB_BOARD: self.tr("Job board"),
            SourceChannel.REFERRAL: self.tr("Referral"),
            SourceChannel.CAMPUS: self.tr("Campus"),
            SourceChannel.AGENCY: self.tr("Agency"),
            SourceChannel.WEBSITE: self.tr("Company website"),
            SourceChannel.OTHER: self.tr("Other"),
        }

    def columns(self) -> Sequence[Column]:
        names = self.channel_names()
        return [
            ("Name", lambda c: c.name),
            ("Phone", lambda c: c.phone),
            ("E-mail", lambda c: c.email),
            ("Source", lambda c: names.get(c.source_channel, str(c.source_channel))),
            ("Expected salary", lambda c: f"{c.expected_monthly_salary:,.0f}" if c.expected_monthly_salary is not None else ""),
        ]

    def column_title(self, key: str) -> str:
        return {
            "Name": self.tr("Name"),
            "Phone": self.tr("Phone"),
            "E-mail": self.tr("E-mail"),
            "Source": self.tr("Source"),
            "Expected salary": self.tr("Expected salary"),
        }[key]

    def build_form(self, form: QFormLayout) -> None:
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.source_combo = QComboBox()
        for key, label in self.channel_names().items():
            self.source_combo.addItem(label, str(key))
        self.salary_edit = QLineEdit()
        self.salary_edit.setPlaceholderText(self.tr("per month, e.g. 9000"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(90)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Source"), self.source_combo)
        form.addRow(self.tr("Expected monthly salary"), self.salary_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        for sig in (
            self.name_edit.textEdited,
            self.phone_edit.textEdited,
            self.email_edit.textEdited,
            self.salary_edit.textEdited,
            self.source_combo.activated,
            self.notes_edit.textChanged,
        ):
            self.watch(sig)
        self.start_button = QPushButton(self.tr("Start interview…"))
        self.start_button.clicked.connect(self._start_interview)
        self.buttons.insertWidget(1, self.start_button)
        self.erase_button = QPushButton(self.tr("Erase candidate data…"))
        self.erase_button.setToolTip(self.tr("Privacy: erase the person with all interviews and recordings, also from restored backups"))
        self.erase_button.clicked.connect(self._erase)
        self.buttons.insertWidget(3, self.erase_button)

    def blank(self) -> Candidate:
        return Candidate(name="")

    def fill_form(self, c: Candidate) -> None:
        self.name_edit.setText(c.name)
        self.phone_edit.setText(c.phone)
        self.email_edit.setText(c.email)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(str(c.source_channel))))
        self.salary_edit.setText("" if c.expected_monthly_salary is None else f"{c.expected_monthly_salary:.0f}")
        self.notes_edit.setPlainText(c.notes)
        self.start_button.setEnabled(c.version > 0)
        self.erase_button.setEnabled(c.version > 0)

    def read_form(self, c: Candidate) -> Candidate:
        salary_text = self.salary_edit.text().strip().replace(",", "")
        salary: Decimal | None = None
        if salary_text:
            try:
                salary = Decimal(salary_text)
            except InvalidOperation as exc:
                raise InvalidField(
                    "expected salary",
                    self.tr("'{0}' is not an amount.").format(salary_text),
                    self.tr("Type a number such as 9000, or leave it empty."),
                ) from exc
        return Candidate(
            id=c.id,
            version=c.version,
            created_at=c.created_at,
            consent=c.consent,
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            source_channel=SourceChannel(self.source_combo.currentData()),
            expected_monthly_salary=salary,
            notes=self.notes_edit.toPlainText(),
        )

    def load_items(self) -> list[Any]:
        return list(Catalog(self.ctx).candidates())

    def save_item(self, c: Candidate) -> Candidate:
        result = Catalog(self.ctx).save_candidate(c)
        if result.possible_duplicates:
            dup = result.possible_duplicates[0]
            QMessageBox.information(
                self,
                self.tr("Possible duplicate"),
                self.tr("{0} was saved. A candidate with the same name and contact details already exists ({1}); check whether they are the same person.").format(
                    c.name, dup.phone or dup.email
                ),
            )
        self.start_button.setEnabled(True)
        return result.candidate

    def delete_item(self, c: Candidate) -> None:
        Catalog(self.ctx).delete_candidate(c)

    def describe(self, obj: Any) -> str:
        return str(obj.name) if obj is not None and obj.name else self.tr("The new candidate")

    def _erase(self) -> None:
        c = self.current
        if c is None or c.version == 0:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Erase candidate data"),
            self.tr("Erase {0} with every interview, score and recording? This cannot be undone, and restored backups will not bring the data back.\n\nReason (required):").format(c.name),
        )
        if not ok:
            return
        try:
            erase_candidate(self.ctx, c.id, reason)
        except Exception as exc:
            show_error(self, exc)
            return
        self.set_dirty(False)
        self.refresh_now()
        self.new_item()
        self.changed.emit()

    def _start_interview(self) -> None:
        if self.current is None or self.current.version == 0:
            return
        if not self.may_close():
            return
        self.start_interview_requested.emit(self.current.id)
