"""Open the database copy inside a backup and check it, per engine."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path


class DatabaseCheckFailed(Exception):
    pass


def check_sqlite_file(path: Path) -> str:
    """PRAGMA integrity_check on a read-only connection; returns a one-line result."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise DatabaseCheckFailed(f"the SQLite copy does not open ({e})") from None
    if rows != [("ok",)]:
        raise DatabaseCheckFailed("SQLite integrity_check: " + "; ".join(r[0] for r in rows[:5]))
    return f"SQLite integrity_check ok ({tables[0]} tables)"


def pg_tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise DatabaseCheckFailed(
            f"the PostgreSQL program {name} is not installed on this computer"
        )
    return found


def check_pg_archive(path: Path) -> str:
    """Offline structure check of a pg_dump custom-format archive (pg_restore --list)."""
    proc = subprocess.run(
        [pg_tool("pg_restore"), "--list", str(path)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise DatabaseCheckFailed(f"pg_restore cannot read the dump ({proc.stderr.strip()})")
    entries = sum(1 for line in proc.stdout.splitlines() if line and not line.startswith(";"))
    return f"pg_restore --list ok ({entries} entries)"
