"""Chinese text analysis for reviews, mentions and listing titles.

A standalone library: it never imports ``monitor`` or ``spiders``.

Sentiment: ``score(text)`` / ``score_many(texts)`` give the probability that a text is
positive (see docs/sentiment.md); complaint topics: ``extract_topics`` / ``summarize``.
Names are resolved lazily (PEP 562) so ``from sentiment import compliance`` does not pay for
numpy or the model.
"""

from importlib import import_module

_LAZY = {
    "score": "scoring",
    "score_many": "scoring",
    "load_model": "scoring",
    "set_default_model": "scoring",
    "default_model_path": "scoring",
    "train_from_csv": "training",
    "extract_topics": "topics",
    "summarize": "topics",
    "TopicHit": "topics",
    "Summary": "topics",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sentiment' has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
