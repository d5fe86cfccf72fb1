"""The labelled answers that ship with the code: the calibration set and the validation set.

Levels are behaviourally anchored 1..5 (see models/scoring/*.md); a level maps to a 0..100 score by
(level - 1) * 25 so that the models speak the same scale as the product.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.scoring.item import ScoringItem
from app.scoring.paths import data_dir


@dataclass(frozen=True)
class LabelledAnswer:
    id: str
    question_id: str
    language: str
    item: ScoringItem
    labels: dict[str, float | None]     # dimension -> 0..100 score, None = not graded


def level_to_score(level: float) -> float:
    return (float(level) - 1.0) * 25.0


def item_from_question(question: dict[str, Any], answer: str) -> ScoringItem:
    return ScoringItem(
        question=question["question"], answer=answer, reference=question.get("reference", ""),
        key_points=tuple(question.get("key_points") or ()), skills=tuple(question.get("skills") or ()),
        kind=question.get("kind", "structured"), time_limit_s=question.get("time_limit_s"),
    )


def load_questions(path: Path | None = None) -> dict[str, dict[str, Any]]:
    rows = json.loads((path or data_dir() / "questions.json").read_text(encoding="utf-8"))
    return {row["id"]: row for row in rows}


def load_set(name: str, base: Path | None = None) -> list[LabelledAnswer]:
    """name: "calibration" or "validation"."""
    base = base or data_dir()
    questions = load_questions(base / "questions.json")
    out: list[LabelledAnswer] = []
    with (base / f"{name}.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            if not line.strip():
                continue
            row = json.loads(line)
            question = questions[row["question_id"]]
            labels = {dim: (None if level is None else level_to_score(level))
                      for dim, level in row["labels"].items()}
            out.append(LabelledAnswer(row["id"], row["question_id"], question["language"],
                                      item_from_question(question, row["answer"]), labels))
    return out
