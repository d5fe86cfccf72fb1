import threading
from pathlib import Path

import numpy as np
import pytest

from app.errors import UserFacingError
from app.scoring.encoder import SentenceEncoder
from app.scoring.errors import ScoringModelError


def test_chinese_and_english_paraphrases_are_close(encoder: SentenceEncoder) -> None:
    v = encoder.encode([
        "我在上一家公司负责数据分析，用Python和SQL做报表。",
        "At my last company I was responsible for data analysis with Python and SQL reports.",
        "I like hiking and cooking on weekends.",
    ])
    assert v.shape == (3, 512)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > 0.5
    assert v[0] @ v[2] < 0.3


def test_missing_model_names_the_file_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "use_multilingual_quantized.onnx"
    enc = SentenceEncoder(path)
    with pytest.raises(ScoringModelError) as info:
        enc.encode(["hello"])
    err = info.value
    assert isinstance(err, UserFacingError)
    assert str(path) in err.what
    assert "make models" in err.next_step and "fetch_models.py" in err.next_step


def test_corrupt_model_is_refused_with_the_same_advice(tmp_path: Path, encoder: SentenceEncoder) -> None:
    path = tmp_path / "use_multilingual_quantized.onnx"
    path.write_bytes(encoder.path.read_bytes()[: 1_000_000])   # a truncated copy
    with pytest.raises(ScoringModelError) as info:
        SentenceEncoder(path).load()
    assert "cannot be loaded" in info.value.what
    assert "make models" in info.value.next_step


def test_concurrent_callers_share_one_session(encoder: SentenceEncoder) -> None:
    texts = [f"answer number {i} about teamwork" for i in range(40)]
    expected = SentenceEncoder(encoder.path).encode(texts)
    results: dict[int, np.ndarray] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            results[k] = encoder.encode(texts[k::4])
        except BaseException as exc:   # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for k in range(4):
        # Batches are padded to their longest text, which moves vectors by a hair (cosine > 0.99).
        cosines = np.sum(results[k] * expected[k::4], axis=1)
        assert np.all(cosines > 0.99)


def test_empty_and_huge_texts_encode(encoder: SentenceEncoder) -> None:
    v = encoder.encode(["", "x" * 20000])
    assert v.shape == (2, 512)
    assert np.all(np.isfinite(v))
