"""A full disk before or during a save: told in MB, the draft kept, saving again works."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.disk_space import MB, DiskSpaceError, SpaceNeed, check_space
from app.services.drafts import DraftJournal, DraftKeeper, DraftWriter
from app.services.interviews import InterviewService
from app.storage.db import Database, sqlite_url
from app.storage.migrate import upgrade
from app.storage.repositories import Repositories
from tests.interview.seed import seed
from tests.interview.test_save import LONG, run_interview


@pytest.fixture
def small_volume(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB filesystem (tmpfs), where the machine allows mounting one."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root; the injected probe test covers the rest")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(volume: Path, leave_free: int) -> Path:
    filler = volume / "filler.bin"
    free = os.statvfs(volume).f_bavail * os.statvfs(volume).f_frsize
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave_free))
    return filler


def test_save_refused_on_a_full_volume_then_done_after_freeing_space(small_volume, tmp_path) -> None:
    db = Database(sqlite_url(small_volume / "hrdesk.sqlite3"))
    upgrade(db)
    seeded = seed(db)
    journal = DraftJournal(tmp_path / "drafts")  # the drafts live on the big disk here
    service = InterviewService(db, actor="clerk-a", drafts=journal, media_dir=tmp_path / "media")
    run = run_interview(service, seeded, [LONG, LONG, "c", "d"])
    writer = DraftWriter(journal)
    DraftKeeper(run, writer).journal()
    writer.close()
    filler = fill(small_volume, leave_free=256 * 1024)
    iv, _ = service.prepare(run)
    with pytest.raises(DiskSpaceError) as err:
        service.save(iv)
    text = str(err.value)
    assert text.startswith("Disk space insufficient: need ")
    assert f"MB free on {small_volume}." in text
    assert err.value.free_bytes < err.value.need_bytes
    assert "Your interview is kept" in text and journal.exists(run.interview.id)
    with db.session() as s:
        assert Repositories(s).interviews.get(iv.id) is None
    filler.unlink()  # the clerk frees space, then saves again
    service.save(iv)
    with db.session() as s:
        assert len(Repositories(s).interviews.get(iv.id).answers[0].typed_text) == 20_000
    db.dispose()


def test_disk_filling_up_during_the_write_is_reported_as_disk_space(small_volume, tmp_path) -> None:
    """The probe said yes, then the disk ran out under SQLite: the same message, nothing written."""
    db = Database(sqlite_url(small_volume / "hrdesk.sqlite3"))
    upgrade(db)
    seeded = seed(db)
    journal = DraftJournal(tmp_path / "drafts")
    service = InterviewService(db, actor="clerk-a", drafts=journal, space_probe=lambda _p: 10**12)
    run = run_interview(service, seeded, [LONG * 5, LONG * 5, LONG * 5, LONG * 5])
    fill(small_volume, leave_free=64 * 1024)
    iv, _ = service.prepare(run)
    with pytest.raises(DiskSpaceError) as err:
        service.save(iv)
    assert str(err.value).startswith("Disk space insufficient")
    (small_volume / "filler.bin").unlink()
    with db.session() as s:
        assert Repositories(s).interviews.get(iv.id) is None
        assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    db.dispose()


def test_injected_probe_checks_every_volume_and_adds_up_shared_ones(tmp_path) -> None:
    free = {"db": 5 * MB}
    needs = [
        SpaceNeed(tmp_path / "a", 3 * MB, "database"),
        SpaceNeed(tmp_path / "b", 3 * MB, "media"),  # same volume as a: 6 MB together
    ]
    with pytest.raises(DiskSpaceError) as err:
        check_space(needs, probe=lambda _p: free["db"])
    assert "need 6.0 MB, 5.0 MB free on" in str(err.value)
    check_space(needs, probe=lambda _p: 6 * MB)


def test_service_checks_database_drafts_and_media(database, tmp_path) -> None:
    seeded = seed(database)
    journal = DraftJournal(tmp_path / "drafts")
    asked: list[Path] = []

    def probe(path: Path) -> int:
        asked.append(path)
        return 100 * 1024  # 0.1 MB everywhere

    service = InterviewService(database, actor="a", drafts=journal, media_dir=tmp_path / "m",
                               space_probe=probe)
    run = run_interview(service, seeded, ["x"])
    iv, _ = service.prepare(run)
    with pytest.raises(DiskSpaceError) as err:
        service.save(iv)
    assert "0.1 MB free on" in str(err.value)
    purposes = {n.purpose for n in service.space_needs(iv)}
    assert purposes == ({"draft", "media", "database"} if database.dialect == "sqlite" else {"draft", "media"})
