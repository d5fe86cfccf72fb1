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


def source_label(code: str) -> str:
    labels = {
        "job_board": QCoreApplication.translate("salary", "Job board"),
        "referral": QCoreApplication.translate("salary", "Referral"),
        "campus": QCoreApplication.translate("salary", "Campus"),
        "agency": QCoreApplication.translate("salary", "Agency"),
        "website": QCoreApplication.translate("salary", "Company website"),
        "other": QCoreApplication.translate("salary", "Other"),
    }
    return labels.get(code, code)


def decision_label(code: str | None) -> str:
    labels = {
        "offer": QCoreApplication.translate("salary", "Offer"),
        "hold": QCoreApplication.translate("salary", "Hold"),
        "reject": QCoreApplication.translate("salary", "Reject"),
    }
    return labels.get(code or "", QCoreApplication.translate("salary", "Not decided"))


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
