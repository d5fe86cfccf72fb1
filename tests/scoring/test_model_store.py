import shutil
from pathlib import Path

from app.scoring.model_store import ModelStore
from app.scoring.paths import scoring_models_dir


def test_install_and_restore_keep_every_previous_model(tmp_path: Path) -> None:
    store = ModelStore(user_dir=tmp_path)
    shipped = store.active_path("skill_match")
    assert shipped.parent == scoring_models_dir()
    for name in ("skill_match-1.0.c1.onnx", "skill_match-1.0.c2.onnx"):
        shutil.copy(shipped, tmp_path / name)
        store.install("skill_match", name)
    assert store.active_path("skill_match").name == "skill_match-1.0.c2.onnx"
    assert store.history("skill_match") == ["skill_match-1.0.c1.onnx", "skill_match-1.0.c2.onnx"]
    assert store.restore_previous("skill_match").name == "skill_match-1.0.c1.onnx"
    assert (tmp_path / "skill_match-1.0.c2.onnx").exists()       # kept on disk
    assert store.restore_previous("skill_match") == shipped
    assert store.restore_previous("skill_match") == shipped        # nothing left to undo
    assert store.active_path("communication").parent == scoring_models_dir()


def test_a_calibrated_file_that_disappeared_falls_back_to_the_shipped_one(tmp_path: Path) -> None:
    store = ModelStore(user_dir=tmp_path)
    shutil.copy(store.active_path("communication"), tmp_path / "communication-9.onnx")
    store.install("communication", "communication-9.onnx")
    (tmp_path / "communication-9.onnx").unlink()
    assert store.active_path("communication").parent == scoring_models_dir()
