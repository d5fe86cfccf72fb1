"""Write files out of a backup into a target folder, safely.

Every target path comes from the manifest, so it is re-checked here (no "..", no absolute paths,
never through an existing link); each file goes to a temporary name, is fsynced, and is renamed
into place only after its checksum matched.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from backup.crypto import KeyRing
from backup.errors import UnsafeBackup
from backup.files import fsync_dir, sha256_file
from backup.layout import UnsafePath, inside
from backup.manifest import FileEntry, Manifest
from backup.verify import decoded_chunks

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
BINARY = getattr(os, "O_BINARY", 0)


def write_entry(folder: Path, entry: FileEntry, keyring: KeyRing, target: Path) -> None:
    """Decode one backup file into `target` through a temporary name in the same folder."""
    tmp = target.with_name(target.name + ".restoring")
    if os.path.lexists(tmp):
        os.unlink(tmp)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY, 0o644)
    try:
        with os.fdopen(fd, "wb") as out:
            for data in decoded_chunks(folder, entry, keyring):
                out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)  # replaces a link itself, never writes through it
    except BaseException:
        if os.path.lexists(tmp):
            os.unlink(tmp)
        raise


def restore_media(
    folder: Path, manifest: Manifest, keyring: KeyRing, media_dir: Path,
    progress: Callable[[str], None] | None = None, skip: set[str] | None = None,
) -> tuple[int, int]:
    """Put every media file of the backup under media_dir; returns (written, already present).

    `skip`: media of records deleted for privacy, which must not come back."""
    written = present = 0
    media_dir.mkdir(parents=True, exist_ok=True)
    for entry in manifest.by_kind("media"):
        if skip and entry.source in skip:
            continue
        try:
            target = inside(media_dir, entry.source)
        except UnsafePath as e:
            raise UnsafeBackup(folder, str(e)) from None
        if progress:
            progress(entry.source)
        if _same_content(target, entry):
            present += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.parent.resolve().is_relative_to(media_dir.resolve()):
            raise UnsafeBackup(folder, f"{entry.source} leaves the media folder")
        write_entry(folder, entry, keyring, target)
        written += 1
    for root, _dirs, _files in os.walk(media_dir):
        fsync_dir(Path(root))
    return written, present


def _same_content(target: Path, entry: FileEntry) -> bool:
    if not target.is_file() or target.is_symlink():
        return False
    return target.stat().st_size == entry.plain_size and sha256_file(target) == entry.plain_sha256
