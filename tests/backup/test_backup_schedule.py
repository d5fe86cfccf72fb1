"""The APScheduler job for real: short interval runs, exactly one catch-up, the job's settings."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler

from backup.scheduler import CATCH_UP_ID, JOB_ID, MISFIRE_GRACE_S, BackupScheduler, Schedule


class Recorder:
    def __init__(self, want: int) -> None:
        self.calls: list[str] = []
        self.want = want
        self.enough = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, trigger: str) -> None:
        with self.lock:
            self.calls.append(trigger)
            if len(self.calls) >= self.want:
                self.enough.set()


def test_job_has_explicit_misfire_coalesce_and_single_instance() -> None:
    sched = BackgroundScheduler(timezone="UTC")
    bs = BackupScheduler(sched, Recorder(1), lambda: datetime.now(UTC), Schedule("02:00"))
    assert bs.install() is False
    job = sched.get_job(JOB_ID)
    assert job.misfire_grace_time == MISFIRE_GRACE_S > 1
    assert job.coalesce is True and job.max_instances == 1
    bs.install()  # settings saved again: still one job
    assert [j.id for j in sched.get_jobs()] == [JOB_ID]
    assert "hour='2'" in str(job.trigger) and "minute='0'" in str(job.trigger)


def test_scheduled_runs_with_a_short_interval() -> None:
    rec = Recorder(2)
    sched = BackgroundScheduler(timezone="UTC")
    bs = BackupScheduler(sched, rec, lambda: datetime.now(UTC), Schedule(interval_s=0.3))
    assert bs.start() is False
    try:
        assert rec.enough.wait(10)
        assert bs.next_run() is not None
    finally:
        bs.shutdown()
    assert set(rec.calls) == {"scheduled"}


def test_machine_off_at_backup_time_gives_exactly_one_catch_up() -> None:
    rec = Recorder(1)
    sched = BackgroundScheduler(timezone="UTC")
    three_days_ago = datetime.now(UTC) - timedelta(days=3)
    bs = BackupScheduler(sched, rec, lambda: three_days_ago, Schedule("02:00"))
    assert bs.start() is True
    try:
        assert rec.enough.wait(10)
        # the nightly job is still in the future; the catch-up job is gone after its one run
        assert sched.get_job(CATCH_UP_ID) is None
        assert bs.next_run() is not None and bs.next_run() > datetime.now(UTC)
    finally:
        bs.shutdown()
    assert rec.calls == ["catch-up"]


def test_no_catch_up_when_the_last_success_is_recent() -> None:
    sched = BackgroundScheduler(timezone="UTC")
    recent = datetime.now(UTC) - timedelta(hours=20)
    bs = BackupScheduler(sched, Recorder(1), lambda: recent, Schedule("02:00"))
    assert bs.install() is False
    assert sched.get_job(CATCH_UP_ID) is None


def test_a_failing_run_does_not_stop_the_scheduler() -> None:
    rec = Recorder(2)

    def flaky(trigger: str) -> None:
        rec(trigger)
        raise RuntimeError("backup folder gone")

    sched = BackgroundScheduler(timezone="UTC")
    bs = BackupScheduler(sched, flaky, lambda: datetime.now(UTC), Schedule(interval_s=0.3))
    bs.start()
    try:
        assert rec.enough.wait(10)
    finally:
        bs.shutdown()


def test_gui_catch_up_waits_for_start_up_to_finish() -> None:
    sched = BackgroundScheduler(timezone="UTC")
    now = datetime.now(UTC)
    bs = BackupScheduler(sched, Recorder(1), lambda: None, Schedule("02:00"), catch_up_delay_s=120)
    assert bs.install() is True
    run_at = sched.get_job(CATCH_UP_ID).trigger.run_date
    assert timedelta(seconds=110) < run_at - now < timedelta(seconds=130)
