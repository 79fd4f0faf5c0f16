"""Public-mention spikes for a brand or keyword target: volume against its own history (median/MAD or EWMA
over equal windows), and the negative share jumping above its baseline.
"""

from __future__ import annotations

import math
from datetime import timedelta
from statistics import median

from sqlalchemy.orm import Session

from monitor.config.rules import MentionSpikeRule
from monitor.models import Target
from monitor.rules.events import Condition, listing_facts
from monitor.rules.history import TextPoint, mention_points, watched_since
from monitor.rules.reviews import quotes
from monitor.rules.robust_stats import spike_score, unusual_count, unusual_share

MIN_HISTORY_WINDOWS = 3  # watched windows before the current one needed to call anything a spike
MIN_USUAL_SHARE = 0.02


def split_windows(points: list[TextPoint], now, window: float, bins: int, since=None) -> tuple[list, list[list]]:
    """The current window and up to ``bins`` equal windows before it (oldest first). Windows that began before
    ``since`` (the target was not watched yet) are left out: an unwatched day is unknown, not a quiet one."""
    size = timedelta(seconds=window)
    current = [p for p in points if p.at >= now - size]
    history = []
    for k in range(bins, 0, -1):
        end = now - size * k
        if since is not None and end - size < since:
            continue
        history.append([p for p in points if end - size <= p.at < end])
    return current, history


def _bins(rule: MentionSpikeRule) -> int:
    return max(3, int(rule.baseline_days * 86400 // rule.window))


def _facts(target: Target, rule: MentionSpikeRule, current: list[TextPoint]) -> dict:
    return {**listing_facts(target, target.name), "window_hours": round(rule.window / 3600),
            "mentions": len(current), "evidence": quotes(current, 3),
            "observed_at": current[-1].at.isoformat() if current else None}


def mention_volume_spike(session: Session, rule: MentionSpikeRule, target: Target, ctx) -> list[Condition]:
    bins = _bins(rule)
    points = mention_points(session, target.id, ctx.now - timedelta(seconds=rule.window * (bins + 1)))
    current, history = split_windows(points, ctx.now, rule.window, bins, watched_since(session, target.id))
    if len(current) < rule.min_count or len(history) < MIN_HISTORY_WINDOWS:
        return []
    counts = [len(b) for b in history]
    score = spike_score(len(current), counts, rule.method, rule.ewma_alpha)
    if score < rule.z or not unusual_count(len(current), max(float(median(counts)), 0.5)):
        return []
    facts = {**_facts(target, rule, current), "baseline_median": sorted(counts)[len(counts) // 2],
             "score": round(score, 1), "method": rule.method}
    title = f"舆情声量激增：{target.name} 近{facts['window_hours']}小时 {len(current)} 条（常态约 {facts['baseline_median']} 条）"
    step = int(math.log2(len(current)))
    return [Condition("volume_spike", title, facts, change_key=f"x{step}", rank=step)]


def mention_negative_spike(session: Session, rule: MentionSpikeRule, target: Target, ctx) -> list[Condition]:
    bins = _bins(rule)
    points = [p for p in mention_points(session, target.id, ctx.now - timedelta(seconds=rule.window * (bins + 1)))
              if p.sentiment is not None]
    current, history = split_windows(points, ctx.now, rule.window, bins, watched_since(session, target.id))
    if len(current) < rule.min_count or len(history) < MIN_HISTORY_WINDOWS:
        return []
    negative = [p for p in current if p.sentiment < rule.negative_below]
    share = len(negative) / len(current)
    older = [p for b in history for p in b]
    base_share = sum(1 for p in older if p.sentiment < rule.negative_below) / len(older) if older else 0.0
    if not unusual_share(len(negative), len(current), max(base_share, MIN_USUAL_SHARE)):
        return []  # as many negative mentions as the usual share gives by chance in a sample this small
    shares = [sum(1 for p in b if p.sentiment < rule.negative_below) / len(b) for b in history if len(b) >= 3]
    if share - base_share < rule.min_share_increase:
        return []
    if len(shares) >= 3 and spike_score(share * 100, [s * 100 for s in shares], rule.method, rule.ewma_alpha) < rule.z:
        return []
    facts = {**_facts(target, rule, negative), "mentions": len(current), "negative": len(negative),
             "share_pct": round(share * 100, 1), "baseline_share_pct": round(base_share * 100, 1)}
    title = f"负面舆情占比激增：{target.name} {facts['share_pct']}%（常态 {facts['baseline_share_pct']}%）"
    return [Condition("negative_spike", title, facts, change_key=f"{int(share * 10)}", rank=int(share * 10))]
