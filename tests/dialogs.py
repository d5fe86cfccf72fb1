"""Answering modal dialogs in pytest-qt tests: the real QMessageBox, clicked as a person would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget


class DialogAnswerer:
    """Queue answers for the modal dialogs that will appear, in order; records what they said."""

    def __init__(self) -> None:
        self.seen: list[dict[str, object]] = []
        self._answers: list[Callable[[QWidget], None]] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def click(self, text_or_button: str | QMessageBox.StandardButton) -> None:
        def answer(widget: QWidget) -> None:
            assert isinstance(widget, QMessageBox), f"expected a message box, got {widget!r}"
            for b in widget.buttons():
                if isinstance(text_or_button, str):
                    if b.text().replace("&", "") == text_or_button:
                        b.click()
                        return
                elif widget.standardButton(b) == text_or_button:
                    b.click()
                    return
            raise AssertionError(f"no button {text_or_button!r} in {[b.text() for b in widget.buttons()]}")

        self._answers.append(answer)

    def call(self, fn: Callable[[QWidget], None]) -> None:
        self._answers.append(fn)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not self._answers:
            return
        record: dict[str, object] = {"title": widget.windowTitle(), "type": type(widget).__name__}
        if isinstance(widget, QMessageBox):
            default: QAbstractButton | None = widget.defaultButton()
            record.update(text=widget.text(), info=widget.informativeText(),
                          buttons=[b.text().replace("&", "") for b in widget.buttons()],
                          default=default.text().replace("&", "") if default else None)
        self.seen.append(record)
        self._answers.pop(0)(widget)

    @property
    def pending(self) -> int:
        return len(self._answers)

    def stop(self) -> None:
        self._timer.stop()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, CJK and emoji included, as key events (QTest.keyClicks asserts on non-ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
