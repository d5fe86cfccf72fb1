"""The offer screen on a saved interview: suggestion, expectation gap, market flag, HR's decision."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.salary.money import format_percent
from app.salary.offer_desk import OfferContext, record_decision
from app.salary.offers import Decision, needs_reason
from app.services.context import AppContext
from app.ui.messages import show_error
from app.ui.salary.common import money, source_label
from app.ui.tasks import TaskManager

WARN = "color: #b00020; font-weight: bold"


class OfferDialog(QDialog):
    saved = Signal(object)  # the Offer

    def __init__(self, ctx: AppContext, tasks: TaskManager, offer_ctx: OfferContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks, self.offer_ctx = ctx, tasks, offer_ctx
        c = offer_ctx
        self.setWindowTitle(self.tr("Offer for {0}").format(c.candidate.name))
        form = QFormLayout()
        form.addRow(self.tr("Candidate"), QLabel(
            f"{c.candidate.name} ({source_label(str(c.candidate.source_channel))})"))
        form.addRow(self.tr("Position"), QLabel(c.position.title))
        s = c.suggestion
        currency = s.currency if s else (c.table.currency if c.table else "")
        if s is not None:
            driver = (self.tr("skill match") if s.driver_dimension == "skill_match"
                      else self.tr("overall"))
            form.addRow(self.tr("Final score"), QLabel(f"{s.score:g} ({driver})"))
            form.addRow(self.tr("Suggested level"), QLabel(s.level_title))
            form.addRow(self.tr("Band"), QLabel(
                f"{money(s.salary_min)} \u2013 {money(s.salary_max)} {s.currency}"))
            self.suggested_label = QLabel(money(s.suggested_salary, s.currency))
            self.suggested_label.setStyleSheet("font-weight: bold")
            form.addRow(self.tr("Suggested salary"), self.suggested_label)
            form.addRow(self.tr("Grade table"), QLabel(
                self.tr("{0}, version {1}").format(s.table_name, s.table_version)))
        else:
            self.problem_label = QLabel(c.suggestion_problem)
            self.problem_label.setWordWrap(True)
            self.problem_label.setStyleSheet(WARN)
            form.addRow(self.tr("Suggestion"), self.problem_label)
        self.expected_label = QLabel(self._expected_text())
        form.addRow(self.tr("Expected by the candidate"), self.expected_label)
        self.market_label = QLabel(self._market_text())
        self.market_label.setWordWrap(True)
        if c.market_comparison is not None and c.market_comparison.below_market:
            self.market_label.setStyleSheet(WARN)
        form.addRow(self.tr("Market"), self.market_label)

        self.decisions = QButtonGroup(self)
        row = QHBoxLayout()
        self.radio: dict[Decision, QRadioButton] = {}
        for decision, text in ((Decision.OFFER, self.tr("Offer")), (Decision.HOLD, self.tr("Hold")),
                               (Decision.REJECT, self.tr("Reject"))):
            button = QRadioButton(text)
            self.radio[decision] = button
            self.decisions.addButton(button)
            row.addWidget(button)
        form.addRow(self.tr("Decision"), row)
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 10_000_000)
        self.amount.setDecimals(0)
        self.amount.setSingleStep(100)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSuffix(f" {currency}" if currency else "")
        form.addRow(self.tr("Offered monthly salary"), self.amount)
        self.band_hint = QLabel()
        self.band_hint.setWordWrap(True)
        form.addRow("", self.band_hint)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Required when the salary is outside the band"))
        self.reason.setFixedHeight(70)
        form.addRow(self.tr("Reason"), self.reason)

        existing = c.offer
        chosen = existing.decision if existing else Decision.OFFER
        self.radio[chosen].setChecked(True)
        start = (existing.offered_salary if existing and existing.offered_salary is not None
                 else s.suggested_salary if s else Decimal(0))
        self.amount.setValue(float(start))
        if existing:
            self.reason.setPlainText(existing.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if existing:
            layout.addWidget(QLabel(self.tr("Last decided by {0} on {1:%Y-%m-%d %H:%M} UTC").format(
                existing.decided_by, existing.decided_at)))
        layout.addWidget(self.buttons)
        self.amount.valueChanged.connect(self._update_hint)
        self.decisions.buttonToggled.connect(self._update_hint)
        self._update_hint()

    def _expected_text(self) -> str:
        c = self.offer_ctx
        if c.expected is None:
            return self.tr("not recorded")
        text = money(c.expected)
        if c.gap is not None:
            gap_money = money(c.gap.amount)
            if c.gap.amount > 0:
                gap_money = "+" + gap_money
            pct = f", {format_percent(c.gap.percent)}" if c.gap.percent is not None else ""
            text += self.tr(" (suggested minus expected: {0}{1})").format(gap_money, pct)
        return text

    def _market_text(self) -> str:
        comp = self.offer_ctx.market_comparison
        if comp is None:
            return self.tr("No market data for this position and level.")
        verdict = self.tr("below market") if comp.below_market else self.tr("at or above market")
        return self.tr("{0} suggested, market median {1}: {2}").format(
            money(comp.salary), money(comp.p50), verdict)

    def decision(self) -> Decision:
        for decision, button in self.radio.items():
            if button.isChecked():
                return decision
        return Decision.OFFER

    def _update_hint(self) -> None:
        offering = self.decision() is Decision.OFFER
        self.amount.setEnabled(offering)
        amount = Decimal(str(round(self.amount.value())))
        outside = offering and needs_reason(amount, self.offer_ctx.suggestion)
        self.band_hint.setText(self.tr("Outside the band: a reason is required.") if outside else "")
        self.band_hint.setStyleSheet(WARN if outside else "")

    def save(self) -> None:
        decision = self.decision()
        offered = (Decimal(str(round(self.amount.value())))
                   if decision is Decision.OFFER else None)
        reason = self.reason.toPlainText()
        self.buttons.setEnabled(False)
        self.tasks.run(self.tr("Saving the salary decision"),
                       lambda _job: record_decision(self.ctx.db, self.offer_ctx, decision, offered,
                                                    reason, self.ctx.actor),
                       on_done=self._saved, on_error=self._failed, writer=True)

    def _saved(self, offer: object) -> None:
        self.saved.emit(offer)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, exc, self.tr("Salary decision not saved"))

