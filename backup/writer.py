"""Build one backup under a temporary name and publish it only when it is complete.

Every file is fsynced as it is written, the folders and the manifest are fsynced at the end, and
the final rename is fsynced in the parent folder: after a crash either the old state or the whole
new backup is visible, never a half-written one that looks complete.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from backup.crypto import Key
from backup.files import fsync_dir
from backup.layout import PARTIAL, inside, new_name
from backup.manifest import FileEntry, Manifest
from backup.stored import store_file, store_stream


class BackupWriter:
    def __init__(self, folder: Path, manifest: Manifest, key: Key | None, when: datetime) -> None:
        self.folder = folder
        self.manifest = manifest
        self.key = key
        self.name = new_name(folder, when)
        self.partial = folder / (PARTIAL + self.name)
        self.partial.mkdir()
        self.final = folder / self.name
        self.hard_linked: set[str] = set()

    def _target(self, rel: str) -> Path:
        path = inside(self.partial, rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def add_stream(
        self, rel: str, kind: str, chunks: Iterable[bytes], *, compress: bool, source: str = ""
    ) -> FileEntry:
        s = store_stream(chunks, self._target(rel), compress=compress, key=self.key)
        return self._add(FileEntry(rel, kind, s.size, s.sha256, s.plain_size, s.plain_sha256,
                                   compress, self.key is not None, source))

    def add_file(
        self, rel: str, kind: str, src: Path, *, compress: bool, source: str = "",
        source_mtime_ns: int = 0,
    ) -> FileEntry:
        s = store_file(src, self._target(rel), compress=compress, key=self.key)
        return self._add(FileEntry(rel, kind, s.size, s.sha256, s.plain_size, s.plain_sha256,
                                   compress, self.key is not None, source, source_mtime_ns))

    def add_existing(self, rel: str, stored: Path, entry: FileEntry) -> FileEntry:
        """Reuse a file already stored in an earlier backup: hard link, else a plain copy."""
        target = self._target(rel)
        try:
            os.link(stored, target)
            self.hard_linked.add(rel)
        except OSError:  # FAT/exFAT, some network shares, or another volume
            shutil.copyfile(stored, target)
            with open(target, "rb+") as f:
                os.fsync(f.fileno())
        entry.path = rel
        entry.linked = True
        return self._add(entry)

    def _add(self, entry: FileEntry) -> FileEntry:
        self.manifest.files.append(entry)
        return entry

    def write_manifest(self, *, folders: bool = True) -> None:
        if folders:
            for root, _dirs, _files in os.walk(self.partial):
                fsync_dir(Path(root))
        self.manifest.write(self.partial)
        fsync_dir(self.partial)

    def publish(self) -> Path:
        os.rename(self.partial, self.final)
        fsync_dir(self.folder)
        return self.final

    def abandon(self) -> None:
        shutil.rmtree(self.partial, ignore_errors=True)
