"""Missing, read-only and full backup folders; a backup killed half-way. Real files only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from backup.errors import BackupFolderFull, BackupFolderMissing, BackupFolderReadOnly
from backup.layout import list_backups
from backup.run import make_backup
from backup.verify import verify_backup
from tests.backup.mounts import tmpfs

ROOT = Path(__file__).parents[2]


def test_missing_folder_says_so(sqlite_data, options, tmp_path) -> None:
    options.folder = tmp_path / "D盘" / "HR备份"
    with pytest.raises(BackupFolderMissing) as err:
        make_backup(sqlite_data[0], options)
    assert "cannot be reached" in err.value.what and "Settings > Backups" in err.value.next_step


def test_read_only_folder_says_so(sqlite_data, options, tmp_path) -> None:
    with tmpfs(tmp_path / "ro", "ro,size=1m") as folder:
        options.folder = folder
        with pytest.raises(BackupFolderReadOnly, match="cannot write"):
            make_backup(sqlite_data[0], options)


def test_full_folder_is_detected_before_writing(sqlite_data, options, tmp_path) -> None:
    with tmpfs(tmp_path / "small", "size=1m") as folder:
        options.folder = folder
        with pytest.raises(BackupFolderFull) as err:
            make_backup(sqlite_data[0], options)
        assert err.value.needed > err.value.free
        assert "free" in err.value.what
        assert [p.name for p in folder.iterdir()] in ([], [".hrdesk-backup.lock"])


def test_disk_filling_up_during_the_backup_keeps_earlier_backups(
    sqlite_data, options, tmp_path
) -> None:
    source, media = sqlite_data
    with tmpfs(tmp_path / "mid", "size=4m") as folder:
        options.folder = folder
        first = make_backup(source, options)
        (media / "big.mkv").write_bytes(os.urandom(1_000_000))

        def fill_the_disk(_p: float, step: str) -> None:
            if step == "media" and not (folder / "filler").exists():
                with open(folder / "filler", "wb") as f:  # another program eats the space
                    try:
                        while True:
                            f.write(b"\0" * 65536)
                    except OSError:
                        pass

        with pytest.raises(BackupFolderFull):
            make_backup(source, options, progress=fill_the_disk)
        assert [r.path for r in list_backups(folder)] == [first.path]
        assert not [p for p in folder.iterdir() if p.name.startswith(".partial")]
        verify_backup(first.path, options.keyring)


CHILD = """
import sys, time
from pathlib import Path
from backup.crypto import KeyRing
from backup.run import BackupOptions, make_backup
from backup.sources import SqliteSource
from tests.backup import helpers

def slow(p, step):
    if step not in ("database", "export", "media", "verify", "done"):
        print("copying", step, flush=True)
        time.sleep(0.05)  # the crash subject works slowly so the kill lands half-way

opts = BackupOptions(Path(sys.argv[1]), Path(sys.argv[3]), KeyRing(None))
make_backup(SqliteSource(Path(sys.argv[2]), helpers.metadata), opts, progress=slow)
print("finished", flush=True)
"""


def test_sigkill_half_way_leaves_no_partial_backup_visible(sqlite_data, options, tmp_path) -> None:
    source, media = sqlite_data
    first = make_backup(source, options)
    for k in range(20):
        (media / f"more-{k}.mkv").write_bytes(os.urandom(50_000))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(options.folder), str(source.db_file), str(media)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert child.stdout is not None
    seen = [child.stdout.readline() for _ in range(3)]
    assert all(line.startswith("copying") for line in seen), seen
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    partials = [p for p in options.folder.iterdir() if p.name.startswith(".partial")]
    assert partials, "the kill should have landed mid-backup"
    assert [r.path for r in list_backups(options.folder)] == [first.path]
    second = make_backup(source, options)
    assert [r.path for r in list_backups(options.folder)] == [second.path, first.path]
    assert not [p for p in options.folder.iterdir() if p.name.startswith(".partial")]
    assert second.media.new_files == 20
    verify_backup(second.path, options.keyring)
