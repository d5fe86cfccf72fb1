from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.drafts import DraftJournal, DraftWriter
from app.services.interviews import InterviewService
from app.storage.db import Database
from tests.interview.seed import Seeded, seed


@pytest.fixture
def seeded(database: Database) -> Seeded:
    return seed(database)


@pytest.fixture
def journal(tmp_path: Path) -> DraftJournal:
    return DraftJournal(tmp_path / "drafts")


@pytest.fixture
def writer(journal: DraftJournal) -> Iterator[DraftWriter]:
    w = DraftWriter(journal)
    yield w
    w.close()


@pytest.fixture
def service(database: Database, journal: DraftJournal, tmp_path: Path) -> InterviewService:
    return InterviewService(
        database, actor="clerk-a", drafts=journal, media_dir=tmp_path / "media", retry_for_s=1.0
    )
