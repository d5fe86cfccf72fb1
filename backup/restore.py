"""Restore a backup: verify first, restore into a new location, check it, then (optionally) switch.

Any backup restores into any engine: the engine's own copy is used when source and target engines
match (SQLite file, pg_dump archive), the portable JSON Lines export otherwise. A backup from a
newer schema is refused; an older one is upgraded after the restore. The privacy deletion list
(from the backup, the backup folder and the current database) is re-applied before anyone sees
the data.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import MetaData, func, inspect, select

from app.storage.db import Database, sqlite_url
from app.storage.migrate import alembic_config, head_revision, known_revisions, upgrade
from app.storage.rows import Base
from backup import deletions as privacy
from backup.crypto import KeyRing
from backup.dbcheck import DatabaseCheckFailed, check_sqlite_file
from backup.engines import restore_pg_dump
from backup.errors import NewerBackup, RestoreFailed
from backup.extract import restore_media, write_entry
from backup.manifest import Manifest
from backup.rows_json import import_table, json_lines
from backup.verify import decoded_chunks, verify_backup

Progress = Callable[[float, str], None]


@dataclass
class RestoreResult:
    backup: Path
    database: str  # display form (no password)
    rows: dict[str, int]
    deletions_applied: int
    media_written: int
    media_present: int
    checks: list[str] = field(default_factory=list)
    location: Path | None = None
    safety_copy: str = ""


def check_revision(backup: Path, manifest: Manifest) -> None:
    rev = manifest.schema_revision
    if rev and rev not in known_revisions():
        raise NewerBackup(backup, rev, head_revision())


def verified_manifest(backup: Path, keyring: KeyRing, progress: Progress | None) -> Manifest:
    report = verify_backup(backup, keyring, progress=progress)
    check_revision(backup, report.manifest)
    return report.manifest


def create_schema(db: Database, revision: str, metadata: MetaData = Base.metadata) -> None:
    if not revision:
        metadata.create_all(db.engine)
        return
    from alembic import command  # imported when a restore runs, not at application start

    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def import_export(
    backup: Path, manifest: Manifest, keyring: KeyRing, db: Database,
    metadata: MetaData = Base.metadata,
) -> None:
    exports = {e.source: e for e in manifest.by_kind("export")}
    unknown = set(exports) - set(metadata.tables)
    if unknown:
        raise RestoreFailed(f"the backup has tables this HR Desk does not know: {sorted(unknown)}")
    with db.engine.begin() as conn:
        for table in metadata.sorted_tables:
            entry = exports.get(table.name)
            if entry is not None:
                import_table(conn, table, json_lines(decoded_chunks(backup, entry, keyring)))


def count_rows(db: Database, metadata: MetaData = Base.metadata) -> dict[str, int]:
    with db.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in metadata.sorted_tables if t.name in present}


def check_counts(manifest: Manifest, counts: dict[str, int]) -> None:
    for table, expected in manifest.tables.items():
        if counts.get(table) != expected:
            raise RestoreFailed(
                f"table {table} has {counts.get(table, 0)} rows after the restore, "
                f"the backup holds {expected}"
            )


def backup_deletions(backup: Path, manifest: Manifest, keyring: KeyRing) -> list[dict[str, str]]:
    data = b"".join(b"".join(decoded_chunks(backup, e, keyring)) for e in manifest.by_kind("deletions"))
    return privacy.parse_deletions(data)


def _finish(
    backup: Path, manifest: Manifest, keyring: KeyRing, db: Database, media_dir: Path | None,
    extra_deletions: Iterable[dict[str, str]], metadata: MetaData, progress: Progress,
) -> RestoreResult:
    checks = []
    counts = count_rows(db, metadata)
    check_counts(manifest, counts)
    checks.append(f"{sum(counts.values())} rows in {len(counts)} tables match the manifest")
    if manifest.schema_revision:
        upgrade(db)
    progress(0.7, "deletions")
    with db.engine.begin() as conn:
        listed = privacy.merge(backup_deletions(backup, manifest, keyring), extra_deletions,
                               privacy.read_deletions(conn))
        deleted, media_skip = privacy.apply_deletions(conn, metadata, listed)
    if db.sqlite_path is not None:
        try:
            checks.append(check_sqlite_file(db.sqlite_path))
        except DatabaseCheckFailed as e:
            raise RestoreFailed(str(e)) from None
    written = present = 0
    if media_dir is not None:
        progress(0.8, "media")
        written, present = restore_media(backup, manifest, keyring, media_dir, skip=media_skip)
    progress(1.0, "done")
    return RestoreResult(backup, db.display_url, count_rows(db, metadata), deleted, written,
                         present, checks)


def restore_into_folder(
    backup: Path, keyring: KeyRing, target: Path, *,
    extra_deletions: Iterable[dict[str, str]] = (), metadata: MetaData = Base.metadata,
    progress: Progress | None = None,
) -> RestoreResult:
    """A new, self-contained data folder: target/hrdesk.sqlite3 and target/media."""
    report = progress or (lambda _p, _t: None)
    manifest = verified_manifest(backup, keyring, None)
    if target.exists() and any(target.iterdir()):
        raise RestoreFailed(f"the folder {target} is not empty (restore only into a new folder)")
    target.mkdir(parents=True, exist_ok=True)
    try:
        result = _restore_into(backup, manifest, keyring, target, extra_deletions, metadata, report)
    except BaseException:
        # A failed restore must not leave a full copy of the data (privacy deletions not yet
        # re-applied) lying in the data folder.
        shutil.rmtree(target, ignore_errors=True)
        raise
    result.location = target
    return result


def _restore_into(
    backup: Path, manifest: Manifest, keyring: KeyRing, target: Path,
    extra_deletions: Iterable[dict[str, str]], metadata: MetaData, report: Progress,
) -> RestoreResult:
    db_file = target / "hrdesk.sqlite3"
    native = manifest.by_kind("database")
    report(0.3, "database")
    db = Database(sqlite_url(db_file))
    try:
        if manifest.engine == "sqlite" and native:
            db.dispose()
            write_entry(backup, native[0], keyring, db_file)
            db = Database(sqlite_url(db_file))
        else:
            create_schema(db, manifest.schema_revision, metadata)
            import_export(backup, manifest, keyring, db, metadata)
        return _finish(backup, manifest, keyring, db, target / "media", extra_deletions,
                       metadata, report)
    finally:
        db.dispose()


def restore_into_url(
    backup: Path, keyring: KeyRing, url: str, media_dir: Path | None, *,
    extra_deletions: Iterable[dict[str, str]] = (), metadata: MetaData = Base.metadata,
    progress: Progress | None = None,
) -> RestoreResult:
    """Into an existing, empty database on any engine."""
    report = progress or (lambda _p, _t: None)
    manifest = verified_manifest(backup, keyring, None)
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            if inspect(conn).get_table_names():
                raise RestoreFailed(f"the database {db.display_url} is not empty "
                                    "(restore only into a new, empty database)")
        native = manifest.by_kind("database")
        report(0.3, "database")
        if manifest.engine == db.dialect == "postgresql" and native:
            with tempfile.TemporaryDirectory(prefix="hrdesk-restore-") as tmp:
                dump = Path(tmp) / "database.pgdump"
                write_entry(backup, native[0], keyring, dump)
                try:
                    restore_pg_dump(dump, db.url)
                except DatabaseCheckFailed as e:
                    raise RestoreFailed(str(e)) from None
        else:
            create_schema(db, manifest.schema_revision, metadata)
            import_export(backup, manifest, keyring, db, metadata)
        return _finish(backup, manifest, keyring, db, media_dir, extra_deletions, metadata,
                       report)
    finally:
        db.dispose()
