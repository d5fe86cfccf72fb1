from app.scoring import text


def test_chinese_words_and_compound_parts() -> None:
    terms = text.content_terms("我负责数据分析，用Python做报表")
    assert {"数据分析", "数据", "分析", "python", "报表"} <= terms
    assert "我" not in terms


def test_english_light_stemming_meets_inflections() -> None:
    assert text.stem("analysing") == text.stem("analyse") or text.stem("analysing") == "analys"
    assert text.stem("deadlines") == text.stem("deadline")
    assert text.stem("shipped") == text.stem("ship")
    assert text.stem("process") == "process"


def test_language_detection() -> None:
    assert text.language_of("我在上一家公司负责招聘") == "zh"
    assert text.language_of("I was responsible for hiring") == "en"
    assert text.language_of("我负责 hiring and onboarding of new engineers") == "mixed"


def test_unpunctuated_transcript_is_cut_into_chunks() -> None:
    transcript = " ".join(f"word{i}" for i in range(200))
    parts = text.sentences(transcript)
    assert len(parts) >= 6
    assert all(len(p.split()) <= text.MAX_SENTENCE_TOKENS for p in parts)


def test_long_chinese_without_punctuation_is_cut() -> None:
    parts = text.sentences("我们" * 500)
    assert len(parts) > 5
    assert all(len(p) <= 120 for p in parts)


def test_sentence_count_is_bounded_for_huge_answers() -> None:
    assert len(text.sentences("This is one sentence. " * 5000)) == text.MAX_SENTENCES


def test_fillers_counted_in_both_languages() -> None:
    assert text.count_fillers("嗯，那个，我觉得，嗯") == 3
    assert text.count_fillers("Um, you know, I basically did it") == 3
    assert text.count_fillers("I liked the umbrella") == 0


def test_clauses_of_a_reference_become_key_points() -> None:
    parts = text.clauses("先明确问题，再收集数据；最后提出建议。")
    assert len(parts) == 3


def test_emoji_only_text_has_no_words() -> None:
    assert text.length_units("😀🎉👍") == 0
    assert text.content_terms("😀🎉👍") == set()
