"""Where the files that ship with the app live, in a source checkout and in the PyInstaller folder."""

from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    return install_root() / "resources"


def models_dir() -> Path:
    return install_root() / "models"


def translations_dir() -> Path:
    return resources_dir() / "i18n"
