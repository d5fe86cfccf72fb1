"""What every screen and command needs: settings, folders, the database and who is working."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path

from app.config import AppPaths, ConfigError, Settings, database_url, load
from app.storage.db import Database


@dataclass
class AppContext:
    settings: Settings
    paths: AppPaths
    db: Database
    problems: list[ConfigError] = field(default_factory=list)

    @property
    def actor(self) -> str:
        """The person recorded in the audit log: the interviewer setting, else the OS user."""
        if self.settings.interviewer:
            return self.settings.interviewer
        try:
            return getpass.getuser()
        except Exception:
            return "unknown"

    def close(self) -> None:
        self.db.dispose()


def make_context(config_file: Path | None = None, data_dir: Path | None = None) -> AppContext:
    """Load settings and create (not yet open or migrate) the database; see services.startup."""
    loaded = load(config_file, data_dir)
    db = Database(database_url(loaded.settings, loaded.paths))
    return AppContext(loaded.settings, loaded.paths, db, loaded.problems)
