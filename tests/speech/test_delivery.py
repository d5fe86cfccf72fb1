from __future__ import annotations

from app.speech.delivery import delivery_features


def _words(spec: list[tuple[str, float, float]]) -> list[dict[str, object]]:
    return [{"word": w, "start": s, "end": e} for w, s, e in spec]


def test_english_answer_pace_pauses_fillers_and_latency() -> None:
    words = _words([("um", 1.0, 1.2), ("i", 1.3, 1.4), ("led", 1.4, 1.7), ("the", 3.7, 3.8),
                    ("team", 3.8, 4.1), ("you", 4.1, 4.2), ("know", 4.2, 4.4), ("well", 4.4, 5.0)])
    f = delivery_features(words, question_shown_s=-0.5, answer_duration_s=6.0)
    assert f["word_count"] == 8
    assert f["speaking_rate_per_min"] == round(8 / 4.0 * 60, 1)
    assert f["longest_pause_s"] == 2.0
    assert f["pause_count"] == 1
    assert f["pause_ratio"] == 0.5
    assert f["filler_count"] == 3  # "um" + "you know"
    assert f["filler_ratio"] == round(3 / 8, 3)
    assert f["latency_s"] == 1.5


def test_chinese_counts_characters_and_chinese_fillers() -> None:
    words = _words([("嗯", 0.5, 0.7), ("我", 0.8, 0.9), ("负责", 0.9, 1.3), ("那个", 1.3, 1.6),
                    ("项目", 1.6, 2.0), ("然后", 2.5, 2.9), ("成功", 2.9, 3.5)])
    f = delivery_features(words, question_shown_s=0.0)
    assert f["speech_units"] == 12
    assert f["filler_count"] == 3
    assert f["latency_s"] == 0.5
    assert f["longest_pause_s"] == 0.5


def test_silence_gives_no_rates_but_keeps_the_answer_length() -> None:
    f = delivery_features([], question_shown_s=-1.0, answer_duration_s=30.0)
    assert f["word_count"] == 0
    assert f["speaking_rate_per_min"] is None and f["latency_s"] is None
    assert f["answer_duration_s"] == 30.0
