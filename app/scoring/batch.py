"""Batch screening: score a file of answers row by row (`hrdesk score-batch IN --out OUT`).

Each input row has ``question``, ``reference`` (a reference answer, a list of key points, or a
dict with both), ``answer``, and optionally ``language``, ``key_points``, ``skills``, ``kind``,
``time_limit_s``. Each output row is the input row plus the dimension scores, the model versions and
the skill-match evidence. A bad row gets an ``error`` and the run goes on.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from app.scoring.batch_io import RowReader, RowSource, RowWriter
from app.scoring.item import ScoringItem
from app.scoring.scorer import Scorer, rounded

OUTPUT_COLUMNS = ["skill_match", "communication", "stress_resistance", "key_points_hit",
                  "key_points_missed", "model_versions", "skill_match_evidence", "error"]
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)、]|[（(]?\d+[)）])\s*")


def _as_list(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(v).strip() for v in value if str(v).strip())
    text = str(value).strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
            if isinstance(parsed, list):
                return _as_list(parsed)
        except json.JSONDecodeError:
            pass
    parts = re.split(r"[\n;；|]", text) if re.search(r"[\n;；|]", text) else re.split(r"[,，、]", text)
    return tuple(_BULLET.sub("", p).strip() for p in parts if _BULLET.sub("", p).strip())


def _reference(value: Any) -> tuple[str, tuple[str, ...]]:
    """(reference answer, key points) from the flexible ``reference`` field."""
    if isinstance(value, dict):
        text = str(value.get("reference_answer") or value.get("answer") or value.get("reference") or "")
        return text.strip(), _as_list(value.get("key_points"))
    if isinstance(value, list | tuple):
        points = _as_list(value)
        return "；".join(points), points
    text = "" if value is None else str(value).strip()
    if text.startswith(("{", "[")):
        try:
            return _reference(json.loads(text))
        except json.JSONDecodeError:
            pass
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) >= 2 and all(_BULLET.match(ln) for ln in lines):
        points = tuple(_BULLET.sub("", ln).strip() for ln in lines)
        return "；".join(points), points
    return text, ()


def item_from_row(row: dict[str, Any]) -> ScoringItem:
    reference, points = _reference(row.get("reference"))
    if not reference and row.get("reference_answer"):
        reference = str(row["reference_answer"]).strip()
    points = _as_list(row.get("key_points")) or points
    limit = row.get("time_limit_s")
    try:
        time_limit = float(limit) if limit not in (None, "") else None
    except (TypeError, ValueError):
        time_limit = None
    return ScoringItem(
        question=str(row.get("question") or ""), answer=str(row.get("answer") or ""),
        reference=reference, key_points=points, skills=_as_list(row.get("skills")),
        kind=str(row.get("kind") or "structured"), time_limit_s=time_limit,
    )


def score_row(row: dict[str, Any], scorer: Scorer) -> dict[str, Any]:
    out = dict(row)
    out.pop("_error", None)
    out.pop("_line", None)
    for column in OUTPUT_COLUMNS:
        out[column] = None
    if "_error" in row:
        out["error"] = row["_error"]
        return out
    item = item_from_row(row)
    scores = scorer.score(item)
    for dimension, result in scores.dimensions.items():
        out[dimension] = rounded(result.score)
    if "skill_match" not in scores.dimensions:
        out["model_versions"] = {d: r.model_version for d, r in scores.dimensions.items()}
        out["error"] = "no question, reference, key points or skills: skill match not scored"
        return out
    evidence = scores.evidence("skill_match")
    out["key_points_hit"] = [k["key_point"] for k in evidence["key_points"] if k["hit"]]
    out["key_points_missed"] = [k["key_point"] for k in evidence["key_points"] if not k["hit"]]
    out["model_versions"] = {d: r.model_version for d, r in scores.dimensions.items()}
    out["skill_match_evidence"] = evidence
    if not item.answer.strip():
        out["error"] = "empty answer: scored 0"
    return out


def score_rows(rows: Iterable[dict[str, Any]], scorer: Scorer) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield score_row(row, scorer)


@dataclass
class BatchSummary:
    rows: int
    errors: int
    seconds: float


class Progress:
    """One line on a terminal, refreshed at most 5 times a second; silent when not a terminal."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, rows: int, fraction: float | None, final: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not final and now - self._last < 0.2):
            return
        self._last = now
        rate = rows / max(now - self.started, 1e-6)
        if fraction is not None:
            filled = int(fraction * 30)
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {fraction * 100:5.1f}% "
        else:
            bar = ""
        self.stream.write(f"\r{bar}{rows} answers scored, {rate:.0f}/s")
        if final:
            self.stream.write("\n")
        self.stream.flush()


def run_batch(source: Path | RowSource, target: Path, scorer: Scorer | None = None,
              progress: Progress | None = None,
              cancelled: Callable[[], bool] = lambda: False,
              on_row: Callable[[int, float | None], None] | None = None) -> BatchSummary:
    """Score every row of ``source`` (a file, or rows such as FolderRows) into ``target`` (format by
    file name). The output appears only when the run completes; a failed or cancelled run leaves no
    half-written file behind. ``on_row(rows_done, fraction_or_None)`` reports progress to a GUI."""
    scorer = scorer or Scorer()
    scorer.load()
    reader: RowSource = RowReader(source) if isinstance(source, Path) else source
    writer: RowWriter | None = None
    rows = errors = 0
    started = time.monotonic()
    try:
        for row in reader:
            if writer is None:
                writer = RowWriter(target, reader.columns, OUTPUT_COLUMNS)
            if cancelled():
                writer.discard()
                writer = None
                break
            out = score_row(row, scorer)
            writer.write(out)
            rows += 1
            errors += 1 if out.get("error") and not str(out["error"]).startswith("empty") else 0
            if progress:
                progress.update(rows, reader.fraction_done())
            if on_row:
                on_row(rows, reader.fraction_done())
        if writer is None and not cancelled():
            writer = RowWriter(target, reader.columns, OUTPUT_COLUMNS)
        if writer is not None:
            writer.close()
    except BaseException:
        if writer is not None:
            writer.discard()
        raise
    if progress:
        progress.update(rows, 1.0, final=True)
    return BatchSummary(rows, errors, time.monotonic() - started)
