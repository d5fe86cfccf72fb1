"""Import a recorded answer: real decoding, real Vosk, real face detection, real media folder."""

from __future__ import annotations

from pathlib import Path

import pytest
import soundfile as sf

from app.capture.media_store import sha256_of
from app.capture.recording_import import ImportCancelledError, RecordedAnswer, import_answers
from app.domain import Question
from tests.capture.synthetic_media import face_video


@pytest.fixture(scope="module")
def answer_video(tmp_path_factory: pytest.TempPathFactory, korean_speech: Path) -> Path:
    pcm, _ = sf.read(str(korean_speech), dtype="int16")
    seconds = len(pcm) / 16000 + 0.5
    return face_video(tmp_path_factory.mktemp("import") / "answer1.mp4", seconds=seconds, audio=pcm)


def test_import_transcribes_observes_and_stores_the_answer(tmp_path: Path, answer_video: Path,
                                                           korean_model) -> None:  # type: ignore[no-untyped-def]
    question = Question(prompt="Tell us about a team you led.")
    seen: list[float] = []
    [answer] = import_answers([RecordedAnswer(question, answer_video)], tmp_path / "media",
                              korean_model, progress=lambda f, t: seen.append(f))
    assert answer.question_id == question.id and answer.transcript == answer.transcript_original
    duration = answer.timings["duration_s"]
    assert len(answer.words) >= 5
    assert all(0 <= w["start"] <= w["end"] <= duration + 0.05 for w in answer.words)
    assert answer.features["word_count"] == len(answer.words)
    assert answer.features["speaking_rate_per_min"] > 0
    assert answer.observations["share_one_face"] >= 0.9
    [media] = answer.media
    stored = tmp_path / "media" / media.relpath
    assert media.relpath == f"{media.sha256[:2]}/{media.sha256}.mp4"
    assert sha256_of(stored) == media.sha256 == sha256_of(answer_video)
    assert media.size == answer_video.stat().st_size and media.duration_s == pytest.approx(duration, abs=0.2)
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_one_file_cut_at_the_clerks_marks_gives_one_answer_per_part(tmp_path: Path, answer_video: Path) -> None:
    q1, q2 = Question(prompt="First"), Question(prompt="Second")
    answers = import_answers([RecordedAnswer(q1, answer_video, 0.0, 2.0),
                              RecordedAnswer(q2, answer_video, 2.0, None)], tmp_path / "media", None)
    assert [a.question_id for a in answers] == [q1.id, q2.id]
    assert answers[0].timings["duration_s"] == pytest.approx(2.0)
    assert answers[0].media == answers[1].media  # the file is stored once
    assert answers[1].observations["frames_observed"] >= 5
    assert answers[0].transcript == ""  # no speech model: transcription off, import still works


def test_cancel_stores_nothing(tmp_path: Path, answer_video: Path) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(ImportCancelledError):
        import_answers([RecordedAnswer(Question(prompt="Q"), answer_video)], tmp_path / "media",
                       None, cancelled=cancelled)
    assert not (tmp_path / "media").exists()


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, answer_video: Path, korean_model):  # type: ignore[no-untyped-def]
    """One import analysed once; each database test stores it."""
    q1, q2 = Question(prompt="Tell us about a team you led."), Question(prompt="A hard customer?")
    answers = import_answers([RecordedAnswer(q1, answer_video, 0.0, 3.0), RecordedAnswer(q2, answer_video, 3.0)],
                             tmp_path_factory.mktemp("media"), korean_model)
    return q1, q2, answers


def test_an_imported_interview_is_stored_like_any_other(tmp_path: Path, database, imported) -> None:  # type: ignore[no-untyped-def]
    from app.config import load_settings
    from app.domain import Candidate, Consent, InterviewStatus, InterviewTemplate, Position
    from app.services.catalog import Catalog
    from app.services.context import AppContext
    from app.services.recording_import import store_imported_interview
    from app.storage.repositories import Repositories

    q1, q2, answers = imported
    settings, paths = load_settings(data_dir=tmp_path / "data")
    ctx = AppContext(settings, paths, database)
    catalog = Catalog(ctx)
    candidate = catalog.save_candidate(Candidate(name="李雷")).candidate
    position = catalog.save_position(Position(title="Sales lead"))
    template = catalog.save_template(InterviewTemplate(name="Sales", questions=[q1, q2]))
    interview = store_imported_interview(
        ctx, candidate_id=candidate.id, position_id=position.id, template_id=template.id,
        answers=answers, consent=Consent(recording=True, ai_scoring=True, recorded_by="HR"),
        files=["answer1.mp4"], held_at=None, transcribed=True)
    with database.session() as s:
        repos = Repositories(s)
        stored = repos.interviews.get(interview.id)
        events = repos.audit.for_record(interview.id)
    assert stored is not None and stored.status == InterviewStatus.ENDED
    assert [a.question_id for a in stored.answers] == [q1.id, q2.id]
    assert stored.answers[0].words and stored.answers[0].media[0].sha256 == answers[0].media[0].sha256
    assert stored.answers[1].features["word_count"] == len(stored.answers[1].words)
    assert stored.answers[0].observations["share_one_face"] >= 0.9
    assert [e.action for e in events] == ["import_recording"]
