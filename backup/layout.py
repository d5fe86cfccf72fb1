"""Where backups live in the backup folder and how complete ones are told from partial ones.

A backup is built in ".partial-<name>" and renamed to "<name>" only after it was written, fsynced
and verified, so a folder named "hrdesk-backup-..." with a manifest is always a complete backup.
"""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

PREFIX = "hrdesk-backup-"
PARTIAL = ".partial-"
STAMP = "%Y%m%dT%H%M%S"


@dataclass(frozen=True)
class BackupRef:
    path: Path
    created: datetime  # UTC

    @property
    def name(self) -> str:
        return self.path.name


def new_name(folder: Path, when: datetime) -> str:
    base = PREFIX + when.astimezone(UTC).strftime(STAMP) + "Z"
    name, n = base, 1
    while (folder / name).exists() or (folder / (PARTIAL + name)).exists():
        n += 1
        name = f"{base}-{n}"
    return name


def parse_created(name: str) -> datetime | None:
    if not name.startswith(PREFIX):
        return None
    stamp = name[len(PREFIX) :].split("Z", 1)[0]
    try:
        return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def list_backups(folder: Path) -> list[BackupRef]:
    """Complete backups in `folder`, newest first."""
    refs: list[BackupRef] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for e in entries:
        created = parse_created(e.name)
        if created and e.is_dir(follow_symlinks=False) and (Path(e.path) / "manifest.json").is_file():
            refs.append(BackupRef(Path(e.path), created))
    refs.sort(key=lambda r: (r.created, r.name), reverse=True)
    return refs


def remove_partials(folder: Path) -> list[str]:
    """Delete what an interrupted run left behind. Call only while holding the backup lock."""
    removed = []
    for e in os.scandir(folder):
        if e.name.startswith(PARTIAL) and e.is_dir(follow_symlinks=False):
            shutil.rmtree(e.path, ignore_errors=True)
            removed.append(e.name)
    return removed


class UnsafePath(Exception):
    pass


def safe_relpath(rel: str) -> PurePosixPath:
    """Accept only plain relative paths: no "..", no absolute or drive paths, no backslashes."""
    if not rel or "\x00" in rel or "\\" in rel:
        raise UnsafePath(f"bad path {rel!r}")
    p = PurePosixPath(rel)
    if p.is_absolute() or (len(rel) > 1 and rel[1] == ":"):
        raise UnsafePath(f"absolute path {rel!r}")
    if any(part in ("..", ".", "") for part in rel.split("/")):
        raise UnsafePath(f"path leaves its folder {rel!r}")
    return p


def inside(root: Path, rel: str) -> Path:
    """The path of `rel` under `root`, refusing anything that would land outside it."""
    p = root.joinpath(*safe_relpath(rel).parts)
    parent = p.parent.resolve()
    if not parent.is_relative_to(root.resolve()):
        raise UnsafePath(f"path leaves its folder {rel!r}")
    return p


def regular_file(path: Path) -> os.stat_result:
    """lstat `path` and refuse links, devices and folders (a hostile backup may contain them)."""
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        kind = "a link" if stat.S_ISLNK(st.st_mode) else "not a regular file"
        raise UnsafePath(f"{path.name} is {kind}")
    return st
