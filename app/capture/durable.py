"""fsync helpers: a closed segment must survive a power cut or a SIGKILL of the app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.durable import fsync_dir, fsync_file, write_atomically

__all__ = ["fsync_dir", "fsync_file", "write_json_durably"]


def write_json_durably(path: Path, data: dict[str, Any]) -> None:
    """Write JSON next to ``path`` then rename over it, so a reader sees the old or the new file."""
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), mode=0o644)
