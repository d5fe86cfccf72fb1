from __future__ import annotations

from pathlib import Path

import pytest

from backup.crypto import KeyRing
from backup.run import BackupOptions
from backup.sources import SqliteSource
from tests.backup import helpers


@pytest.fixture
def sqlite_data(tmp_path: Path) -> tuple[SqliteSource, Path]:
    db = tmp_path / "data" / "hrdesk.sqlite3"
    db.parent.mkdir()
    engine = helpers.sqlite_engine(db)
    helpers.fill(engine)
    engine.dispose()
    media = tmp_path / "data" / "media"
    helpers.make_media(media)
    return SqliteSource(db, helpers.metadata), media


@pytest.fixture
def backup_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "HR备份"
    folder.mkdir()
    return folder


@pytest.fixture
def options(backup_folder: Path, sqlite_data: tuple[SqliteSource, Path]) -> BackupOptions:
    return BackupOptions(folder=backup_folder, media_dir=sqlite_data[1], keyring=KeyRing(None),
                         app_version="0.1.0")
