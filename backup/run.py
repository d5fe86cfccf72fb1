"""One backup run: lock, check space, snapshot, export, media, manifest, verify, publish, thin."""

from __future__ import annotations

import json
import logging
import shutil
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from backup.crypto import Key, KeyRing
from backup.errors import BackupCancelled, BackupError, BackupFolderFull
from backup.layout import list_backups, remove_partials
from backup.lock import BackupLock
from backup.manifest import Manifest, ManifestError, read_manifest
from backup.media import MediaStats, Previous, copy_media, new_media_bytes
from backup.retention import Candidate, RetentionPolicy, backups_to_delete
from backup.sources import DatabaseSource
from backup.space import check_folder, is_disk_full
from backup.verify import DatabaseChecker, VerifyReport, default_database_check, verify_backup
from backup.writer import BackupWriter

log = logging.getLogger(__name__)
Progress = Callable[[float, str], None]


@dataclass
class BackupOptions:
    folder: Path
    media_dir: Path | None
    keyring: KeyRing = field(default_factory=lambda: KeyRing(None))
    encrypt: bool = False
    policy: RetentionPolicy = field(default_factory=RetentionPolicy)
    app_version: str = ""
    deletions: list[dict[str, str]] = field(default_factory=list)
    database_check: DatabaseChecker | None = default_database_check


@dataclass
class BackupResult:
    path: Path
    manifest: Manifest
    media: MediaStats
    verify: VerifyReport
    thinned: list[str]
    seconds: float


def previous_backup(folder: Path) -> Previous | None:
    for ref in list_backups(folder):
        try:
            return Previous(ref.path, read_manifest(ref.path))
        except ManifestError:
            log.warning("skipping unreadable backup %s", ref.path)
    return None


def choose_key(opts: BackupOptions, previous: Previous | None) -> Key | None:
    """Reuse the previous backup's salt when the password is unchanged (so media can be linked)."""
    if not opts.encrypt or opts.keyring.password is None:
        return None
    enc = previous.manifest.encryption if previous else {}
    if enc.get("salt"):
        key = opts.keyring.key_for(bytes.fromhex(enc["salt"]))
        if key.check.hex() == enc.get("key_check"):
            return key
    return opts.keyring.new_key()


def make_backup(
    source: DatabaseSource,
    opts: BackupOptions,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> BackupResult:
    started = time.monotonic()
    report = progress or (lambda _p, _t: None)
    folder = opts.folder
    check_folder(folder, 0)  # reachable and writable, before the lock file is created there
    with BackupLock(folder):
        for name in remove_partials(folder):
            log.info("removed the remains of an interrupted backup: %s", name)
        previous = previous_backup(folder)
        media_bytes = new_media_bytes(opts.media_dir, previous) if opts.media_dir else 0
        needed = 2 * source.estimated_size() + media_bytes
        check_folder(folder, needed)
        key = choose_key(opts, previous)
        when = now()
        manifest = Manifest(
            app_version=opts.app_version, schema_revision="", engine=source.engine,
            created_at=when.isoformat(), host=socket.gethostname(),
        )
        if key is not None:
            manifest.encryption = {"scheme": "aes-256-gcm-chunked+scrypt",
                                   "salt": key.salt.hex(), "key_check": key.check.hex()}
        writer = BackupWriter(folder, manifest, key, when)
        try:
            result = _write(source, opts, writer, previous, report, cancelled)
            report(0.9, "verify")
            checked = verify_backup(writer.partial, opts.keyring, trusted=writer.hard_linked,
                                    database_check=opts.database_check)
            manifest.verified_at = datetime.now(UTC).isoformat()
            writer.write_manifest(folders=False)  # the folders were made durable before verify
            if cancelled():
                raise BackupCancelled()
            path = writer.publish()
        except OSError as e:
            writer.abandon()
            if is_disk_full(e):
                raise BackupFolderFull(folder, needed, 0) from e
            raise
        except BaseException:
            writer.abandon()
            raise
        thinned = thin(folder, opts.policy, now())
    report(1.0, "done")
    return BackupResult(path, manifest, result, checked, thinned, time.monotonic() - started)


def _write(
    source: DatabaseSource, opts: BackupOptions, writer: BackupWriter,
    previous: Previous | None, report: Progress, cancelled: Callable[[], bool],
) -> MediaStats:
    manifest = writer.manifest
    tmp = writer.partial / ".snapshot"
    tmp.mkdir()
    report(0.0, "database")
    with source.snapshot(tmp) as snap:
        manifest.schema_revision = snap.revision
        manifest.notes.update(snap.notes)
        if snap.database_file is not None:
            # The copy is deleted below, after the snapshot is closed: Windows cannot delete a file
            # that the snapshot's own connection still holds open.
            writer.add_file("database/" + snap.database_name, "database", snap.database_file,
                            compress=True)
        report(0.2, "export")
        for table, chunks in snap.export():
            if cancelled():
                raise BackupCancelled()
            writer.add_stream(f"export/{table}.jsonl", "export", chunks, compress=True,
                              source=table)
        manifest.tables = dict(snap.counts)
    for extra in tmp.iterdir():
        extra.unlink()
    tmp.rmdir()
    deletions = "".join(_json_line(d) for d in opts.deletions).encode("utf-8")
    writer.add_stream("deletions.jsonl", "deletions", [deletions], compress=False)
    stats = MediaStats()
    if opts.media_dir is not None:
        report(0.4, "media")
        can_reuse = previous is not None and (
            previous.manifest.encryption.get("salt", "") == manifest.encryption.get("salt", "")
        )

        def step(rel: str) -> None:
            if cancelled():
                raise BackupCancelled()
            report(0.5, rel)

        stats = copy_media(writer, opts.media_dir, previous, can_reuse=can_reuse, progress=step)
    manifest.finished_at = datetime.now(UTC).isoformat()
    manifest.notes["media"] = {"files": stats.files, "new": stats.new_files,
                               "reused": stats.reused_files, "new_bytes": stats.new_bytes}
    writer.write_manifest()
    return stats


def _json_line(doc: dict[str, str]) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n"


def thin(folder: Path, policy: RetentionPolicy, now: datetime) -> list[str]:
    """Delete the backups the retention policy no longer wants. Caller holds the lock."""
    refs = list_backups(folder)
    doomed = backups_to_delete([Candidate(r.name, r.created) for r in refs], now, policy)
    names = []
    for c in doomed:
        target = folder / c.name
        # Rename first so a half-deleted backup never looks complete.
        trash = folder / (".partial-deleting-" + c.name)
        try:
            target.rename(trash)
        except OSError as exc:  # e.g. open in Explorer: thin it next time; the new backup stands
            log.warning("could not thin old backup %s: %s", target, exc)
            continue
        shutil.rmtree(trash, ignore_errors=True)
        names.append(c.name)
    return names


__all__ = ["BackupError", "BackupOptions", "BackupResult", "make_backup", "thin"]
