"""The interview report as HTML: one source for the review screen, the PDF and the printer."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain import DimensionScore
from app.scoring.report_data import DIMENSIONS, QuestionReport, ReportData
from app.ui.review.texts import decision_support, dimension_name, feature_name, no_consent

RADAR_URL = "hrdesk://radar.png"
FONT_FAMILY = "'WenQuanYi Micro Hei', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif"


def _t(text: str) -> str:
    """Escaped translation of an already translated string (the literal calls are at the callers)."""
    return escape(text)


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def _score_cell(s: DimensionScore | None) -> str:
    if s is None:
        return "<td>—</td><td>—</td><td></td>"
    note = ""
    if s.overridden:
        changed = QCoreApplication.translate("Review", "changed by {0}: {1}")
        note = escape(changed.format(s.overridden_by, s.override_reason))
    return f"<td>{_score(s.model_score)}</td><td><b>{_score(s.final_score)}</b></td><td>{note}</td>"


def _header(data: ReportData) -> str:
    iv = data.interview
    rows = [
        (QCoreApplication.translate("Review", "Candidate"), data.candidate.name if data.candidate else ""),
        (QCoreApplication.translate("Review", "Position"), data.position.title if data.position else ""),
        (QCoreApplication.translate("Review", "Template"), data.template.name if data.template else ""),
        (QCoreApplication.translate("Review", "Interviewer"), iv.interviewer),
        (QCoreApplication.translate("Review", "Date"),
         (iv.started_at or iv.created_at).strftime("%Y-%m-%d %H:%M UTC")),
        (QCoreApplication.translate("Review", "Round"), str(iv.round)),
    ]
    cells = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    title = _t(QCoreApplication.translate("Review", "Interview report"))
    return f"<h1>{title}</h1><table cellpadding='3'>{cells}</table>"


def _summary(data: ReportData, with_radar: bool) -> str:
    if not data.ai_consent and not data.interview.scores:
        return f"<p><i>{escape(no_consent())}</i></p>"
    top = data.interview_scores()
    rows = "".join(
        f"<tr><td>{escape(dimension_name(d))}</td>{_score_cell(top.get(d))}</tr>"
        for d in (*DIMENSIONS, "overall") if d in top
    )
    names = [_t(QCoreApplication.translate("Review", "Dimension")),
             _t(QCoreApplication.translate("Review", "Model")),
             _t(QCoreApplication.translate("Review", "Final")),
             _t(QCoreApplication.translate("Review", "Override"))]
    head = (f"<tr><th align='left'>{names[0]}</th><th>{names[1]}</th><th>{names[2]}</th>"
            f"<th align='left'>{names[3]}</th></tr>")
    radar = f"<p><img src='{RADAR_URL}' width='300'></p>" if with_radar else ""
    title = _t(QCoreApplication.translate("Review", "Scores"))
    return (f"<h2>{title}</h2><table border='1' cellspacing='0' cellpadding='4'>"
            f"{head}{rows}</table>{radar}")


def _key_points(evidence: dict[str, Any]) -> str:
    points = evidence.get("key_points") or []
    if not points:
        return ""
    items = []
    for k in points:
        mark = "✔" if k.get("hit") else "✘"
        quote = f" — “{escape(k['sentence'])}”" if k.get("hit") and k.get("sentence") else ""
        items.append(f"<li>{mark} {escape(k['key_point'])}{quote}</li>")
    title = _t(QCoreApplication.translate("Review", "Key points"))
    return f"<p><b>{title}</b></p><ul>{''.join(items)}</ul>"


def _delivery_reason(reason: str) -> str:
    """The delivery rule's reasons (app/scoring/delivery.py) in the reader's language."""
    fixed = {
        "speaking rate well below a comfortable pace":
            QCoreApplication.translate("Review", "speaking rate well below a comfortable pace"),
        "speaking rate well above a comfortable pace":
            QCoreApplication.translate("Review", "speaking rate well above a comfortable pace"),
        "more than a third of the answer spent in pauses":
            QCoreApplication.translate("Review", "more than a third of the answer spent in pauses"),
    }
    if reason in fixed:
        return fixed[reason]
    match = re.fullmatch(r"(\d+) pauses of (\d+) s or more", reason)
    if match:
        return QCoreApplication.translate("Review", "{0} pauses of {1} s or more").format(*match.groups())
    return reason


def _contributions(evidence: dict[str, Any]) -> str:
    parts = [c for c in evidence.get("contributions", []) if abs(c.get("points", 0)) >= 0.5][:5]
    adjustments = [a for a in evidence.get("adjustments", []) if a.get("points")]
    if not parts and not adjustments:
        return ""
    items = [f"{escape(feature_name(c['feature']))} {c['points']:+.0f}" for c in parts]
    pace = _t(QCoreApplication.translate("Review", "pace and pauses (fixed rule)"))
    for a in adjustments:  # the rule-based delivery deduction is part of the score: show it
        reasons = ", ".join(escape(_delivery_reason(str(r))) for r in a.get("reasons", []))
        items.append(f"{pace} {float(a['points']):+.0f}" + (f" ({reasons})" if reasons else ""))
    text = "; ".join(items)
    base = float(evidence.get("baseline") or 0.0)
    why = _t(QCoreApplication.translate("Review", "Why"))
    baseline = _t(QCoreApplication.translate("Review", "baseline"))
    model = _t(QCoreApplication.translate("Review", "Model"))
    version = escape(str(evidence.get("model_version", "")))
    return f"<p><small>{why}: {baseline} {base:.0f}; {text}. {model} {version}</small></p>"


def _star(evidence: dict[str, Any]) -> str:
    star = evidence.get("star")
    if not star:
        return ""
    names = {"situation": QCoreApplication.translate("Review", "situation"),
             "task": QCoreApplication.translate("Review", "task"),
             "action": QCoreApplication.translate("Review", "action"),
             "result": QCoreApplication.translate("Review", "result")}
    found = ", ".join(f"{names[p]} {'✔' if cue else '✘'}" for p, cue in star["parts"].items())
    return f"<p><small>STAR: {escape(found)}</small></p>"


def _question(q: QuestionReport) -> str:
    scores = ", ".join(f"{escape(dimension_name(d))} {_score(s.final_score)}"
                       for d, s in q.scores.items())
    none = _t(QCoreApplication.translate("Review", "(no answer)"))
    text = escape(q.answer.text).replace("\n", "<br>") or f"<i>{none}</i>"
    html = [f"<h3>{q.number}. {escape(q.prompt)}</h3>"]
    if scores:
        html.append(f"<p><b>{scores}</b></p>")
    answer = _t(QCoreApplication.translate("Review", "Answer"))
    html.append(f"<p><b>{answer}</b><br>{text}</p>")
    original = q.answer.transcript_original.strip()
    if original and original != q.answer.transcript.strip():
        edited = _t(QCoreApplication.translate("Review", "Transcript as recognised, before editing"))
        html.append(f"<p><small><b>{edited}</b><br>{escape(original)}</small></p>")
    skill = q.scores.get("skill_match")
    if skill is not None:
        html.append(_key_points(skill.evidence))
        html.append(_contributions(skill.evidence))
    for d in ("communication", "stress_resistance"):
        s = q.scores.get(d)
        if s is not None:
            if d == "stress_resistance":
                html.append(_star(s.evidence))
            html.append(_contributions(s.evidence))
    return "".join(html)


def report_html(data: ReportData, *, with_radar: bool = True) -> str:
    questions = _t(QCoreApplication.translate("Review", "Questions and evidence"))
    body = [
        _header(data),
        f"<p style='background:#fff4d6; padding:6px'><b>{escape(decision_support())}</b></p>",
        _summary(data, with_radar),
        f"<h2>{questions}</h2>",
        *(_question(q) for q in data.questions()),
    ]
    if data.interview.notes.strip():
        notes = _t(QCoreApplication.translate("Review", "Notes"))
        body.append(f"<h2>{notes}</h2><p>{escape(data.interview.notes)}</p>")
    return (f"<html><head><meta charset='utf-8'></head>"
            f"<body style=\"font-family: {FONT_FAMILY}; font-size: 10pt\">{''.join(body)}</body></html>")
