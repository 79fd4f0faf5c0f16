"""Turn the surviving automaton hits of a title into findings.

This is the only per-title Python work of a check, so it is written for speed: the offset
arithmetic is done in numpy for all hits first, and the rarer checks (rules, ASCII word
boundaries, 《》/® names) run only when they can apply.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Callable

import numpy as np

from sentiment.compliance import context_rules, whole_title
from sentiment.compliance.findings import CATEGORIES, LEVEL_RANK, Finding, dedupe, without_covered_lead_ins
from sentiment.compliance.lexicon import Lexicon, Pattern
from sentiment.compliance.packs import Entry
from sentiment.normalize import NormalizedBatch

_RULES = context_rules.RULES
_SPANS = context_rules.SPANS
_NAME_MARKS = re.compile(r"[《「『〈®™©]")
_PLATFORM_RULE = "平台规则：禁止发布站外联系方式、引导站外交易"
#: Phone numbers and "V：id" handles are found by code, not pack words; these are their entries.
PHONE_ENTRY = Entry(
    word="电话号码", forms=(), category="diversion", level="block", article=_PLATFORM_RULE,
    reason="标题中出现电话号码，引导买家站外联系", suggestion="删除号码，使用平台内客服沟通",
    replacement="", rule=None, pack="builtin")
HANDLE_ENTRY = Entry(
    word="联系账号", forms=(), category="diversion", level="block", article=_PLATFORM_RULE,
    reason="标题中出现“V：账号”式站外联系方式", suggestion="删除账号，使用平台内客服沟通",
    replacement="", rule=None, pack="builtin")
OFFSITE_ENTRY = Entry(
    word="站外地址", forms=(), category="diversion", level="block", article=_PLATFORM_RULE,
    reason="标题中出现邮箱、网址、“平台@账号”或口令码（￥…￥），引导买家站外联系或交易", suggestion="删除地址、账号或口令，使用平台内客服沟通",
    replacement="", rule=None, pack="builtin")


#: Law article per category, for the claim model's findings (which have no pack entry).
_MODEL_ARTICLES = {
    "absolute": "《广告法》第九条第（三）项",
    "authority": "《广告法》第九条第（二）项",
    "medical": "《广告法》第十七条",
    "guarantee": "《广告法》第十六条、第二十四条至第二十八条",
    "superstition": "《广告法》第九条第（八）项",
    "diversion": _PLATFORM_RULE,
}
_MODEL_SUGGESTIONS = {
    "absolute": "删除绝对化、无法证明的比较说法，改为客观描述（材质、规格、数值）",
    "authority": "删除国家机关、军队、官方媒体或特供/专供相关表述",
    "medical": "普通商品不得宣称预防、治疗疾病或医疗效果，删除相关描述",
    "guarantee": "删除对效果、收益、通过率的保证或承诺",
    "superstition": "删除招财、转运、辟邪等迷信功效描述",
    "diversion": "删除站外联系方式或引导，使用平台内客服沟通",
}


#: One entry per category for the claim model's findings; {word} is the evidence text.
MODEL_ENTRIES = {
    category: Entry(
        word="模型判断", forms=(), category=category, level="review", article=article,
        reason=f"词库未命中，但文字模型判断标题疑似含{CATEGORIES[category]}（主要依据“{{word}}”），请人工核实",
        suggestion=_MODEL_SUGGESTIONS[category], replacement="", rule=None, pack="claim_model")
    for category, article in _MODEL_ARTICLES.items()
}


def model_finding(ctx: "TitleContext", flag) -> Finding | None:
    """A ``review`` finding for a title the claim model flagged (see claim_model.Flagged).

    A level override can lower it to ``info`` but never raise it: a model alone must not block.
    ``suggest_rewrite`` leaves its text alone: the model cannot say what to write instead.
    """
    index = flag.index
    base = ctx.base_of[index]
    o0 = int(ctx.offsets[flag.start]) - base
    o1 = int(ctx.offsets[flag.end - 1]) + 1 - base
    title = ctx.titles[index]
    if _NAME_MARKS.search(title) is not None and context_rules.is_work_title_or_trademark(title, o0, o1):
        return None  # 《世界上最伟大的推销员》: the evidence is a book's or a brand's name
    entry = MODEL_ENTRIES.get(flag.category)
    if entry is None:
        return None
    level = "info" if ctx.overrides.get(flag.category) == "info" else "review"
    return Finding(title[o0:o1], o0, o1, title[o0:o1], level, entry)


class TitleContext:
    """What every title of one batch shares: the batch, titles, patterns, level overrides."""

    __slots__ = ("batch", "titles", "patterns", "fixed", "fixed_mask", "overrides", "starts", "source_starts",
                 "offsets", "rescan", "start_of", "base_of")

    def __init__(self, batch: NormalizedBatch, titles: list[str], lexicon: Lexicon, overrides: dict[str, str],
                 rescan: Callable[[str, int], list[tuple[int, int, int]]] | None = None) -> None:
        self.batch, self.titles = batch, titles
        self.patterns, self.fixed, self.fixed_mask = lexicon.patterns, lexicon.fixed, lexicon.fixed_mask
        self.overrides = overrides
        #: rescan(text, before) -> [(pattern id, char start, char end)]: the automaton's hits in one
        #: normalised string that start before ``before``.
        self.rescan = rescan
        self.starts = batch.starts
        self.source_starts = batch.source_starts
        # Indexing a memoryview yields plain ints, 3x faster than numpy scalar indexing.
        self.offsets = memoryview(np.ascontiguousarray(batch.offsets, dtype=np.int64))
        #: Where title i starts in the normalised text / the joined original text, as plain ints.
        self.start_of = memoryview(np.ascontiguousarray(batch.starts, dtype=np.int64))
        self.base_of = memoryview(np.ascontiguousarray(batch.source_starts, dtype=np.int64))

    def normalised(self, index: int) -> str:
        """The normalised text of title ``index``."""
        return self.batch.text[self.start_of[index]:self.start_of[index + 1] - 1]

    def title_at(self, position: int) -> int:
        """Index of the title containing normalised character ``position``."""
        return int(np.searchsorted(self.starts, position, side="right")) - 1


def findings_by_title(ctx: TitleContext, pattern_ids: np.ndarray, starts: np.ndarray,
                      ends: np.ndarray):
    """Yield (title index, findings) for banned hits given as global character spans.

    Owner titles, title-local character offsets and original offsets are computed in numpy
    for all hits at once; Python then only sees plain ints.  A title whose hits all have fixed
    findings (see :attr:`Pattern.fixed`) and nothing dropped inside them (which the across-words
    test would need) skips :func:`title_findings`: the automaton's hits never
    overlap, so its findings are those of each hit in turn.
    """
    owner = np.searchsorted(ctx.starts, starts, side="right") - 1
    order = np.argsort(owner, kind="stable")
    owner, pattern_ids, starts, ends = owner[order], pattern_ids[order], starts[order], ends[order]
    offsets, base = ctx.batch.offsets, ctx.source_starts[owner]
    gap_inside = offsets[ends - 1] - offsets[starts] > ends - starts - 1
    fixed_hit = ctx.fixed_mask[pattern_ids] & ~gap_inside
    rows = list(zip(pattern_ids.tolist(), (starts - ctx.starts[owner]).tolist(),
                    (ends - ctx.starts[owner]).tolist(), (offsets[starts] - base).tolist(),
                    (offsets[ends - 1] + 1 - base).tolist()))
    owners = owner.tolist()
    cuts = (np.flatnonzero(np.diff(owner)) + 1).tolist()
    group_starts = [0, *cuts]
    all_fixed = np.logical_and.reduceat(fixed_hit, group_starts).tolist() if rows else []
    titles, fixed, overrides = ctx.titles, ctx.fixed, ctx.overrides
    for lo, hi, plain in zip(group_starts, [*cuts, len(rows)], all_fixed):
        index = owners[lo]
        if plain:
            title = titles[index]
            names: bool | None = None
            found = []
            for pid, _, _, o0, o1 in rows[lo:hi]:
                for entry, form in fixed[pid]:
                    if entry.category != "diversion":
                        if names is None:
                            names = _NAME_MARKS.search(title) is not None
                        if names and context_rules.is_work_title_or_trademark(title, o0, o1):
                            continue
                    level = overrides.get(entry.category, entry.level) if overrides else entry.level
                    found.append(Finding(title[o0:o1], o0, o1, form, level, entry))
        else:
            found = title_findings(ctx, index, rows[lo:hi])
        if found and whole_title.may_apply(titles[index]) is not None:
            found = whole_title.adjust(titles[index], found, partial(ctx.normalised, index))
        if found:
            yield index, found


def title_findings(ctx: TitleContext, index: int, rows: list) -> list[Finding]:
    """Findings of title ``index`` from its banned hits:
    (pattern id, local char start, local char end, original start, original end)."""
    patterns = ctx.patterns
    start, base = ctx.start_of[index], ctx.base_of[index]
    candidates = []
    # The automaton's hits never overlap, so one hit can contain another only when a spelling
    # brings words from inside it; and the same span twice needs a spelling of several entries.
    inherited = several = False
    for pid, c0, c1, o0, o1 in rows:
        pattern = patterns[pid]
        entries = pattern.entries
        if len(entries) > 1:
            several = True
        for entry, form, lo, hi in entries:
            if lo or hi != c1 - c0:  # a word inherited from inside the matched spelling
                inherited = True
                candidates.append(_candidate(ctx, start, base, c0 + lo, c0 + hi, entry, form, pattern))
            else:
                candidates.append((c0, c1, o0, o1, entry, form, pattern))
    if inherited and len(candidates) > 1:
        candidates = _drop_contained(candidates)
    title, offsets = ctx.titles[index], ctx.offsets
    norm: str | None = None
    check_names: bool | None = None
    findings: list[Finding] = []
    rescanned: set[int] = set()
    position = 0
    while position < len(candidates):
        c0, c1, o0, o1, entry, form, pattern = candidates[position]
        position += 1
        level = entry.level
        if o1 - o0 > c1 - c0 and _across_tokens(ctx, title, start, base, c0, c1, o0, o1):  # a gap inside
            if norm is None:
                norm = ctx.normalised(index)
            candidates.extend(_masked(ctx, index, norm, c0, c1, rescanned))
            continue
        if entry.rule is not None or pattern.ascii_start or pattern.ascii_end:
            if norm is None:
                norm = ctx.normalised(index)
            if (pattern.ascii_start or pattern.ascii_end) and not _on_word_boundary(
                    pattern, norm, c0, c1, ctx.offsets, start, entry.rule == "contact"):
                candidates.extend(_masked(ctx, index, norm, c0, c1, rescanned))
                continue
            if entry.rule is not None:
                level = _RULES[entry.rule](norm, c0, c1, level)
                if level is None:
                    candidates.extend(_masked(ctx, index, norm, c0, c1, rescanned))
                    continue
                if level == "block" and entry.rule == "contact":
                    c1 = context_rules.contact_id_end(norm, c1)
                    o1 = ctx.offsets[start + c1 - 1] + 1 - base
                elif entry.rule in _SPANS:
                    if any(char.isspace() for char in title[o0:o1]):  # 12小时 不锈钢: two written words
                        candidates.extend(_masked(ctx, index, norm, c0, c1, rescanned))
                        continue
                    o0, o1 = _wider(ctx, title, start, base, *_SPANS[entry.rule](norm, c0, c1), o0, o1)
                    candidates.extend(_masked(ctx, index, norm, c0, c1, rescanned))  # 次不 hides 不坏
        if entry.category != "diversion":
            if check_names is None:
                check_names = _NAME_MARKS.search(title) is not None
            if check_names and context_rules.is_work_title_or_trademark(title, o0, o1):
                continue
        if ctx.overrides:
            level = ctx.overrides.get(entry.category, level)
        findings.append(Finding(title[o0:o1], o0, o1, form, level, entry))
    if len(findings) > 1 and (several or inherited or rescanned):
        findings = dedupe(findings)
        if any(finding.entry.rule in _SPANS for finding in findings):
            findings = without_covered_lead_ins(findings, _SPANS)
    return findings


def _wider(ctx: TitleContext, title: str, start: int, base: int, c0: int, c1: int, o0: int, o1: int) -> tuple[int, int]:
    """Offsets of a span a rule widened (十年不炸 for the listed 年不), kept within the written word:
    the wider part stops at whitespace, so the finding never swallows the next word."""
    w0, w1 = ctx.offsets[start + c0] - base, ctx.offsets[start + c1 - 1] + 1 - base
    while w0 < o0 and any(char.isspace() for char in title[w0:o0]):
        w0 += 1
    gap = next((at for at in range(o1, w1) if title[at].isspace()), w1)
    return w0, gap


def _across_tokens(ctx: TitleContext, title: str, start: int, base: int, c0: int, c1: int, o0: int, o1: int) -> bool:
    """Whether a hit joins the end of one written word to the start of the next one
    (学院风 水手服 → 风水, 泡脚药包 治风湿 → 包治, 80PLUS白金牌 服务器 → 金牌服务).

    Normalisation drops spaces so that spaced-out words are still caught, including ones glued to
    what comes before (性价比无 敌, 全网 最 低价).  Two written words look different: the hit starts
    inside one word, a single whitespace gap follows, and the rest of the hit is the start of
    another word that goes on after it.  Callers only ask about hits with something dropped inside
    them (the common hit has nothing, and that test is cheaper inline).
    """
    offsets = ctx.offsets
    if c0 == 0 or offsets[start + c0] - offsets[start + c0 - 1] != 1:
        return False  # the hit starts a written word
    gaps = [at for at in range(c0 + 1, c1) if offsets[start + at] - offsets[start + at - 1] > 1]
    if len(gaps) != 1:
        return False  # more gaps: a spaced-out word (无 出 其 右)
    if gaps[0] - c0 > 1 and not _is_cjk(title[o0 - 1]):
        return False  # 400电话 订购: a word of its own after a figure, then the next one
    following = int(offsets[start + gaps[0]]) - base
    if not any(ch.isspace() for ch in title[int(offsets[start + gaps[0] - 1]) + 1 - base:following]):
        return False  # only a symbol was slipped in (国@家级)
    return o1 < len(title) and _ends_word(title[o0 - 1]) and _is_cjk(title[o0]) \
        and (_is_cjk(title[o1]) or title[o1].isascii() and title[o1].isalpha())  # 30包 治jiao气: pinyin goes on


def _ends_word(ch: str) -> bool:
    """The character before the hit's first one belongs to the same written word: a Chinese
    character, or a figure or letter (30天 白酒 → 天白, 10包 黑咖啡 → 包黑)."""
    return _is_cjk(ch) or ch.isalnum()


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _masked(ctx: TitleContext, index: int, norm: str, c0: int, c1: int, done: set[int]) -> list:
    """Candidates that a hit dropped by its context rule (or an ASCII boundary) was hiding.

    Leftmost-longest matching reports one hit per stretch of text, so a word that starts inside
    a dropped hit (泡澡包退黄: 包退, exempt, hides 退黄) was never reported; the title is scanned
    again from just after the dropped hit's start, and only words starting inside it are kept
    (the main pass already saw everything after it).  Each start is rescanned once.
    """
    if ctx.rescan is None or c0 in done:
        return []
    done.add(c0)
    start, base = ctx.start_of[index], ctx.base_of[index]
    found = []
    for pid, h0, h1 in ctx.rescan(norm[c0 + 1:], c1 - c0 - 1):
        h0, h1 = h0 + c0 + 1, h1 + c0 + 1
        if h0 >= c1:
            break
        pattern = ctx.patterns[pid]
        if pattern.allow:
            continue
        for entry, form, lo, hi in pattern.entries:
            found.append(_candidate(ctx, start, base, h0 + lo, h0 + hi, entry, form, pattern))
    return found


def _candidate(ctx: TitleContext, start: int, base: int, c0: int, c1: int, entry: Entry, form: str,
               pattern: Pattern) -> tuple:
    """A candidate for title characters ``c0:c1`` (title-local), with its original offsets."""
    return (c0, c1, ctx.offsets[start + c0] - base, ctx.offsets[start + c1 - 1] + 1 - base, entry, form, pattern)


def phone_span(ctx: TitleContext, start: int, end: int) -> tuple[int, int, int]:
    """(title index, original start, original end) of a normalised span of the batch."""
    index = ctx.title_at(start)
    base = ctx.base_of[index]
    return index, ctx.offsets[start] - base, ctx.offsets[end - 1] + 1 - base


def source_span(ctx: TitleContext, start: int, end: int) -> tuple[int, int, int]:
    """(title index, original start, original end) of a span of the joined source text."""
    index = int(np.searchsorted(ctx.source_starts, start, side="right")) - 1
    base = ctx.base_of[index]
    return index, start - base, end - base


def builtin_finding(ctx: TitleContext, index: int, o0: int, o1: int, entry: Entry,
                    existing: tuple[Finding, ...]) -> Finding | None:
    """A finding from a built-in detector, unless a pack finding at least as severe already covers
    the span (an `info` finding for the qq of abc123@qq.com must not hide the address)."""
    rank = LEVEL_RANK[entry.level]
    if any(f.category == entry.category and f.start < o1 and o0 < f.end and LEVEL_RANK[f.level] <= rank
           for f in existing):
        return None
    return Finding(ctx.titles[index][o0:o1], o0, o1, entry.word,
                   ctx.overrides.get(entry.category, entry.level), entry)


def _drop_contained(candidates: list) -> list:
    """Keep a hit only if no longer hit of the same category contains it (最佳 beats 最).

    Sorted by start, longest first, a container always precedes what it contains, so each
    hit is compared with the hits already kept only.
    """
    candidates.sort(key=lambda c: (c[0], -c[1]))
    kept: list = []
    for cand in candidates:
        c1, length, category = cand[1], cand[1] - cand[0], cand[4].category
        for other in kept:
            if other[1] >= c1 and other[1] - other[0] > length and other[4].category == category:
                break
        else:
            kept.append(cand)
    return kept


def _on_word_boundary(pattern: Pattern, norm: str, c0: int, c1: int, offsets: memoryview,
                      start: int, digits_may_follow: bool) -> bool:
    """ASCII words must not be glued to letters/digits they were written next to.

    "top1" must not match "desktop1TB" or "TOP10"; but "AI TOP1" (a space was dropped in
    normalisation) is fine, so adjacency is judged in the original text.  Contact handles may
    be glued to a number ("vx13812345678"): that is exactly the id the contact rule looks for;
    but not to digits and letters mixed (TG100V88, QQ3S), which is a model number.
    """
    if pattern.ascii_start and c0 > 0 and _is_word_char(norm[c0 - 1]) \
            and offsets[start + c0] - offsets[start + c0 - 1] == 1:
        return False
    if pattern.ascii_end and c1 < len(norm) and _is_word_char(norm[c1]) \
            and offsets[start + c1] - offsets[start + c1 - 1] == 1:
        return digits_may_follow and _glued_digits_only(norm, c1, offsets, start)
    return True


def _glued_digits_only(norm: str, at: int, offsets: memoryview, start: int) -> bool:
    """Whether the letters and digits written right after ``at`` are all digits, reading on across a
    single dropped character (VX2758-2KP-MHD is a model number, vx13812345678 an account)."""
    end = at
    while end < len(norm) and _is_word_char(norm[end]) \
            and (end == at or offsets[start + end] - offsets[start + end - 1] <= 2):
        if not norm[end].isdigit():
            return False
        end += 1
    return end > at


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
