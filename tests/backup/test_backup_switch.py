"""Restore over the configured data: records vanished, restore, safety copy kept, deletions
honoured, newer schema refused, history recorded."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from app.config import load_settings
from app.storage.db import Database, sqlite_url
from app.storage.migrate import upgrade
from app.storage.rows import AnswerRow, CandidateRow, InterviewRow
from backup.crypto import KeyRing
from backup.deletions import record_privacy_deletion
from backup.errors import BackupFolderMissing, NewerBackup
from backup.history import recent_runs
from backup.manifest import read_manifest
from backup.restore import restore_into_folder
from backup.service import Context, run_backup
from backup.switch import restore_configured
from tests.backup import hr_data


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[Context]:
    settings, paths = load_settings(data_dir=tmp_path / "data")
    settings.database.url = db_url
    paths.media_dir.mkdir(parents=True)
    paths.backup_dir.mkdir(parents=True)
    db = Database(db_url)
    upgrade(db)
    hr_data.fill(db, paths.media_dir)
    db.dispose()
    yield Context(settings, paths)


def _count(url: str, row: type) -> int:
    db = Database(url)
    try:
        with db.session() as s:
            return int(s.scalar(select(func.count()).select_from(row)) or 0)
    finally:
        db.dispose()


def test_records_vanish_and_come_back_with_a_safety_copy(ctx: Context) -> None:
    url = ctx.settings.database.url
    db = Database(url)
    before = hr_data.all_rows(db)
    db.dispose()
    result = run_backup(ctx, "manual")
    db = Database(url)
    with db.transaction() as s:  # "records vanished"
        s.execute(delete(AnswerRow))
        s.execute(delete(InterviewRow))
    db.dispose()
    restored = restore_configured(result.path, KeyRing(None), ctx.settings, ctx.paths)
    db = Database(url)
    assert hr_data.all_rows(db) == before
    db.dispose()
    assert restored.safety_copy
    if ctx.settings.database.url.startswith("sqlite"):
        kept = Path(restored.safety_copy) / "hrdesk.sqlite3"
        assert _count(sqlite_url(kept), InterviewRow) == 0  # the previous data, kept as it was
    else:
        name = restored.safety_copy.split()[1]
        assert name.endswith(tuple("0123456789z"))


def test_privacy_deletion_is_reapplied_after_restoring_an_older_backup(ctx: Context) -> None:
    url = ctx.settings.database.url
    old = run_backup(ctx, "manual")
    db = Database(url)
    with db.session() as s:
        victim = s.scalars(select(CandidateRow).order_by(CandidateRow.name)).first()
        assert victim is not None
        interview = s.scalars(select(InterviewRow).where(InterviewRow.candidate_id == victim.id)).one()
        answer = s.scalars(select(AnswerRow).where(AnswerRow.interview_id == interview.id)).one()
        victim_id, media_rel = victim.id, answer.media[0]["relpath"]
    with db.transaction() as s:  # what the candidate area's "delete for privacy" does
        s.execute(delete(AnswerRow).where(AnswerRow.interview_id == interview.id))
        s.execute(delete(InterviewRow).where(InterviewRow.id == interview.id))
        s.execute(delete(CandidateRow).where(CandidateRow.id == victim_id))
        record_privacy_deletion(s, "candidate", victim_id, "HR 王")
    db.dispose()
    (ctx.paths.media_dir / media_rel).unlink()

    # the old backup still holds the person; restoring it must not bring them back
    result = restore_configured(old.path, KeyRing(None), ctx.settings, ctx.paths)
    assert result.deletions_applied >= 3
    db = Database(url)
    with db.session() as s:
        assert s.get(CandidateRow, victim_id) is None
        assert s.scalar(select(func.count()).select_from(CandidateRow)) == 2
    db.dispose()
    assert not (ctx.paths.media_dir / media_rel).exists()
    # and the next backup carries the deletion on
    newer = run_backup(ctx, "manual")
    assert str(victim_id) in (newer.path / "deletions.jsonl").read_text()


def test_backup_from_a_newer_schema_is_refused(ctx: Context, tmp_path: Path) -> None:
    result = run_backup(ctx, "manual")
    m = read_manifest(result.path)
    m.schema_revision = "9999"
    m.write(result.path)
    with pytest.raises(NewerBackup, match="newer HR Desk"):
        restore_into_folder(result.path, KeyRing(None), tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_every_run_is_recorded(ctx: Context, tmp_path: Path) -> None:
    run_backup(ctx, "scheduled")
    with pytest.raises(BackupFolderMissing):
        run_backup(ctx, "manual", folder=tmp_path / "unplugged-usb")
    db = Database(ctx.settings.database.url)
    runs = recent_runs(db, ctx.paths.logs_dir)
    db.dispose()
    assert [(r.trigger, r.status) for r in runs][:2] == [("manual", "failed"), ("scheduled", "succeeded")]
    assert "cannot be reached" in runs[0].message
    assert runs[1].backup_name.startswith("hrdesk-backup-") and runs[1].files > 0
    assert (ctx.paths.logs_dir / "backup-history.jsonl").read_text().count("\n") == 2


def test_unknown_id_in_the_deletion_list_is_harmless(ctx: Context, tmp_path: Path) -> None:
    db = Database(ctx.settings.database.url)
    with db.transaction() as s:
        record_privacy_deletion(s, "candidate", uuid.uuid4(), "HR")
    db.dispose()
    result = run_backup(ctx, "manual")
    restored = restore_into_folder(result.path, KeyRing(None), tmp_path / "r")
    assert restored.rows["candidates"] == 3 and restored.deletions_applied == 0


def test_default_backup_folder_is_created_but_a_configured_one_is_not(ctx: Context, tmp_path: Path) -> None:
    import shutil

    shutil.rmtree(ctx.paths.backup_dir)
    assert run_backup(ctx, "manual").path.parent == ctx.paths.backup_dir
    ctx.settings.folders.backups = str(tmp_path / "USB")
    ctx.paths.backup_dir = tmp_path / "USB"
    with pytest.raises(BackupFolderMissing):
        run_backup(ctx, "manual")
