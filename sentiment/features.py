"""Texts → hashed binary features for the linear sentiment model, a whole batch at a time.

Why this shape: building n-gram *strings* in Python costs ~250 ns each (allocation, hashing,
set insertion), ~70 µs for an average review — too slow for 10 k texts/s on one core. So the
batch is joined into one string, turned into a numpy array of code points, and every feature
becomes a 64-bit hash computed with vectorised integer arithmetic. A model is then just a
sorted array of feature hashes plus their weights (``numpy.searchsorted`` does the look-up).

Feature families (all binary, per text):

* character n-grams (1..4) of the normalised text, punctuation included (！！ and 。。。 carry
  sentiment too) — they cover almost every Chinese sentiment word without a segmenter;
* negation scope: characters and bigrams governed by a negator (不/没/无/别/未/非…), up to
  punctuation, a contrast word (但/却/可…) or ``NEGATION_WINDOW`` characters, hashed with their
  own salt — this is what lets ``没有想象中好`` come out negative although ``好`` is positive.
  With ``negation_replaces`` (new models) those characters and bigrams lose their plain form,
  so 没有一次失望 carries "negated 失望" instead of both 失望 and its negation;
* lexicon cues: a shipped list of general-domain sentiment words, flipped when negated, gives
  ``@pos``/``@neg`` features that carry a prior to domains the training reviews never covered.

Normalisation is one ``str.translate`` over the joined batch: full-width → half-width,
upper → lower case, traditional → simplified (the character map is stored in each model),
then runs of the same punctuation mark collapsed to two.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

import numpy as np

NGRAM_MAX = 4
NEGATION_WINDOW = 6

#: Characters that end a clause: a negation scope never crosses them.
CLAUSE_BREAKS = "，,。.！!？?；;：:、~～…\n\r\t ()（）[]【】《》\"'“”‘’/|-—_*#&"
#: Single-character negators.
NEGATORS = "不没无别未非勿莫"
#: Two-character words that begin with a negator but do not negate what follows.
NOT_NEGATION_AFTER = (
    "不错 不过 不但 不仅 不管 不论 不少 不同 不久 不断 不停 不得 不然 不如 不禁 不由 不一 "
    "无论 无比 无敌 无限 无需 无须 无意 非常 非要 别人 别的 别处 别家 别说 没事 没想 未来 未必 莫名"
).split()
#: Two-character words that end in a negator character without being a negation (特别好).
NOT_NEGATION_BEFORE = "特别 区别 分别 级别 个别 类别 识别 告别 差别 性别 离别 鉴别 辨别 是非 除非 莫非 无非".split()
#: A negator followed by one of these: the pair is the negator (没有, 不是, 不太 …).
NEGATOR_SECOND_CHARS = "有是要太够怎很"
#: Contrast words: the negation scope stops before them (不贵但是很差).
SCOPE_STOPPERS = "但却可而就"

_MASK64 = (1 << 64) - 1
_PRIME = np.uint64(0x100000001B3)
_SALT_NEGATION = 0x5BD1E9955BD1E995
_LEXICON_FEATURES = ("@pos", "@neg", "@pos2", "@neg2", "@both", "@morepos", "@moreneg", "@lastpos", "@lastneg")
_SAME_PUNCT_RUN = re.compile(r"([!?.。~…,])\1{2,}")


def _splitmix(x: np.ndarray) -> np.ndarray:
    """Avalanche a uint64 array (splitmix64 finaliser) so nearby inputs give unrelated keys."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _salted(values: np.ndarray, salt: int) -> np.ndarray:
    return _splitmix(values + np.uint64(salt & _MASK64))


def special_feature_key(name: str) -> int:
    """Hash of a named feature (lexicon cues) in the same 64-bit space as the n-grams."""
    seed = 0
    for ch in name:
        seed = (seed * 1_000_003 + ord(ch)) & _MASK64
    return int(_splitmix(np.array([seed], dtype=np.uint64))[0])


#: Keys of the lexicon cue features (training gives them their own weight).
LEXICON_FEATURE_KEYS = np.array([special_feature_key(n) for n in _LEXICON_FEATURES], dtype=np.uint64)


def build_translation(char_map: dict[str, str] | None = None) -> dict[int, str]:
    """A ``str.translate`` table: width and case folding, separators, plus ``char_map``."""
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block → ASCII
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    for code in range(0xFF21, 0xFF3B):
        table[code] = chr(code - 0xFEE0 + 32)
    for source, target in (char_map or {}).items():
        if len(source) == 1 and len(target) == 1:
            table[ord(source)] = target
    return table


def _member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """``numpy.isin`` for a small sorted set without sorting the (large) ``values``."""
    idx = np.searchsorted(sorted_set, values)
    idx[idx == sorted_set.size] = 0
    return sorted_set[idx] == values


def _codes(chars: str) -> np.ndarray:
    return np.frombuffer(chars.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def ngram_key(word: str) -> int:
    """The feature hash of one n-gram (used to find lexicon words among a text's n-grams)."""
    codes = [int(c) for c in _codes(word)]
    h = 0
    for code in codes:
        h = (h * int(_PRIME) + code) & _MASK64
    return int(_salted(np.array([h], dtype=np.uint64), len(codes))[0])


class KeyIndex:
    """Maps uint64 feature keys to row numbers (or -1) with a vectorised hash table.

    Why not ``numpy.searchsorted``: on 300 k random keys a vectorised open-addressing probe
    is several times faster, and look-ups dominate scoring time.
    """

    def __init__(self, keys: np.ndarray) -> None:
        self.keys = keys
        bits = max(4, int(np.ceil(np.log2(max(2 * keys.size, 2)))))
        self.mask = (1 << bits) - 1
        self.shift = np.uint64(64 - bits)
        self.slots = np.full(1 << bits, -1, dtype=np.int64)
        pending = np.arange(keys.size, dtype=np.int64)
        base = (keys >> self.shift).astype(np.int64)
        probe = 0
        while pending.size:
            slot = (base[pending] + probe) & self.mask
            free = self.slots[slot] == -1
            self.slots[slot[free]] = pending[free]  # on a tie the last write wins …
            placed = self.slots[slot] == pending  # … and the losers probe on
            pending = pending[~placed]
            probe += 1

    def lookup(self, queries: np.ndarray) -> np.ndarray:
        """Row of each query key in ``keys``, -1 when absent."""
        result = np.full(queries.size, -1, dtype=np.int64)
        todo = np.arange(queries.size)
        base = (queries >> self.shift).astype(np.int64)
        probe = 0
        while todo.size:
            found = self.slots[(base[todo] + probe) & self.mask]
            empty = found == -1
            hit = ~empty
            hit[hit] = self.keys[found[hit]] == queries[todo[hit]]
            result[todo[hit]] = found[hit]
            todo = todo[~(empty | hit)]
            probe += 1
        return result


class FeatureExtractor:
    """Turns a batch of texts into ``(row, key)`` pairs; configured by (and saved with) a model."""

    def __init__(
        self,
        char_map: dict[str, str] | None = None,
        positive_words: Iterable[str] = (),
        negative_words: Iterable[str] = (),
        ngram_max: int = NGRAM_MAX,
        use_negation: bool = True,
        use_lexicon: bool = True,
        negation_replaces: bool = False,
    ) -> None:
        self.char_map = dict(char_map or {})
        self.table = build_translation(self.char_map)
        self.positive = sorted({w.translate(self.table) for w in positive_words if w})
        self.negative = sorted({w.translate(self.table) for w in negative_words if w})
        self.ngram_max = int(ngram_max)
        self.use_negation = bool(use_negation)
        self.negation_replaces = bool(negation_replaces) and self.use_negation
        self.use_lexicon = bool(use_lexicon) and bool(self.positive or self.negative)
        lexicon = {ngram_key(w): 1 for w in self.negative}
        lexicon.update({ngram_key(w): 0 for w in self.positive})
        self._lexicon_index = KeyIndex(np.array(list(lexicon), dtype=np.uint64))
        self._lexicon_polarity = np.array(list(lexicon.values()) + [-1], dtype=np.int64)
        self._lexicon_keys = LEXICON_FEATURE_KEYS
        self._break_codes = _codes(CLAUSE_BREAKS + "\x00" + SCOPE_STOPPERS)
        self._negator_codes = _codes(NEGATORS)
        self._second_codes = _codes(NEGATOR_SECOND_CHARS)
        self._not_after_keys = np.array(sorted(ngram_key(w) for w in NOT_NEGATION_AFTER), dtype=np.uint64)
        self._not_before_keys = np.array(sorted(ngram_key(w) for w in NOT_NEGATION_BEFORE), dtype=np.uint64)

    def config(self) -> dict:
        """JSON-serialisable settings, so a saved model rebuilds the same extractor."""
        return {
            "ngram_max": self.ngram_max,
            "use_negation": self.use_negation,
            "use_lexicon": self.use_lexicon,
            "negation_replaces": self.negation_replaces,
            "char_map": self.char_map,
            "positive_words": self.positive,
            "negative_words": self.negative,
        }

    @classmethod
    def from_config(cls, config: dict) -> "FeatureExtractor":
        return cls(
            char_map=config.get("char_map"),
            positive_words=config.get("positive_words", ()),
            negative_words=config.get("negative_words", ()),
            ngram_max=int(config.get("ngram_max", NGRAM_MAX)),
            use_negation=bool(config.get("use_negation", True)),
            use_lexicon=bool(config.get("use_lexicon", True)),
            negation_replaces=bool(config.get("negation_replaces", False)),  # older models: False
        )

    def normalise(self, texts: Sequence[object]) -> list[str]:
        """The canonical form of each text as the model sees it (non-strings become "")."""
        joined = "\x00".join(t if isinstance(t, str) else "" for t in texts)
        if joined.count("\x00") != len(texts) - 1:  # a text contained NUL itself
            joined = "\x00".join((t if isinstance(t, str) else "").replace("\x00", " ") for t in texts)
        joined = _SAME_PUNCT_RUN.sub(r"\1\1", joined.translate(self.table))
        return [t.strip() for t in joined.split("\x00")] if texts else []

    def extract(self, texts: Sequence[object], unique: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """Unique ``(row, key)`` feature pairs of a batch: ``row`` indexes ``texts``.

        Texts that are empty after normalisation have no features at all.
        """
        clean = self.normalise(texts)
        joined = "\x00" + "\x00".join(clean) + "\x00"
        codes = _codes(joined)
        n = codes.size
        is_sep = codes == 0
        row_of = np.cumsum(is_sep) - 1  # text index of every position
        sep_cum = np.concatenate(([0], np.cumsum(is_sep)))

        keys: list[np.ndarray] = []
        rows: list[np.ndarray] = []
        h = codes.copy()
        grams: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for size in range(1, self.ngram_max + 1):
            if size > 1:
                h = h[:-1] * _PRIME + codes[size - 1 :]
            starts = np.arange(n - size + 1)
            valid = (sep_cum[starts + size] - sep_cum[starts]) == 0
            pos = starts[valid]
            gram_keys = _salted(h[valid], size)
            grams[size] = (pos, gram_keys)
            keys.append(gram_keys)
            rows.append(row_of[pos])

        in_scope = self._negation_scope(codes, grams) if self.use_negation else None
        if in_scope is not None and self.negation_replaces:
            for size in (1, 2):  # keys/rows[size - 1] hold the plain n-grams of that size
                pos, gram_keys = grams[size]
                negated = in_scope[pos] if size == 1 else in_scope[pos] & in_scope[pos + 1]
                keys[size - 1] = gram_keys[~negated]
                rows[size - 1] = row_of[pos[~negated]]
        if in_scope is not None:
            uni_pos, uni_keys = grams[1]
            sel = in_scope[uni_pos]
            keys.append(_salted(uni_keys[sel], _SALT_NEGATION))
            rows.append(row_of[uni_pos[sel]])
            bi_pos, bi_keys = grams[2]
            sel = in_scope[bi_pos] & in_scope[bi_pos + 1]
            keys.append(_salted(bi_keys[sel], _SALT_NEGATION))
            rows.append(row_of[bi_pos[sel]])
        if self.use_lexicon:
            lex_rows, lex_keys = self._lexicon_cues(grams, row_of, in_scope, len(clean))
            keys.append(lex_keys)
            rows.append(lex_rows)

        all_keys = np.concatenate(keys)
        all_rows = np.concatenate(rows).astype(np.int64)
        if not unique:
            return all_rows, all_keys
        # Binary features: drop repeats of the same key within one text.
        mixed = all_keys ^ _splitmix(all_rows.astype(np.uint64) + np.uint64(0x2545F4914F6CDD1D))
        _, first = np.unique(mixed, return_index=True)
        return all_rows[first], all_keys[first]

    def _negation_scope(self, codes: np.ndarray, grams: dict) -> np.ndarray:
        """Boolean mask: position lies in the scope of a preceding negator."""
        n = codes.size
        neg = np.isin(codes, self._negator_codes)
        neg_pos = np.flatnonzero(neg)
        if neg_pos.size == 0:
            return np.zeros(n, dtype=bool)
        bi_pos, bi_keys = grams[2]
        bigram_at = np.zeros(n, dtype=np.uint64)
        bigram_at[bi_pos] = bi_keys
        after = _member(bigram_at[neg_pos], self._not_after_keys)
        before = (neg_pos > 0) & _member(bigram_at[np.maximum(neg_pos - 1, 0)], self._not_before_keys)
        neg_pos = neg_pos[~(after | before)]
        starts = neg_pos + 1
        skip = starts < n
        skip[skip] = np.isin(codes[starts[skip]], self._second_codes)
        starts = starts + skip
        starts = starts[starts < n]
        last_start = np.full(n, -1, dtype=np.int64)
        last_start[starts] = starts
        last_start = np.maximum.accumulate(last_start)
        breaks = np.isin(codes, self._break_codes)
        last_break = np.where(breaks, np.arange(n), -1)
        last_break = np.maximum.accumulate(last_break)
        idx = np.arange(n)
        return (last_start >= 0) & (last_break < last_start) & (idx - last_start < NEGATION_WINDOW)

    def _lexicon_cues(self, grams: dict, row_of: np.ndarray, in_scope, n_texts: int):
        """Per-text ``@pos``/``@neg`` (and ``…2`` for two or more, ``@both``) features."""
        positions = np.concatenate([pos for pos, _ in grams.values()])
        found = self._lexicon_index.lookup(np.concatenate([keys for _, keys in grams.values()]))
        hit = found >= 0
        hit_pos = positions[hit]
        negative = self._lexicon_polarity[found[hit]] == 1
        if in_scope is not None:
            negative ^= in_scope[hit_pos]  # 不满意 counts as negative, 没问题 as positive
        hit_rows = row_of[hit_pos]
        pos_count = np.bincount(hit_rows[~negative], minlength=n_texts)
        neg_count = np.bincount(hit_rows[negative], minlength=n_texts)
        # The last sentiment word often gives the verdict (还行吧，就是太慢了 / 贵是贵，但好吃).
        last_negative = np.zeros(n_texts, dtype=bool)
        has_hit = np.zeros(n_texts, dtype=bool)
        if hit_pos.size:
            order = np.lexsort((hit_pos, hit_rows))
            by_row = hit_rows[order]
            last = np.flatnonzero(np.append(by_row[1:] != by_row[:-1], True))
            last_negative[by_row[last]] = negative[order][last]
            has_hit[by_row] = True
        cues = [pos_count >= 1, neg_count >= 1, pos_count >= 2, neg_count >= 2, (pos_count >= 1) & (neg_count >= 1),
                pos_count > neg_count, neg_count > pos_count, has_hit & ~last_negative, has_hit & last_negative]
        rows = [np.flatnonzero(c) for c in cues]
        keys = [np.full(r.size, k, dtype=np.uint64) for r, k in zip(rows, self._lexicon_keys)]
        return np.concatenate(rows), np.concatenate(keys)
