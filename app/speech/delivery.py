"""How an answer was delivered, from word timings: pace, pauses, filler words, time to first word.

These are facts for the reviewer and inputs for scoring; nothing here looks at the face or the
voice's emotion. Chinese is counted in characters (a Chinese "word" from the recognizer can be
one to four characters), other languages in words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

MIN_PAUSE_S = 0.3

FILLERS_EN = frozenset({"um", "uh", "uhm", "umm", "er", "erm", "ah", "eh", "hmm", "mm", "mhm"})
FILLER_PHRASES_EN = frozenset({("you", "know"), ("i", "mean"), ("sort", "of"), ("kind", "of")})
FILLERS_ZH = frozenset({"嗯", "呃", "额", "啊", "哦", "唔", "那个", "这个", "就是", "然后",
                        "就是说", "对吧", "怎么说"})
FILLERS = FILLERS_EN | FILLERS_ZH

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def speech_units(word: str) -> int:
    han = len(_HAN.findall(word))
    return han if han else 1


def _filler_count(tokens: list[str]) -> int:
    count, i = 0, 0
    while i < len(tokens):
        pair = tuple(tokens[i:i + 2])
        if len(pair) == 2 and (pair in FILLER_PHRASES_EN or "".join(pair) in FILLERS_ZH):
            count += 2
            i += 2
            continue
        if tokens[i] in FILLERS:
            count += 1
        i += 1
    return count


def delivery_features(words: Sequence[dict[str, Any]], *, question_shown_s: float | None = None,
                      answer_duration_s: float | None = None) -> dict[str, float | int | None]:
    """``words``: ``{"word", "start", "end"}`` in seconds from the start of the answer's audio.

    ``question_shown_s`` is when the question appeared on that same clock (<= 0 when it was
    shown before recording began). Values that cannot be known are ``None``.
    """
    timed = sorted((w for w in words if w.get("word")), key=lambda w: float(w["start"]))
    result: dict[str, float | int | None] = {
        "word_count": len(timed), "speech_units": 0, "speaking_time_s": 0.0,
        "speaking_rate_per_min": None, "pause_ratio": None, "longest_pause_s": None,
        "pause_count": 0, "filler_count": 0, "filler_ratio": None, "latency_s": None,
        "answer_duration_s": answer_duration_s,
    }
    if not timed:
        return result
    tokens = [str(w["word"]).lower().strip(".,!?;:，。！？、") for w in timed]
    units = sum(speech_units(t) for t in tokens)
    first, last = float(timed[0]["start"]), float(timed[-1]["end"])
    span = max(last - first, 1e-6)
    gaps = [float(b["start"]) - float(a["end"]) for a, b in zip(timed, timed[1:], strict=False)]
    pauses = [g for g in gaps if g >= MIN_PAUSE_S]
    fillers = _filler_count(tokens)
    result.update({
        "speech_units": units,
        "speaking_time_s": round(span, 3),
        "speaking_rate_per_min": round(units / span * 60, 1),
        "pause_ratio": round(sum(pauses) / span, 3),
        "longest_pause_s": round(max(gaps, default=0.0), 3),
        "pause_count": len(pauses),
        "filler_count": fillers,
        "filler_ratio": round(fillers / len(tokens), 3),
    })
    if question_shown_s is not None:
        result["latency_s"] = round(first - question_shown_s, 3)
    return result
