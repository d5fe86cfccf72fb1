import math

import pytest

from app.scoring.item import ScoringItem
from app.scoring.scale import to_score
from app.scoring.scorer import Scorer

STACK_Q = "What is a stack in programming?"
STACK_REF = ("A stack is a data structure that stores items in last-in first-out order; "
             "items are added with push and removed with pop at the top.")
FIVE_Q = "什么是五险一金？"
FIVE_REF = "五险一金是养老保险、医疗保险、失业保险、工伤保险、生育保险和住房公积金的统称。"


def skill(scorer: Scorer, answer: str, question: str = STACK_Q, reference: str = STACK_REF,
          **kw: object) -> float:
    result = scorer.score(ScoringItem(question=question, answer=answer, reference=reference, **kw))  # type: ignore[arg-type]
    value = result.score("skill_match")
    assert value is not None and 0.0 <= value <= 100.0
    return value


def test_good_answer_beats_partial_beats_wrong_beats_off_topic(scorer: Scorer) -> None:
    good = skill(scorer, "A stack stores elements last-in first-out: push adds an item on top and pop "
                         "removes the top item.")
    partial = skill(scorer, "It is a kind of data structure.")
    wrong = skill(scorer, "A stack is a queue where the first item in is the first out.")
    off = skill(scorer, "I enjoy hiking with my friends at the weekend.")
    assert good > partial > off
    assert good > wrong
    assert good - off > 40


def test_short_student_answer_to_short_model_answer(scorer: Scorer) -> None:
    ref = "The heart pumps blood through the body."
    right = skill(scorer, "It pumps blood around the body.", "What does the heart do?", ref)
    vague = skill(scorer, "It is an organ.", "What does the heart do?", ref)
    wrong = skill(scorer, "It helps you digest food.", "What does the heart do?", ref)
    assert right > vague and right > wrong
    assert right >= 60


def test_chinese_answers_rank_like_english_ones(scorer: Scorer) -> None:
    full = skill(scorer, "就是养老、医疗、失业、工伤、生育五种保险，再加上住房公积金。", FIVE_Q, FIVE_REF)
    half = skill(scorer, "养老保险和医疗保险。", FIVE_Q, FIVE_REF)
    wrong = skill(scorer, "五险一金是公司发的五种奖金。", FIVE_Q, FIVE_REF)
    assert full > half > wrong


def test_mixed_language_answer_is_scored(scorer: Scorer) -> None:
    mixed = skill(scorer, "五险是 pension, medical, unemployment, work injury 和 maternity insurance，"
                          "一金是 housing fund。", FIVE_Q, FIVE_REF)
    off = skill(scorer, "我喜欢周末去爬山。", FIVE_Q, FIVE_REF)
    assert mixed > off + 20


@pytest.mark.parametrize("answer", ["", "   ", "😀🎉👍", "\n\n"])
def test_answer_without_words_scores_zero_with_a_note(scorer: Scorer, answer: str) -> None:
    result = scorer.score(ScoringItem(question=STACK_Q, answer=answer, reference=STACK_REF))
    assert result.score("skill_match") == 0.0
    assert result.score("communication") == 0.0
    assert "empty answer" in result.evidence("skill_match")["notes"]
    assert result.dimensions["skill_match"].model_version.startswith("skill_match-")


def test_one_word_answer_scores_low(scorer: Scorer) -> None:
    assert skill(scorer, "Stack.") < 45
    comm = scorer.score(ScoringItem(question=STACK_Q, answer="Yes", reference=STACK_REF))
    assert (comm.score("communication") or 0) < 50


def test_emoji_inside_text_does_not_break_scoring(scorer: Scorer) -> None:
    plain = skill(scorer, "A stack is last-in first-out, with push and pop at the top.")
    emoji = skill(scorer, "A stack is last-in first-out 😀, with push and pop at the top 👍.")
    assert abs(plain - emoji) < 15


def test_twenty_thousand_characters(scorer: Scorer) -> None:
    long_answer = ("A stack is last-in first-out. Push adds to the top and pop removes from the top. "
                   * 250)[:20000]
    result = scorer.score(ScoringItem(question=STACK_Q, answer=long_answer, reference=STACK_REF,
                                      time_limit_s=120))
    assert len(long_answer) == 20000
    assert (result.score("skill_match") or 0) > 50
    comm = result.dimensions["communication"]
    fit = next(c for c in comm.contributions if c.feature == "length_fit")
    assert fit.value is not None and fit.value < 0.5      # far too long for two minutes
    assert "long answer: encoded sentence by sentence" in result.evidence("skill_match")["notes"]


def test_missing_reference_uses_key_points_and_says_so(scorer: Scorer) -> None:
    item = ScoringItem(question=STACK_Q, reference="",
                       key_points=("last-in first-out order", "push adds an item", "pop removes the top item"),
                       answer="Items come out last-in first-out; push adds one and pop removes the top one.")
    result = scorer.score(item)
    evidence = result.evidence("skill_match")
    assert any("no reference answer" in n for n in evidence["notes"])
    assert evidence["key_points_source"] == "written"
    assert evidence["key_points_hit"] >= 2
    nothing = scorer.score(ScoringItem(question=STACK_Q, reference="", answer="I like tea."))
    assert (result.score("skill_match") or 0) > (nothing.score("skill_match") or 0)


def test_key_points_quote_the_sentence_that_hit_them(scorer: Scorer) -> None:
    item = ScoringItem(
        question="How do you plan a busy week?", reference="",
        key_points=("list tasks with deadlines", "prioritise by urgency and importance",
                    "ask for a budget increase"),
        answer="First I write down every task with its deadline. Then I rank them by urgency and "
               "importance. I also go to the gym.")
    kps = scorer.score(item).evidence("skill_match")["key_points"]
    by_point = {k["key_point"]: k for k in kps}
    assert by_point["list tasks with deadlines"]["hit"]
    assert "deadline" in by_point["list tasks with deadlines"]["sentence"]
    assert by_point["prioritise by urgency and importance"]["sentence"].startswith("Then I rank")
    assert not by_point["ask for a budget increase"]["hit"]


def test_explanation_adds_up_to_the_score(scorer: Scorer) -> None:
    result = scorer.score(ScoringItem(question=FIVE_Q, reference=FIVE_REF,
                                      answer="养老、医疗、失业保险，还有公积金。", skills=("社会保险",)))
    for dimension, res in result.dimensions.items():
        total = res.baseline + sum(c.points for c in res.contributions)
        assert math.isclose(to_score(total), res.score, abs_tol=0.05), dimension
        assert res.model_version == scorer.models.get(dimension).model_version


def test_stress_only_for_situational_answers_and_from_words(scorer: Scorer) -> None:
    structured = scorer.score(ScoringItem(question=FIVE_Q, reference=FIVE_REF, answer="养老保险。"))
    assert "stress_resistance" not in structured.dimensions
    q = "Tell me about a time you worked under pressure."
    calm = scorer.score(ScoringItem(
        question=q, kind="situational", answer=(
            "Last year a client moved our deadline forward by a week. I was responsible for the "
            "report. I stayed calm, broke the work into daily steps and prioritised. I asked a "
            "colleague for help. As a result we delivered on time and the client renewed.")))
    panic = scorer.score(ScoringItem(
        question=q, kind="situational",
        answer="I panicked and gave up. I blamed my manager and complained to everyone."))
    assert (calm.score("stress_resistance") or 0) > (panic.score("stress_resistance") or 0) + 30
    star = calm.evidence("stress_resistance")["star"]
    assert all(star["parts"][p] for p in ("situation", "task", "action", "result"))
    negated = scorer.score(ScoringItem(question=q, kind="situational",
                                       answer="我没有慌，先冷静下来排了优先级，最后按时完成。"))
    assert "慌" not in negated.evidence("stress_resistance")["star"]["composure_negative"]


def test_timed_transcript_adds_delivery_evidence(scorer: Scorer) -> None:
    words = []
    t = 0.0
    for i, w in enumerate(["first", "I", "list", "my", "tasks", "then", "I", "rank", "them", "by", "urgency"]):
        words.append({"word": w, "start": t, "end": t + 0.3})
        t += 0.35 if i != 4 else 6.0      # one long pause
    item = ScoringItem(question="How do you plan?", answer=" ".join(w["word"] for w in words),
                       reference="List tasks and rank them by urgency.", words=tuple(words))
    evidence = scorer.score(item).evidence("communication")
    assert evidence["delivery"]["long_pauses"] == 1
    assert evidence["delivery"]["speaking_rate"] > 0


def test_nothing_to_compare_with_gives_no_skill_score(scorer: Scorer) -> None:
    result = scorer.score(ScoringItem(question="", reference="", answer="I like working with people."))
    assert result.score("skill_match") is None
    assert result.score("communication") is not None
    assert any("nothing to compare" in n for n in result.features.notes)


def test_score_scale_keeps_the_order_at_both_ends() -> None:
    raws = [-80.0, -5.0, 0.0, 10.0, 50.0, 90.0, 100.0, 130.0, 400.0]
    scores = [to_score(r) for r in raws]
    assert scores == sorted(scores) and len(set(scores)) == len(scores)
    assert all(0.0 <= s <= 100.0 for s in scores)
    assert to_score(50.0) == 50.0
