"""STAR detection in situational answers, and composure expressed in words.

Stress resistance is read from what the candidate says only: does the answer name the Situation
(and Task), the Action the candidate took, and the Result; does it speak of staying calm and
prioritising, or of panicking and giving up. Never from the face or the voice (see DESIGN.md).
Cue lists are short and explicit so that HR can read why a part was or was not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.scoring.text import normalize

CUES: dict[str, tuple[str, ...]] = {
    "situation": (
        "当时", "那时", "有一次", "曾经", "的时候", "项目", "背景", "情况", "客户", "上线前", "去年",
        "上一家", "之前", "遇到", "once", "when i was", "at my", "last year", "situation",
        "we had", "there was", "during", "in my previous", "at the time", "one day", "a client",
        "a customer", "project", "deadline",
    ),
    "task": (
        "负责", "任务", "目标", "需要", "要求", "职责", "必须", "responsible", "my task", "goal",
        "needed to", "had to", "my role", "my job", "was asked to", "in charge",
    ),
    "action": (
        "我先", "首先", "于是", "立即", "马上", "沟通", "协调", "安排", "整理", "制定", "分析", "决定",
        "联系", "拆分", "列出", "调整", "请教", "主动", "i decided", "i organised", "i organized",
        "i called", "i talked", "first i", "then i", "i prioriti", "i contacted", "i set up",
        "i broke", "i asked", "i spoke", "i listened", "i explained", "i made", "i split",
        "i worked", "i met", "i wrote", "i checked", "i focused", "i took",
    ),
    "result": (
        "结果", "最终", "最后", "按时", "完成", "解决", "成功", "提高", "减少", "学到", "反思", "后来",
        "as a result", "in the end", "finally", "on time", "resolved", "delivered", "reduced",
        "increased", "learned", "learnt", "outcome", "result", "succeeded", "completed",
        "the client was", "we met",
    ),
}
COMPOSURE_POSITIVE = (
    "冷静", "沉着", "不慌", "稳住", "深呼吸", "理性", "耐心", "优先级", "轻重缓急", "接受", "调整心态", "积极",
    "专注", "换位思考", "calm", "composed", "stayed focused", "focus", "prioriti", "patient", "step back",
    "deep breath", "constructive", "kept my", "stay positive", "listened",
)
COMPOSURE_NEGATIVE = (
    "崩溃", "慌", "发火", "生气", "放弃", "抱怨", "推卸", "吵", "辞职", "受不了", "哭", "不管了", "拖着",
    "panic", "gave up", "give up", "quit", "angry", "shouted", "yelled", "blamed", "complain",
    "couldn't handle", "freaked", "ignored it", "not my problem",
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


def _find(text: str, cues: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for cue in cues:
        start = 0
        while (at := text.find(cue, start)) >= 0:
            start = at + len(cue)
            if cue.isascii() and (at > 0 and text[at - 1].isalnum()):
                continue
            if _NEGATION.search(text[max(0, at - 9):at]):
                continue
            found.append(cue)
            break
    return found


def _negated(text: str, cues: tuple[str, ...]) -> list[str]:
    """Negative cues said in the negative ("没有慌", "didn't panic") read as composure."""
    out: list[str] = []
    for cue in cues:
        for match in re.finditer(re.escape(cue), text):
            if _NEGATION.search(text[max(0, match.start() - 9):match.start()]):
                out.append(f"not {cue}")
                break
    return out


def detect(answer: str) -> StarResult:
    text = normalize(answer)
    parts = {name: next(iter(_find(text, cues)), "") for name, cues in CUES.items()}
    positive = _find(text, COMPOSURE_POSITIVE) + _negated(text, COMPOSURE_NEGATIVE)
    negative = _find(text, COMPOSURE_NEGATIVE)
    tail = text[len(text) // 2:]
    return StarResult(parts, positive, negative, bool(parts["result"]) and bool(_NUMBER.search(tail)))
