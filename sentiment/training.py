"""Train a sentiment model from a labelled CSV, with numpy only.

Why no scikit-learn: sellers retrain on their own reviews on the daemon's machine, and the
runtime dependencies stay small. The model is an L2-regularised logistic regression on
TF-IDF-weighted, L2-normalised binary features, fitted with L-BFGS (a ~60-line two-loop
implementation below); on the 44 k shared reviews it matches scikit-learn's liblinear.

CSV format: a header row with at least ``label`` and ``review`` (extra columns ignored);
``label`` is 1 (positive) or 0 (negative). ``text`` / ``content`` are accepted for ``review``.
"""

from __future__ import annotations

import csv
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

from .features import LEXICON_FEATURE_KEYS, FeatureExtractor
from .model import LinearModel

DEFAULT_C = 10.0
DEFAULT_MIN_COUNT = 3
#: How much more the lexicon cues (@pos, @neg …) weigh than an n-gram of the same document
#: frequency.  Short reviews from other domains (food delivery, films, apps) share few
#: n-grams with shop reviews, so the cues carry them; 3 lifts a held-out probe of such
#: reviews by ~9 points for ~0.25 point on shop reviews (docs/sentiment.md).
DEFAULT_LEXICON_WEIGHT = 3.0
LEXICON_PATH = Path(__file__).with_name("models") / "lexicon.yaml"
Progress = Callable[[str], None]


@dataclass
class TrainingReport:
    """What :func:`train_from_csv` did, for the CLI and the docs."""

    model_path: Path
    n_train: int
    n_features: int
    train_accuracy: float
    dev_accuracy: float | None
    seconds: float


def read_labelled_csv(path: str | Path) -> tuple[list[str], np.ndarray]:
    """``(texts, labels)`` from a CSV with ``label`` and ``review`` columns; rows without a
    0/1 label are skipped. ValueError when the columns are missing."""
    texts: list[str] = []
    labels: list[int] = []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = set(reader.fieldnames or ())
        text_column = next((c for c in ("review", "text", "content") if c in fields), None)
        if "label" not in fields or text_column is None:
            raise ValueError(f"{path}: need a header with 'label' and 'review' columns, got {sorted(fields)}")
        for row in reader:
            label = (row.get("label") or "").strip()
            if label not in ("0", "1"):
                continue
            texts.append(row.get(text_column) or "")
            labels.append(int(label))
    return texts, np.array(labels, dtype=np.int64)


def default_extractor() -> FeatureExtractor:
    """Extractor with the shipped lexicon and a traditional→simplified map (via OpenCC)."""
    import yaml  # runtime dependency of the project, only needed when training

    lexicon = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    positive = lexicon["positive"].split() + lexicon.get("positive_symbols", "").split()
    negative = lexicon["negative"].split() + lexicon.get("negative_symbols", "").split()
    return FeatureExtractor(char_map=traditional_to_simplified_map(), positive_words=positive,
                            negative_words=negative, negation_replaces=True)


def traditional_to_simplified_map() -> dict[str, str]:
    """Single-character t2s map over the CJK block; empty (no folding) without OpenCC."""
    try:
        import opencc
    except ImportError:
        return {}
    chars = [chr(code) for code in range(0x4E00, 0xA000)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        return {}
    return {a: b for a, b in zip(chars, converted) if a != b and len(b) == 1}


def _design(extractor: FeatureExtractor, texts: Sequence[str], batch: int = 4000):
    """Unique ``(row, key)`` pairs for all texts, extracted in batches to bound memory."""
    rows, keys = [], []
    for start in range(0, len(texts), batch):
        r, k = extractor.extract(texts[start : start + batch], unique=True)
        rows.append(r + start)
        keys.append(k)
    return np.concatenate(rows), np.concatenate(keys)


class _SparseRows:
    """Just enough of a CSR matrix for logistic regression: X·w and Xᵀ·g via bincount."""

    def __init__(self, rows: np.ndarray, cols: np.ndarray, values: np.ndarray, shape: tuple[int, int]):
        self.rows, self.cols, self.values, self.shape = rows, cols, values, shape

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=self.values * w[self.cols], minlength=self.shape[0])

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=self.values * g[self.rows], minlength=self.shape[1])


def _logistic_objective(X: _SparseRows, y: np.ndarray, C: float):
    """f(θ) = ½‖w‖² + C·Σ log(1+exp(−s·(Xw+b))) and its gradient; θ = (w, b)."""
    signs = 2.0 * y - 1.0

    def evaluate(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        margin = signs * (X.dot(w) + b)
        loss = np.logaddexp(0.0, -margin).sum()
        coef = -signs * (1.0 / (1.0 + np.exp(np.clip(margin, -50, 50))))
        grad = np.empty_like(theta)
        grad[:-1] = w + C * X.tdot(coef)
        grad[-1] = C * coef.sum()
        return 0.5 * float(w @ w) + C * float(loss), grad

    return evaluate


def lbfgs(evaluate, theta: np.ndarray, max_iter: int = 300, memory: int = 10, tol: float = 1e-4,
          progress: Progress | None = None) -> np.ndarray:
    """Minimise with limited-memory BFGS and a backtracking (Armijo) line search."""
    value, grad = evaluate(theta)
    history: list[tuple[np.ndarray, np.ndarray, float]] = []
    g0 = float(np.abs(grad).max()) or 1.0
    for iteration in range(1, max_iter + 1):
        direction = -grad
        alphas = []
        for s, yv, rho in reversed(history):
            alpha = rho * float(s @ direction)
            alphas.append(alpha)
            direction = direction - alpha * yv
        if history:
            s, yv, _ = history[-1]
            direction = direction * (float(s @ yv) / float(yv @ yv))
        for (s, yv, rho), alpha in zip(history, reversed(alphas)):
            beta = rho * float(yv @ direction)
            direction = direction + (alpha - beta) * s
        slope = float(grad @ direction)
        if slope >= 0:  # not a descent direction: restart from steepest descent
            history.clear()
            direction, slope = -grad, -float(grad @ grad)
        step = 1.0 if history else 1.0 / max(1.0, float(np.abs(grad).max()))
        while True:
            candidate = theta + step * direction
            new_value, new_grad = evaluate(candidate)
            if new_value <= value + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s, yv = candidate - theta, new_grad - grad
        sy = float(s @ yv)
        if sy > 1e-10:
            history.append((s, yv, 1.0 / sy))
            history = history[-memory:]
        theta, value, grad = candidate, new_value, new_grad
        if progress and iteration % 25 == 0:
            progress(f"  iteration {iteration}: objective {value:.2f}")
        if float(np.abs(grad).max()) < tol * g0:
            break
    return theta


def train_model(
    texts: Sequence[str],
    labels: Sequence[int] | np.ndarray,
    C: float = DEFAULT_C,
    min_count: int = DEFAULT_MIN_COUNT,
    extractor: FeatureExtractor | None = None,
    max_iter: int = 300,
    progress: Progress | None = None,
    lexicon_weight: float = DEFAULT_LEXICON_WEIGHT,
) -> LinearModel:
    """Fit a :class:`LinearModel` on texts with 0/1 labels (both classes required)."""
    y = np.asarray(labels, dtype=np.float64)
    if len(texts) != y.size or y.size == 0:
        raise ValueError("need as many labels as texts, and at least one of each")
    if not ((y == 0).any() and (y == 1).any()):
        raise ValueError("training data needs both positive (1) and negative (0) examples")
    extractor = extractor or default_extractor()
    say = progress or (lambda message: None)
    say(f"extracting features from {len(texts)} texts …")
    rows, keys = _design(extractor, list(texts))
    vocab, doc_freq = np.unique(keys, return_counts=True)
    keep = doc_freq >= min_count
    if not keep.any():  # tiny data sets: keep everything seen
        keep[:] = True
    vocab, doc_freq = vocab[keep], doc_freq[keep]
    cols = np.searchsorted(vocab, keys)
    cols[cols == vocab.size] = 0
    known = vocab[cols] == keys
    rows, cols = rows[known], cols[known]
    idf = np.log((1.0 + y.size) / (1.0 + doc_freq)) + 1.0
    if lexicon_weight <= 0:
        raise ValueError("lexicon_weight must be positive")
    idf[np.isin(vocab, LEXICON_FEATURE_KEYS)] *= lexicon_weight
    row_norm = np.sqrt(np.bincount(rows, weights=idf[cols] ** 2, minlength=y.size))
    values = idf[cols] / np.where(row_norm > 0, row_norm, 1.0)[rows]
    X = _SparseRows(rows, cols, values, (y.size, vocab.size))
    say(f"fitting logistic regression on {vocab.size} features (C={C}) …")
    theta = lbfgs(_logistic_objective(X, y, C), np.zeros(vocab.size + 1), max_iter=max_iter, progress=progress)
    w, b = theta[:-1], float(theta[-1])
    return LinearModel(
        keys=vocab.astype(np.uint64),
        weights=(w * idf).astype(np.float32),
        norms=(idf**2).astype(np.float32),
        bias=b,
        extractor_config=extractor.config(),
        metadata={"C": C, "min_count": min_count, "lexicon_weight": lexicon_weight, "n_train": int(y.size)},
    )


def accuracy(model: LinearModel, texts: Sequence[str], labels: Iterable[int]) -> float:
    """Share of texts whose predicted class (p ≥ 0.5) matches the 0/1 label."""
    labels = np.asarray(list(labels))
    if labels.size == 0:
        return math.nan
    predicted = model.predict_proba(list(texts)) >= 0.5
    return float((predicted == (labels == 1)).mean())


def train_from_csv(
    data: str | Path,
    out: str | Path,
    dev: str | Path | None = None,
    C: float = DEFAULT_C,
    min_count: int = DEFAULT_MIN_COUNT,
    progress: Progress | None = None,
    lexicon_weight: float = DEFAULT_LEXICON_WEIGHT,
) -> TrainingReport:
    """Train on ``data`` (CSV), report accuracy on ``dev`` if given, save to ``out``.

    The saved file loads with :func:`sentiment.load_model` and works with
    ``score(text, model=path)``.
    """
    started = time.perf_counter()
    say = progress or (lambda message: None)
    texts, labels = read_labelled_csv(data)
    say(f"read {len(texts)} labelled texts from {data}")
    model = train_model(texts, labels, C=C, min_count=min_count, progress=progress, lexicon_weight=lexicon_weight)
    train_acc = accuracy(model, texts, labels)
    say(f"train accuracy {train_acc:.4f}")
    dev_acc = None
    if dev is not None:
        dev_texts, dev_labels = read_labelled_csv(dev)
        dev_acc = accuracy(model, dev_texts, dev_labels)
        say(f"dev accuracy {dev_acc:.4f} on {len(dev_texts)} texts")
        model.metadata["dev_accuracy"] = dev_acc
    model.metadata["source"] = Path(data).name
    path = model.save(out)
    say(f"saved model to {path}")
    return TrainingReport(path, len(texts), int(model.keys.size), train_acc, dev_acc, time.perf_counter() - started)
