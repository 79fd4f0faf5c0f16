"""Compile packs into one Aho-Corasick automaton over normalised spellings.

The automaton scans UTF-16 code units, one per character: hit offsets are then character
offsets (no byte → character conversion per hit) and the code units come straight from the
normaliser's code-point array.

Banned words and allow phrases go into the SAME automaton, so one pass over a whole batch
finds both, and "a longer allowed phrase wins over a shorter banned word inside it" becomes a
span comparison between hits (houbb/sensitive-word#76) that applies wherever the phrase
appears in a title (#19).  Spellings are normalised with the same normaliser as the titles,
so "NO.1", "ＮＯ１" and "No 1" are one pattern, "no1".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import ahocorasick_rs

from sentiment.compliance.packs import AllowPhrase, Entry, Pack, PackError
from sentiment.normalize import SEPARATOR, Normalizer


@dataclass(frozen=True, slots=True)
class Pattern:
    """One automaton pattern: a normalised spelling and every entry that spells it so."""

    key: str
    allow: bool
    entries: tuple[tuple[Entry, str], ...]  # (entry, spelling as written in the pack)
    ascii_start: bool
    ascii_end: bool


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class Lexicon:
    """All patterns of a set of packs plus extra allow phrases, and their automaton."""

    def __init__(self, packs: Sequence[Pack], extra_allow: Iterable[str], normalizer: Normalizer):
        allow = [phrase for pack in packs for phrase in pack.allow]
        allow += [AllowPhrase(str(p), "用户允许短语", "user") for p in extra_allow if str(p).strip()]
        spellings = [(entry, form) for pack in packs for entry in pack.entries for form in entry.forms]
        keys = normalizer.normalize_many([form for _, form in spellings] + [a.phrase for a in allow])
        by_key: dict[str, list] = {}
        allowed: set[str] = set()
        for (entry, form), key in zip(spellings, keys):
            _validate(key, form, entry.pack)
            by_key.setdefault(key, []).append((entry, form))
        allow_keys = keys[len(spellings):]
        for phrase, key in zip(allow, allow_keys):
            _validate(key, phrase.phrase, phrase.pack)
        for key in _shadowing(set(allow_keys), list(by_key)):
            by_key.setdefault(key, [])
            allowed.add(key)
        self.patterns: list[Pattern] = [
            Pattern(key, key in allowed, tuple(found), _is_ascii_alnum(key[0]), _is_ascii_alnum(key[-1]))
            for key, found in by_key.items()
        ]
        #: Fast per-hit lookups, indexed by pattern id.
        self.is_allow: list[bool] = [p.allow for p in self.patterns]
        #: Runs over UTF-16-LE code units, so a byte offset / 2 is a character index.
        self.automaton = ahocorasick_rs.BytesAhoCorasick(
            [to_scan_units(p.key) for p in self.patterns],
            implementation=ahocorasick_rs.Implementation.DFA,
        )
        #: Patterns with characters beyond the BMP: their hits must be confirmed on the text.
        self.needs_confirmation = frozenset(i for i, p in enumerate(self.patterns)
                                            if any(ord(ch) > 0xFFFF for ch in p.key))

    def banned_keys(self) -> list[str]:
        """Normalised banned spellings (what a naive matcher would loop over)."""
        return [p.key for p in self.patterns if not p.allow]


#: Stand-in for characters beyond the BMP in the scanned code units (they are rare in titles).
BEYOND_BMP = 0xFFFD


def to_scan_units(text: str) -> bytes:
    """UTF-16-LE bytes with one unit per character (astral characters → U+FFFD)."""
    return "".join(ch if ord(ch) <= 0xFFFF else chr(BEYOND_BMP) for ch in text).encode("utf-16-le")


def _shadowing(allow_keys: set[str], banned_keys: list[str]) -> list[str]:
    """Allow phrases that contain some banned spelling; the others can never exempt anything.

    Leaving the rest out of the automaton keeps clean titles (一级能效, 100%纯棉) hit-free.
    """
    if not allow_keys or not banned_keys:
        return []
    finder = ahocorasick_rs.AhoCorasick(banned_keys)
    return sorted(key for key in allow_keys if finder.find_matches_as_indexes(key, overlapping=True))


def _validate(key: str, written: str, pack: str) -> None:
    if not key:
        raise PackError(f"{pack}: “{written}” 归一化后为空（只含符号或空格）")
    if SEPARATOR in key:
        raise PackError(f"{pack}: “{written}” 含有控制字符")
    if len(key) == 1 and key.isascii():
        raise PackError(f"{pack}: “{written}” 太短（单个字母或数字会匹配几乎所有标题）")
