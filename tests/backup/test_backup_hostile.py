"""Backups edited by someone hostile: the restore side must refuse, never write outside."""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

import pytest

from backup.crypto import KeyRing
from backup.errors import BackupDamaged, UnsafeBackup
from backup.extract import restore_media
from backup.manifest import FileEntry, read_manifest
from backup.run import make_backup
from backup.verify import verify_backup


def _rewrite(folder: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Edit the manifest and re-seal its checksum, as an attacker could."""
    m = read_manifest(folder)
    change(m)
    m.write(folder)


@pytest.fixture
def made(sqlite_data, options):  # type: ignore[no-untyped-def]
    return make_backup(sqlite_data[0], options)


@pytest.mark.parametrize("evil", ["../../evil.mkv", "/etc/evil", "C:/evil", "a/../../b", "a\\..\\b"])
def test_paths_leaving_the_folder_are_refused(made, tmp_path, evil: str) -> None:
    def change(m):  # type: ignore[no-untyped-def]
        m.by_kind("media")[0].source = evil

    _rewrite(made.path, change)
    target = tmp_path / "restore" / "media"
    with pytest.raises(UnsafeBackup):
        restore_media(made.path, read_manifest(made.path), KeyRing(None), target)
    assert not (tmp_path / "evil.mkv").exists()


def test_manifest_entry_pointing_outside_the_backup_is_refused(made, tmp_path) -> None:
    (tmp_path / "secret.txt").write_text("secret")

    def change(m):  # type: ignore[no-untyped-def]
        m.files.append(FileEntry("../secret.txt", "media", 6, "0" * 64, 6, "0" * 64))

    _rewrite(made.path, change)
    with pytest.raises(UnsafeBackup):
        verify_backup(made.path, KeyRing(None))


def test_a_link_inside_the_backup_is_refused(made, tmp_path) -> None:
    entry = made.manifest.by_kind("media")[0]
    victim = tmp_path / "victim.bin"
    victim.write_bytes(b"x" * entry.size)
    os.unlink(made.path / entry.path)
    os.symlink(victim, made.path / entry.path)
    with pytest.raises(UnsafeBackup, match="link"):
        verify_backup(made.path, KeyRing(None))


def test_existing_link_in_the_target_is_not_followed(made, tmp_path) -> None:
    entry = made.manifest.by_kind("media")[0]
    target = tmp_path / "restore"
    outside = tmp_path / "outside.bin"
    outside.write_bytes(b"keep me")
    (target / entry.source).parent.mkdir(parents=True)
    os.symlink(outside, target / entry.source)
    restore_media(made.path, made.manifest, KeyRing(None), target)
    assert outside.read_bytes() == b"keep me"
    assert not (target / entry.source).is_symlink()


def test_decompression_bomb_in_an_export_is_refused(made) -> None:
    bomb = zlib.compress(b"{}\n" * (50 << 20), 9)  # 150 MB of rows in a few hundred KB
    entry = made.manifest.by_kind("export")[0]
    (made.path / entry.path).write_bytes(bomb)
    import hashlib

    def change(m):  # type: ignore[no-untyped-def]
        e = next(f for f in m.files if f.path == entry.path)
        e.size, e.sha256 = len(bomb), hashlib.sha256(bomb).hexdigest()

    _rewrite(made.path, change)
    with pytest.raises(BackupDamaged, match="expands beyond"):
        verify_backup(made.path, KeyRing(None))


def test_unlisted_file_is_reported(made) -> None:
    (made.path / "media" / "planted.exe").write_bytes(b"MZ")
    with pytest.raises(BackupDamaged, match="planted.exe"):
        verify_backup(made.path, KeyRing(None))


def test_manifest_with_unknown_layout_is_reported(made) -> None:
    (made.path / "manifest.json").write_text(json.dumps({"x": 1}))
    with pytest.raises(BackupDamaged, match="manifest"):
        verify_backup(made.path, KeyRing(None))


@pytest.mark.parametrize("kind", ["media", "export"])
def test_bomb_with_a_rewritten_plain_size_is_refused_before_anything_is_inflated(made, kind: str) -> None:
    """The manifest's own checksum does not help when an attacker re-seals it: the declared sizes
    themselves must be believable."""
    import hashlib

    bomb = zlib.compress(b"\0" * (300 << 20), 9)  # 300 MB in about 300 KB
    entry = made.manifest.by_kind(kind)[0]
    (made.path / entry.path).write_bytes(bomb)

    def change(m):  # type: ignore[no-untyped-def]
        e = next(f for f in m.files if f.path == entry.path)
        e.size, e.sha256 = len(bomb), hashlib.sha256(bomb).hexdigest()
        e.plain_size, e.plain_sha256, e.compressed = 300 << 20, hashlib.sha256(b"\0" * (300 << 20)).hexdigest(), True

    _rewrite(made.path, change)
    with pytest.raises(UnsafeBackup):
        verify_backup(made.path, KeyRing(None))
