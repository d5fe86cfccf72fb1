"""The nightly backup job (APScheduler 3), used by the GUI and by `hrdesk backup daemon`.

APScheduler's default misfire_grace_time of one second silently drops a run that starts late
(a busy or sleeping machine), so the grace time is explicit; coalesce=True turns a pile of missed
runs into one; max_instances=1 and one fixed job id mean one nightly job, however often the
settings are saved. At start, a last success older than the period (the machine was off at 02:00)
schedules exactly one catch-up run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.base import STATE_STOPPED, BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

JOB_ID = "hrdesk-nightly-backup"
CATCH_UP_ID = "hrdesk-catch-up-backup"
MISFIRE_GRACE_S = 6 * 3600  # a run up to 6 h late still happens (woken laptop, busy server)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Schedule:
    time: str = "02:00"  # local time of day
    interval_s: float | None = None  # instead of a time of day (tests, or IT's choice)

    def trigger(self) -> BaseTrigger:
        if self.interval_s:
            return IntervalTrigger(seconds=self.interval_s)
        hour, minute = parse_time(self.time)
        return CronTrigger(hour=hour, minute=minute)

    def period(self) -> timedelta:
        return timedelta(seconds=self.interval_s) if self.interval_s else timedelta(days=1)


def parse_time(text: str) -> tuple[int, int]:
    try:
        h, m = (int(p) for p in text.strip().split(":"))
    except ValueError:
        raise ValueError(f"backup time {text!r} is not HH:MM") from None
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(f"backup time {text!r} is not HH:MM")
    return h, m


def needs_catch_up(last_success: datetime | None, now: datetime, period: timedelta) -> bool:
    return last_success is None or now - last_success > period


class BackupScheduler:
    """Owns the one nightly job on a given APScheduler scheduler."""

    def __init__(
        self,
        scheduler: BaseScheduler,
        run_backup: Callable[[str], object],
        last_success: Callable[[], datetime | None],
        schedule: Schedule,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        catch_up_delay_s: float = 0.0,
    ) -> None:
        self.scheduler = scheduler
        self.run_backup = run_backup
        self.last_success = last_success
        self.schedule = schedule
        self.clock = clock
        self.catch_up_delay_s = catch_up_delay_s  # the GUI waits a little: start-up comes first

    def _run(self, trigger: str) -> None:
        try:
            self.run_backup(trigger)
        except Exception:  # the job must never kill the scheduler; the run recorded its error
            log.exception("backup job failed (%s)", trigger)

    def install(self) -> bool:
        """Add (or replace) the nightly job; add one catch-up run if one is due. Returns that."""
        for job_id in (JOB_ID, CATCH_UP_ID):  # replace_existing ignores not-yet-started jobs
            if self.scheduler.get_job(job_id):
                self.scheduler.remove_job(job_id)
        self.scheduler.add_job(
            self._run, self.schedule.trigger(), args=["scheduled"], id=JOB_ID,
            name="HR Desk nightly backup", replace_existing=True,
            misfire_grace_time=MISFIRE_GRACE_S, coalesce=True, max_instances=1,
        )
        due = needs_catch_up(self.last_success(), self.clock(), self.schedule.period())
        if due:
            self.scheduler.add_job(
                self._run,
                DateTrigger(run_date=self.clock() + timedelta(seconds=self.catch_up_delay_s)),
                args=["catch-up"], id=CATCH_UP_ID,
                name="HR Desk catch-up backup", replace_existing=True,
                misfire_grace_time=MISFIRE_GRACE_S, coalesce=True, max_instances=1,
            )
            log.info("last successful backup is older than %s: one catch-up run now",
                     self.schedule.period())
        return due

    def start(self) -> bool:
        due = self.install()
        if self.scheduler.state == STATE_STOPPED:
            self.scheduler.start()
        return due

    def reschedule(self, schedule: Schedule) -> None:
        self.schedule = schedule
        self.scheduler.reschedule_job(JOB_ID, trigger=schedule.trigger())

    def next_run(self) -> datetime | None:
        job = self.scheduler.get_job(JOB_ID)
        return getattr(job, "next_run_time", None) if job else None

    def shutdown(self, wait: bool = True) -> None:
        if self.scheduler.state != STATE_STOPPED:
            self.scheduler.shutdown(wait=wait)
