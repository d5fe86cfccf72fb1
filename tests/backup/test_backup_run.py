"""Backups of a real SQLite database and real media files, end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backup.crypto import KeyRing
from backup.errors import BackupAlreadyRunning, BackupDamaged, PasswordNeeded, WrongPassword
from backup.layout import list_backups
from backup.manifest import read_manifest
from backup.run import BackupOptions, make_backup
from backup.verify import verify_backup


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


def test_backup_is_complete_and_verified(sqlite_data, options: BackupOptions) -> None:
    source, _media = sqlite_data
    result = make_backup(source, options)
    assert [r.path for r in list_backups(options.folder)] == [result.path]
    m = read_manifest(result.path)
    assert m.engine == "sqlite" and m.app_version == "0.1.0" and m.verified_at
    assert m.tables == {"people": 20, "notes": 20}
    kinds = {f.kind for f in m.files}
    assert kinds == {"database", "export", "media", "deletions"}
    assert all(len(f.sha256) == 64 and f.size > 0 for f in m.files if f.kind != "deletions")
    assert not [p for p in options.folder.iterdir() if p.name.startswith(".partial")]
    report = verify_backup(result.path, KeyRing(None))
    assert "integrity_check ok" in report.database


@pytest.mark.parametrize("kind", ["media", "database", "export"])
def test_one_flipped_byte_names_the_file(sqlite_data, options, kind: str) -> None:
    result = make_backup(sqlite_data[0], options)
    entry = next(f for f in result.manifest.files if f.kind == kind)
    _flip(result.path / entry.path, entry.size // 2)
    with pytest.raises(BackupDamaged) as err:
        verify_backup(result.path, KeyRing(None))
    assert err.value.file == entry.path
    assert entry.path in str(err.value)


def test_flipped_byte_in_the_manifest_is_reported(sqlite_data, options) -> None:
    result = make_backup(sqlite_data[0], options)
    manifest = result.path / "manifest.json"
    text = manifest.read_text(encoding="utf-8").replace('"sqlite"', '"sqlitf"', 1)
    manifest.write_text(text, encoding="utf-8")
    with pytest.raises(BackupDamaged, match="manifest.json"):
        verify_backup(result.path, KeyRing(None))


def test_encrypted_backup_needs_the_right_password(sqlite_data, options) -> None:
    options.keyring = KeyRing("correct horse 电池")
    options.encrypt = True
    result = make_backup(sqlite_data[0], options)
    media = next(f for f in result.manifest.files if f.kind == "media")
    original = sqlite_data[1] / media.source
    assert original.read_bytes()[:4096] not in (result.path / media.path).read_bytes()
    assert verify_backup(result.path, KeyRing("correct horse 电池")).files == len(result.manifest.files)
    with pytest.raises(WrongPassword, match="password does not open"):
        verify_backup(result.path, KeyRing("wrong"))
    with pytest.raises(PasswordNeeded):
        verify_backup(result.path, KeyRing(None))
    _flip(result.path / media.path, media.size - 3)
    with pytest.raises(BackupDamaged) as err:
        verify_backup(result.path, KeyRing("correct horse 电池"))
    assert err.value.file == media.path


@pytest.mark.parametrize("encrypt", [False, True])
def test_unchanged_media_is_linked_not_copied(sqlite_data, options, encrypt: bool) -> None:
    options.keyring, options.encrypt = KeyRing("pw"), encrypt
    source, media = sqlite_data
    first = make_backup(source, options)
    (media / "new" / "today.mkv").parent.mkdir()
    (media / "new" / "today.mkv").write_bytes(os.urandom(1000))
    second = make_backup(source, options)
    assert (second.media.new_files, second.media.reused_files) == (1, 5)
    for entry in first.manifest.by_kind("media"):
        a = os.stat(first.path / entry.path)
        b = os.stat(second.path / entry.path)
        assert (a.st_ino, a.st_dev) == (b.st_ino, b.st_dev)
    verify_backup(second.path, KeyRing("pw"))


def test_new_password_does_not_reuse_old_encrypted_media(sqlite_data, options) -> None:
    options.keyring, options.encrypt = KeyRing("old"), True
    make_backup(sqlite_data[0], options)
    options.keyring = KeyRing("new")
    second = make_backup(sqlite_data[0], options)
    assert second.media.reused_files == 0
    verify_backup(second.path, KeyRing("new"))


LOCK_HOLDER = """
import sys, time
from pathlib import Path
from backup.lock import BackupLock
with BackupLock(Path(sys.argv[1])):
    print("locked", flush=True)
    sys.stdin.readline()
"""


def test_two_backups_at_once_are_impossible(sqlite_data, options) -> None:
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(options.folder)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).parents[2])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(BackupAlreadyRunning):
            make_backup(sqlite_data[0], options)
    finally:
        holder.communicate("done\n", timeout=10)
    assert make_backup(sqlite_data[0], options).path.is_dir()
