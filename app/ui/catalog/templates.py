"""Interview templates and their question bank: kind, prompt, reference answer, key points, timing."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import InterviewTemplate, Question, QuestionKind
from app.domain.template import DEFAULT_DIMENSIONS
from app.services.catalog import Catalog
from app.ui.catalog.editor_page import EditorPage, lines
from app.ui.catalog.table_model import Column


class TemplatesPage(EditorPage):
    title = "Interview templates"

    def columns(self) -> Sequence[Column]:
        return [
            ("Name", lambda t: t.name),
            ("Language", lambda t: "中文" if t.language == "zh" else "English"),
            ("Questions", lambda t: str(len(t.questions))),
        ]

    def column_title(self, key: str) -> str:
        return {"Name": self.tr("Name"), "Language": self.tr("Language"), "Questions": self.tr("Questions")}[key]

    def dimension_names(self) -> dict[str, str]:
        return {
            "skill_match": self.tr("Skill match"),
            "communication": self.tr("Communication"),
            "stress_resistance": self.tr("Stress resistance"),
        }

    def build_form(self, form: QFormLayout) -> None:
        self.questions: list[Question] = []
        self._question_row = -1
        self.name_edit = QLineEdit()
        self.language_combo = QComboBox()
        self.language_combo.addItem("中文", "zh")
        self.language_combo.addItem("English", "en")
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Language"), self.language_combo)
        self.weight_spins: dict[str, QDoubleSpinBox] = {}
        weights = QWidget()
        wl = QHBoxLayout(weights)
        wl.setContentsMargins(0, 0, 0, 0)
        for key, label in self.dimension_names().items():
            spin = QDoubleSpinBox()
            spin.setRange(0, 10)
            spin.setSingleStep(0.1)
            spin.setPrefix(f"{label} ")
            self.weight_spins[key] = spin
            wl.addWidget(spin)
            self.watch(spin.valueChanged)
        form.addRow(self.tr("Dimension weights"), weights)

        box = QGroupBox(self.tr("Questions"))
        bl = QVBoxLayout(box)
        self.question_list = QListWidget()
        self.question_list.setMaximumHeight(120)
        row = QHBoxLayout()
        self.add_q = QPushButton(self.tr("Add question"))
        self.remove_q = QPushButton(self.tr("Remove"))
        self.up_q = QPushButton(self.tr("Up"))
        self.down_q = QPushButton(self.tr("Down"))
        for b in (self.add_q, self.remove_q, self.up_q, self.down_q):
            row.addWidget(b)
        bl.addWidget(self.question_list)
        bl.addLayout(row)
        qform = QFormLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Structured"), QuestionKind.STRUCTURED.value)
        self.kind_combo.addItem(self.tr("Situational"), QuestionKind.SITUATIONAL.value)
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setMaximumHeight(60)
        self.reference_edit = QPlainTextEdit()
        self.reference_edit.setMaximumHeight(80)
        self.key_points_edit = QPlainTextEdit()
        self.key_points_edit.setPlaceholderText(self.tr("One key point per line"))
        self.key_points_edit.setMaximumHeight(70)
        self.time_spin = QSpinBox()
        self.time_spin.setRange(10, 3600)
        self.time_spin.setSuffix(" s")
        self.prep_spin = QSpinBox()
        self.prep_spin.setRange(0, 600)
        self.prep_spin.setSuffix(" s")
        qform.addRow(self.tr("Kind"), self.kind_combo)
        qform.addRow(self.tr("Question"), self.prompt_edit)
        qform.addRow(self.tr("Reference answer"), self.reference_edit)
        qform.addRow(self.tr("Key points"), self.key_points_edit)
        qform.addRow(self.tr("Answer time limit"), self.time_spin)
        qform.addRow(self.tr("Preparation time"), self.prep_spin)
        bl.addLayout(qform)
        form.addRow(box)
        for sig in (self.name_edit.textEdited, self.language_combo.activated, self.kind_combo.activated,
                    self.prompt_edit.textChanged, self.reference_edit.textChanged,
                    self.key_points_edit.textChanged, self.time_spin.valueChanged, self.prep_spin.valueChanged):
            self.watch(sig)
        self.question_list.currentRowChanged.connect(self._question_selected)
        self.add_q.clicked.connect(self._add_question)
        self.remove_q.clicked.connect(self._remove_question)
        self.up_q.clicked.connect(lambda: self._move_question(-1))
        self.down_q.clicked.connect(lambda: self._move_question(1))

    # questions ----------------------------------------------------------------------------
    def _store_question(self) -> None:
        row = self._question_row
        if 0 <= row < len(self.questions):
            q = self.questions[row]
            q.kind = QuestionKind(self.kind_combo.currentData())
            q.prompt = self.prompt_edit.toPlainText()
            q.reference_answer = self.reference_edit.toPlainText()
            q.key_points = lines(self.key_points_edit.toPlainText())
            q.time_limit_s = self.time_spin.value()
            q.preparation_s = self.prep_spin.value()
            item = self.question_list.item(row)
            if item is not None:
                item.setText(self._question_label(row, q))

    def _question_label(self, row: int, q: Question) -> str:
        kind = self.tr("Situational") if q.kind is QuestionKind.SITUATIONAL else self.tr("Structured")
        prompt = q.prompt.strip().splitlines()[0] if q.prompt.strip() else self.tr("(empty)")
        return f"{row + 1}. [{kind}] {prompt[:60]}"

    def _show_questions(self, select: int = 0) -> None:
        self._question_row = -1
        self.question_list.clear()
        for i, q in enumerate(self.questions):
            self.question_list.addItem(self._question_label(i, q))
        if self.questions:
            self.question_list.setCurrentRow(min(select, len(self.questions) - 1))
        self._set_question_enabled(bool(self.questions))

    def _set_question_enabled(self, enabled: bool) -> None:
        for w in (self.kind_combo, self.prompt_edit, self.reference_edit, self.key_points_edit,
                  self.time_spin, self.prep_spin, self.remove_q, self.up_q, self.down_q):
            w.setEnabled(enabled)

    def _question_selected(self, row: int) -> None:
        self._store_question()
        self._question_row = row
        if not 0 <= row < len(self.questions):
            return
        q = self.questions[row]
        was = self._loading
        self._loading = True
        try:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(q.kind.value))
            self.prompt_edit.setPlainText(q.prompt)
            self.reference_edit.setPlainText(q.reference_answer)
            self.key_points_edit.setPlainText("\n".join(q.key_points))
            self.time_spin.setValue(q.time_limit_s)
            self.prep_spin.setValue(q.preparation_s)
        finally:
            self._loading = was

    def _add_question(self) -> None:
        self._store_question()
        self.questions.append(Question(prompt=""))
        self._show_questions(len(self.questions) - 1)
        self.set_dirty(True)
        self.prompt_edit.setFocus()

    def _remove_question(self) -> None:
        row = self.question_list.currentRow()
        if 0 <= row < len(self.questions):
            self._question_row = -1
            del self.questions[row]
            self._show_questions(row)
            self.set_dirty(True)

    def _move_question(self, delta: int) -> None:
        self._store_question()
        row = self.question_list.currentRow()
        target = row + delta
        if 0 <= row < len(self.questions) and 0 <= target < len(self.questions):
            self.questions[row], self.questions[target] = self.questions[target], self.questions[row]
            self._show_questions(target)
            self.set_dirty(True)

    # the page contract --------------------------------------------------------------------
    def blank(self) -> InterviewTemplate:
        return InterviewTemplate(name="")

    def fill_form(self, t: InterviewTemplate) -> None:
        self.name_edit.setText(t.name)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(t.language)))
        for key, spin in self.weight_spins.items():
            spin.setValue(float(t.dimension_weights.get(key, DEFAULT_DIMENSIONS[key])))
        self.questions = copy.deepcopy(t.questions)
        self._show_questions(0)

    def read_form(self, t: InterviewTemplate) -> InterviewTemplate:
        self._store_question()
        return InterviewTemplate(
            id=t.id,
            version=t.version,
            created_at=t.created_at,
            name=self.name_edit.text(),
            language=str(self.language_combo.currentData()),
            questions=copy.deepcopy(self.questions),
            dimension_weights={k: s.value() for k, s in self.weight_spins.items()},
        )

    def load_items(self) -> list[Any]:
        return list(Catalog(self.ctx).templates())

    def save_item(self, t: InterviewTemplate) -> InterviewTemplate:
        saved = Catalog(self.ctx).save_template(t)
        self.questions = copy.deepcopy(saved.questions)
        return saved

    def delete_item(self, t: InterviewTemplate) -> None:
        Catalog(self.ctx).delete_template(t)

    def describe(self, obj: Any) -> str:
        return str(obj.name) if obj is not None and obj.name else self.tr("The new template")
