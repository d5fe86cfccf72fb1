"""A backup while the clerk saves interviews: saves keep going, the backup is consistent."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import func, select

from app.config import load_settings
from app.storage.db import Database, sqlite_url
from app.storage.migrate import upgrade
from app.storage.rows import AnswerRow, InterviewRow
from backup.crypto import KeyRing
from backup.restore import restore_into_folder
from backup.service import Context, run_backup
from tests.backup import hr_data
from tests.backup.saving_load import SavingClerk


def test_backup_during_interview_saves(tmp_path: Path) -> None:
    settings, paths = load_settings(data_dir=tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    paths.backup_dir.mkdir()
    db = Database(sqlite_url(paths.db_file))
    upgrade(db)
    hr_data.fill(db, paths.media_dir, candidates=5, media_size=2_000_000)
    clerk = SavingClerk(db)
    clerk.start()
    while len(clerk.saves) < 5:  # the clerk is busy before the backup starts
        time.sleep(0.01)
    t0 = time.perf_counter()
    result = run_backup(Context(settings, paths), "manual")
    t1 = time.perf_counter()
    clerk.stop.set()
    clerk.join(10)
    assert clerk.error is None
    during = clerk.saves_between(t0, t1)
    assert len(during) >= 3, "saves must go on while the backup runs"

    restored = restore_into_folder(result.path, KeyRing(None), tmp_path / "r")
    copy = Database(sqlite_url(restored.location / "hrdesk.sqlite3"))
    with copy.session() as s:
        for iv in s.scalars(select(InterviewRow)):
            answers = s.scalar(select(func.count()).where(AnswerRow.interview_id == iv.id))
            # fill() gave each interview one answer and notes "0"; every save sets notes = count
            assert iv.notes in ("0", str(answers)), (iv.notes, answers)
        total = s.scalar(select(func.count()).select_from(AnswerRow))
    copy.dispose()
    assert result.manifest.tables["answers"] == total
    assert 5 < total < 5 + len(clerk.saves) + 1
    db.dispose()
