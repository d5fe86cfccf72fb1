"""`hrdesk doctor` lines for speech: is a usable model installed?"""

from __future__ import annotations

from app.resources import models_dir as shipped_models_dir
from app.services.context import AppContext
from app.services.doctor import Check, Status
from app.speech.model_install import SpeechModelError
from app.speech.model_location import SpeechModelMissingError, find_speech_model


def checks(ctx: AppContext) -> list[Check]:
    try:
        info = find_speech_model(ctx.settings.speech.model_path, ctx.paths.models_dir, shipped_models_dir())
    except SpeechModelMissingError as exc:
        return [Check("speech model", Status.WARN, exc.what, exc.next_step)]
    except SpeechModelError as exc:
        return [Check("speech model", Status.FAIL, exc.what, exc.next_step)]
    return [Check("speech model", Status.OK, f"{info.name} ({info.sample_rate} Hz) at {info.path}")]
