"""Settings: one TOML file, clear messages naming the key, no passwords in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import ConfigError, Settings, database_url, load, save_settings


def test_defaults_live_in_the_data_folder(tmp_path: Path) -> None:
    loaded = load(data_dir=tmp_path)
    assert loaded.problems == []
    assert loaded.paths.config_file == tmp_path / "hrdesk.toml"
    assert loaded.paths.media_dir == tmp_path / "media"
    assert database_url(loaded.settings, loaded.paths) == f"sqlite:///{tmp_path / 'hrdesk.sqlite3'}"


def test_env_var_and_explicit_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HRDESK_DATA_DIR", str(tmp_path / "env"))
    assert load().paths.data_dir == tmp_path / "env"
    other = tmp_path / "other.toml"
    other.write_text('interviewer = "张老师"\n[folders]\nmedia = "/srv/media"\n', encoding="utf-8")
    loaded = load(config_file=other)
    assert loaded.settings.interviewer == "张老师"
    assert loaded.paths.media_dir == Path("/srv/media")


def test_each_problem_names_its_key_and_defaults_are_used(tmp_path: Path) -> None:
    (tmp_path / "hrdesk.toml").write_text(
        '[ui]\nlanguage = "fr"\n[backup]\ntime = "25:61"\nkeep_daily_days = -3\nenabled = "yes"\nfoo = 1\n'
    )
    loaded = load(data_dir=tmp_path)
    keys = sorted(p.key for p in loaded.problems)
    assert keys == ["backup.enabled", "backup.foo", "backup.keep_daily_days", "backup.time", "ui.language"]
    assert loaded.settings.ui.language == "auto" and loaded.settings.backup.time == "02:00"
    assert all("Open Settings" in p.next_step for p in loaded.problems)


def test_broken_toml_is_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "hrdesk.toml").write_text("[database\nurl = ")
    loaded = load(data_dir=tmp_path)
    assert [p.key for p in loaded.problems] == ["(file)"]
    assert isinstance(loaded.settings, Settings)


def test_password_in_url_is_refused_and_env_password_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "hrdesk.toml").write_text('[database]\nurl = "postgresql://hr:secret@db/hr"\n')
    assert any(p.key == "database.url" and "password" in p.problem for p in load(data_dir=tmp_path).problems)
    (tmp_path / "hrdesk.toml").write_text('[database]\nurl = "postgresql://hr@db/hr"\n')
    monkeypatch.setenv("HRDESK_DB_PASSWORD", "s3cret")
    loaded = load(data_dir=tmp_path)
    assert loaded.problems == []
    assert database_url(loaded.settings, loaded.paths) == "postgresql://hr:s3cret@db/hr"


def test_save_round_trips_atomically(tmp_path: Path) -> None:
    s = Settings(interviewer="李老师")
    s.ui.language = "en"
    target = tmp_path / "conf" / "hrdesk.toml"
    save_settings(s, target)
    assert not list(target.parent.glob("*.tmp"))
    assert load(config_file=target, data_dir=tmp_path).settings == s


def test_config_error_message() -> None:
    err = ConfigError("ui.language", "'fr' is not one of auto, zh_CN, en")
    assert "ui.language" in err.what and err.next_step
