"""Key-point coverage: which key points the answer hit, and the sentence that hit each.

A key point counts as hit when one answer sentence says the same thing (sentence-encoder cosine)
or uses most of its content words. The soft strength (0..1) feeds the model, so that "nearly said"
counts for something; the hit/miss decision and the quoting sentence are the evidence shown to HR.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.scoring.text import content_terms

SEM_LOW, SEM_HIGH = 0.30, 0.70   # cosine below LOW = unrelated, above HIGH = same meaning
HIT_THRESHOLD = 0.5


@dataclass(frozen=True)
class KeyPointResult:
    key_point: str
    strength: float       # 0..1
    hit: bool
    sentence: str         # the answer sentence that came closest ("" when nothing did)

    def as_dict(self) -> dict[str, object]:
        return {"key_point": self.key_point, "hit": self.hit, "strength": round(self.strength, 3),
                "sentence": self.sentence}


def lexical_recall(needed: set[str], have: set[str],
                   weights: dict[str, float] | None = None) -> float:
    """Share of the needed words present; with weights, a weighted share."""
    if not needed:
        return 0.0
    if weights is None:
        return len(needed & have) / len(needed)
    total = sum(weights.get(t, 1.0) for t in needed)
    return sum(weights.get(t, 1.0) for t in needed & have) / total


def _distinctiveness(term_sets: list[set[str]]) -> dict[str, float]:
    """A word shared by several key points (保险 in 养老保险/失业保险 ...) tells them apart less:
    weight 1 / number of key points that contain it."""
    counts: dict[str, int] = {}
    for terms in term_sets:
        for t in terms:
            counts[t] = counts.get(t, 0) + 1
    return {t: 1.0 / n for t, n in counts.items()}


def cover(key_points: list[str], kp_vecs: np.ndarray, sentences: list[str],
          sent_vecs: np.ndarray, answer_terms: set[str]) -> list[KeyPointResult]:
    """Match each key point against every answer sentence (semantic and lexical)."""
    results: list[KeyPointResult] = []
    sims = kp_vecs @ sent_vecs.T if len(sentences) else np.zeros((len(key_points), 0))
    sent_terms = [content_terms(s) for s in sentences]
    kp_terms = [content_terms(p) for p in key_points]
    weights = _distinctiveness(kp_terms)
    for k, point in enumerate(key_points):
        terms = kp_terms[k]
        best, best_sentence = 0.0, ""
        for j, sentence in enumerate(sentences):
            sem = float(np.clip((sims[k, j] - SEM_LOW) / (SEM_HIGH - SEM_LOW), 0.0, 1.0))
            lex = lexical_recall(terms, sent_terms[j], weights)
            strength = max(sem, lex)
            if strength > best:
                best, best_sentence = strength, sentence
        # Words spread over several sentences still count, a little less than in one sentence.
        spread = 0.8 * lexical_recall(terms, answer_terms, weights)
        if spread > best:
            best = spread
        results.append(KeyPointResult(point, best, best >= HIT_THRESHOLD,
                                      best_sentence if best > 0 else ""))
    return results
