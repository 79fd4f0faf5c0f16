"""Dense two-byte code units for the automaton, one per character.

The automaton only needs to tell apart the characters that occur in patterns; every other
character becomes one filler unit.  Each code unit is (low byte ≥ 0x40, high byte ≤ 0x3F), so
a pattern (which starts with a low byte) can never match across two units: byte offset / 2 is
always a character offset, and leftmost-longest matching cannot be fooled by a misaligned hit.
The small alphabet also keeps the automaton's hot transitions in cache (~25 % faster than raw
UTF-16 in bench/bench_compliance.py).
"""

from __future__ import annotations

import itertools
from typing import Iterable

import numpy as np

from sentiment.compliance.packs import PackError
from sentiment.normalize import SEPARATOR

_LOW_BASE, _LOW_VALUES = 0x40, 0xC0      # low bytes 0x40..0xFF
_HIGH_VALUES = 0x3F                      # high bytes 0x01..0x3F
CAPACITY = _LOW_VALUES * _HIGH_VALUES - 2


def _unit(number: int) -> int:
    return (1 + number // _LOW_VALUES) << 8 | (_LOW_BASE + number % _LOW_VALUES)


class ScanAlphabet:
    """Maps normalised code points to the automaton's code units."""

    def __init__(self, keys: Iterable[str]) -> None:
        chars = sorted(set("".join(keys)))
        if len(chars) > CAPACITY:
            raise PackError(f"词库中不同字符过多（{len(chars)} 个，上限 {CAPACITY}）")
        table = np.full(0x110000, _unit(0), dtype="<u2")   # 0: filler
        table[ord(SEPARATOR)] = _unit(1)
        if chars:
            table[np.array([ord(ch) for ch in chars])] = [_unit(2 + i) for i in range(len(chars))]
        table.setflags(write=False)
        self.table = table

    def encode(self, text: str) -> bytes:
        """A pattern's code units."""
        return self.table[np.frombuffer(text.encode("utf-32-le"), dtype="<u4")].tobytes()

    def encode_many(self, texts: list[str]) -> list[bytes]:
        """Code units of many patterns: one numpy gather for all, then slices (the lexicon has
        ~200k patterns; one gather each took a second of the build)."""
        joined = self.table[np.frombuffer("".join(texts).encode("utf-32-le"), dtype="<u4")].tobytes()
        ends = list(itertools.accumulate(2 * len(text) for text in texts))
        return [joined[start:end] for start, end in zip([0, *ends], ends)]

    def encode_codes(self, codes: np.ndarray) -> bytes:
        """A normalised batch's code units (one numpy gather)."""
        return self.table[codes].tobytes()
