"""Compile packs into one Aho-Corasick automaton over normalised spellings.

Banned words and allow phrases go into the SAME leftmost-longest automaton, so one pass over
a whole batch finds both and "a longer allowed phrase wins over a shorter banned word inside
it" (houbb/sensitive-word#76) is what the automaton does by itself, wherever the phrase appears
in a title (#19).  A banned word inside a longer banned word of ANOTHER category would be
hidden by leftmost-longest, so the longer pattern inherits it (保治愈 also reports 治愈).
Spellings are normalised with the same normaliser as the titles, so "NO.1", "ＮＯ１" and
"No 1" are one pattern, "no1".  The automaton scans :mod:`scan_alphabet` code units.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Iterable, Sequence

import ahocorasick_rs
import numpy as np

from sentiment.compliance.findings import LEVEL_RANK
from sentiment.compliance.packs import AllowPhrase, Entry, Pack, PackError
from sentiment.compliance.scan_alphabet import ScanAlphabet
from sentiment.normalize import SEPARATOR, Normalizer


@dataclass(frozen=True, slots=True)
class Pattern:
    """One automaton pattern: a normalised spelling and every entry that spells it so."""

    key: str
    allow: bool
    #: (entry, spelling as written in the pack, start, end of the word inside ``key``)
    entries: tuple[tuple[Entry, str, int, int], ...]
    ascii_start: bool
    ascii_end: bool

    @property
    def fixed(self) -> tuple[tuple[Entry, str], ...] | None:
        """(entry, spelling) of the findings every hit of this pattern gives, when they do not
        depend on the text around it: no context rule, no ASCII edge, every entry spanning the
        whole key.  One per category (the first, as the per-title dedupe would keep: the most
        severe, since the Lexicon sorts each key's entries by level).  None otherwise."""
        if self.allow or self.ascii_start or self.ascii_end:
            return None
        if any(entry.rule is not None or lo or hi != len(self.key) for entry, _, lo, hi in self.entries):
            return None
        first: dict[str, tuple[Entry, str]] = {}
        for entry, form, _, _ in self.entries:
            first.setdefault(entry.category, (entry, form))
        return tuple(first.values())


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class Lexicon:
    """All patterns of a set of packs plus extra allow phrases, and their automaton."""

    def __init__(self, packs: Sequence[Pack], extra_allow: Iterable[str], normalizer: Normalizer):
        allow = [phrase for pack in packs for phrase in pack.allow]
        allow += [AllowPhrase(str(p), "用户允许短语", "user") for p in extra_allow if str(p).strip()]
        spellings = [(entry, form) for pack in packs for entry in pack.entries for form in entry.forms]
        spellings += homophone_forms(spellings, merge_homophones(packs))
        keys = normalizer.normalize_many([form for _, form in spellings] + [a.phrase for a in allow])
        by_key: dict[str, list] = {}
        allowed: set[str] = set()
        for (entry, form), key in zip(spellings, keys):
            _validate(key, form, entry.pack)
            found = by_key.setdefault(key, [])
            if all(entry is not seen[0] for seen in found):  # "top1" and "top 1": one entry
                found.append((entry, form, 0, len(key)))
        # A spelling listed by several groups: the most severe level first, since the first entry of
        # each category is the one reported (see Pattern.fixed and the per-title dedupe).
        for found in by_key.values():
            if len(found) > 1:
                found.sort(key=lambda item: LEVEL_RANK[item[0].level])
        allow_keys = keys[len(spellings):]
        for phrase, key in zip(allow, allow_keys):
            _validate(key, phrase.phrase, phrase.pack)
        banned = list(by_key)
        finder = ahocorasick_rs.AhoCorasick(banned) if banned else None  # banned spellings inside others
        for key in _shadowing(set(allow_keys), finder):
            by_key.setdefault(key, [])
            allowed.add(key)
        if finder is not None:
            _inherit_other_categories(by_key, banned, allowed, finder)
        self.patterns: list[Pattern] = [
            Pattern(key, key in allowed, tuple(found), _is_ascii_alnum(key[0]), _is_ascii_alnum(key[-1]))
            for key, found in by_key.items()
        ]
        #: Fast per-hit lookups, indexed by pattern id.
        self.is_allow: list[bool] = [p.allow for p in self.patterns]
        self.fixed: list[tuple[tuple[Entry, str], ...] | None] = [p.fixed for p in self.patterns]
        self.fixed_mask = np.array([found is not None for found in self.fixed], dtype=bool)
        #: First two characters of every banned spelling (one for one-character words): where no
        #: banned word can start, a rescan can find none.
        self.banned_heads = frozenset(p.key[:2] for p in self.patterns if not p.allow)
        self.alphabet = ScanAlphabet(p.key for p in self.patterns)
        #: Leftmost-longest over two-byte code units: a byte offset / 2 is a character index.
        #: A contiguous NFA, not a DFA: with ~200k patterns the DFA took 5 s of an 11 s build
        #: (every CLI call pays it) and scanned batches at most 3 % faster (bench/bench_automaton.py).
        self.automaton = ahocorasick_rs.BytesAhoCorasick(
            self.alphabet.encode_many([p.key for p in self.patterns]),
            matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
            implementation=ahocorasick_rs.Implementation.ContiguousNFA,
        )

    def banned_keys(self) -> list[str]:
        """Normalised banned spellings (what a naive matcher would loop over)."""
        return [p.key for p in self.patterns if not p.allow]


#: Context rules whose words are facts with a figure (最长续航12小时): their homophones
#: (醉长安) are names far more often than dodges, so they get none.
_NO_HOMOPHONES_RULES = frozenset({"figure"})


def merge_homophones(packs: Sequence[Pack]) -> dict[str, tuple[str, ...]]:
    """One table from every pack's ``homophones`` section (later packs add spellings)."""
    table: dict[str, tuple[str, ...]] = {}
    for pack in packs:
        for char, subs in pack.homophones:
            table[char] = tuple(dict.fromkeys((*table.get(char, ()), *subs)))
    return table


def homophone_forms(spellings: Sequence[tuple[Entry, str]],
                    table: dict[str, tuple[str, ...]]) -> list[tuple[Entry, str]]:
    """Dodge spellings of multi-character words: one character replaced by a homophone or its
    pinyin (最佳 → 醉佳, 罪佳, zui佳; 国家级 → 国jia级; 特供 → 特gong), or two at once when
    exactly one of the two is pinyin (醉jia, 国jia鸡 is not made: 鸡 is no table entry).

    Single characters get none (醉 alone is not 最), nor do words whose context rule is
    about figures; a variant never ends up as pinyin only (zuijia), which ordinary words and
    URLs contain, and two Chinese homophones at once (醉嘉) would mostly spell real names.
    """
    if not table:
        return []
    extra: list[tuple[Entry, str]] = []
    real = {form for _, form in spellings}  # a variant never shadows a real spelling
    seen: set[tuple[int, str]] = set()      # the same variant may come from several entries

    def add(entry: Entry, variant: str) -> None:
        if variant not in real and not variant.isascii() and (id(entry), variant) not in seen:
            seen.add((id(entry), variant))
            extra.append((entry, variant))

    for entry, form in spellings:
        if len(form) < 2 or entry.rule in _NO_HOMOPHONES_RULES:
            continue
        non_ascii = sum(not ch.isascii() for ch in form)
        replaceable = [i for i, char in enumerate(form) if char in table]
        for i in replaceable:
            if non_ascii > (not form[i].isascii()):  # something not ASCII is left around it
                for sub in table[form[i]]:
                    add(entry, form[:i] + sub + form[i + 1:])
        for i, j in itertools.combinations(replaceable, 2):
            for sub_i in table[form[i]]:
                for sub_j in table[form[j]]:
                    if sub_i.isascii() != sub_j.isascii():
                        add(entry, form[:i] + sub_i + form[i + 1:j] + sub_j + form[j + 1:])
    return extra


def _inherit_other_categories(by_key: dict[str, list], banned: list[str], allowed: set[str],
                              finder: ahocorasick_rs.AhoCorasick) -> None:
    """Give each banned spelling the entries of shorter banned spellings inside it that belong
    to another category, with their position, since leftmost-longest reports only the longer.

    ``finder`` finds the spellings ``banned``; those an allow phrase spells too (in ``allowed``)
    neither give nor get entries, and a word inside an allow phrase within the spelling gives none
    either (最后一张扫码 contains 最后, which allows its 最 everywhere else).
    """
    # One scan over all keys joined by the separator (no key contains it), not one per key;
    # each key matches itself, so only the other matches are looked at.
    starts = np.fromiter(itertools.accumulate((len(key) + 1 for key in banned[:-1]), initial=0), dtype=np.int64)
    joined = SEPARATOR.join(banned)
    found = np.array(finder.find_matches_as_indexes(joined, overlapping=True), dtype=np.int64).reshape(-1, 3)
    owners = np.searchsorted(starts, found[:, 1], side="right") - 1
    keep = np.array([key not in allowed for key in banned], dtype=bool)
    inside = (found[:, 0] != owners) & keep[owners] & keep[found[:, 0]]
    owners, inner, offset = owners[inside], found[inside, 0], found[inside, 1] - starts[owners[inside]]
    shields: dict[int, list[tuple[int, int]]] = {}  # owner -> spans of allow phrases inside it
    if allowed:
        spans = np.array(ahocorasick_rs.AhoCorasick(sorted(allowed)).find_matches_as_indexes(joined, overlapping=True),
                         dtype=np.int64).reshape(-1, 3)
        holders = np.searchsorted(starts, spans[:, 1], side="right") - 1
        for holder, a0, a1 in zip(holders.tolist(), (spans[:, 1] - starts[holders]).tolist(),
                                  (spans[:, 2] - starts[holders]).tolist()):
            shields.setdefault(holder, []).append((a0, a1))
    for owner, found_in in itertools.groupby(zip(owners.tolist(), inner.tolist(), offset.tolist()),
                                             key=lambda match: match[0]):
        key = banned[owner]
        own = {entry.category for entry, *_ in by_key[key]}
        shield = shields.get(owner, ())
        for _, index, start in found_in:
            end = start + len(banned[index])
            if any(a0 <= start and end <= a1 and a1 - a0 > end - start for a0, a1 in shield):
                continue
            for entry, form, lo, hi in by_key[banned[index]]:
                if entry.category not in own:
                    by_key[key].append((entry, form, start + lo, start + hi))


def _shadowing(allow_keys: set[str], finder: ahocorasick_rs.AhoCorasick | None) -> list[str]:
    """Allow phrases that contain some banned spelling (``finder`` finds them); the others can
    never exempt anything.

    Leaving the rest out of the automaton keeps clean titles (一级能效, 100%纯棉) hit-free.
    """
    if not allow_keys or finder is None:
        return []
    return sorted(key for key in allow_keys if finder.find_matches_as_indexes(key, overlapping=True))


def _validate(key: str, written: str, pack: str) -> None:
    if not key:
        raise PackError(f"{pack}: “{written}” 归一化后为空（只含符号或空格）")
    if SEPARATOR in key:
        raise PackError(f"{pack}: “{written}” 含有控制字符")
    if len(key) == 1 and key.isascii():
        raise PackError(f"{pack}: “{written}” 太短（单个字母或数字会匹配几乎所有标题）")
    if len(key) == 1 and len("".join(written.split())) > 1:
        # 加💚 normalises to 加: the emoji is dropped before matching, so the entry would hit every 加.
        raise PackError(f"{pack}: “{written}” 归一化后只剩“{key}”（表情和符号在匹配前会被去掉），会匹配几乎所有含“{key}”的标题")
