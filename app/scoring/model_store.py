"""Which dimension model files are in force, and the history that lets a calibration be undone.

Shipped models live read-only in ``models/scoring`` of the installation. Models retrained by
`hrdesk calibrate` are written to a writable folder (the data folder's models directory) and
``active.json`` there names the file in force per dimension, with the previous ones kept so that
"restore previous model" is one step and loses nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.scoring.errors import RESTORE_SCORING_MODEL, ScoringModelError
from app.scoring.paths import scoring_models_dir

DIMENSIONS = ("skill_match", "communication", "stress_resistance")
_VERSION = re.compile(r"-(\d+(?:\.\d+)*)\.onnx$")


def _version_key(path: Path) -> tuple[int, ...]:
    match = _VERSION.search(path.name)
    return tuple(int(p) for p in match.group(1).split(".")) if match else (0,)


class ModelStore:
    def __init__(self, shipped_dir: Path | None = None, user_dir: Path | None = None) -> None:
        self.shipped_dir = shipped_dir or scoring_models_dir()
        self.user_dir = user_dir

    @property
    def _active_file(self) -> Path | None:
        return self.user_dir / "active.json" if self.user_dir else None

    def _read_active(self) -> dict[str, list[str]]:
        path = self._active_file
        if path is None or not path.is_file():
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
        return {k: list(v) for k, v in data.items()}

    def _write_active(self, data: dict[str, list[str]]) -> None:
        path = self._active_file
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(data, indent=1), encoding="utf-8")
        partial.replace(path)

    def shipped_path(self, dimension: str) -> Path:
        found = sorted(self.shipped_dir.glob(f"{dimension}-*.onnx"), key=_version_key)
        if not found:
            raise ScoringModelError(self.shipped_dir / f"{dimension}-<version>.onnx", "is missing",
                                    RESTORE_SCORING_MODEL)
        return found[-1]

    def active_path(self, dimension: str) -> Path:
        """The calibrated model when one is in force and present, else the shipped one."""
        stack = self._read_active().get(dimension, [])
        if stack and self.user_dir is not None:
            candidate = self.user_dir / stack[-1]
            if candidate.is_file():
                return candidate
        return self.shipped_path(dimension)

    def active_paths(self) -> dict[str, Path]:
        return {d: self.active_path(d) for d in DIMENSIONS}

    def history(self, dimension: str) -> list[str]:
        """Calibrated files for the dimension, oldest first; the last one is in force."""
        return self._read_active().get(dimension, [])

    def install(self, dimension: str, filename: str) -> None:
        """Put a file already written in user_dir into force, keeping the previous one."""
        if self.user_dir is None or not (self.user_dir / filename).is_file():
            raise FileNotFoundError(filename)
        data = self._read_active()
        data.setdefault(dimension, []).append(filename)
        self._write_active(data)

    def restore_previous(self, dimension: str) -> Path:
        """Go back one calibration (to the shipped model after the first); returns the model now in force."""
        data = self._read_active()
        stack = data.get(dimension, [])
        if stack:
            stack.pop()
            self._write_active(data)
        return self.active_path(dimension)
