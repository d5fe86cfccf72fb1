"""`hrdesk doctor` lines for scoring: is the encoder the verified file, do the models in force load?"""

from __future__ import annotations

import hashlib

from app.scoring.errors import RESTORE_ENCODER, ScoringModelError
from app.scoring.model_store import DIMENSIONS, ModelStore
from app.scoring.models import DimensionModel
from app.scoring.paths import calibrated_models_dir, encoder_path
from app.services.context import AppContext
from app.services.doctor import Check, Status

ENCODER_SHA256 = "b8b05b01f0861094f0475cb288ad1b303ae8aee2ebe96e650d210805d5ca70f7"


def _encoder() -> Check:
    path = encoder_path()
    if not path.is_file():
        return Check("sentence encoder", Status.FAIL, f"missing: {path}", RESTORE_ENCODER)
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != ENCODER_SHA256:
        return Check("sentence encoder", Status.FAIL, f"{path} is not the verified file (checksum differs)",
                     RESTORE_ENCODER)
    return Check("sentence encoder", Status.OK, f"{path.name} verified")


def _models(ctx: AppContext) -> Check:
    store = ModelStore(user_dir=calibrated_models_dir(ctx.paths.models_dir))
    try:
        versions = [DimensionModel(store.active_path(d)).model_version for d in DIMENSIONS]
    except ScoringModelError as exc:
        return Check("scoring models", Status.FAIL, exc.what, exc.next_step)
    return Check("scoring models", Status.OK, ", ".join(versions))


def checks(ctx: AppContext) -> list[Check]:
    return [_encoder(), _models(ctx)]
