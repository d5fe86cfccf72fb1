"""The Backups page and the exit-time backup, offscreen, with real backups underneath."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.context import AppContext, make_context
from app.services.startup import open_database
from app.ui.app import build_window
from app.ui.backups.controller import BackupsController
from app.ui.backups.page import BackupsPage
from app.ui.tasks import TaskManager
from backup.layout import list_backups
from backup.scheduler import Schedule
from tests.backup import hr_data


@pytest.fixture
def tasks(qtbot, qapp) -> Iterator[TaskManager]:  # type: ignore[no-untyped-def]
    manager = TaskManager(qapp)  # owned by Qt, like the window's: queued signals may follow
    yield manager
    manager.wait_all()
    qtbot.wait(20)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    c = make_context(data_dir=tmp_path / "data")
    open_database(c)
    hr_data.fill(c.db, c.paths.media_dir)
    c.paths.backup_dir.mkdir(parents=True)
    c.settings.backup.enabled = False  # each test starts the scheduler itself when it wants it
    yield c
    c.close()


def test_back_up_now_shows_progress_and_history(qtbot, ctx: AppContext) -> None:
    window = build_window(ctx)
    qtbot.addWidget(window)
    controller: BackupsController = window.backups
    page = next(p for p in window.pages if isinstance(p, BackupsPage))
    seen: list[float] = []
    controller.progressed.connect(lambda f, _t: seen.append(f))
    with qtbot.waitSignal(controller.succeeded, timeout=30000):
        page.backup_button.click()
        assert not page.backup_button.isEnabled() and not page.progress.isHidden()
    assert seen and max(seen) == 1.0
    with qtbot.waitSignal(controller.history_loaded, timeout=10000):
        pass
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "Succeeded"
    assert page.table.item(0, 3).text().startswith("hrdesk-backup-")
    assert "written and verified" in page.status_label.text()
    assert page.backup_button.isEnabled() and page.progress.isHidden()


def test_exit_system_backs_up_first(qtbot, ctx: AppContext) -> None:
    window = build_window(ctx)
    qtbot.addWidget(window)
    assert window.backup_now is not None
    assert window.backup_now(window) is True
    assert len(list_backups(ctx.paths.backup_dir)) == 1
    with qtbot.waitSignal(window.backups.history_loaded, timeout=10000) as blocker:
        window.backups.load_history()
    assert [r.trigger for r in blocker.args[0]] == ["exit"]


def test_scheduled_run_in_the_gui(qtbot, ctx: AppContext, tasks: TaskManager) -> None:
    ctx.settings.backup.enabled = True
    controller = BackupsController(ctx, tasks, Schedule(interval_s=0.5), catch_up_delay_s=0)
    triggers: list[str] = []
    controller.started.connect(triggers.append)
    try:
        with qtbot.waitSignal(controller.succeeded, timeout=30000):
            assert controller.start_scheduler() is True  # never backed up: one catch-up now
        assert triggers[0] == "catch-up"
        assert controller.next_run() is not None
        with qtbot.waitSignal(controller.succeeded, timeout=30000):
            pass
        assert "scheduled" in triggers
    finally:
        controller.shutdown()
        if controller.job is not None:
            controller.job.cancel()
        tasks.wait_all()
        qtbot.wait(50)  # deliver the last queued job signals while `tasks` is still alive


def test_restore_from_the_page(qtbot, ctx: AppContext, tasks: TaskManager) -> None:
    controller = BackupsController(ctx, tasks)
    page = BackupsPage(controller)
    qtbot.addWidget(page)
    histories: list[object] = []
    controller.history_loaded.connect(histories.append)
    with qtbot.waitSignal(controller.succeeded, timeout=30000):
        controller.start_backup()
    qtbot.waitUntil(lambda: len(histories) == 1 and not tasks.running_jobs(), timeout=10000)
    backup = list_backups(ctx.paths.backup_dir)[0].path
    with qtbot.waitSignal(controller.restored, timeout=30000) as blocker:
        page.restore_from(backup, confirm=False)
    assert "before-restore" in blocker.args[0].safety_copy
    assert "Restored" in page.status_label.text()
    qtbot.waitUntil(lambda: len(histories) >= 2, timeout=10000)  # the page refreshed its history
    tasks.wait_all()


def test_cancelling_a_running_backup_leaves_nothing_half_done(
    qtbot, ctx: AppContext, tasks: TaskManager
) -> None:
    for k in range(40):
        (ctx.paths.media_dir / "big" / f"{k}.mkv").parent.mkdir(exist_ok=True)
        (ctx.paths.media_dir / "big" / f"{k}.mkv").write_bytes(bytes(1_000_000))
    controller = BackupsController(ctx, tasks)
    with qtbot.waitSignal(controller.failed, timeout=30000) as blocker:
        controller.start_backup().cancel()  # what the close protocol's "Cancel" does
    assert type(blocker.args[0]).__name__ == "BackupCancelled"
    assert list_backups(ctx.paths.backup_dir) == []
    assert not [p for p in ctx.paths.backup_dir.iterdir() if p.name.startswith(".partial")]
    histories: list[object] = []
    controller.history_loaded.connect(histories.append)
    controller.load_history()
    qtbot.waitUntil(lambda: bool(histories), timeout=10000)
    assert [r.status for r in histories[0]] == ["cancelled"]
    tasks.wait_all()


def test_settings_changes_take_effect_without_a_restart(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = build_window(ctx)
    qtbot.addWidget(window)
    controller: BackupsController = window.backups
    assert controller.scheduler is None  # backups off in this fixture
    ctx.settings.backup.enabled = True
    ctx.settings.backup.time = "03:30"
    controller.catch_up_delay_s = 3600.0  # no catch-up run during this test
    window.settings_changed.emit()
    next_run = controller.next_run()
    assert next_run is not None and next_run.astimezone().strftime("%H:%M") == "03:30"
    ctx.settings.backup.time = "04:15"
    window.settings_changed.emit()
    assert controller.next_run().astimezone().strftime("%H:%M") == "04:15"  # type: ignore[union-attr]
    ctx.settings.backup.enabled = False
    window.settings_changed.emit()
    assert controller.scheduler is None and controller.next_run() is None
