"""Use case "Import recording": recorded answers -> a normal, stored interview.

Analysis (transcription, observations) runs first with progress and cancel; only then are the
files stored in the media folder and the interview written in one transaction, with an audit
entry. The imported interview is ENDED (not SAVED): scoring and the clerk's review come next,
exactly as for an interview held in the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from uuid import UUID

import vosk

from app.capture.recording_import import Progress, RecordedAnswer, import_answers
from app.domain import Answer, Consent, Interview, InterviewStatus
from app.resources import models_dir as shipped_models_dir
from app.services.context import AppContext
from app.speech.model_install import SpeechModelError
from app.speech.model_location import find_speech_model
from app.speech.transcriber import load_model
from app.storage.repositories import Repositories


def speech_model_for(ctx: AppContext) -> tuple[vosk.Model | None, SpeechModelError | None]:
    """The configured speech model, or None and the reason (transcription is then off)."""
    try:
        info = find_speech_model(ctx.settings.speech.model_path, ctx.paths.models_dir, shipped_models_dir())
    except SpeechModelError as exc:
        return None, exc
    return load_model(info.path), None


def import_recorded_interview(
    ctx: AppContext, *, candidate_id: UUID, position_id: UUID, template_id: UUID,
    recordings: Sequence[RecordedAnswer], consent: Consent, model: vosk.Model | None,
    held_at: datetime | None = None, progress: Progress = lambda f, t: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Interview:
    answers = import_answers(recordings, ctx.paths.media_dir, model, progress, cancelled)
    return store_imported_interview(ctx, candidate_id=candidate_id, position_id=position_id,
                                    template_id=template_id, answers=answers, consent=consent,
                                    files=[r.path.name for r in recordings], held_at=held_at,
                                    transcribed=model is not None)


def store_imported_interview(
    ctx: AppContext, *, candidate_id: UUID, position_id: UUID, template_id: UUID,
    answers: list[Answer], consent: Consent, files: list[str], held_at: datetime | None,
    transcribed: bool,
) -> Interview:
    interview = Interview(
        candidate_id=candidate_id, position_id=position_id, template_id=template_id,
        interviewer=ctx.actor, status=InterviewStatus.ENDED, consent=consent, answers=answers,
        started_at=held_at, ended_at=held_at,
        notes="Imported from recordings: " + ", ".join(sorted(set(files))),
    )
    with ctx.db.transaction() as session:
        repos = Repositories(session)
        repos.interviews.save(interview)
        repos.audit.record(ctx.actor, "import_recording", "interview", interview.id, {
            "files": files,
            "media": [a.media[0].sha256 for a in answers if a.media],
            "transcribed": transcribed,
        })
    return interview
