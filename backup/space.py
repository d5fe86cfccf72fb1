"""Check the backup folder before anything is written: reachable, writable, and big enough."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import uuid
from pathlib import Path

from backup.errors import BackupFolderFull, BackupFolderMissing, BackupFolderReadOnly

MARGIN = 1.1  # 10 % on top of the estimate, plus a fixed reserve below
RESERVE = 16 << 20 if os.name == "nt" else 1 << 20


def check_folder(folder: Path, needed: int) -> None:
    if not folder.is_dir():
        raise BackupFolderMissing(folder)
    probe = folder / f".hrdesk-write-test-{uuid.uuid4().hex}"
    try:
        with open(probe, "xb") as f:
            f.write(b"x")
            f.flush()
            os.fsync(f.fileno())
    except OSError as e:
        if e.errno == errno.ENOSPC:
            raise BackupFolderFull(folder, needed, 0) from None
        if e.errno in (errno.ENOENT, errno.ENOTDIR, errno.EHOSTDOWN, errno.ENETUNREACH):
            raise BackupFolderMissing(folder) from None
        raise BackupFolderReadOnly(folder, e.strerror or str(e)) from None
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    free = shutil.disk_usage(folder).free
    want = int(needed * MARGIN) + RESERVE
    if free < want:
        raise BackupFolderFull(folder, want, free)


def is_disk_full(e: OSError) -> bool:
    return e.errno in (errno.ENOSPC, errno.EDQUOT)
