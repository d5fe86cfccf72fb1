"""Verify a backup: manifest, structure, every checksum, every decode, and the database copy.

One pass per file: the stored bytes are hashed while they are decrypted and decompressed, so a
1 GB backup is read once. The first problem stops the check and names the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from backup import crypto
from backup.dbcheck import DatabaseCheckFailed, check_pg_archive, check_sqlite_file
from backup.errors import BackupDamaged, PasswordNeeded, UnsafeBackup, WrongPassword
from backup.files import HashingReader
from backup.layout import UnsafePath, inside, regular_file
from backup.manifest import MANIFEST_NAME, FileEntry, Manifest, ManifestError, read_manifest
from backup.stored import DecodeError, read_plain

# Extra check of the decoded database copy: (engine, decoded file) -> one-line result.
DatabaseChecker = Callable[[str, Path], str]


@dataclass
class VerifyReport:
    path: Path
    manifest: Manifest
    files: int
    stored_bytes: int
    database: str

MAX_COMPRESSION_RATIO = 1000


def default_database_check(engine: str, decoded: Path) -> str:
    if engine == "sqlite":
        return check_sqlite_file(decoded)
    if engine == "postgresql":
        return check_pg_archive(decoded)
    return f"{engine}: the database copy is checked on the server (RESTORE VERIFYONLY)"


def load_manifest(folder: Path) -> Manifest:
    try:
        regular_file(folder / MANIFEST_NAME)
        return read_manifest(folder)
    except FileNotFoundError:
        raise BackupDamaged(folder, MANIFEST_NAME, "the manifest is missing") from None
    except UnsafePath as e:
        raise UnsafeBackup(folder, str(e)) from None
    except ManifestError as e:
        raise BackupDamaged(folder, MANIFEST_NAME, str(e)) from None


def check_structure(folder: Path, manifest: Manifest) -> None:
    """Every listed path is safe and present; nothing unlisted hides in the backup."""
    listed: set[str] = set()
    for entry in manifest.files:
        try:
            inside(folder, entry.path)
        except UnsafePath as e:
            raise UnsafeBackup(folder, str(e)) from None
        if entry.path in listed:
            raise UnsafeBackup(folder, f"{entry.path} is listed twice")
        listed.add(entry.path)
    for root, dirs, files in os.walk(folder):
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            rel = Path(root, name).relative_to(folder).as_posix()
            if rel != MANIFEST_NAME and rel not in listed:
                raise BackupDamaged(folder, rel, "this file is not listed in the manifest")


def decoded_chunks(
    folder: Path, entry: FileEntry, keyring: crypto.KeyRing
) -> Iterator[bytes]:
    """The original bytes of one file, checked against the manifest as they stream past."""
    path = inside(folder, entry.path)
    try:
        st = regular_file(path)
    except FileNotFoundError:
        raise BackupDamaged(folder, entry.path, "the file is missing") from None
    except UnsafePath as e:
        raise UnsafeBackup(folder, str(e)) from None
    if st.st_size != entry.size:
        raise BackupDamaged(folder, entry.path, f"size {st.st_size}, expected {entry.size}")
    # A rewritten manifest could declare a huge plain size for a small compressed file (a
    # decompression bomb that fills the disk on restore): media is never compressed by the writer,
    # and nothing it writes shrinks more than MAX_COMPRESSION_RATIO.
    if entry.compressed and entry.kind == "media":
        raise UnsafeBackup(folder, f"{entry.path} claims to be compressed media, which HR Desk never writes")
    if entry.compressed and entry.plain_size > MAX_COMPRESSION_RATIO * max(entry.size, 1):
        raise UnsafeBackup(folder, f"{entry.path} claims to expand {entry.plain_size // max(entry.size, 1)}-fold")
    if entry.encrypted and keyring.password is None:
        raise PasswordNeeded(f"The backup {folder.name}")
    plain = hashlib.sha256()
    with open(path, "rb") as f:
        reader = HashingReader(f)
        try:
            for data in read_plain(
                reader,
                compressed=entry.compressed,
                encrypted=entry.encrypted,
                keyring=keyring,
                plain_size=entry.plain_size,
            ):
                plain.update(data)
                yield data
        except crypto.WrongKey:
            raise WrongPassword(f"the backup {folder.name}") from None
        except (crypto.DecryptError, DecodeError) as e:
            raise BackupDamaged(folder, entry.path, str(e)) from None
    if reader.hash.hexdigest() != entry.sha256:
        raise BackupDamaged(folder, entry.path, "its checksum does not match the manifest")
    if plain.hexdigest() != entry.plain_sha256:
        raise BackupDamaged(folder, entry.path, "its content checksum does not match")


def verify_backup(
    folder: Path,
    keyring: crypto.KeyRing,
    *,
    database_check: DatabaseChecker | None = default_database_check,
    progress: Callable[[float, str], None] | None = None,
    trusted: set[str] | None = None,
) -> VerifyReport:
    """Check everything; `trusted` paths (hard links to files that an earlier, verified backup
    holds: the same inode) are checked for presence and size only, which keeps a nightly run over
    gigabytes of unchanged media fast. `hrdesk backup verify` checks every byte."""
    manifest = load_manifest(folder)
    check_structure(folder, manifest)
    total = sum(e.size for e in manifest.files) or 1
    done = 0
    database_note = "no database copy in this backup"
    with tempfile.TemporaryDirectory(prefix="hrdesk-verify-") as tmp:
        for entry in manifest.files:
            if progress:
                progress(done / total, entry.path)
            if entry.kind == "database" and database_check is not None:
                decoded = Path(tmp) / "database"
                with open(decoded, "wb") as out:
                    for data in decoded_chunks(folder, entry, keyring):
                        out.write(data)
                try:
                    database_note = database_check(manifest.engine, decoded)
                except DatabaseCheckFailed as e:
                    raise BackupDamaged(folder, entry.path, str(e)) from None
                decoded.unlink()
            elif trusted and entry.path in trusted:
                _check_present(folder, entry)
            elif entry.kind == "export":
                _check_json_lines(folder, entry, decoded_chunks(folder, entry, keyring), manifest)
            else:
                for _ in decoded_chunks(folder, entry, keyring):
                    pass
            done += entry.size
    if progress:
        progress(1.0, "")
    return VerifyReport(folder, manifest, len(manifest.files), total, database_note)


def _check_present(folder: Path, entry: FileEntry) -> None:
    try:
        st = regular_file(inside(folder, entry.path))
    except FileNotFoundError:
        raise BackupDamaged(folder, entry.path, "the file is missing") from None
    except UnsafePath as e:
        raise UnsafeBackup(folder, str(e)) from None
    if st.st_size != entry.size:
        raise BackupDamaged(folder, entry.path, f"size {st.st_size}, expected {entry.size}")
    # A rewritten manifest could declare a huge plain size for a small compressed file (a
    # decompression bomb that fills the disk on restore): media is never compressed by the writer,
    # and nothing it writes shrinks more than MAX_COMPRESSION_RATIO.
    if entry.compressed and entry.kind == "media":
        raise UnsafeBackup(folder, f"{entry.path} claims to be compressed media, which HR Desk never writes")
    if entry.compressed and entry.plain_size > MAX_COMPRESSION_RATIO * max(entry.size, 1):
        raise UnsafeBackup(folder, f"{entry.path} claims to expand {entry.plain_size // max(entry.size, 1)}-fold")


def _check_json_lines(
    folder: Path, entry: FileEntry, chunks: Iterator[bytes], manifest: Manifest
) -> None:
    count = 0
    rest = b""
    for data in chunks:
        lines = (rest + data).split(b"\n")
        rest = lines.pop()
        for line in lines:
            try:
                json.loads(line)
            except ValueError:
                raise BackupDamaged(folder, entry.path, f"row {count + 1} is not valid") from None
            count += 1
    if rest:
        raise BackupDamaged(folder, entry.path, "the last row is cut short")
    expected = manifest.tables.get(entry.source)
    if expected is not None and expected != count:
        raise BackupDamaged(folder, entry.path, f"{count} rows, the manifest says {expected}")
