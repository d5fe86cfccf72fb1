"""Positions: the openings we interview for and the skills they require."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit

from app.domain import Position
from app.services.catalog import Catalog
from app.ui.catalog.editor_page import EditorPage, lines
from app.ui.catalog.table_model import Column


class PositionsPage(EditorPage):
    title = "Positions"

    def columns(self) -> Sequence[Column]:
        return [
            ("Title", lambda p: p.title),
            ("Department", lambda p: p.department),
            ("Required skills", lambda p: ", ".join(p.required_skills)),
        ]

    def column_title(self, key: str) -> str:
        return {"Title": self.tr("Title"), "Department": self.tr("Department"), "Required skills": self.tr("Required skills")}[key]

    def build_form(self, form: QFormLayout) -> None:
        self.title_edit = QLineEdit()
        self.department_edit = QLineEdit()
        self.skills_edit = QPlainTextEdit()
        self.skills_edit.setPlaceholderText(self.tr("One skill per line"))
        self.description_edit = QPlainTextEdit()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Department"), self.department_edit)
        form.addRow(self.tr("Required skills"), self.skills_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        for sig in (self.title_edit.textEdited, self.department_edit.textEdited,
                    self.skills_edit.textChanged, self.description_edit.textChanged):
            self.watch(sig)

    def blank(self) -> Position:
        return Position(title="")

    def fill_form(self, p: Position) -> None:
        self.title_edit.setText(p.title)
        self.department_edit.setText(p.department)
        self.skills_edit.setPlainText("\n".join(p.required_skills))
        self.description_edit.setPlainText(p.description)

    def read_form(self, p: Position) -> Position:
        return Position(
            id=p.id,
            version=p.version,
            created_at=p.created_at,
            title=self.title_edit.text(),
            department=self.department_edit.text(),
            required_skills=lines(self.skills_edit.toPlainText()),
            description=self.description_edit.toPlainText(),
        )

    def load_items(self) -> list[Any]:
        return list(Catalog(self.ctx).positions())

    def save_item(self, p: Position) -> Position:
        return Catalog(self.ctx).save_position(p)

    def delete_item(self, p: Position) -> None:
        Catalog(self.ctx).delete_position(p)

    def describe(self, obj: Any) -> str:
        return str(obj.title) if obj is not None and obj.title else self.tr("The new position")
