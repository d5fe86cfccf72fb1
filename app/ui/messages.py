"""Showing errors and questions the same way everywhere: what happened, then what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import UserFacingError


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("messages", "HR Desk"))
    if isinstance(error, UserFacingError):
        box.setText(error.what)
        box.setInformativeText(error.next_step)
    else:
        box.setText(QCoreApplication.translate("messages", "Something unexpected went wrong: {0}").format(f"{type(error).__name__}: {error}"))
        box.setInformativeText(QCoreApplication.translate("messages", "Nothing was deleted. Try again; if it happens again, run `hrdesk doctor` and send the result to IT."))
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(yes if default_yes else no)
    box.exec()
    return box.clickedButton() is yes
