"""STAR detection in situational answers, and composure expressed in words.

Stress resistance is read from what the candidate says only: does the answer name the Situation
(and Task), the Action the candidate took, and the Result; does it speak of staying calm and
prioritising, or of panicking and giving up. Never from the face or the voice (see DESIGN.md).
Cues are short, explicit patterns so that HR can read why a part was or was not found.
English cues match whole words; a cue ending in "*" matches a word start (prioriti* = prioritise,
prioritize, prioritising).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.scoring.text import normalize

_EN_PAST = (r"\bi (?:\w+ed|told|made|took|spoke|wrote|met|went|got|ran|sent|gave|kept|set|put|"
            r"brought|thought|found|chose|drew|broke|led|built|paid|sat|stood|began|did|owned)\b")
_ZH_ACTION = r"我(?:先|马上|立刻|立即|主动|把|给|和|跟|找|安排|联系|请|按|列|向|重新|决定|带|拆|改|查|写|做了|打电话)"

CUES: dict[str, tuple[str, ...]] = {
    "situation": (
        "当时", "那时", "有一次", "曾经", "的时候", "项目", "背景", "情况", "客户", "上线前", "去年", "上个月",
        "上周", "月底", "那天", "上一家", "之前", "遇到", "刚入职", "once", "when i was", "at my",
        "last year", "last month", "last week", "situation", "we had", "there was", "during",
        "in my previous", "in my first", "at the time", "one day", "one time", "a client", "a customer",
        "project", "deadline", "at work",
    ),
    "task": (
        "负责", "任务", "目标", "需要", "要求", "职责", "必须", "我要", "要交", "responsible", "my task", "goal",
        "needed to", "had to", "my role", "my job", "was asked to", "in charge", "my responsibility",
    ),
    "action": (
        "首先", "于是", "沟通", "协调", "安排", "整理", "制定", "分析", "决定", "联系", "拆分", "列出", "调整",
        "请教", "主动", "排了", "first i", "then i", "prioriti*", "as soon as i", "i decided",
    ),
    "result": (
        "结果", "最终", "最后", "按时", "完成", "解决", "成功", "提高", "减少", "学到", "反思", "后来", "顺利",
        "从那以后", "之后我", "现在我", "as a result", "in the end", "finally", "on time", "resolved",
        "delivered", "reduced", "increased", "learned", "learnt", "outcome", "result", "succeeded",
        "completed", "was ready", "restored", "no harm", "since then", "now i", "it worked",
        "was solved", "we met",
    ),
}
PATTERNS = {"action": (_EN_PAST, _ZH_ACTION)}
COMPOSURE_POSITIVE = (
    "冷静", "沉着", "不慌", "稳住", "深呼吸", "理性", "耐心", "优先级", "轻重缓急", "接受", "调整心态", "积极",
    "专注", "换位思考", "calm*", "composed", "stayed focused", "focus*", "prioriti*", "patient*",
    "step back", "deep breath", "constructive", "kept my", "stay positive", "listened",
    "took responsibility", "owned it", "apologi*",
)
COMPOSURE_NEGATIVE = (
    "崩溃", "慌", "发火", "生气", "放弃", "抱怨", "推卸", "吵", "辞职", "受不了", "哭", "不管了", "拖着",
    "panic*", "gave up", "give up", "quit", "angry", "shouted", "yelled", "blamed", "blame", "complained",
    "complain", "couldn't handle", "freaked", "ignored it", "not my problem", "not my fault", "fault",
)
_NEGATION = re.compile(r"(不|没|没有|未|别|never |not |didn't |did not |don't |no )$")
_NUMBER = re.compile(r"\d+|[一二三四五六七八九十百千万两]+(个|天|周|小时|%|成)")


@dataclass(frozen=True)
class StarResult:
    parts: dict[str, str]        # part -> the cue found ("" when absent)
    composure_positive: list[str]
    composure_negative: list[str]
    quantified_result: bool

    def as_dict(self) -> dict[str, object]:
        return {"parts": self.parts, "composure_positive": self.composure_positive,
                "composure_negative": self.composure_negative,
                "quantified_result": self.quantified_result}


def _cue_regex(cue: str) -> re.Pattern[str]:
    if not cue.isascii():
        return re.compile(re.escape(cue))
    if cue.endswith("*"):
        return re.compile(r"\b" + re.escape(cue[:-1]))
    return re.compile(r"\b" + re.escape(cue) + r"\b")


_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(cue: str) -> re.Pattern[str]:
    pattern = _COMPILED.get(cue)
    if pattern is None:
        pattern = _COMPILED[cue] = _cue_regex(cue)
    return pattern


def _matches(text: str, cue: str, negated: bool) -> bool:
    """Whether the cue occurs (negated=False: not negated; negated=True: said in the negative)."""
    for match in _compiled(cue).finditer(text):
        is_negated = bool(_NEGATION.search(text[max(0, match.start() - 9):match.start()]))
        if is_negated == negated:
            return True
    return False


def _find(text: str, cues: tuple[str, ...], negated: bool = False) -> list[str]:
    return [c.rstrip("*") for c in cues if _matches(text, c, negated)]


def _part(text: str, name: str) -> str:
    found = _find(text, CUES[name])
    if found:
        return found[0]
    for pattern in PATTERNS.get(name, ()):
        match = re.search(pattern, text)
        if match:
            return match.group(0)
    return ""


def detect(answer: str) -> StarResult:
    text = normalize(answer)
    parts = {name: _part(text, name) for name in CUES}
    positive = _find(text, COMPOSURE_POSITIVE) + [f"not {c}" for c in _find(text, COMPOSURE_NEGATIVE, True)]
    negative = _find(text, COMPOSURE_NEGATIVE)
    tail = text[len(text) // 2:]
    return StarResult(parts, positive, negative, bool(parts["result"]) and bool(_NUMBER.search(tail)))
