"""The backup controller: scheduler, background runs, history, restore. No widgets here.

Scheduled runs do not run inside APScheduler's thread: the job only asks the main thread (queued
signal) to start a TaskManager job, so every backup in the GUI is one visible, cancellable job
that the close protocol waits for or cancels.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from apscheduler.schedulers.background import BackgroundScheduler
from PySide6.QtCore import QObject, Qt, Signal

from app.services.context import AppContext
from app.ui.tasks import Job, TaskManager
from backup.crypto import KeyRing
from backup.history import RunRecord, last_success, recent_runs
from backup.restore import RestoreResult
from backup.run import BackupResult
from backup.scheduler import BackupScheduler, Schedule
from backup.service import run_backup
from backup.switch import restore_configured


class Throttled:
    """Pass progress on at most every `interval` seconds (and always the end): a progress bar
    needs no more, and every Python-side signal emit has a cost (see the PySide6 note in the
    report: 6.12.0 leaks a reference to True on each emit)."""

    def __init__(self, report: Callable[[float, str], None], interval: float = 0.25) -> None:
        self.report = report
        self.interval = interval
        self.last = -1e9

    def __call__(self, fraction: float, text: str) -> None:
        now = time.monotonic()
        if fraction >= 1.0 or now - self.last >= self.interval:
            self.last = now
            self.report(fraction, text)


class BackupsController(QObject):
    started = Signal(str)  # trigger
    progressed = Signal(float, str)
    succeeded = Signal(object)  # BackupResult
    failed = Signal(object)  # exception
    history_loaded = Signal(object)  # list[RunRecord]
    restored = Signal(object)  # RestoreResult
    restore_failed = Signal(object)
    _scheduled = Signal(str)

    CATCH_UP_DELAY_S = 120.0  # let the clerk's start-up finish before a catch-up backup

    def __init__(self, ctx: AppContext, tasks: TaskManager, schedule: Schedule | None = None,
                 catch_up_delay_s: float = CATCH_UP_DELAY_S) -> None:
        super().__init__(tasks)  # lives as long as the task manager that runs its jobs
        self.ctx = ctx
        self.tasks = tasks
        self.job: Job | None = None
        self.schedule = schedule or Schedule(ctx.settings.backup.time)
        self.scheduler: BackupScheduler | None = None
        self.catch_up_delay_s = catch_up_delay_s
        self.stopping = False
        self._scheduled.connect(self._on_scheduled, Qt.ConnectionType.QueuedConnection)

    # scheduling ------------------------------------------------------------------------------
    def start_scheduler(self) -> bool:
        """Start the nightly job (and a catch-up run if one is due). Returns whether one was."""
        if not self.ctx.settings.backup.enabled:
            return False
        self.scheduler = BackupScheduler(
            BackgroundScheduler(daemon=True), self._scheduled.emit, self.last_success,
            self.schedule, catch_up_delay_s=self.catch_up_delay_s)
        return self.scheduler.start()

    def apply_settings(self) -> None:
        """After Settings: a new time, or backups switched on or off, take effect now."""
        self.schedule = Schedule(self.ctx.settings.backup.time)
        if not self.ctx.settings.backup.enabled:
            if self.scheduler is not None:
                self.scheduler.shutdown(wait=False)
                self.scheduler = None
        elif self.scheduler is None:
            self.start_scheduler()
        else:
            self.scheduler.reschedule(self.schedule)

    def next_run(self) -> datetime | None:
        return self.scheduler.next_run() if self.scheduler else None

    def last_success(self) -> datetime | None:
        return last_success(self.ctx.db, self.ctx.paths.logs_dir, self.ctx.paths.backup_dir)

    def _on_scheduled(self, trigger: str) -> None:
        if not self.stopping:  # a run queued just before quitting must not start after it
            self.start_backup(trigger)

    def shutdown(self) -> None:
        self.stopping = True
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=True)  # no job may emit into a deleted controller
            self.scheduler = None

    # running ---------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def start_backup(self, trigger: str = "manual") -> Job:
        """Start a backup job unless one runs already (then that one is returned)."""
        if self.job is not None and not self.job.done:
            return self.job

        def work(job: Job) -> BackupResult:
            return run_backup(self.ctx, trigger, progress=Throttled(job.report),
                              cancelled=lambda: job.cancelled)

        self.job = self.tasks.run(self.tr("Backup"), work, on_done=self.succeeded.emit,
                                  on_error=self.failed.emit, on_progress=self.progressed.emit,
                                  cancellable=True)
        self.started.emit(trigger)
        return self.job

    def load_history(self) -> None:
        def work(_job: Job) -> list[RunRecord]:
            return recent_runs(self.ctx.db, self.ctx.paths.logs_dir, 50)

        self.tasks.run(self.tr("Backup history"), work, on_done=self.history_loaded.emit)

    # restoring -------------------------------------------------------------------------------
    def start_restore(self, backup: Path, password: str | None) -> Job:
        """Replace the current data by the backup (the current data is kept as a safety copy)."""

        def work(job: Job) -> RestoreResult:
            self.ctx.db.dispose()  # no pooled connection may keep the old file or database open
            result = restore_configured(backup, KeyRing(password), self.ctx.settings,
                                        self.ctx.paths, progress=Throttled(job.report))
            self.ctx.db.dispose()
            return result

        return self.tasks.run(self.tr("Restore"), work, on_done=self.restored.emit,
                              on_error=self.restore_failed.emit, writer=True)
