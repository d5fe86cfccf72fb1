import pytest

from app.domain import InterviewStatus
from app.scoring import service
from app.scoring.scorer import Scorer
from app.storage.db import Database
from app.storage.repositories import Repositories
from tests.scoring.helpers import make_interview


def test_no_ai_consent_no_automated_score(scorer: Scorer) -> None:
    interview, template, position, _ = make_interview(ai_consent=False)
    assert service.score_interview(interview, template, position, consent_ai=False, scorer=scorer) == []


def test_per_question_interview_level_and_overall(scorer: Scorer) -> None:
    interview, template, position, _ = make_interview()
    scores = service.score_interview(interview, template, position, consent_ai=True, scorer=scorer)
    per_q = [s for s in scores if s.question_id is not None]
    assert len([s for s in per_q if s.dimension == "skill_match"]) == 4
    stress = [s for s in per_q if s.dimension == "stress_resistance"]
    assert len(stress) == 1 and stress[0].question_id == template.questions[2].id
    for s in per_q:
        assert s.model_version.startswith(s.dimension + "-")
        assert s.model_score == s.final_score and 0 <= (s.model_score or 0) <= 100
        assert s.evidence["contributions"]
    top = {s.dimension: s for s in scores if s.question_id is None}
    assert set(top) == {"skill_match", "communication", "stress_resistance", "overall"}
    # Question 4 weighs skill match double; question-level weights are honoured.
    skills = {s.question_id: s.final_score for s in per_q if s.dimension == "skill_match"}
    weights = [2.0 if q == template.questions[3].id else 1.0 for q in skills]
    expected = sum(w * (v or 0) for w, v in zip(weights, skills.values(), strict=True)) / sum(weights)
    assert top["skill_match"].final_score == pytest.approx(expected, abs=0.11)
    w = template.dimension_weights
    overall = sum(w[d] * (top[d].final_score or 0) for d in w) / sum(w.values())
    assert top["overall"].final_score == pytest.approx(overall, abs=0.11)
    assert "decision support" in top["overall"].evidence["statement"]


def test_override_needs_a_reason_and_is_audited(database: Database, scorer: Scorer) -> None:
    interview, template, position, candidate = make_interview()
    interview.scores = service.score_interview(interview, template, position, consent_ai=True, scorer=scorer)
    interview.status = InterviewStatus.SAVED
    with database.transaction() as s:
        repos = Repositories(s)
        repos.positions.save(position)
        repos.templates.save(template)
        repos.candidates.save(candidate)
        repos.interviews.save(interview)
    target = next(s for s in interview.scores if s.dimension == "skill_match" and s.question_id)
    with database.transaction() as s, pytest.raises(service.OverrideReasonRequired):
        service.override_score(Repositories(s), interview.id, target.id, 10, "   ", "hr-li")
    with database.transaction() as s:
        service.override_score(Repositories(s), interview.id, target.id, 10, "答非所问", "hr-li")
    with database.session() as s:
        repos = Repositories(s)
        saved = repos.interviews.get(interview.id)
        assert saved is not None
        score = next(x for x in saved.scores if x.id == target.id)
        assert score.final_score == 10 and score.model_score == target.model_score
        assert score.override_reason == "答非所问" and score.overridden_by == "hr-li"
        top = next(x for x in saved.scores if x.dimension == "skill_match" and x.question_id is None)
        assert top.final_score != top.model_score        # the aggregate follows the override
        events = repos.audit.for_record(target.id)
        assert [e.action for e in events] == ["score.override"]
        assert events[0].details["model_score"] == target.model_score
        assert events[0].details["final_score"] == 10 and events[0].details["reason"] == "答非所问"
    with database.transaction() as s:
        service.override_score(Repositories(s), interview.id, target.id, 20, "复核后调整", "hr-wang")
        service.confirm_scores(Repositories(s), interview.id, "hr-wang")
    with database.session() as s:
        saved = Repositories(s).interviews.get(interview.id)
        assert saved is not None
        score = next(x for x in saved.scores if x.id == target.id)
        assert score.evidence["override_history"][0]["reason"] == "答非所问"
        assert all(service.is_reviewed(x) for x in saved.scores)


def test_override_rejects_a_score_outside_0_100(scorer: Scorer) -> None:
    interview, template, position, _ = make_interview()
    interview.scores = service.score_interview(interview, template, position, consent_ai=True, scorer=scorer)
    with pytest.raises(service.InvalidOverride):
        service.apply_override(interview, interview.scores[0].id, 140, "typo", "hr")


def test_live_curve_rises_as_the_answer_grows(scorer: Scorer) -> None:
    _, template, _, _ = make_interview()
    question = template.questions[1]
    said = ""
    curve = []
    for part in ["First I list every task with its deadline.",
                 " Then I prioritise by urgency and importance.",
                 " Each evening I review progress."]:
        said += part
        curve.append(service.live_skill_curve(said, question, scorer=scorer))
    assert curve[0][1] < curve[-1][1] and curve[-1][1] == 1.0
    assert curve[0][0] <= curve[-1][0]
    assert service.live_skill_curve("", question, scorer=scorer) == (0.0, 0.0)


def test_missing_model_lets_the_interview_be_saved_unscored_then_scored_later(
        database: Database, scorer: Scorer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.scoring.encoder import SentenceEncoder

    interview, template, position, candidate = make_interview()
    broken = Scorer(encoder=SentenceEncoder(tmp_path / "use_multilingual_quantized.onnx"))
    scores, error = service.try_score_interview(interview, template, position, consent_ai=True, scorer=broken)
    assert scores == [] and error is not None
    assert "use_multilingual_quantized.onnx" in error.what and "make models" in error.next_step
    interview.status = InterviewStatus.SAVED
    with database.transaction() as s:
        repos = Repositories(s)
        repos.positions.save(position)
        repos.templates.save(template)
        repos.candidates.save(candidate)
        repos.interviews.save(interview)          # saved unscored: nothing lost
    with database.transaction() as s:
        scored = service.score_saved_interview(Repositories(s), interview.id, "hr", scorer=scorer)
    assert any(x.dimension == "overall" for x in scored.scores)
    target = next(x for x in scored.scores if x.dimension == "skill_match" and x.question_id)
    with database.transaction() as s:
        service.override_score(Repositories(s), interview.id, target.id, 5, "人工复核", "hr")
    with database.transaction() as s:
        again = service.score_saved_interview(Repositories(s), interview.id, "hr", scorer=scorer)
    kept = next(x for x in again.scores if x.dimension == "skill_match" and x.question_id == target.question_id)
    assert kept.final_score == 5 and kept.override_reason == "人工复核"
    with database.session() as s:
        actions = [e.action for e in Repositories(s).audit.for_record(interview.id)]
    assert actions.count("scores.computed") == 2


def test_score_again_keeps_hr_overrides_and_the_aggregates_follow_them(database: Database, scorer: Scorer) -> None:
    interview, template, position, candidate = make_interview()
    interview.scores = service.score_interview(interview, template, position, consent_ai=True, scorer=scorer)
    interview.status = InterviewStatus.SAVED
    with database.transaction() as s:
        repos = Repositories(s)
        repos.positions.save(position)
        repos.templates.save(template)
        repos.candidates.save(candidate)
        repos.interviews.save(interview)
    target = next(s for s in interview.scores if s.dimension == "skill_match" and s.question_id)
    with database.transaction() as s:
        service.override_score(Repositories(s), interview.id, target.id, 0, "答非所问", "hr-li")
    with database.session() as s:
        before = Repositories(s).interviews.get(interview.id)
    assert before is not None
    with database.transaction() as s:
        service.score_saved_interview(Repositories(s), interview.id, "hr-li", scorer=scorer)
    with database.session() as s:
        after = Repositories(s).interviews.get(interview.id)
    assert after is not None
    kept = next(x for x in after.scores if x.dimension == "skill_match" and x.question_id == target.question_id)
    assert kept.final_score == 0 and kept.override_reason == "答非所问"
    assert after.score_of("skill_match") == before.score_of("skill_match")
    assert after.overall_score() == before.overall_score()
