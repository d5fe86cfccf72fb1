"""Where the scoring area finds its model files.

Shipped models live in the installation's ``models/`` folder (next to the ``app`` package, also in
the one-folder installer). ``HRDESK_MODELS_DIR`` points elsewhere (tests, IT admins); models retrained
by `hrdesk calibrate` live in the user's data folder (see app.scoring.model_store).
"""

from __future__ import annotations

import os
from pathlib import Path

from app import resources


def models_dir() -> Path:
    override = os.environ.get("HRDESK_MODELS_DIR")
    return Path(override) if override else resources.models_dir()


def encoder_path() -> Path:
    return models_dir() / "sentence_encoder" / "use_multilingual_quantized.onnx"


def scoring_models_dir() -> Path:
    return models_dir() / "scoring"


def calibrated_models_dir(app_models_dir: Path) -> Path:
    """Where `hrdesk calibrate` writes retrained models: ``AppPaths.models_dir / "scoring"``."""
    return app_models_dir / "scoring"


def data_dir() -> Path:
    """The calibration and validation sets that ship with the code."""
    return Path(__file__).resolve().parent / "data"
