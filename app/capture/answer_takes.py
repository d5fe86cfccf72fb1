"""An answer can be recorded in more than one take (stopped, then resumed while time is left, or
the clerk went back to the question). Each take is its own file; the answer keeps them in order
and its words, features and observations describe all takes as one timeline (take 2 starts where
take 1 ended).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain import Answer
from app.speech.delivery import delivery_features

if TYPE_CHECKING:
    from app.capture.answer_capture import CapturedAnswer


def _shift_timeline(observations: dict[str, Any], by: float) -> list[dict[str, Any]]:
    return [{**seg, "start": round(seg["start"] + by, 3), "end": round(seg["end"] + by, 3)}
            for seg in observations.get("timeline", [])]


def _merge_observations(old: dict[str, Any], new: dict[str, Any], offset: float) -> dict[str, Any]:
    if not old:
        return {**new, "timeline": _shift_timeline(new, offset)} if new else {}
    if not new:
        return old
    n_old, n_new = int(old.get("frames_observed", 0)), int(new.get("frames_observed", 0))
    total = max(n_old + n_new, 1)
    merged: dict[str, Any] = {**new, "frames_observed": n_old + n_new}
    for key in ("share_one_face", "share_no_face", "share_several_faces", "share_no_video",
                "share_well_framed", "motion_mean"):
        a, b = old.get(key), new.get(key)
        if a is not None and b is not None:
            merged[key] = round((a * n_old + b * n_new) / total, 4)
    p90 = [v for v in (old.get("motion_p90"), new.get("motion_p90")) if v is not None]
    merged["motion_p90"] = max(p90) if p90 else None
    merged["timeline"] = list(old.get("timeline", [])) + _shift_timeline(new, offset)
    return merged


def add_take(answer: Answer, take: CapturedAnswer) -> Answer:
    """Add one recorded take to ``answer`` (the transcript is appended; the typed text is kept)."""
    offset = float(answer.timings.get("recorded_s", 0.0))
    duration = float(take.timings.get("duration_s", 0.0))
    shifted = [{**w, "start": round(w["start"] + offset, 3), "end": round(w["end"] + offset, 3)}
               for w in take.words]
    first_take = not answer.media and "recorded_s" not in answer.timings
    answer.transcript = " ".join(p for p in (answer.transcript.strip(), take.transcript.strip()) if p)
    answer.transcript_original = " ".join(
        p for p in (answer.transcript_original.strip(), take.transcript.strip()) if p)
    answer.words = list(answer.words) + shifted
    if take.media is not None:
        answer.media = [*answer.media, take.media]
    answer.observations = _merge_observations(answer.observations, take.observations, offset)
    takes = list(answer.timings.get("takes", [])) + [take.timings]
    question_shown_s = take.timings.get("question_shown_s") if first_take else \
        answer.timings.get("first_question_shown_s")
    answer.timings = {**answer.timings, "recorded_s": round(offset + duration, 3), "takes": takes,
                      "first_question_shown_s": question_shown_s}
    answer.features = delivery_features(answer.words, question_shown_s=question_shown_s,
                                        answer_duration_s=round(offset + duration, 3))
    if take.problems:
        answer.timings["capture_problems"] = list(answer.timings.get("capture_problems", [])) + take.problems
    return answer
