"""Text handling for Chinese and English answers: language, sentences, words, fillers.

Why these choices: answers arrive typed (with punctuation) or from the speech recognizer (words
separated by spaces, no punctuation at all), in Chinese, English or both mixed. Sentences therefore
fall back to fixed-size chunks when no punctuation exists, and words come from jieba for Chinese runs
and a light suffix stripper for English, so that "analysing"/"analysis" and 数据分析/数据 meet.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import jieba

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_LATIN_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_TOKEN_RUN = re.compile(f"[{_CJK}]+|[a-z0-9]+(?:['’][a-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;…\n])|(?<=[.])(?=\s)")
_CLAUSE_END = re.compile(r"[，,、：:；;]")
MAX_SENTENCE_TOKENS = 30
MAX_SENTENCES = 120

_jieba_lock = threading.Lock()
_jieba_ready = False

EN_STOPWORDS = frozenset(["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "one", "get", "got", "us", "may", "might", "must", "shall", "also", "well", "really", "thing", "things", "lot"])

ZH_STOPWORDS = frozenset(["的", "了", "是", "在", "我", "你", "他", "她", "它", "们", "这", "那", "和", "与", "及", "就", "都", "也", "还", "而", "并", "很", "会", "能", "要", "对", "把", "被", "让", "给", "一个", "一些", "这个", "那个", "什么", "因为", "所以", "如果", "但是", "然后", "我们", "他们", "你们", "她们", "它们", "自己", "这样", "那样", "这些", "那些", "之", "于", "以", "为", "个", "着", "过", "吗", "呢", "吧", "啊", "嗯", "呃", "额", "哦", "有", "没有", "没", "不", "又", "再", "或", "或者", "等", "等等", "其", "其中", "一", "上", "下", "中", "里", "时", "时候", "可以", "比较", "非常", "已经", "进行", "通过"])

FILLERS_ZH = ("嗯", "呃", "额", "啊", "那个", "这个这个", "就是说", "然后呢", "对吧", "怎么说呢", "反正")
FILLERS_EN = ("um", "umm", "uh", "uhh", "er", "erm", "hmm", "you know", "i mean", "sort of", "kind of",
              "basically", "like")


def normalize(text: str) -> str:
    """NFKC + lower case + collapsed spaces; emoji and symbols stay (the encoder may use them)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip().lower()


def cjk_ratio(text: str) -> float:
    """Share of CJK characters among letters: 0 = English, 1 = Chinese, between = mixed."""
    cjk = len(re.findall(f"[{_CJK}]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return cjk / (cjk + latin / 4.0) if (cjk or latin) else 0.0


def language_of(text: str) -> str:
    """"zh", "en" or "mixed" (used to pick filler lists and speaking-rate ranges)."""
    ratio = cjk_ratio(text)
    if ratio >= 0.8:
        return "zh"
    if ratio <= 0.2:
        return "en"
    return "mixed"


def _ensure_jieba() -> None:
    global _jieba_ready
    if _jieba_ready:
        return
    with _jieba_lock:
        if not _jieba_ready:
            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba_ready = True


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """A light English suffix stripper: enough to match analyse/analysing/analysis, not a Porter."""
    if len(word) <= 3 or not word.isascii() or word.isdigit():
        return word
    base = _strip_suffix(word)
    if base.endswith("e") and len(base) > 4:
        base = base[:-1]
    return base


def _strip_suffix(word: str) -> str:
    for suffix, repl in (("ational", "ate"), ("ization", "ize"), ("isation", "ize"), ("iveness", "ive"),
                         ("fulness", "ful"), ("ousness", "ous"), ("yses", "ys"), ("ysis", "ys"),
                         ("ments", ""), ("ment", ""), ("ness", ""), ("ings", ""), ("ing", ""),
                         ("ied", "y"), ("ies", "y"), ("edly", ""), ("ed", ""), ("ly", ""),
                         ("es", ""), ("s", "")):
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            return word
        if suffix == "es" and not word.endswith(("sses", "xes", "zes", "ches", "shes")):
            continue
        base = word[: len(word) - len(suffix)] + repl
        if suffix in ("ing", "ed", "ings") and len(base) > 3 and base[-1] == base[-2] \
                and base[-1] not in "lsz":
            base = base[:-1]
        return base
    return word


def words(text: str) -> list[str]:
    """All words in reading order (Chinese by jieba, English by letters/digits), normalized."""
    norm = normalize(text)
    out: list[str] = []
    for run in _TOKEN_RUN.findall(norm):
        if _CJK_RUN.fullmatch(run):
            _ensure_jieba()
            out.extend(w for w in jieba.lcut(run) if w.strip())
        else:
            out.append(run)
    return out


def content_terms(text: str) -> set[str]:
    """Content words for overlap: stop words dropped, English stemmed, Chinese compounds also split
    into their parts (cut_for_search), so 数据分析 overlaps with 数据 and 分析."""
    return set(_content_terms(text))


@lru_cache(maxsize=4096)
def _content_terms(text: str) -> frozenset[str]:
    """Cached: references, key points and questions come back for every candidate."""
    norm = normalize(text)
    terms: set[str] = set()
    for run in _TOKEN_RUN.findall(norm):
        if _CJK_RUN.fullmatch(run):
            _ensure_jieba()
            for w in jieba.cut_for_search(run):
                if w not in ZH_STOPWORDS and (len(w) > 1 or w in _MEANINGFUL_SINGLE_ZH):
                    terms.add(w)
        elif run not in EN_STOPWORDS and (len(run) > 1 or run.isdigit()):
            terms.add(stem(run.replace("’", "'").split("'")[0]))
    return frozenset(terms)


_MEANINGFUL_SINGLE_ZH = frozenset("钱 人 事 错 病 税 法 票 账 库 表 码 网")


def sentences(text: str) -> list[str]:
    """Sentences by punctuation; long unpunctuated runs (speech transcripts) in chunks of words."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text or ""):
        piece = piece.strip()
        if not piece or not re.search(r"\w", piece):
            continue
        toks = piece.split(" ") if " " in piece and not _CJK_RUN.search(piece) else None
        if toks is not None and len(toks) > MAX_SENTENCE_TOKENS * 2:
            for i in range(0, len(toks), MAX_SENTENCE_TOKENS):
                out.append(" ".join(toks[i:i + MAX_SENTENCE_TOKENS]))
        elif toks is None and len(piece) > MAX_SENTENCE_TOKENS * 4:
            out.extend(_chunk_cjk(piece))
        else:
            out.append(piece)
        if len(out) >= MAX_SENTENCES:
            break
    return out[:MAX_SENTENCES]


def _chunk_cjk(piece: str) -> Iterable[str]:
    """Split a long sentence at commas first, then by length, keeping about 60 characters each."""
    buf = ""
    for part in re.split(r"(?<=[，,、：:])", piece):
        while len(part) > 120:
            if buf:
                yield buf
                buf = ""
            yield part[:120]
            part = part[120:]
        if len(buf) + len(part) > 60 and buf:
            yield buf
            buf = ""
        buf += part
    if buf.strip():
        yield buf


def clauses(text: str) -> list[str]:
    """Clauses of a reference answer, used as key points when none were written down."""
    return list(_clauses(text))


@lru_cache(maxsize=1024)
def _clauses(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for sent in sentences(text):
        parts = [p.strip() for p in _CLAUSE_END.split(sent) if p.strip()]
        merged: list[str] = []
        for part in parts:
            if merged and len(content_terms(part)) < 2:
                merged[-1] = merged[-1] + "，" + part
            else:
                merged.append(part)
        out.extend(m for m in merged if content_terms(m))
    return tuple(out)


def count_fillers(text: str) -> int:
    """Filler words and phrases (嗯, 那个, um, you know ...) in the answer."""
    norm = normalize(text)
    count = 0
    for filler in FILLERS_ZH:
        count += norm.count(filler)
    latin = " " + " ".join(_LATIN_WORD.findall(norm)) + " "
    for filler in FILLERS_EN:
        count += latin.count(f" {filler} ")
    return count


def length_units(text: str) -> int:
    """Size of an answer in spoken units: Chinese characters + English words."""
    norm = normalize(text)
    return len(re.findall(f"[{_CJK}]", norm)) + len(_LATIN_WORD.findall(norm))
