"""Round trips through real backups: every row and every media hash, on SQLite and PostgreSQL,
and across engines (the portable export)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import load_settings
from app.storage.db import Database
from app.storage.migrate import upgrade
from backup.crypto import KeyRing
from backup.restore import restore_into_folder, restore_into_url
from backup.service import Context, run_backup
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


def _fresh_pg(pg_running) -> str:  # type: ignore[no-untyped-def]
    return pg_running.url_for(pg_running.create_database())


def test_round_trip_into_a_new_folder_and_a_new_server_database(
    ctx: Context, pg_running, tmp_path: Path,
) -> None:
    source = Database(ctx.settings.database.url)
    expected_rows = hr_data.all_rows(source)
    source.dispose()
    expected_media = hr_data.media_hashes(ctx.paths.media_dir)
    assert len(expected_media) == 3 and len(expected_rows["answers"]) == 3

    result = run_backup(ctx, "manual", password="口令")
    assert result.manifest.encryption  # a password was given: encrypted
    keys = KeyRing("口令")

    restored = restore_into_folder(result.path, keys, tmp_path / "restored")
    db = Database(f"sqlite:///{restored.location / 'hrdesk.sqlite3'}")
    assert hr_data.all_rows(db) == expected_rows
    db.dispose()
    assert hr_data.media_hashes(tmp_path / "restored" / "media") == expected_media

    url = _fresh_pg(pg_running)
    into_server = restore_into_url(result.path, keys, url, tmp_path / "server-media")
    db = Database(url)
    assert hr_data.all_rows(db) == expected_rows
    db.dispose()
    assert hr_data.media_hashes(tmp_path / "server-media") == expected_media
    assert into_server.rows["candidates"] == 3


def test_postgres_backup_is_verified_by_a_scratch_restore(ctx: Context) -> None:
    result = run_backup(ctx, "manual")
    if result.manifest.engine == "postgresql":
        assert "scratch database ok" in result.verify.database
        assert result.manifest.by_kind("database")[0].path == "database/database.pgdump"
    else:
        assert "integrity_check ok" in result.verify.database
