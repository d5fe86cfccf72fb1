import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_doctor_reports_the_scoring_models_and_a_damaged_encoder(tmp_path: Path) -> None:
    models = tmp_path / "models"
    (models / "sentence_encoder").mkdir(parents=True)
    shutil.copytree(REPO / "models" / "scoring", models / "scoring")
    (models / "sentence_encoder" / "use_multilingual_quantized.onnx").write_bytes(b"damaged")
    env = {**os.environ, "PYTHONPATH": str(REPO), "HRDESK_MODELS_DIR": str(models)}
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "doctor"],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    lines = {line.split()[1] + " " + line.split()[2]: line for line in done.stdout.splitlines()
             if len(line.split()) > 2}
    assert lines["sentence encoder"].startswith("FAIL") and "not the verified file" in lines["sentence encoder"]
    assert lines["scoring models"].startswith("ok") and "skill_match-1.0" in lines["scoring models"]
