"""The one helper for background work: off the main thread, results back on it, jobs visible.

Two pools: `general` for reading, scoring, transcription, backups; `writer` with a single thread so
database writes are serialised. Every job is registered until it ends, so the close protocol can show
what is running (with progress) and wait for it or cancel it; quitting never happens mid-write.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Job(QObject):
    """One background job; `fn(job)` may call `job.report()` and should look at `job.cancelled`."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, name: str, cancellable: bool) -> None:
        super().__init__()
        self.name = name
        self.cancellable = cancellable
        self.progress = 0.0
        self.progress_text = ""
        self._cancel = threading.Event()
        self._done = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        if self.cancellable:
            self._cancel.set()

    def report(self, progress: float, text: str = "") -> None:
        self.progress = max(0.0, min(1.0, progress))
        self.progress_text = text
        self.progressed.emit(self.progress, text)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        return self._done.wait(timeout_s)


class _Runner(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self.job = job
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.job)
        except BaseException as exc:  # delivered to the main thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.job._done.set()
            self.job.failed.emit(exc)
        else:
            self.job._done.set()
            self.job.succeeded.emit(result)
        self.job.finished.emit()


class TaskManager(QObject):
    jobs_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.general = QThreadPool(self)
        self.general.setMaxThreadCount(2)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._jobs: list[Job] = []

    def run(
        self,
        name: str,
        fn: Callable[[Job], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        cancellable: bool = False,
        writer: bool = False,
    ) -> Job:
        job = Job(name, cancellable)
        job.setParent(self)  # lives on the main thread: its signals are delivered there
        if on_done:
            job.succeeded.connect(on_done)
        if on_error:
            job.failed.connect(on_error)
        if on_progress:
            job.progressed.connect(on_progress)
        job.finished.connect(lambda: self._forget(job))
        self._jobs.append(job)
        self.jobs_changed.emit()
        (self.writer if writer else self.general).start(_Runner(job, fn))
        return job

    @Slot()
    def _forget(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
            job.deleteLater()
            self.jobs_changed.emit()

    def running_jobs(self) -> list[Job]:
        return [j for j in self._jobs if not j.done]

    def wait_all(self, timeout_ms: int = -1) -> bool:
        ok = self.writer.waitForDone(timeout_ms)
        return self.general.waitForDone(timeout_ms) and ok
