"""Analytics and fairness as text: an aligned table, CSV or JSON (for the CLI and for files)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from app.salary.analytics import METRICS, GroupFigures
from app.salary.fairness import FairnessReport
from app.salary.payroll_export import neutralise

FORMATS = ("table", "csv", "json")


def _rounded(value: Any) -> Any:
    return round(value, 2) if isinstance(value, float) else value


def figures_rows(figures: Sequence[GroupFigures]) -> list[dict[str, Any]]:
    return [{k: _rounded(v) for k, v in asdict(f).items()} for f in figures]


def fairness_rows(report: FairnessReport) -> list[dict[str, Any]]:
    rows = [{k: _rounded(v) for k, v in asdict(g).items()} for g in report.groups]
    rows.append({"group": "(not recorded)", "candidates": report.unknown})
    return rows


def render(rows: list[dict[str, Any]], fmt: str, extra: dict[str, Any] | None = None) -> str:
    if fmt == "json":
        return json.dumps({"rows": rows, **(extra or {})}, ensure_ascii=False, indent=2)
    columns = list(dict.fromkeys(k for row in rows for k in row))
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(row.get(c)) for c in columns])
        return out.getvalue()
    return _table(rows, columns)


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    return neutralise(value) if isinstance(value, str) else value


def _text(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def _table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    cells = [[_text(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    for row in cells:
        lines.append("  ".join((v.ljust(w) if i == 0 else v.rjust(w))
                               for i, (v, w) in enumerate(zip(row, widths, strict=True))))
    return "\n".join(lines) + "\n"


__all__ = ["FORMATS", "METRICS", "fairness_rows", "figures_rows", "render"]
