"""The command line for real: separate processes, a real data folder, exit codes and messages."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.db import Database, sqlite_url
from app.storage.migrate import upgrade
from backup.layout import list_backups
from tests.backup import hr_data

ROOT = Path(__file__).parents[2]


def hrdesk(data: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "HRDESK_NO_KEYRING": "1", **(env or {})})


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    db = Database(sqlite_url(folder / "hrdesk.sqlite3"))
    upgrade(db)
    hr_data.fill(db, folder / "media")
    db.dispose()
    return folder


def test_run_verify_flip_restore_history(data: Path, tmp_path: Path) -> None:
    usb = tmp_path / "HR备份"
    usb.mkdir()
    pw = tmp_path / "pw.txt"
    pw.write_text("s3cret\n")
    run = hrdesk(data, "backup", "run", "--to", str(usb), "--password-file", str(pw))
    assert run.returncode == 0, run.stderr
    assert "written and verified" in run.stdout
    [backup] = list_backups(usb)

    ok = hrdesk(data, "backup", "verify", str(backup.path), "--password-file", str(pw))
    assert ok.returncode == 0 and ok.stdout.startswith("OK:"), ok.stderr
    bad_pw = tmp_path / "bad.txt"
    bad_pw.write_text("nope\n")
    wrong = hrdesk(data, "backup", "verify", str(backup.path), "--password-file", str(bad_pw))
    assert wrong.returncode == 2 and "password does not open" in wrong.stderr

    restored = hrdesk(data, "restore", str(backup.path), "--into", str(tmp_path / "new"),
                      env={"HRDESK_BACKUP_PASSWORD": "s3cret"})
    assert restored.returncode == 0, restored.stderr
    assert (tmp_path / "new" / "hrdesk.sqlite3").is_file()

    manifest = json.loads((backup.path / "manifest.json").read_text())
    media = next(f for f in manifest["manifest"]["files"] if f["kind"] == "media")
    target = backup.path / media["path"]
    blob = bytearray(target.read_bytes())
    blob[len(blob) // 2] ^= 1
    target.write_bytes(bytes(blob))
    damaged = hrdesk(data, "backup", "verify", str(backup.path), "--password-file", str(pw))
    assert damaged.returncode == 2
    assert media["path"] in damaged.stderr and "Next:" in damaged.stderr

    missing = hrdesk(data, "backup", "run", "--to", str(tmp_path / "unplugged"))
    assert missing.returncode == 2 and "cannot be reached" in missing.stderr

    history = hrdesk(data, "backup", "history")
    lines = history.stdout.splitlines()
    assert "failed" in lines[0] and "succeeded" in lines[1]

    refuse = hrdesk(data, "restore", str(backup.path))
    assert refuse.returncode == 1 and "--yes" in refuse.stderr


def test_daemon_runs_on_schedule_and_stops_cleanly(data: Path) -> None:
    (data / "backups").mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data), "backup", "daemon",
         "--interval-seconds", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT,
        env={**os.environ, "HRDESK_NO_KEYRING": "1"},
    )
    assert proc.stdout is not None
    seen = []
    for line in proc.stdout:  # log lines arrive as runs happen; no sleeping here
        seen.append(line)
        if sum("backup succeeded" in s for s in seen) >= 2:
            break
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    runs = [json.loads(x) for x in (data / "logs" / "backup-history.jsonl").read_text().splitlines()]
    triggers = [r["trigger"] for r in runs]
    assert triggers[0] == "daemon-catch-up" and "daemon-scheduled" in triggers
    assert all(r["status"] in ("succeeded", "skipped") for r in runs)


def test_install_task_writes_units(data: Path, tmp_path: Path) -> None:
    out = hrdesk(data, "backup", "install-task", "--write-to", str(tmp_path / "units"),
                 "--time", "03:15")
    assert out.returncode == 0, out.stderr
    service = (tmp_path / "units" / "hrdesk-backup.service").read_text()
    assert f"--data-dir {data}" in service and "backup run --trigger scheduled" in service
    assert "OnCalendar=*-*-* 03:15:00" in (tmp_path / "units" / "hrdesk-backup.timer").read_text()
