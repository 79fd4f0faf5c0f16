"""Public scoring API: ``score`` / ``score_many`` with a lazily loaded default model.

Why a module-level cache: loading the shipped model takes ~0.1 s and ~30 MB; the daemon
scores small batches all day, so each model file is loaded once per process (on first use,
never at import, so ``import sentiment`` stays cheap).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterable, Sequence, Union

from .model import LinearModel

SHIPPED_MODEL_PATH = Path(__file__).with_name("models") / "reviews.npz"
ENGINES = ("linear", "snownlp")
ModelLike = Union[LinearModel, str, Path, None]

_lock = threading.Lock()
_cache: dict[Path, LinearModel] = {}
_default_path: Path | None = None
_BATCH = 1000  # big enough to amortise numpy calls, small enough to stay in cache


def load_model(path: str | Path) -> LinearModel:
    """Load (once per process, cached by resolved path) a model file written by training."""
    resolved = Path(path).expanduser().resolve()
    with _lock:
        model = _cache.get(resolved)
        if model is None:
            if not resolved.exists():
                raise FileNotFoundError(f"sentiment model not found: {resolved}")
            model = _cache[resolved] = LinearModel.load(resolved)
    return model


def set_default_model(path: str | Path | None) -> None:
    """Use ``path`` instead of the shipped model when no ``model=`` is given (None resets).

    The file is loaded right away so a bad config fails at start-up, not at first score.
    """
    global _default_path
    if path is None:
        _default_path = None
        return
    load_model(path)
    _default_path = Path(path).expanduser().resolve()


def default_model_path() -> Path:
    """The model file used when ``model=None``: the configured one, else the shipped one."""
    return _default_path or SHIPPED_MODEL_PATH


def resolve_model(model: ModelLike = None) -> LinearModel:
    """A :class:`LinearModel` from an instance, a path, or None (the default model)."""
    if isinstance(model, LinearModel):
        return model
    return load_model(model if model is not None else default_model_path())


def score_many(texts: Iterable[object], engine: str = "linear", model: ModelLike = None) -> list[float]:
    """Probability that each text is positive, in [0, 1]; 0.5 for empty or non-text items.

    The fast path: features and look-ups are vectorised over batches of texts.
    """
    items: Sequence[object] = texts if isinstance(texts, (list, tuple)) else list(texts)
    if engine == "snownlp":
        from .engines import snownlp_score_many

        return snownlp_score_many(items)
    if engine != "linear":
        raise ValueError(f"unknown sentiment engine {engine!r}; choose from {ENGINES}")
    linear = resolve_model(model)
    out: list[float] = []
    for start in range(0, len(items), _BATCH):
        out.extend(linear.predict_proba(items[start : start + _BATCH]).tolist())
    return out


def score(text: object, engine: str = "linear", model: ModelLike = None) -> float:
    """Probability that ``text`` is positive, in [0, 1]; 0.5 for empty text."""
    return score_many([text], engine=engine, model=model)[0]


def label(probability: float, margin: float = 0.1) -> str:
    """"positive" / "negative" / "neutral" (within ``margin`` of 0.5) for display."""
    if probability >= 0.5 + margin:
        return "positive"
    if probability <= 0.5 - margin:
        return "negative"
    return "neutral"
