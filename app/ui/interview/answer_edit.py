"""The answer box: plain text only, whatever is pasted into it."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QPlainTextEdit, QWidget

# Control characters that rich text from Word or a web page brings along (tabs and newlines stay).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")


def plain(text: str) -> str:
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


class AnswerEdit(QPlainTextEdit):
    """Pasted rich text (HTML, RTF) arrives as its plain text; formatting is never stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text = source.text()
        elif source.hasHtml():
            from PySide6.QtGui import QTextDocument

            doc = QTextDocument()
            doc.setHtml(source.html())
            text = doc.toPlainText()
        else:
            return
        self.insertPlainText(plain(text))
