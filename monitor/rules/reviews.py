"""Negative-review burst: the share or count of negative reviews in a recent window well above the listing's
own baseline, with a minimum sample. The alert names the top complaint topics and quotes the evidence, so the
seller knows what broke (物流? 质量?) before opening the shop back-end.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from monitor.config.rules import ReviewBurstRule
from monitor.models import Target
from monitor.rules.events import Condition, listing_facts
from monitor.rules.history import TextPoint, latest_title, review_points
from monitor.rules.robust_stats import unusual_count, unusual_share

log = logging.getLogger(__name__)
QUOTE_CHARS = 60
MIN_USUAL_SHARE, MIN_USUAL_COUNT = 0.01, 0.1  # floors for a baseline that happened to have no negatives


def _topic_name(item: Any) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return item.get("label") or item.get("topic") or item.get("name")
    return getattr(item, "label", None) or getattr(item, "topic", None)


def stored_topic_counts(points: Iterable[TextPoint]) -> Counter:
    """Aggregate the topics the spiders stored on each review (a list of names or of topic dicts)."""
    counts: Counter = Counter()
    for point in points:
        names = {_topic_name(t) for t in (point.topics or []) if _topic_name(t)}
        counts.update(names)
    return counts


def top_topics(points: list[TextPoint], top_n: int) -> list[tuple[str, int]]:
    """Top complaint topics: ``sentiment.topics.summarize`` when that library is installed, else the topics
    stored on the reviews."""
    if top_n <= 0 or not points:
        return []
    try:
        from sentiment.topics import summarize
    except ImportError:
        summarize = None
    if summarize is not None:
        try:
            summary = summarize([p.text for p in points], top_n)
            pairs = [(str(name), int(count)) for name, count in getattr(summary, "top_topics", summary)]
            if pairs:
                return pairs[:top_n]
        except Exception:  # a topic-model problem must not hide the burst itself
            log.warning("sentiment.topics.summarize failed; using stored review topics", exc_info=True)
    return stored_topic_counts(points).most_common(top_n)


def quotes(points: list[TextPoint], count: int) -> list[str]:
    """The most negative distinct texts, shortened."""
    seen, out = set(), []
    for point in sorted(points, key=lambda p: (p.sentiment if p.sentiment is not None else 1.0)):
        text = " ".join(point.text.split())
        if not text or text in seen:
            continue
        seen.add(text)
        out.append(text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS] + "…")
        if len(out) >= count:
            break
    return out


def review_burst(session: Session, rule: ReviewBurstRule, target: Target, ctx) -> list[Condition]:
    window_start = ctx.now - timedelta(seconds=rule.window)
    points = [p for p in review_points(session, target.id, ctx.now - timedelta(seconds=rule.baseline))
              if p.sentiment is not None]
    recent = [p for p in points if p.at >= window_start]
    older = [p for p in points if p.at < window_start]
    negative = [p for p in recent if p.sentiment < rule.negative_below]
    if len(negative) < rule.min_negative:
        return []
    older_negative = sum(1 for p in older if p.sentiment < rule.negative_below)
    base_share = older_negative / len(older) if older else None
    share = len(negative) / len(recent)
    by_share = len(recent) >= rule.min_reviews and share >= max(rule.min_share, rule.factor * (base_share or 0))
    span = (window_start - older[0].at).total_seconds() if older else 0
    expected = older_negative * rule.window / span if span >= 3 * rule.window else None
    by_count = expected is not None and len(negative) >= max(rule.min_negative, rule.factor * expected, 1)
    # and unusual for this listing: not what its usual negative rate gives by chance now and then
    if by_share and base_share is not None and len(older) >= rule.min_reviews:
        by_share = unusual_share(len(negative), len(recent), max(base_share, MIN_USUAL_SHARE))
    if by_count:
        by_count = unusual_count(len(negative), max(expected, MIN_USUAL_COUNT))
    if not (by_share or by_count):
        return []
    product = latest_title(session, target.id) or target.name
    hours = round(rule.window / 3600)
    facts = {
        **listing_facts(target, product),
        "window_hours": hours,
        "reviews": len(recent),
        "negative": len(negative),
        "share_pct": round(share * 100, 1),
        "baseline_share_pct": round(base_share * 100, 1) if base_share is not None else None,
        "expected_negative": round(expected, 1) if expected is not None else None,
        "topics": [[name, n] for name, n in top_topics(negative, rule.top_topics)],
        "evidence": quotes(negative, rule.evidence),
        "observed_at": recent[-1].at.isoformat(),
    }
    title = f"差评激增：{product} 近{hours}小时差评 {len(negative)}/{len(recent)}（{facts['share_pct']}%）"
    step = int(math.log2(len(negative)))
    return [Condition("negative_burst", title, facts, change_key=f"x{step}", rank=step)]
