"""What the clerk sees when the database cannot be opened: a clear dialog and a way out, no crash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.services.context import make_context
from app.ui.app import open_or_explain
from tests.dialogs import DialogAnswerer


@pytest.fixture
def dialogs(qapp: QApplication) -> Iterator[DialogAnswerer]:
    answerer = DialogAnswerer()
    yield answerer
    answerer.stop()


def test_corrupt_database_offers_restore_instead_of_crashing(tmp_path: Path, dialogs: DialogAnswerer) -> None:
    (tmp_path / "hrdesk.sqlite3").write_bytes(b"not a database at all" * 500)
    ctx = make_context(data_dir=tmp_path)
    dialogs.click("Quit")
    assert open_or_explain(ctx) is False
    seen = dialogs.seen[0]
    assert seen["title"] == "Damaged database"
    assert "damaged" in str(seen["text"])
    assert "Restore from backup…" in seen["buttons"]  # type: ignore[operator]
    assert (tmp_path / "hrdesk.sqlite3").read_bytes().startswith(b"not a database"), "left untouched"


def test_unreachable_server_offers_retry(tmp_path: Path, dialogs: DialogAnswerer) -> None:
    (tmp_path / "hrdesk.toml").write_text('[database]\nurl = "postgresql+psycopg://hr@127.0.0.1:9/hr"\n')
    ctx = make_context(data_dir=tmp_path)
    dialogs.click("Retry")
    dialogs.click("Quit")
    assert open_or_explain(ctx) is False
    assert [d["title"] for d in dialogs.seen] == ["Database unavailable"] * 2
    assert str(dialogs.seen[0]["text"]).startswith("Database unavailable:")
    assert dialogs.seen[0]["default"] == "Retry"
