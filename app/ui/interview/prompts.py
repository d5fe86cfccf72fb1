"""The questions the interview area asks, worded once, with Cancel as the safe default."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    RETRY = "retry"
    KEEP_DRAFT = "keep_draft"
    MERGE = "merge"


def _box(parent: QWidget | None, title: str, text: str, info: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    if info:
        box.setInformativeText(info)
    box.setObjectName("interview-prompt")
    return box


def ask_exit_unsaved(parent: QWidget | None) -> Choice:
    """Closing with unsaved changes: Save / Discard / Cancel, Cancel the default."""
    box = _box(parent, QCoreApplication.translate("InterviewPrompts", "Unsaved interview"), QCoreApplication.translate("InterviewPrompts", "Exit? Unsaved data will be lost."))
    box.setIcon(QMessageBox.Icon.Warning)
    save = box.addButton(QCoreApplication.translate("InterviewPrompts", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("InterviewPrompts", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("InterviewPrompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return Choice.SAVE if clicked is save else Choice.DISCARD if clicked is discard else Choice.CANCEL


def ask_save_record(parent: QWidget | None, empty_answers: list[int]) -> Choice:
    """After "End interview": Save / Don't save / Cancel; empty answers are pointed out."""
    info = ""
    if empty_answers:
        info = QCoreApplication.translate("InterviewPrompts", "No answer was recorded for question(s) {0}; they are saved as empty and flagged in the report.").format(
            ", ".join(str(i) for i in empty_answers)
        )
    box = _box(parent, QCoreApplication.translate("InterviewPrompts", "End interview"), QCoreApplication.translate("InterviewPrompts", "Save the interview record?"), info)
    save = box.addButton(QCoreApplication.translate("InterviewPrompts", "Save"), QMessageBox.ButtonRole.AcceptRole)
    dont = box.addButton(QCoreApplication.translate("InterviewPrompts", "Don't save"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("InterviewPrompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return Choice.SAVE if clicked is save else Choice.DISCARD if clicked is dont else Choice.CANCEL


def confirm_end(parent: QWidget | None) -> bool:
    box = _box(parent, QCoreApplication.translate("InterviewPrompts", "End interview"), QCoreApplication.translate("InterviewPrompts", "End the interview now?"),
               QCoreApplication.translate("InterviewPrompts", "Recording stops. The answers are kept and you can still correct them before saving."))
    end = box.addButton(QCoreApplication.translate("InterviewPrompts", "End interview"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("InterviewPrompts", "Continue interview"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is end


def ask_retry_or_keep(parent: QWidget | None, what: str, next_step: str) -> Choice:
    """The database or the disk did not take the record: Retry / Keep as draft."""
    box = _box(parent, QCoreApplication.translate("InterviewPrompts", "Interview not saved yet"), what, next_step)
    box.setIcon(QMessageBox.Icon.Warning)
    retry = box.addButton(QCoreApplication.translate("InterviewPrompts", "Retry"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("InterviewPrompts", "Keep as draft"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(keep)
    box.exec()
    return Choice.RETRY if box.clickedButton() is retry else Choice.KEEP_DRAFT


def ask_merge(parent: QWidget | None, what: str) -> Choice:
    box = _box(parent, QCoreApplication.translate("InterviewPrompts", "Changed by someone else"), what,
               QCoreApplication.translate("InterviewPrompts", "Reload their version and put your changes on top? You will see where both of you changed the same answer."))
    box.setIcon(QMessageBox.Icon.Warning)
    merge = box.addButton(QCoreApplication.translate("InterviewPrompts", "Reload and merge"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("InterviewPrompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(merge)
    box.setEscapeButton(cancel)
    box.exec()
    return Choice.MERGE if box.clickedButton() is merge else Choice.CANCEL


def confirm_merged(parent: QWidget | None, conflicts: list[str]) -> bool:
    if conflicts:
        text = QCoreApplication.translate("InterviewPrompts", "Both of you changed: {0}. Your version is used there; theirs is kept in the audit log.").format(
            "; ".join(conflicts))
    else:
        text = QCoreApplication.translate("InterviewPrompts", "Their changes and yours fit together without overlap.")
    box = _box(parent, QCoreApplication.translate("InterviewPrompts", "Merged"), text, QCoreApplication.translate("InterviewPrompts", "Save the merged record now?"))
    save = box.addButton(QCoreApplication.translate("InterviewPrompts", "Save"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("InterviewPrompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    return box.clickedButton() is save


def ask_recover(parent: QWidget | None, candidate: str, when: str) -> Choice:
    """At start: "Recover the unsaved interview of <candidate> from <time>?" """
    box = _box(parent, QCoreApplication.translate("InterviewPrompts", "Recover interview"),
               QCoreApplication.translate("InterviewPrompts", "Recover the unsaved interview of {0} from {1}?").format(candidate, when),
               QCoreApplication.translate("InterviewPrompts", "HR Desk was closed before this interview was saved. Discard deletes the draft for good."))
    box.setIcon(QMessageBox.Icon.Question)
    recover = box.addButton(QCoreApplication.translate("InterviewPrompts", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("InterviewPrompts", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(QCoreApplication.translate("InterviewPrompts", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    return Choice.SAVE if clicked is recover else Choice.DISCARD if clicked is discard else Choice.CANCEL
