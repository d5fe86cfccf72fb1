"""Settings: one TOML file in the platform's config folder, overridable from the command line.

Passwords never sit in the file: a server password comes from the system keyring (service
"hrdesk", key = the URL without password) or, for services without a keyring, from HRDESK_DB_PASSWORD.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from app import APP_ID
from app.errors import UserFacingError

ENV_DATA_DIR = "HRDESK_DATA_DIR"
ENV_CONFIG = "HRDESK_CONFIG"
ENV_DB_PASSWORD = "HRDESK_DB_PASSWORD"
LANGUAGES = ("auto", "zh_CN", "en")


class ConfigError(UserFacingError):
    """A setting is wrong: names the key and the problem; the app still opens its settings."""

    def __init__(self, key: str, problem: str, file: Path | None = None) -> None:
        self.key = key
        self.problem = problem
        where = f" in {file}" if file else ""
        super().__init__(
            f"Setting '{key}'{where} is invalid: {problem}.",
            "Open Settings to correct it (the default is used until then).",
        )


@dataclass
class DatabaseSettings:
    url: str = ""  # "" = the embedded SQLite file in the data folder


@dataclass
class FolderSettings:
    media: str = ""  # "" = <data>/media
    backups: str = ""  # "" = <data>/backups


@dataclass
class BackupSettings:
    enabled: bool = True
    time: str = "02:00"
    encrypt: bool = True  # used only when a password is stored in the keyring
    keep_all_days: int = 2
    keep_daily_days: int = 14
    keep_weekly_weeks: int = 8
    keep_monthly_months: int = 12
    sqlserver_backup_path: str = ""  # a folder on the SQL Server machine's own disk


@dataclass
class UiSettings:
    language: str = "auto"


@dataclass
class SpeechSettings:
    model_path: str = ""


@dataclass
class CaptureSettings:
    camera: str = "0"  # camera index, video file path, or rtsp:// / http:// URL
    microphone: str = ""  # "" = the system default


@dataclass
class Settings:
    interviewer: str = ""
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    folders: FolderSettings = field(default_factory=FolderSettings)
    backup: BackupSettings = field(default_factory=BackupSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    speech: SpeechSettings = field(default_factory=SpeechSettings)
    capture: CaptureSettings = field(default_factory=CaptureSettings)


@dataclass
class AppPaths:
    data_dir: Path
    config_file: Path
    media_dir: Path
    backup_dir: Path

    @property
    def db_file(self) -> Path:
        return self.data_dir / "hrdesk.sqlite3"

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def safety_dir(self) -> Path:
        return self.data_dir / "safety-copies"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_config_file(data_dir: Path | None) -> Path:
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env)
    if data_dir is not None or os.environ.get(ENV_DATA_DIR):
        # A data folder given explicitly is self-contained (portable installs, tests, services).
        return (data_dir or default_data_dir()) / "hrdesk.toml"
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / "hrdesk.toml"


def _coerce(section: str, key: str, default: Any, value: Any, file: Path) -> Any:
    name = f"{section}.{key}" if section else key
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(name, f"expected true or false, found {value!r}", file)
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(name, f"expected a whole number, found {value!r}", file)
        if value < 0:
            raise ConfigError(name, f"expected 0 or more, found {value}", file)
        return value
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ConfigError(name, f"expected text, found {value!r}", file)
        return value
    return value


def _apply(target: Any, data: dict[str, Any], section: str, file: Path, problems: list[ConfigError]) -> None:
    known = {f.name: f for f in fields(target)}
    for key, value in data.items():
        if key not in known:
            problems.append(ConfigError(f"{section}.{key}" if section else key, "unknown setting", file))
            continue
        current = getattr(target, key)
        if is_dataclass(current):
            if not isinstance(value, dict):
                problems.append(ConfigError(key, "expected a [section]", file))
                continue
            _apply(current, value, key, file, problems)
            continue
        try:
            setattr(target, key, _coerce(section, key, current, value, file))
        except ConfigError as exc:
            problems.append(exc)


def validate(settings: Settings, file: Path | None = None) -> list[ConfigError]:
    problems: list[ConfigError] = []
    if settings.ui.language not in LANGUAGES:
        problems.append(ConfigError("ui.language", f"'{settings.ui.language}' is not one of {', '.join(LANGUAGES)}", file))
        settings.ui.language = "auto"
    hh, _, mm = settings.backup.time.partition(":")
    if not (hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60):
        problems.append(ConfigError("backup.time", f"'{settings.backup.time}' is not a time like 02:00", file))
        settings.backup.time = "02:00"
    url = settings.database.url
    url_problem = _url_problem(url) if url else None
    if url_problem:
        problems.append(ConfigError("database.url", f"'{url}' {url_problem}", file))
        settings.database.url = ""
        url = ""
    if url and _has_password(url):
        problems.append(
            ConfigError(
                "database.url",
                "it contains a password; store the password in the keyring (Settings) or "
                f"the {ENV_DB_PASSWORD} environment variable instead",
                file,
            )
        )
    return problems


def _url_problem(url: str) -> str | None:
    """Why a database URL cannot be used, or None. Checked here so a bad URL never stops the app."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from app.storage.db import SUPPORTED

    try:
        parsed = make_url(url)
        _ = parsed.port  # a non-numeric port fails here
    except (ArgumentError, ValueError):
        return "is not a database URL"
    if parsed.get_backend_name() not in SUPPORTED:
        return f"names '{parsed.get_backend_name()}', which is not one of {', '.join(SUPPORTED)}"
    return None


def _has_password(url: str) -> bool:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).password is not None
    except Exception:
        return False


@dataclass
class LoadedSettings:
    settings: Settings
    paths: AppPaths
    problems: list[ConfigError]


def load(config_file: Path | None = None, data_dir: Path | None = None) -> LoadedSettings:
    """Read settings; problems are collected (each names its key) and defaults used instead."""
    data = Path(data_dir) if data_dir else default_data_dir()
    file = Path(config_file) if config_file else default_config_file(Path(data_dir) if data_dir else None)
    settings = Settings()
    problems: list[ConfigError] = []
    if file.exists():
        try:
            raw = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            problems.append(ConfigError("(file)", f"it is not valid TOML ({exc})", file))
            raw = {}
        except OSError as exc:
            problems.append(ConfigError("(file)", f"it cannot be read ({exc.strerror})", file))
            raw = {}
        _apply(settings, raw, "", file, problems)
    problems += validate(settings, file)
    paths = AppPaths(
        data_dir=data,
        config_file=file,
        media_dir=Path(settings.folders.media) if settings.folders.media else data / "media",
        backup_dir=Path(settings.folders.backups) if settings.folders.backups else data / "backups",
    )
    return LoadedSettings(settings, paths, problems)


def load_settings(config_file: Path | None = None, data_dir: Path | None = None) -> tuple[Settings, AppPaths]:
    loaded = load(config_file, data_dir)
    return loaded.settings, loaded.paths


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically (temp file, fsync, rename) so a crash never leaves half a config."""
    from app.durable import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, tomli_w.dumps(asdict(settings)).encode("utf-8"), tmp=path.with_suffix(".toml.tmp"), mode=0o644)


def database_url(settings: Settings, paths: AppPaths) -> str:
    """The URL to connect to, with the password filled in from the keyring or environment."""
    from app.storage.db import sqlite_url

    url = settings.database.url
    if not url:
        return sqlite_url(paths.db_file)
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password is not None:
        return url
    password = os.environ.get(ENV_DB_PASSWORD) or keyring_password(url)
    if password:
        parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


def keyring_password(url: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(APP_ID, url)
    except Exception:  # no keyring backend on this machine (services, CI): env var instead
        return None


def store_password(url: str, password: str) -> None:
    import keyring

    keyring.set_password(APP_ID, url, password)
