"""Sentiment scores and complaint topics for stored reviews and mentions.

Crawl processes store raw text only; the long-running daemon fills the scores after each crawl (it loads
the sentiment model once, a crawl process would load it every run). Rows stay unscored — never scored
wrong — if the ``sentiment`` library or its model is unavailable, and are filled on a later pass.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.models import Mention, Review

log = logging.getLogger(__name__)
BATCH = 500


def _analysers() -> tuple[Any, Any] | None:
    try:
        from sentiment import score_many
        from sentiment.topics import extract_topics_many
    except (ImportError, AttributeError) as exc:
        log.warning("sentiment library unavailable, reviews and mentions stay unscored for now: %s", exc)
        return None
    return score_many, extract_topics_many


def topics_json(hits: list[Any]) -> list[dict]:
    """Topic hits as stored: the topic, its label and the words in the text that show it."""
    return [{"topic": hit.topic, "label": hit.label, "evidence": hit.words, "clause": hit.clause} for hit in hits]


def review_text(review: Review) -> str:
    return "\n".join(t for t in (review.text, review.followup) if t)


def mention_text(mention: Mention) -> str:
    return "\n".join(t for t in (mention.title, mention.text) if t)


def fill_missing_scores(session: Session, limit: int = 5000) -> int:
    """Score up to ``limit`` reviews and mentions that have no sentiment yet; returns how many were scored."""
    analysers = _analysers()
    if analysers is None:
        return 0
    score_many, extract_topics_many = analysers
    done = 0
    for model, text_of in ((Review, review_text), (Mention, mention_text)):
        while done < limit:
            rows = list(session.scalars(select(model).where(model.sentiment.is_(None))
                                        .order_by(model.id).limit(min(BATCH, limit - done))))
            if not rows:
                break
            texts = [text_of(row) for row in rows]
            try:
                scores = score_many(texts)
                topics = extract_topics_many(texts)
            except Exception:  # a broken model must not stop crawling; the rows stay unscored
                log.exception("sentiment scoring failed; %d %s rows left unscored", len(rows), model.__tablename__)
                return done
            for row, score, hits in zip(rows, scores, topics):
                row.sentiment = float(score)
                row.topics = topics_json(hits)
            session.flush()
            done += len(rows)
    return done
