"""Driving the real dialogs of the interview area the way a clerk clicks them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from app.config import AppPaths, Settings
from app.services.context import AppContext
from app.storage.db import Database

Action = str | Callable[[QWidget], None]


@dataclass
class Seen:
    title: str
    text: str
    info: str
    default: str
    buttons: list[str]


class Clerk:
    """Answers the next modal dialogs in order: a button text to click, or a function to run."""

    def __init__(self) -> None:
        self.queue: list[Action] = []
        self.seen: list[Seen] = []
        self._last: Any = None
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def will(self, *actions: Action) -> Clerk:
        self.queue.extend(actions)
        return self

    @property
    def done(self) -> bool:
        return not self.queue

    def _poll(self) -> None:
        w = QApplication.activeModalWidget()
        if w is None or w is self._last or not self.queue or not w.isVisible():
            return
        self._last = w
        action = self.queue.pop(0)
        if isinstance(w, QMessageBox):
            default = w.defaultButton()
            self.seen.append(Seen(w.windowTitle(), w.text(), w.informativeText(),
                                  default.text() if default else "", [b.text() for b in w.buttons()]))
        else:
            self.seen.append(Seen(w.windowTitle(), "", "", "", []))
        if callable(action):
            action(w)
            return
        for b in w.findChildren(QPushButton):
            if b.text().replace("&", "") == action and b.isVisible():
                b.click()
                return
        raise AssertionError(f"no button {action!r} in {w.windowTitle()!r}")

    def stop(self) -> None:
        self.timer.stop()


def accept(w: QWidget) -> None:
    assert isinstance(w, QDialog)
    w.accept()


def make_context(database: Database, data_dir: Path) -> AppContext:
    settings = Settings(interviewer="clerk-a")
    paths = AppPaths(
        data_dir=data_dir, config_file=data_dir / "hrdesk.toml", media_dir=data_dir / "media",
        backup_dir=data_dir / "backups",
    )
    return AppContext(settings, paths, database)


def close_shell(window: Any, desk: Any) -> None:
    """Tear down a test's main window and interview desk without the close questions."""
    for w in list(desk.windows.values()):
        w._may_close_now = True
        w.close()
    window.tasks.wait_all(10_000)
    window.stopping = True
    window.close()
    desk.shut_down()
    window.deleteLater()
