"""The linear sentiment model: storage format and numpy inference (no scikit-learn needed).

A model is a TF-IDF-weighted, L2-normalised logistic regression over the binary hashed
features of :mod:`sentiment.features`. For a text with known features F::

    logit = bias + Σ_{f∈F} weight_f / sqrt(Σ_{f∈F} norm_f)      (weight = w·idf, norm = idf²)

so scoring needs only one look-up per feature and two sums per text, done for a whole
batch with numpy. Feature keys live in a :class:`~sentiment.features.KeyIndex` built at load time.

Files are ``.npz`` (compressed numpy arrays + a JSON header), a few MB.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from .features import FeatureExtractor, KeyIndex

FORMAT = "shop-monitor-sentiment-linear/1"


@dataclass
class LinearModel:
    """Weights plus the feature settings they were trained with."""

    keys: np.ndarray  # uint64, sorted
    weights: np.ndarray  # float32, w·idf
    norms: np.ndarray  # float32, idf²
    bias: float
    extractor_config: dict
    metadata: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.extractor = FeatureExtractor.from_config(self.extractor_config)
        self._index = KeyIndex(self.keys)
        # Row n (one past the end) is the "unknown feature" row with zero weight and norm.
        self._weights = np.append(self.weights.astype(np.float64), 0.0)
        self._norms = np.append(self.norms.astype(np.float64), 0.0)

    def decision_function(self, texts: Sequence[object]) -> tuple[np.ndarray, np.ndarray]:
        """``(logits, has_features)`` per text; texts with nothing known get the bias."""
        n_texts = len(texts)
        if n_texts == 0:
            return np.zeros(0), np.zeros(0, dtype=bool)
        rows, keys = self.extractor.extract(texts, unique=False)
        idx = self._index.lookup(keys)
        known = idx >= 0
        width = self.keys.size + 1
        # Binary features: count each (text, feature) pair once.
        pairs = np.sort(rows[known] * width + idx[known])
        if pairs.size:
            pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
        pair_rows, pair_idx = np.divmod(pairs, width)
        total = np.bincount(pair_rows, weights=self._weights[pair_idx], minlength=n_texts)
        norm = np.bincount(pair_rows, weights=self._norms[pair_idx], minlength=n_texts)
        has_features = norm > 0
        logits = np.full(n_texts, self.bias)
        logits[has_features] += total[has_features] / np.sqrt(norm[has_features])
        return logits, np.bincount(rows, minlength=n_texts) > 0

    def predict_proba(self, texts: Sequence[object]) -> np.ndarray:
        """Probability of positive per text; 0.5 for texts empty after normalisation."""
        logits, non_empty = self.decision_function(texts)
        proba = 1.0 / (1.0 + np.exp(-np.clip(logits, -40, 40)))
        proba[~non_empty] = 0.5
        return proba

    def save(self, path: str | Path) -> Path:
        """Write the model as compressed ``.npz`` (the suffix is added if missing)."""
        path = Path(path)
        if path.suffix != ".npz":
            path = path.with_name(path.name + ".npz")
        path.parent.mkdir(parents=True, exist_ok=True)
        header = {
            "format": FORMAT,
            "bias": float(self.bias),
            "extractor": self.extractor_config,
            "metadata": self.metadata,
        }
        with open(path, "wb") as handle:
            np.savez_compressed(
                handle,
                header=np.frombuffer(json.dumps(header, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
                keys=self.keys.astype(np.uint64),
                # float16 halves the file; accuracy on dev is unchanged to 4 decimals.
                weights=self.weights.astype(np.float16),
                norms=self.norms.astype(np.float16),
            )
        return path

    @classmethod
    def load(cls, path: str | Path) -> "LinearModel":
        """Read a model written by :meth:`save`; ValueError if it is not one."""
        try:
            with np.load(Path(path), allow_pickle=False) as data:
                header = json.loads(bytes(data["header"]).decode("utf-8"))
                keys, weights, norms = data["keys"], data["weights"], data["norms"]
        except (OSError, KeyError, ValueError) as exc:
            raise ValueError(f"{path}: not a sentiment model file ({exc})") from exc
        if header.get("format") != FORMAT:
            raise ValueError(f"{path}: unsupported model format {header.get('format')!r}")
        return cls(
            keys=keys.astype(np.uint64),
            weights=weights,
            norms=norms,
            bias=float(header["bias"]),
            extractor_config=header["extractor"],
            metadata=header.get("metadata", {}),
        )
