"""Fixtures of the scoring tests: the real encoder and models, loaded once per test session."""

from __future__ import annotations

import pytest

from app.scoring.encoder import SentenceEncoder, shared_encoder
from app.scoring.paths import encoder_path
from app.scoring.scorer import Scorer


@pytest.fixture(scope="session")
def encoder() -> SentenceEncoder:
    if not encoder_path().is_file():
        pytest.fail(f"{encoder_path()} is missing: run `make models` (python tools/fetch_models.py)")
    return shared_encoder()


@pytest.fixture(scope="session")
def scorer(encoder: SentenceEncoder) -> Scorer:
    s = Scorer(encoder=encoder)
    s.load()
    return s
