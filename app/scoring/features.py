"""Feature extraction: turn one answer into the numbers the dimension models read.

Every feature is a plain, explainable quantity (a cosine, a share, a count). A feature that cannot be
measured for this answer (no reference answer, no position skills, a single sentence) is NaN; the
models replace NaN by the training mean, so it contributes nothing either way.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.scoring import delivery as delivery_mod
from app.scoring import star as star_mod
from app.scoring.encoder import MAX_CHARS, SentenceEncoder
from app.scoring.item import DEFAULT_TIME_LIMIT_S, ScoringItem
from app.scoring.keypoints import KeyPointResult, cover, lexical_recall
from app.scoring.text import (
    clauses,
    content_terms,
    count_fillers,
    language_of,
    length_units,
    normalize,
    sentences,
    words,
)

NAN = float("nan")

SKILL_FEATURES = ("semantic_similarity", "key_point_coverage", "lexical_recall",
                  "question_relevance", "skills_similarity", "skills_named", "star_completeness")
COMMUNICATION_FEATURES = ("length_fit", "length_log", "sentence_count_log", "coherence",
                          "connectives", "filler_ratio", "repetition")
STRESS_FEATURES = ("star_situation", "star_task", "star_action", "star_result",
                   "composure_positive", "composure_negative", "quantified_result",
                   "semantic_similarity")
DIMENSION_FEATURES: dict[str, tuple[str, ...]] = {
    "skill_match": SKILL_FEATURES,
    "communication": COMMUNICATION_FEATURES,
    "stress_resistance": STRESS_FEATURES,
}

# Spoken units per second (Chinese characters / English words) at a calm pace.
_UNITS_PER_S = {"zh": 3.5, "en": 2.3, "mixed": 3.0}
CONNECTIVES = (
    "首先", "其次", "然后", "接着", "因为", "所以", "因此", "最后", "总之", "另外", "例如", "比如", "第一", "第二",
    "一方面", "另一方面", "同时", "不过", "但是", "first", "second", "then", "because", "therefore",
    "finally", "for example", "for instance", "however", "also", "in addition", "as a result", "so",
    "overall", "next",
)


@dataclass
class Features:
    values: dict[str, float]
    language: str
    key_points: list[KeyPointResult] = field(default_factory=list)
    key_points_source: str = "none"    # "written" | "reference" | "none"
    star: star_mod.StarResult | None = None
    delivery: delivery_mod.Delivery | None = None
    notes: list[str] = field(default_factory=list)
    empty: bool = False

    def vector(self, dimension: str) -> list[float]:
        return [self.values[name] for name in DIMENSION_FEATURES[dimension]]

    def evidence(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "key_points": [k.as_dict() for k in self.key_points],
            "key_points_source": self.key_points_source,
            "star": self.star.as_dict() if self.star else None,
            "delivery": self.delivery.as_dict() if self.delivery else None,
            "notes": list(self.notes),
        }


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.clip(a @ b, -1.0, 1.0))


def _length_fit(units: int, language: str, time_limit_s: float) -> float:
    """1.0 when the answer fills a sensible share of the time limit, lower when far too short or
    far too long. Typed answers are shorter than spoken ones, so 20 % of speakable length is enough."""
    target = max(1.0, time_limit_s * _UNITS_PER_S[language])
    ratio = units / target
    if ratio <= 0.2:
        return ratio / 0.2
    if ratio <= 1.2:
        return 1.0
    return max(0.0, 1.0 - (ratio - 1.2))


def _count_connectives(text: str) -> int:
    norm = normalize(text)
    latin = " " + " ".join(re.findall(r"[a-z]+", norm)) + " "
    return sum(norm.count(c) if not c.isascii() else latin.count(f" {c} ") for c in CONNECTIVES)


def extract(item: ScoringItem, encoder: SentenceEncoder) -> Features:
    answer = item.answer or ""
    language = language_of(answer) if answer.strip() else language_of(item.question)
    units = length_units(answer)
    values: dict[str, float] = {}
    notes: list[str] = []
    if units == 0:
        return _empty_features(language)

    sents = sentences(answer) or [answer.strip()[:MAX_CHARS]]
    reference = (item.reference or "").strip()
    if item.key_points:
        key_points, kp_source = [k for k in item.key_points if k.strip()], "written"
    elif reference:
        key_points, kp_source = clauses(reference)[:12], "reference"
    else:
        key_points, kp_source = [], "none"
    skills_text = "、".join(s for s in item.skills if s.strip())

    whole = answer.strip() if len(answer) <= MAX_CHARS else ""
    # Questions, references, skills and key points come back for every candidate: cached.
    fixed = encoder.encode([item.question or "", reference, skills_text, *key_points])
    question_vec, ref_vec, skills_vec, kp_vecs = fixed[0], fixed[1], fixed[2], fixed[3:]
    said = encoder.encode([whole, *sents], cache=False)
    answer_vec, sent_vecs = said[0], said[1:]
    if not whole:
        mean = sent_vecs.mean(axis=0)
        answer_vec = mean / max(float(np.linalg.norm(mean)), 1e-9)
        notes.append("long answer: encoded sentence by sentence")

    answer_terms = content_terms(answer)
    question_terms = content_terms(item.question or "")
    if reference:
        values["semantic_similarity"] = _cos(answer_vec, ref_vec)
        ref_terms = content_terms(reference)
        # Question demoting: words already in the question earn nothing when repeated.
        demoted = ref_terms - question_terms
        values["lexical_recall"] = lexical_recall(demoted or ref_terms, answer_terms)
    else:
        values["semantic_similarity"] = NAN
        values["lexical_recall"] = NAN
        notes.append("no reference answer: skill match rests on key points, the question and skills")
    values["question_relevance"] = _cos(answer_vec, question_vec) if item.question else NAN
    kp_results = cover(key_points, kp_vecs, sents, sent_vecs, answer_terms)
    values["key_point_coverage"] = (
        sum(k.strength for k in kp_results) / len(kp_results) if kp_results else NAN
    )
    if skills_text:
        values["skills_similarity"] = _cos(answer_vec, skills_vec)
        named = [s for s in item.skills if s.strip() and content_terms(s) <= answer_terms]
        values["skills_named"] = len(named) / len([s for s in item.skills if s.strip()])
    else:
        values["skills_similarity"] = NAN
        values["skills_named"] = NAN

    _communication(values, answer, sents, sent_vecs, units, language, item)
    star = None
    if item.situational:
        star = star_mod.detect(answer)
        for part in ("situation", "task", "action", "result"):
            values[f"star_{part}"] = 1.0 if star.parts[part] else 0.0
        values["composure_positive"] = min(len(star.composure_positive), 3) / 3.0
        values["composure_negative"] = min(len(star.composure_negative), 3) / 3.0
        values["quantified_result"] = 1.0 if star.quantified_result else 0.0
        # For a behavioural question, a complete story is part of answering what was asked.
        values["star_completeness"] = sum(values[f"star_{p}"] for p in
                                          ("situation", "task", "action", "result")) / 4.0
    else:
        values["star_completeness"] = NAN
        for name in STRESS_FEATURES:
            values.setdefault(name, NAN)
    spoken = delivery_mod.measure(item.words) if item.words else None
    return Features(values, language, kp_results, kp_source, star, spoken, notes)


def _communication(values: dict[str, float], answer: str, sents: list[str], sent_vecs: np.ndarray,
                   units: int, language: str, item: ScoringItem) -> None:
    tokens = [w for w in words(answer) if w.strip()]
    values["length_fit"] = _length_fit(units, language, item.time_limit_s or DEFAULT_TIME_LIMIT_S)
    values["length_log"] = math.log1p(units)
    values["sentence_count_log"] = math.log1p(len(sents))
    if len(sents) >= 2:
        adjacent = np.sum(sent_vecs[:-1] * sent_vecs[1:], axis=1)
        values["coherence"] = float(np.mean(adjacent))
    else:
        values["coherence"] = NAN
    values["connectives"] = min(_count_connectives(answer) / max(len(sents), 1), 1.5)
    values["filler_ratio"] = min(count_fillers(answer) / max(len(tokens), 1), 1.0)
    values["repetition"] = 1.0 - len(set(tokens)) / len(tokens) if len(tokens) >= 5 else 0.0


def _empty_features(language: str) -> Features:
    values = {name: 0.0 for names in DIMENSION_FEATURES.values() for name in names}
    return Features(values, language, notes=["empty answer"], empty=True)
