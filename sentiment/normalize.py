"""Text normalisation for matching Chinese e-commerce text, with offsets back to the original.

Sellers dodge word filters with full-width letters (ＶＸ), traditional characters (國家級),
number forms (第①), zero-width characters and symbols inserted inside words (国@家级, 微.信).
Matching on the raw text misses all of them, so every matcher here runs on a normalised copy
and maps each normalised character back to the character the user actually wrote.

Almost every rule maps ONE source character to at most one character, so the whole job is a
single code-point lookup table applied with numpy to a whole batch at once (no per-character
Python work), and the offset map is simply the positions of the characters that were kept.
The one exception, two-digit number forms (⑩ → 10), is marked in the table and expanded
afterwards only in batches that contain one; both digits map back to the ⑩.

Rules, in order, for each code point:

* compatibility forms (NFKC): full-width → half-width, ⒜/Ⓐ/𝐀 → letters (and the emoji letters
  🅐/🅰/🇦 NFKC leaves alone), ㈠ → 一, Kangxi radicals → ideographs; number forms ①⑴⒈❶➀ →
  digits, ⑩⑽⒑⓫㉑ → two digits;
* ``№`` is kept as it is (it stands for "No"; packs spell "№1" explicitly);
* ``+`` → ``加`` so that "+V"/"+微" reads like "加V"/"加微"; 🐧 → 企鹅 (QQ's mascot, "🐧123456"),
  🛰 → 卫星 (a homophone of 微信), 💯 → 100 (💯有效), 🥇 → 冠军, 🔝 → top, 🆕 → 新, 🐟 → 鱼, ⚕ → 医生,
  💊 → 药, 👮 → 警察, 🉑 → 可, 🌸 → 花, 🟩 → 绿; other emoji are dropped
  like symbols, since sellers put them inside words (保👍本);
* Latin letters with accents → the plain letter (pinyin with tone marks: tè供, gōng);
* traditional → simplified, per character, from OpenCC ``t2s``;
* lower case; look-alikes of Latin letters → Latin (a few Greek and Cyrillic letters, small capitals
  ɴᴏ, ᐯ and ∨ for v); look-alikes of 一 from other scripts (katakana ー, bopomofo ㄧ, the stroke ㇐,
  hangul ㅡ) → 一 and katakana ニ → 二, since "第ー", "唯ㄧ" and "无ニ" read as 第一, 唯一 and 无二;
  Cyrillic з → 3 (1З8…) and old variants (㣲 → 微, 朂 冣 → 最, 囯 → 国): the tables are in
  :mod:`sentiment.lookalikes`;
* whitespace, punctuation, symbols, emoji, zero-width and other format characters and combining
  marks are dropped (``skip_symbols``), so "第 一" and "极-品" read as "第一" and "极品";
* a few symbols depend on their neighbours: a dash after 第 or 唯 before a word reads as 一 (第-品牌), a
  heart after v or 微 before a handle as 信 (V❤:tt668), a heavy cross before a contact word as 加 (✚V), 💰
  after 招 or 聚 or before 运 as luck as 财 (招💰, 💰运爆棚) and 🩸 before 压, 糖 or 脂 as 血 (🩸压高); elsewhere
  they are dropped like other symbols (the table marks them, and
  :func:`sentiment.lookalikes.read_context_symbols` decides on the few candidates numpy finds);
* after the lookup, o and l standing in for digits inside a number read as 0 and 1 (138OO1l2345,
  1OO%好评; see :func:`sentiment.lookalikes.read_digit_lookalikes`), again only on the candidates numpy finds.

〇 and 零 are left alone: they are words in their own right (零添加), not digit look-alikes.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from sentiment.lookalikes import (CAPITAL_LOOKALIKES, CONTEXT_BLOOD, CONTEXT_CROSSES, CONTEXT_DASHES, CONTEXT_HEARTS,
                                  CONTEXT_MONEY, LOOKALIKES, SYMBOL_WORDS, read_context_symbols, read_digit_lookalikes)

#: Joins texts in a batch.  It survives normalisation, and no word pattern may contain it.
SEPARATOR = "\x1f"

_DROPPED = np.uint32(0xFFFFFFFF)
#: Table value of a symbol that is dropped or read as a character depending on its neighbours.
_CONTEXT = np.uint32(0xFFFFFFFE)
#: Table values from here up (below _DROPPED) stand for multi-character expansions.
_EXPAND_BASE = 0xFFFF0000
_TABLE_SIZE = 0x110000
_DROP_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Mn", "Me",
                              "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"})
# Ranges worth scanning: everything outside them is either identity or unassigned.
_SCANNED_RANGES = ((0x0000, 0x3400), (0x4DC0, 0x4E00), (0xA000, 0x10000),
                   (0x1D400, 0x1D800), (0x1F000, 0x1FB00), (0xE0000, 0xE0080))
_CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000))  # compatibility ideographs go through NFKC
_PLUS_SIGNS = frozenset("+\u2795\u2214\u02d6\u2295")  # + ➕ ∔ ˖ ⊕ (＋ ﹢ ⁺ ₊ become + through NFKC)
#: Symbols kept as they are: "№" stands for two letters (NFKC "No"), which a one-to-one
#: mapping cannot produce, and dropping it would turn "№1" into a bare "1".
_KEPT_SYMBOLS = frozenset("№")
@dataclass(frozen=True, slots=True)
class NormalizeOptions:
    """Which rules to apply.  Defaults suit word matching; sentiment scoring may keep symbols."""

    compatibility: bool = True
    traditional_to_simplified: bool = True
    fold_case: bool = True
    skip_symbols: bool = True
    plus_as_jia: bool = True


@dataclass(frozen=True, slots=True)
class Normalized:
    """One normalised text and, for each of its characters, the index of its source character."""

    text: str
    offsets: tuple[int, ...]
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of ``text`` to the span of ``original`` it was made from.

        The span covers everything between the first and last source characters, so an
        inserted symbol inside a word ("国@家级") is part of the reported text.
        """
        if end <= start:
            point = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return point, point
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True, slots=True)
class NormalizedBatch:
    """Many texts normalised in one pass, kept joined so one matcher pass can scan them all.

    ``text`` is the normalised texts joined by :data:`SEPARATOR`; ``offsets[i]`` is the index in
    ``source`` (the originals joined the same way) of ``text[i]``; ``starts``/``source_starts``
    hold where each item begins in ``text``/``source`` (with one sentinel at the end);
    ``codes``/``source_codes`` are the code points of ``text``/``source``, for matchers that
    work on arrays (a byte automaton, vectorised looks at what was dropped).
    """

    text: str
    codes: np.ndarray
    offsets: np.ndarray
    source: str
    starts: np.ndarray
    source_starts: np.ndarray
    source_codes: np.ndarray

    def __len__(self) -> int:
        return len(self.starts) - 1

    def texts(self) -> list[str]:
        """The normalised texts, one per input."""
        return self.text.split(SEPARATOR)

    def item(self, index: int) -> Normalized:
        """One item with offsets relative to its own original text."""
        start, end = int(self.starts[index]), int(self.starts[index + 1]) - 1
        base = int(self.source_starts[index])
        original = self.source[base:int(self.source_starts[index + 1]) - 1]
        offsets = tuple((self.offsets[start:end] - base).tolist())
        return Normalized(self.text[start:end], offsets, original)


class Normalizer:
    """Applies one set of :class:`NormalizeOptions` through a precomputed code-point table."""

    def __init__(self, options: NormalizeOptions | None = None) -> None:
        self.options = options or NormalizeOptions()
        self._table, self._expansions = _build_table(self.options)

    def normalize(self, text: str) -> Normalized:
        """Normalise one text and keep the offset map."""
        return self.normalize_batch([text]).item(0)

    def normalize_text(self, text: str) -> str:
        """Normalise one text when offsets are not needed."""
        return self.normalize_batch([text]).text

    def normalize_many(self, texts: Iterable[str]) -> list[str]:
        """Normalise many texts in one pass (the fast path for scoring and matching)."""
        texts = list(texts)
        if not texts:
            return []
        return self.normalize_batch(texts).texts()

    def normalize_batch(self, texts: Sequence[str]) -> NormalizedBatch:
        """Normalise a batch at C speed: one table lookup over the joined code points."""
        source = _joined_source(texts)
        codes = _code_points(source)
        mapped = self._table[codes]
        if self.options.skip_symbols:
            read_context_symbols(codes, mapped, _CONTEXT, _DROPPED)
        offsets = np.flatnonzero(mapped != _DROPPED)
        normalised = np.take(mapped, offsets)  # faster than boolean-mask indexing
        if self._expansions and normalised.size and normalised.max() >= _EXPAND_BASE:
            normalised, offsets = _expand(normalised, offsets, self._expansions)
        if self.options.compatibility:
            normalised = read_digit_lookalikes(normalised)
        text = normalised.tobytes().decode("utf-32-le")
        sep = ord(SEPARATOR)
        starts = _item_starts(np.flatnonzero(normalised == sep), len(normalised))
        source_starts = _item_starts(np.flatnonzero(codes == sep), len(codes))
        return NormalizedBatch(text, normalised, offsets, source, starts, source_starts, codes)


def _expand(normalised: np.ndarray, offsets: np.ndarray,
            expansions: tuple[np.ndarray, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Replace each expansion marker by its characters, all pointing at the same source."""
    marked = np.flatnonzero(normalised >= _EXPAND_BASE)
    replacements = [expansions[int(normalised[i]) - _EXPAND_BASE] for i in marked]
    counts = np.ones(normalised.size, dtype=np.int64)
    counts[marked] = [len(r) for r in replacements]
    out = np.repeat(normalised, counts)
    out_offsets = np.repeat(offsets, counts)
    out_starts = np.cumsum(counts) - counts
    for i, chars in zip(marked, replacements):
        out[out_starts[i]:out_starts[i] + len(chars)] = chars
    return out, out_offsets


def _code_points(source: str) -> np.ndarray:
    """Code points of ``source`` as an array (UTF-16 when it fits: 5x faster than UTF-32)."""
    utf16 = source.encode("utf-16-le", "surrogatepass")
    if len(utf16) == 2 * len(source):  # no characters beyond the BMP
        return np.frombuffer(utf16, dtype=np.uint16)
    return np.frombuffer(source.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _item_starts(separator_positions: np.ndarray, total: int) -> np.ndarray:
    """Start of every item plus a sentinel one past the end (as if a separator followed)."""
    starts = np.empty(len(separator_positions) + 2, dtype=np.int64)
    starts[0] = 0
    starts[1:-1] = separator_positions + 1
    starts[-1] = total + 1
    return starts


def _joined_source(texts: Sequence[str]) -> str:
    """Join texts with the separator; a separator inside a text becomes a space first.

    Counting separators in the joined string is one C-level pass, so clean batches pay nothing.
    """
    texts = texts if isinstance(texts, (list, tuple)) else list(texts)
    source = SEPARATOR.join(texts)
    if source.count(SEPARATOR) != len(texts) - 1:
        source = SEPARATOR.join(t.replace(SEPARATOR, " ") for t in texts)
    return source


@functools.lru_cache(maxsize=1)
def _t2s_chars() -> dict[str, str]:
    """Character-level traditional → simplified map, computed once from OpenCC."""
    import opencc

    chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # OpenCC merged or split a line: fall back per character
        converter = opencc.OpenCC("t2s")
        converted = [converter.convert(c) for c in chars]
    return {a: b for a, b in zip(chars, converted) if a != b and len(b) == 1}


def _compatibility_char(ch: str) -> str:
    """NFKC for one character, plus digits for number forms NFKC leaves alone (❶➀⓵, ⓫❿).

    Only number forms may become several characters (⑩ → "10"); other multi-character
    compatibility forms (㎏, ™, ﬀ) stay as they are.
    """
    number_form = unicodedata.category(ch) == "No"
    if number_form:
        digit = unicodedata.digit(ch, None)
        if digit is not None:
            return str(digit)
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) > 1:
        folded = folded.strip("().")
    if folded != ch and (len(folded) == 1 or folded.isdigit()):
        return folded
    if number_form:
        value = unicodedata.numeric(ch, None)
        if value is not None and value == int(value) and 0 <= value <= 100:
            return str(int(value))
    return ch


def _map_char(ch: str, options: NormalizeOptions, t2s: dict[str, str]) -> str | None:
    """Where one source character goes (several digits for ⑩); None when it is dropped."""
    if ch == SEPARATOR:
        return ch
    if ch in _KEPT_SYMBOLS:
        return ch
    if options.skip_symbols and ch in SYMBOL_WORDS:
        return SYMBOL_WORDS[ch]
    if options.compatibility and (letter := _enclosed_letter(ch)):
        return letter.lower() if options.fold_case else letter
    if options.compatibility:
        ch = _compatibility_char(ch)
        if len(ch) > 1:
            return ch
    if options.plus_as_jia and ch in _PLUS_SIGNS:
        return "加"
    ch = t2s.get(ch, ch)
    if options.fold_case:
        ch = CAPITAL_LOOKALIKES.get(ch, ch)
        lowered = ch.lower()
        ch = lowered if len(lowered) == 1 else ch
        ch = LOOKALIKES.get(ch, ch)
        ch = _without_accent(ch)
    if options.skip_symbols and unicodedata.category(ch) in _DROP_CATEGORIES:
        return None
    return ch


#: Emoji letters NFKC leaves alone: negative circled 🅐–🅩, negative squared 🅰–🆉 and regional
#: indicators 🇦–🇿 ("🅥🅧：tao123" is "VX：tao123").
_ENCLOSED_LETTER_RANGES = (0x1F150, 0x1F170, 0x1F1E6)


def _enclosed_letter(ch: str) -> str | None:
    code = ord(ch)
    for first in _ENCLOSED_LETTER_RANGES:
        if first <= code < first + 26:
            return chr(ord("A") + code - first)
    return None


def _without_accent(ch: str) -> str:
    """è → e, ǒ → o, ü → u: a Latin letter whose decomposition is an ASCII letter plus marks."""
    if ch.isascii() or not ch.isalpha():
        return ch
    decomposed = unicodedata.normalize("NFD", ch)
    if len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha() \
            and all(unicodedata.category(mark) == "Mn" for mark in decomposed[1:]):
        return decomposed[0]
    return ch


@functools.lru_cache(maxsize=8)
def _build_table(options: NormalizeOptions) -> tuple[np.ndarray, tuple[np.ndarray, ...]]:
    """The code-point table (identity except where a rule changes or drops the character) and
    the expansions that table values from ``_EXPAND_BASE`` up stand for."""
    table = np.arange(_TABLE_SIZE, dtype=np.uint32)
    expansions: list[np.ndarray] = []
    t2s = _t2s_chars() if options.traditional_to_simplified else {}
    for lo, hi in _SCANNED_RANGES:
        for code in range(lo, hi):
            ch = chr(code)
            mapped = _map_char(ch, options, t2s)
            if mapped is None:
                table[code] = _DROPPED
            elif len(mapped) > 1:
                table[code] = _EXPAND_BASE + len(expansions)
                expansions.append(np.array([ord(c) for c in mapped], dtype=np.uint32))
            elif mapped != ch:
                table[code] = ord(mapped)
    for traditional, simplified in t2s.items():
        table[ord(traditional)] = ord(simplified)
    for ch in LOOKALIKES:  # look-alikes in blocks the scan skips (丅 among the CJK ideographs)
        mapped = _map_char(ch, options, t2s)
        if mapped is not None and len(mapped) == 1:
            table[ord(ch)] = ord(mapped)
    if options.skip_symbols:
        for ch in CONTEXT_DASHES + CONTEXT_HEARTS + CONTEXT_CROSSES + CONTEXT_MONEY + CONTEXT_BLOOD:
            table[ord(ch)] = _CONTEXT
    table.setflags(write=False)
    return table, tuple(expansions)


@functools.lru_cache(maxsize=1)
def default_normalizer() -> Normalizer:
    """The shared normaliser with default options (built on first use, ~0.2 s)."""
    return Normalizer()


def normalize(text: str) -> Normalized:
    """Normalise ``text`` with the default options; ``result.offsets`` maps back to ``text``."""
    return default_normalizer().normalize(text)


def normalize_text(text: str) -> str:
    """Normalised text only (no offsets)."""
    return default_normalizer().normalize_text(text)


def normalize_many(texts: Iterable[str]) -> list[str]:
    """Normalise many texts in one batched pass."""
    return default_normalizer().normalize_many(texts)


def normalize_batch(texts: Sequence[str]) -> NormalizedBatch:
    """Batch form used by matchers that scan all texts in one pass."""
    return default_normalizer().normalize_batch(texts)
