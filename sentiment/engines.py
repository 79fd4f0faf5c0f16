"""The snownlp engine: kept as a baseline and as an alternative, with its sharp edges filed.

snownlp's ``SnowNLP("").sentiments`` raises ZeroDivisionError and non-strings raise
TypeError; here both give the neutral 0.5 like the default engine. snownlp loads its model
at import (~1 s), so it is imported only when this engine is first used.
"""

from __future__ import annotations

from typing import Sequence


def snownlp_score(text: object) -> float:
    """snownlp's probability that ``text`` is positive; 0.5 for empty or non-text input."""
    if not isinstance(text, str) or not text.strip():
        return 0.5
    from snownlp import SnowNLP

    try:
        return float(SnowNLP(text).sentiments)
    except ZeroDivisionError:  # text with no token snownlp knows (e.g. only punctuation)
        return 0.5


def snownlp_score_many(texts: Sequence[object]) -> list[float]:
    """:func:`snownlp_score` for each text (snownlp has no batch path: ~300 texts/s)."""
    return [snownlp_score(text) for text in texts]
