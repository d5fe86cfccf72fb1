from __future__ import annotations

import uuid

from app.capture.answer_capture import CapturedAnswer
from app.capture.answer_takes import add_take
from app.domain import Answer, MediaRef


def _take(words: list[tuple[str, float, float]], duration: float, sha: str, shown: float = -1.0) -> CapturedAnswer:
    return CapturedAnswer(
        transcript=" ".join(w for w, _, _ in words),
        words=[{"word": w, "start": s, "end": e, "conf": 1.0} for w, s, e in words],
        media=MediaRef(kind="video", relpath=f"{sha[:2]}/{sha}.mkv", size=10, sha256=sha, duration_s=duration),
        observations={"frames_observed": 10, "share_one_face": 1.0, "share_no_face": 0.0,
                      "share_several_faces": 0.0, "share_no_video": 0.0, "share_well_framed": 1.0,
                      "motion_mean": 0.01, "motion_p90": 0.02,
                      "timeline": [{"start": 0.0, "end": duration, "state": "one_face", "motion": 0.02}]},
        timings={"duration_s": duration, "question_shown_s": shown})


def test_two_takes_make_one_timeline_and_keep_the_typed_text() -> None:
    answer = Answer(question_id=uuid.uuid4(), position=0, typed_text="notes")
    add_take(answer, _take([("we", 1.0, 1.2), ("grew", 1.3, 1.6)], 5.0, "a" * 64, shown=-2.0))
    second = _take([("sales", 0.5, 0.9)], 3.0, "b" * 64, shown=-0.1)
    second.observations["share_one_face"] = 0.5
    add_take(answer, second)
    assert answer.transcript == "we grew sales" and answer.typed_text == "notes"
    assert [w["start"] for w in answer.words] == [1.0, 1.3, 5.5]
    assert [m.sha256[0] for m in answer.media] == ["a", "b"]
    assert answer.timings["recorded_s"] == 8.0 and len(answer.timings["takes"]) == 2
    assert answer.features["latency_s"] == 3.0  # from the question first shown to the first word
    assert answer.observations["share_one_face"] == 0.75
    assert answer.observations["timeline"][-1]["start"] == 5.0
