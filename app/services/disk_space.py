"""Is there room to save? Checked on every volume a save writes to, before anything is written."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserFacingError

MB = 1024 * 1024

#: Free bytes on the volume holding a path; tests and the benchmark may pass their own.
SpaceProbe = Callable[[Path], int]


def free_bytes(path: Path) -> int:
    return shutil.disk_usage(existing_parent(path)).free


def existing_parent(path: Path) -> Path:
    p = Path(path).absolute()
    while not p.exists() and p != p.parent:
        p = p.parent
    return p


def volume_of(path: Path) -> str:
    """How the clerk recognises the volume: the drive on Windows, the mount point elsewhere."""
    p = existing_parent(path).resolve()
    if os.name == "nt":
        return p.drive or str(p)
    while not os.path.ismount(p) and p != p.parent:
        p = p.parent
    return str(p)


class DiskSpaceError(UserFacingError):
    def __init__(self, need_bytes: int, free: int, volume: str) -> None:
        self.need_bytes = need_bytes
        self.free_bytes = free
        self.volume = volume
        super().__init__(
            f"Disk space insufficient: need {_mb(need_bytes)} MB, {_mb(free)} MB free on {volume}.",
            "Your interview is kept in its draft. Free some space there, then save again.",
        )


def _mb(n: int) -> str:
    return f"{n / MB:.1f}"


@dataclass
class SpaceNeed:
    """`need` bytes must be free on the volume that holds `path` (what it is for, for the log)."""

    path: Path
    need: int
    purpose: str


def check_space(needs: list[SpaceNeed], probe: SpaceProbe = free_bytes) -> None:
    """Raise DiskSpaceError for the first volume that lacks room; volumes shared by several needs
    must hold all of them together."""
    by_volume: dict[str, tuple[Path, int]] = {}
    for n in needs:
        vol = volume_of(n.path)
        path, total = by_volume.get(vol, (n.path, 0))
        by_volume[vol] = (path, total + n.need)
    for vol, (path, total) in by_volume.items():
        free = probe(path)
        if free < total:
            raise DiskSpaceError(total, free, vol)
