from pathlib import Path

from app.domain import (
    Answer,
    Candidate,
    Consent,
    DimensionScore,
    Interview,
    InterviewStatus,
    InterviewTemplate,
    Position,
    Question,
    QuestionKind,
)
from app.domain.clock import utc_now
from app.scoring.calibrate import calibrate, collect_reviewed
from app.scoring.encoder import SentenceEncoder
from app.scoring.labelled import load_questions, load_set
from app.scoring.model_store import ModelStore
from app.scoring.models import DimensionModel
from app.storage.db import Database
from app.storage.repositories import Repositories


def store_reviewed_validation_answers(db: Database) -> int:
    """Every validation answer as a saved interview whose per-question scores HR overrode."""
    questions = load_questions()
    rows = load_set("validation")
    with db.transaction() as s:
        repos = Repositories(s)
        position = Position(title="Clerk")
        repos.positions.save(position)
        templates: dict[str, InterviewTemplate] = {}
        for qid in {r.question_id for r in rows}:
            q = questions[qid]
            templates[qid] = InterviewTemplate(name=qid, language=q["language"], questions=[Question(
                prompt=q["question"], kind=QuestionKind(q["kind"]), reference_answer=q["reference"],
                key_points=list(q["key_points"]), time_limit_s=q["time_limit_s"])])
            repos.templates.save(templates[qid])
        for n, r in enumerate(rows):
            consent = Consent(recording=False, ai_scoring=n != 0)   # the first one did not consent
            cand = Candidate(name=f"C{n}", consent=consent)
            repos.candidates.save(cand)
            tpl = templates[r.question_id]
            q = tpl.questions[0]
            iv = Interview(candidate_id=cand.id, position_id=position.id, template_id=tpl.id,
                           status=InterviewStatus.SAVED, consent=consent)
            iv.answers.append(Answer(question_id=q.id, position=0, question_prompt=q.prompt,
                                     question_kind=q.kind, typed_text=r.item.answer))
            for dim, value in r.labels.items():
                if value is not None:
                    iv.scores.append(DimensionScore(dimension=dim, question_id=q.id, model_score=50.0,
                                                    final_score=value, model_version=f"{dim}-1.0",
                                                    override_reason="reviewed", overridden_by="hr",
                                                    overridden_at=utc_now()))
            repos.interviews.save(iv)
    return len(rows) - 1


def test_calibrate_reports_before_after_and_can_be_undone(
        sqlite_database: Database, encoder: SentenceEncoder, tmp_path: Path) -> None:
    expected = store_reviewed_validation_answers(sqlite_database)
    store = ModelStore(user_dir=tmp_path / "scoring")
    shipped = store.active_paths()
    with sqlite_database.session() as s:
        reviewed = collect_reviewed(Repositories(s))
    assert len(reviewed) == expected            # the answer without AI consent is left out
    with sqlite_database.session() as s:
        report = calibrate(Repositories(s), store, encoder, min_reviewed=10, force=True)
    by_dim = {d.dimension: d for d in report.dimensions}
    assert by_dim["skill_match"].reviewed == expected
    for d in by_dim.values():
        assert d.before is not None and d.after is not None
        assert -1.0 <= d.after.pearson_r <= 1.0
        assert d.installed.startswith("now in force")
    new_path = store.active_path("skill_match")
    assert new_path != shipped["skill_match"] and new_path.parent == tmp_path / "scoring"
    model = DimensionModel(new_path)
    assert "-cal" in model.model_version
    assert any("reviewed" in line for line in report.lines())
    assert store.restore_previous("skill_match") == shipped["skill_match"]
    assert new_path.exists()                    # the calibrated file is kept


def test_too_few_reviews_keeps_the_models(sqlite_database: Database, encoder: SentenceEncoder,
                                          tmp_path: Path) -> None:
    store_reviewed_validation_answers(sqlite_database)
    store = ModelStore(user_dir=tmp_path / "scoring")
    with sqlite_database.session() as s:
        report = calibrate(Repositories(s), store, encoder, min_reviewed=1000)
    assert all(d.note.startswith("kept") for d in report.dimensions)
    assert store.active_paths() == ModelStore().active_paths()
