"""Complaint topics: which aspects (物流, 包装, 质量 …) a negative review complains about.

Why clause-level: reviews mix praise and complaint (物流很快，但是包装破了). The text is cut
into clauses at punctuation and contrast words, each clause is scored by the sentiment model,
and a topic's *aspect* words (物流, 包装) count only in negative clauses, while its
*complaint* words (破损, 假货) count unless the clause is clearly positive or the word is
negated (没有破损). The lexicon is ``sentiment/data/topics.yaml``; jieba is used only to
pick the top keywords of a set of texts.

Offsets in evidence are character offsets into the text as given (normalisation here maps
one character to one character, so they line up).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

TOPICS_PATH = Path(__file__).with_name("data") / "topics.yaml"
#: Clause score under which aspect words count as complained about.
NEGATIVE_BELOW = 0.4
#: Clause score from which even complaint words are ignored (没有任何破损，很满意).
POSITIVE_FROM = 0.7

_CLAUSE = re.compile(r"[^，,。.！!？?；;：:、~～…\n\r\t()（）【】\[\]]+")
_CONTRAST = re.compile(r"(?:但是|可是|不过|就是|只是|然而|但|却)")
_NEGATED_BEFORE = ("没有", "没", "不", "无", "未", "不是", "并非")
_KEYWORD_STOPWORDS = frozenset(
    "一个 一下 一次 一点 一样 一直 不是 东西 了 为什么 什么 今天 以后 以前 买了 产品 京东 今天 他们 "
    "你们 其实 再也 还是 还有 这个 这么 这样 那个 那么 真是 感觉 觉得 就是 但是 可是 不过 而且 "
    "所以 因为 如果 而且 已经 时候 现在 我们 自己 有点 有些 没有 知道 这次 这种 收到 非常 特别 "
    "比较 还是 东东 宝贝 商品 卖家 店家 评价 好评 差评".split()
)


@dataclass(frozen=True)
class Evidence:
    """One matched word: ``text[start:end] == word`` in the original text."""

    word: str
    start: int
    end: int
    kind: str  # "aspect" or "complaint"


@dataclass
class TopicHit:
    """A complained-about topic in one text, with the words that show it."""

    topic: str
    label: str
    evidence: list[Evidence] = field(default_factory=list)
    clause: str = ""
    clause_score: float = 0.5

    @property
    def words(self) -> list[str]:
        return [e.word for e in self.evidence]


@dataclass
class Summary:
    """Top complaint topics and keywords over a set of texts (each text counts once per item)."""

    top_topics: list[tuple[str, int]]
    top_keywords: list[tuple[str, int]]
    n_texts: int = 0
    n_with_complaints: int = 0


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern
    words: dict  # word -> list[(topic, kind)]
    labels: dict  # topic -> label


@lru_cache(maxsize=4)
def load_lexicon(path: str | Path = TOPICS_PATH) -> _Lexicon:
    """Parse a topics YAML file into one longest-first regex over all its words."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    words: dict[str, list[tuple[str, str]]] = {}
    labels: dict[str, str] = {}
    for topic, spec in (data.get("topics") or {}).items():
        labels[topic] = spec.get("label", topic)
        for kind, key in (("complaint", "complaints"), ("aspect", "aspects")):
            for word in spec.get(key) or ():
                entries = words.setdefault(str(word).lower(), [])
                if not any(t == topic for t, _ in entries):
                    entries.append((topic, kind))
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return _Lexicon(re.compile(alternation), words, labels)


def split_clauses(text: str) -> list[tuple[int, str]]:
    """``(offset, clause)`` pairs: cut at punctuation, then before contrast words."""
    out: list[tuple[int, str]] = []
    for match in _CLAUSE.finditer(text):
        start, clause = match.start(), match.group()
        cuts = [m.start() for m in _CONTRAST.finditer(clause) if m.start() > 0]
        bounds = [0, *cuts, len(clause)]
        for a, b in zip(bounds, bounds[1:]):
            piece = clause[a:b]
            if piece.strip():
                out.append((start + a, piece))
    return out


def _is_negated(clause: str, position: int) -> bool:
    before = clause[max(0, position - 3) : position]
    return any(before.endswith(neg) or before[:-1].endswith(neg) for neg in _NEGATED_BEFORE)


def extract_topics_many(texts: Sequence[object], model=None, lexicon_path: str | Path = TOPICS_PATH) -> list[list[TopicHit]]:
    """:func:`extract_topics` for many texts, scoring all their clauses in one batch."""
    from .scoring import resolve_model, score_many

    lexicon = load_lexicon(lexicon_path)
    # The model's own one-to-one folding (width, case, traditional→simplified) keeps offsets.
    table = resolve_model(model).extractor.table
    per_text: list[list[tuple[int, str, str]]] = []
    for text in texts:
        folded = text.translate(table) if isinstance(text, str) else ""
        per_text.append([(off, cl, folded[off : off + len(cl)]) for off, cl in split_clauses(folded)])
    flat = [folded for clauses in per_text for _, _, folded in clauses]
    scores = iter(score_many(flat, model=model)) if flat else iter(())
    results: list[list[TopicHit]] = []
    for text, clauses in zip(texts, per_text):
        hits: dict[str, TopicHit] = {}
        for offset, _, folded in clauses:
            clause_score = next(scores)
            if clause_score >= POSITIVE_FROM:
                continue
            for match in lexicon.pattern.finditer(folded):
                for topic, kind in lexicon.words[match.group()]:
                    if kind == "aspect" and clause_score >= NEGATIVE_BELOW:
                        continue
                    if kind == "complaint" and _is_negated(folded, match.start()):
                        continue
                    start = offset + match.start()
                    hit = hits.get(topic)
                    if hit is None:
                        clause_text = text[offset : offset + len(folded)]
                        hit = hits[topic] = TopicHit(topic, lexicon.labels[topic], [], clause_text, clause_score)
                    hit.evidence.append(Evidence(text[start : start + len(match.group())], start, start + len(match.group()), kind))
        # A topic backed only by an aspect word in a mildly negative clause is kept; one whose
        # clause is negative but names no complaint is still a complaint about that aspect.
        results.append(list(hits.values()))
    return results


def extract_topics(text: object, model=None, lexicon_path: str | Path = TOPICS_PATH) -> list[TopicHit]:
    """Complaint topics in one text, each with evidence words and their offsets."""
    return extract_topics_many([text], model=model, lexicon_path=lexicon_path)[0]


def _keywords(clauses: Iterable[str]) -> Counter:
    import jieba

    counts: Counter = Counter()
    for clause in clauses:
        words = {w for w in jieba.lcut(clause) if len(w) >= 2 and not w.isascii() and w not in _KEYWORD_STOPWORDS}
        counts.update(words)
    return counts


def summarize(texts: Iterable[object], top_n: int = 5, model=None) -> Summary:
    """Top complaint topics and keywords of a set of texts (e.g. one product's reviews over
    a time window). A topic or keyword counts at most once per text; keywords come from the
    clauses that carried a complaint."""
    items = list(texts)
    topic_counts: Counter = Counter()
    complaint_clauses: list[str] = []
    with_complaints = 0
    for hits in extract_topics_many(items, model=model):
        if hits:
            with_complaints += 1
        topic_counts.update({hit.label for hit in hits})
        complaint_clauses.extend({hit.clause for hit in hits})
    keywords = _keywords(complaint_clauses) if complaint_clauses else Counter()
    return Summary(topic_counts.most_common(top_n), keywords.most_common(top_n), len(items), with_complaints)
