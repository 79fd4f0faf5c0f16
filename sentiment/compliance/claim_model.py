"""A character n-gram model that flags claims the word packs miss, as ``review`` findings.

Why: the packs catch stock phrases (最好, 治疗, 加微信) but not a claim put in the seller's own
words — 我爸喝了半年血糖降下来了, 戴上它领导都夸我运气好.  On unseen title batches the packs alone
caught 71–93 % of violating titles, the packs and this model 90–96 %; a linear model over
character uni-, bi- and trigrams of the *normalised* title (so 國@家級 and 国家级 look alike)
generalises from the wording of thousands of labelled titles instead of exact phrases.

It only adds ``review`` findings, never ``block``: a model can be wrong, so it asks the seller
to check a title and never stops one from being published.  Its finding names the category the
model believes in and points at the stretch of the title that pushed the score up most.

Why this shape: scoring must keep the checker above 300k titles/s on one core, i.e. well under
a microsecond per title.  So a title's score is a sum of table look-ups: every n-gram is hashed
with vectorised uint32 arithmetic over the whole batch's code points, its weight read from a
dense table of 2**BITS int8 weights, and the per-title sums taken with ``np.add.reduceat``.  Only the
few flagged titles go on to the category model and the evidence search.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import NamedTuple, Sequence

import numpy as np

from sentiment.normalize import SEPARATOR

#: Hash table size (2**BITS buckets per table).  18 bits: ~0.1 % of the n-grams seen in
#: training share a bucket, and the flag table (1 MB) stays cache-friendly.
BITS = 18
ORDERS = (1, 2, 3)
MODEL_FILE = "claims.npz"
#: Characters of evidence a finding points at.
EVIDENCE_WINDOW = 6

_SHIFT = np.uint32(32 - BITS)
_SEP = ord(SEPARATOR)
_MULTIPLIERS = tuple(np.uint32(m) for m in (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F))
_SALT = np.uint32(0x165667B1)


#: Code point → the code hashed for it: ASCII digits all read as 0, so a claim (7天见效, 瘦10斤)
#: does not depend on its figure.  A table gather is cheaper than converting and folding.
_FOLD = np.arange(1 << 16, dtype=np.uint32)
_FOLD[ord("0"):ord("9") + 1] = ord("0")
_LOW16 = np.uint32(0xFFFF)


def ngram_keys(codes: np.ndarray) -> dict[int, np.ndarray]:
    """order → bucket of the n-gram starting at each position (n-grams that would run past the
    end are absent, so the array for order n has len(codes) - n + 1 entries).

    Characters beyond the BMP are hashed by their low 16 bits (rare in titles; only the hash
    quality of those few n-grams suffers).  N-grams touching the batch separator still get a
    key here; callers drop them (see :func:`separator_ngrams`), so a title's score never
    depends on its neighbours.
    """
    folded = _FOLD.take(codes if codes.dtype == np.uint16 else codes & _LOW16)
    first = folded * _MULTIPLIERS[0]
    keys = {1: (first ^ _SALT) >> _SHIFT}
    if len(folded) >= 2:
        pair = first[:-1] ^ (folded[1:] * _MULTIPLIERS[1])
        keys[2] = pair >> _SHIFT
        if len(folded) >= 3:
            keys[3] = ((pair[:-1] * _MULTIPLIERS[2]) ^ (folded[2:] * _MULTIPLIERS[3])) >> _SHIFT
    return keys


def separator_ngrams(separators: np.ndarray, order: int, length: int) -> np.ndarray:
    """Start positions of the n-grams of ``order`` that contain a separator (valid indices of an
    array of ``length`` n-grams)."""
    starts = (separators[:, None] - np.arange(order)[None, :]).ravel()
    return starts[(starts >= 0) & (starts < length)]


def title_ngrams(codes: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(title index, bucket) of every n-gram inside a title, for training: the slow-but-simple
    form of what :meth:`ClaimModel.flag_logits` sums."""
    rows, cols, _, _ = _title_ngrams(codes, starts)
    return rows, cols


def _title_ngrams(codes: np.ndarray, starts: np.ndarray):
    """(title index, bucket, start position, order) of every n-gram inside a title."""
    keys = ngram_keys(codes)
    title_of = np.searchsorted(starts, np.arange(len(codes)), side="right") - 1
    separators = np.flatnonzero(codes == _SEP)
    rows, cols, positions, orders = [], [], [], []
    for order, bucket in keys.items():
        keep = np.ones(len(bucket), dtype=bool)
        keep[separator_ngrams(separators, order, len(bucket))] = False
        where = np.flatnonzero(keep)
        rows.append(title_of[where])
        cols.append(bucket[where])
        positions.append(where)
        orders.append(np.full(len(where), order))
    return (np.concatenate(rows), np.concatenate(cols).astype(np.int64), np.concatenate(positions),
            np.concatenate(orders))


class Flagged(NamedTuple):
    """A title the model flags: its index in the batch, category and the evidence span in
    normalised text (batch-global positions, half-open).  A NamedTuple: thousands are built
    per batch, and a frozen dataclass costs several times as much to construct."""

    index: int
    category: str
    start: int
    end: int


@dataclass(frozen=True)
class ClaimModel:
    """Two linear models over hashed n-gram counts.

    ``flag_weights`` (int8, times ``flag_scale``)/``flag_bias``: logit that a title carries a
    violation — int8 so the table (256 KB) stays in cache: the look-ups are most of the cost;
    ``category_weights``/``category_bias``: which category, for flagged titles;
    ``threshold``: probability from which a title is flagged (chosen leave-one-batch-out, see
    ``bench/train_claim_model.py``); ``info``: training counts and figures, for reports.
    """

    flag_weights: np.ndarray
    flag_scale: float
    flag_bias: float
    category_weights: np.ndarray
    category_bias: np.ndarray
    categories: tuple[str, ...]
    threshold: float
    info: dict = field(default_factory=dict)
    #: ``category_weights`` transposed: one contiguous row per category, for per-category gathers.
    _category_columns: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_category_columns", np.ascontiguousarray(self.category_weights.T))

    def flag_logits(self, codes: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """Logit per item of a normalised batch (``codes`` joined by separators, ``starts`` with
        the sentinel): all vectorised, ~0.4 µs per title.  Sums run in int16 (3 × 127 fits), a
        fifth faster than int32."""
        if len(starts) < 2:
            return np.zeros(0)
        separators = np.flatnonzero(codes == _SEP)  # between titles, and masked characters
        total = np.zeros(len(codes) + 1, dtype=np.int16)  # + 1: an empty last title starts past the end
        for order, bucket in ngram_keys(codes).items():
            values = self.flag_weights.take(bucket)
            values[separator_ngrams(separators, order, len(values))] = 0
            total[:len(values)] += values
        return np.add.reduceat(total, starts[:-1], dtype=np.int32) * self.flag_scale + self.flag_bias

    def flagged(self, codes: np.ndarray, starts: np.ndarray, only: np.ndarray | None = None,
                reported: dict[int, frozenset[str]] | None = None) -> list[Flagged]:
        """Titles at or above the threshold (restricted to the boolean mask ``only``), with
        their category and evidence span; a title whose category is among ``reported[index]``
        (what the packs already found in it) is left out."""
        logits = self.flag_logits(codes, starts)
        limit = np.log(self.threshold / (1.0 - self.threshold))
        hit = logits >= limit
        if only is not None:
            hit &= only
        indices = np.flatnonzero(hit)
        if not len(indices):
            return []
        # The flagged titles again as a small batch of their own (copied with one gather):
        # categories and evidence for all of them in a few vectorised passes.
        sub, sub_starts, begins = _sub_batch(codes, starts, indices)
        rows, cols, positions, orders = _title_ngrams(sub, sub_starts)
        best = self._best_categories(rows, cols, len(indices))
        if reported:
            categories = self.categories
            keep = [i for i, (index, category) in enumerate(zip(indices.tolist(), best))
                    if categories[category] not in reported.get(index, ())]
            if not keep:
                return []
            if len(keep) < len(indices):  # evidence only for the titles that get a finding
                indices, best = indices[keep], [best[i] for i in keep]
                sub, sub_starts, begins = _sub_batch(codes, starts, indices)
                rows, cols, positions, orders = _title_ngrams(sub, sub_starts)
        spans = _evidence(self.flag_weights[cols].astype(np.float64) / orders, positions, orders,
                          sub_starts, len(sub))
        categories = self.categories
        return [Flagged(index, categories[category], begin + s0, begin + s1)
                for index, category, begin, (s0, s1) in zip(indices.tolist(), best, begins.tolist(), spans)
                if s1 > s0]

    def _best_categories(self, rows: np.ndarray, cols: np.ndarray, count: int) -> list[int]:
        """Index of the best-scoring category of each title of a sub-batch (one contiguous
        gather per category: cheaper than gathering rows of the buckets × categories table)."""
        scores = np.stack([np.bincount(rows, weights=column.take(cols), minlength=count)
                           for column in self._category_columns],
                          axis=1) + self.category_bias
        return np.argmax(scores, axis=1).tolist()

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        np.savez_compressed(
            path, flag_weights=self.flag_weights, flag_scale=self.flag_scale, flag_bias=self.flag_bias,
            category_weights=self.category_weights.astype(np.float16),
            category_bias=self.category_bias, categories=np.array(self.categories),
            threshold=self.threshold, info=np.array(repr(self.info)), bits=BITS)
        return path

    @classmethod
    def load(cls, path) -> "ClaimModel":
        with np.load(path, allow_pickle=False) as data:
            if int(data["bits"]) != BITS:
                raise ValueError(f"{path}: model built for {int(data['bits'])}-bit hashing, this code uses {BITS}")
            return cls(flag_weights=data["flag_weights"].astype(np.int8),
                       flag_scale=float(data["flag_scale"]),
                       flag_bias=float(data["flag_bias"]),
                       category_weights=data["category_weights"].astype(np.float32),
                       category_bias=data["category_bias"].astype(np.float32),
                       categories=tuple(str(c) for c in data["categories"]),
                       threshold=float(data["threshold"]),
                       info=ast.literal_eval(str(data["info"])))


def _sub_batch(codes: np.ndarray, starts: np.ndarray, indices: np.ndarray):
    """(codes, starts with sentinel, begin of each in the batch) of the titles ``indices`` of a
    normalised batch, as a batch of their own (one gather)."""
    begins = starts[indices]
    lengths = (starts[indices + 1] - 1 - begins).astype(np.int64)
    sub_starts = np.zeros(len(indices) + 1, dtype=np.int64)
    np.cumsum(lengths + 1, out=sub_starts[1:])
    source = np.repeat(begins - sub_starts[:-1], lengths + 1) + np.arange(int(sub_starts[-1]))
    source[sub_starts[1:] - 1] = len(codes)  # one past the end: the separator appended below
    sub = np.append(codes, codes.dtype.type(_SEP)).take(source)[:-1]
    return sub, sub_starts, begins


def _evidence(spread: np.ndarray, positions: np.ndarray, orders: np.ndarray, sub_starts: np.ndarray,
              length: int, window: int = EVIDENCE_WINDOW) -> list[tuple[int, int]]:
    """Per title of a sub-batch, the (start, end) of the ``window``-character stretch that adds
    most to its score (each n-gram's weight shared by its characters; one cumulative sum gives
    every stretch's total), relative to the title."""
    per_char = np.zeros(length + max(ORDERS))
    for shift in range(max(ORDERS)):
        reach = orders > shift
        per_char += np.bincount(positions[reach] + shift, weights=spread[reach], minlength=len(per_char))
    running = np.concatenate([[0.0], np.cumsum(per_char[:length])])
    sizes = np.diff(sub_starts)  # title length + its separator
    title_end = np.repeat(sub_starts[1:] - 1, sizes)[:length]
    ends = np.minimum(np.arange(length) + window, title_end)
    sums = running[ends] - running[:length]
    sums[ends == np.arange(length)] = -np.inf  # separators: an empty stretch is no evidence
    titles = np.repeat(np.arange(len(sizes)), sizes)[:length]
    best = np.maximum.reduceat(sums, sub_starts[:-1])
    tied = np.flatnonzero(sums == best[titles])
    first = tied[np.r_[True, titles[tied][1:] != titles[tied][:-1]]]  # the first best stretch of each title
    base = sub_starts[titles[first]]
    spans = dict(zip(titles[first].tolist(), zip((first - base).tolist(), (ends[first] - base).tolist())))
    return [spans.get(title, (0, 0)) for title in range(len(sizes))]


@functools.lru_cache(maxsize=1)
def default_model() -> ClaimModel | None:
    """The model shipped in ``sentiment/models`` (None when it is missing: the packs still work)."""
    resource = resources.files("sentiment.models").joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    with resources.as_file(resource) as path:
        return ClaimModel.load(path)


def train(titles: Sequence[str], labels: Sequence[str], *, model_input, c_flag: float = 3.0,
          c_category: float = 9.0, threshold: float = 0.6, info: dict | None = None) -> ClaimModel:
    """Fit both models on titles labelled with a category or ``"clean"`` (needs scikit-learn,
    the ``train`` extra)."""
    from sklearn.linear_model import LogisticRegression

    matrix = design_matrix(titles, model_input)
    labels = np.asarray(labels)
    violating = labels != "clean"
    flag = LogisticRegression(C=c_flag, max_iter=3000).fit(matrix, violating.astype(int))
    category = LogisticRegression(C=c_category, max_iter=3000).fit(matrix[violating], labels[violating])
    categories = tuple(str(c) for c in category.classes_)
    weights = np.asarray(category.coef_, dtype=np.float32).T
    bias = np.asarray(category.intercept_, dtype=np.float32)
    if len(categories) == 2:  # binary LogisticRegression keeps one column
        weights = np.hstack([-weights / 2, weights / 2])
        bias = np.array([-bias[0] / 2, bias[0] / 2], dtype=np.float32)
    weights8, scale = quantized(flag.coef_[0])
    return ClaimModel(flag_weights=weights8, flag_scale=scale,
                      flag_bias=float(flag.intercept_[0]), category_weights=weights,
                      category_bias=bias, categories=categories, threshold=threshold,
                      info=dict(info or {}))


def quantized(weights: np.ndarray) -> tuple[np.ndarray, float]:
    """int8 weights and their scale (the largest weight maps to 127)."""
    scale = float(np.abs(weights).max()) / 127 or 1.0
    return np.round(weights / scale).astype(np.int8), scale


def design_matrix(titles: Sequence[str], model_input) -> "scipy.sparse.csr_matrix":
    """Sparse (titles × 2**BITS) n-gram count matrix, with the same hashing as scoring.

    ``model_input(titles) -> (codes, starts)``: what the model sees, :meth:`Checker.model_input`
    (normalised, allow phrases masked).
    """
    from scipy import sparse

    codes, starts = model_input(list(titles))
    rows, cols = title_ngrams(codes, starts)
    values = np.ones(len(rows), dtype=np.float32)
    return sparse.csr_matrix((values, (rows, cols)), shape=(len(titles), 1 << BITS))
