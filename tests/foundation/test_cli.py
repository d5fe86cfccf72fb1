"""The `hrdesk` command as IT and scheduled tasks use it: real subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def hrdesk(*args: str, data: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "HRDESK_DATA_DIR": str(data), **(env or {})}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=120)


def test_version(tmp_path: Path) -> None:
    out = hrdesk("--version", data=tmp_path)
    assert out.returncode == 0 and out.stdout.startswith("HR Desk ")


def test_demo_then_doctor_and_db_upgrade(tmp_path: Path) -> None:
    demo = hrdesk("demo", data=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "4 interviews" in demo.stdout
    again = hrdesk("demo", data=tmp_path)
    assert again.returncode == 1 and "already holds data" in again.stdout
    upgrade = hrdesk("db", "upgrade", data=tmp_path)
    assert upgrade.returncode == 0 and "->" in upgrade.stdout
    doctor = hrdesk("doctor", data=tmp_path)
    assert "database" in doctor.stdout and "schema" in doctor.stdout
    assert "camera" in doctor.stdout and "microphone" in doctor.stdout


def test_doctor_fails_on_unreachable_database(tmp_path: Path) -> None:
    (tmp_path / "hrdesk.toml").write_text('[database]\nurl = "postgresql+psycopg://hr@127.0.0.1:9/x"\n')
    doctor = hrdesk("doctor", data=tmp_path)
    assert doctor.returncode == 1
    assert "FAIL  database" in doctor.stdout and "unreachable" in doctor.stdout


def test_db_sql_prints_sql_server_script(tmp_path: Path) -> None:
    out = hrdesk("db", "sql", data=tmp_path)
    assert out.returncode == 0 and "CREATE TABLE candidates" in out.stdout and "NVARCHAR" in out.stdout


def test_user_errors_are_two_lines_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "hrdesk.sqlite3").write_bytes(b"garbage" * 1000)
    out = hrdesk("db", "upgrade", data=tmp_path)
    assert out.returncode == 2
    assert out.stderr.startswith("Error: The database file") and "Next: Restore" in out.stderr
    assert "Traceback" not in out.stderr
