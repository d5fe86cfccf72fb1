"""Small shared pieces of the salary screens: labels in the clerk's words, money, background loads."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.salary.money import format_money
from app.ui.messages import show_error
from app.ui.tasks import Job, TaskManager


def tr(text: str) -> str:
    return QCoreApplication.translate("salary", text)


def source_label(code: str) -> str:
    labels = {
        "job_board": tr("Job board"), "referral": tr("Referral"), "campus": tr("Campus"),
        "agency": tr("Agency"), "website": tr("Company website"), "other": tr("Other"),
    }
    return labels.get(code, code)


def decision_label(code: str | None) -> str:
    labels = {"offer": tr("Offer"), "hold": tr("Hold"), "reject": tr("Reject")}
    return labels.get(code or "", tr("Not decided"))


def money(value: Decimal | float | int | None, currency: str = "") -> str:
    if value is None:
        return "\u2013"
    text = format_money(Decimal(str(value)))
    return f"{text} {currency}".strip()


def run_in_background(tasks: TaskManager, owner: QWidget, name: str, fn: Callable[[], Any],
                      on_done: Callable[[Any], None], *, writer: bool = False) -> Job:
    """Run `fn` off the main thread; show any error on the owner; deliver the result on the GUI."""
    return tasks.run(name, lambda _job: fn(), on_done=on_done,
                     on_error=lambda exc: show_error(owner, exc), writer=writer)
