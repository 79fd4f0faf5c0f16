"""Robust spike scores for daily counts and shares: median/MAD (default) or EWMA.

Median/MAD ignores the odd huge day in the baseline; a flat baseline (MAD 0) falls back to a Poisson-like
scale √median so "3 mentions after a week of 1" is not an infinite z-score.
"""

from __future__ import annotations

import math
from statistics import median


def mad_z(value: float, history: list[float]) -> float:
    if not history:
        return 0.0
    center = median(history)
    mad = median(abs(x - center) for x in history)
    scale = 1.4826 * mad if mad > 0 else max(1.0, math.sqrt(center))
    return (value - center) / scale


def ewma_z(value: float, history: list[float], alpha: float) -> float:
    if not history:
        return 0.0
    mean, variance = history[0], 0.0
    for x in history[1:]:
        diff = x - mean
        mean += alpha * diff
        variance = (1 - alpha) * (variance + alpha * diff * diff)
    scale = max(math.sqrt(variance), math.sqrt(max(mean, 1.0)))
    return (value - mean) / scale


def spike_score(value: float, history: list[float], method: str = "mad", alpha: float = 0.3) -> float:
    return ewma_z(value, history, alpha) if method == "ewma" else mad_z(value, history)


# Tail probabilities: "this many negative reviews (mentions) would happen by chance at the usual rate less than
# once in a thousand windows". Rules use them on top of their thresholds so that a small sample's noise — three
# negative reviews on a day that usually has one — is not a burst.
SIGNIFICANCE = 0.001


def poisson_sf(k: int, mean: float) -> float:
    """P(X ≥ k) for X ~ Poisson(mean)."""
    if k <= 0:
        return 1.0
    if mean <= 0:
        return 0.0
    term = cdf = math.exp(-mean)
    for i in range(1, k):
        term *= mean / i
        cdf += term
    return max(0.0, 1.0 - cdf)


def binomial_sf(k: int, n: int, p: float) -> float:
    """P(X ≥ k) for X ~ Binomial(n, p)."""
    if k <= 0:
        return 1.0
    if k > n or p <= 0:
        return 0.0
    if p >= 1:
        return 1.0
    return sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k, n + 1))


def unusual_count(count: int, expected: float, alpha: float = SIGNIFICANCE) -> bool:
    return poisson_sf(count, expected) < alpha


def unusual_share(hits: int, total: int, usual_share: float, alpha: float = SIGNIFICANCE) -> bool:
    return binomial_sf(hits, total, usual_share) < alpha


def proportion_z(hits: int, total: int, usual_hits: int, usual_total: int) -> float:
    """Two-proportion z-score of ``hits/total`` above ``usual_hits/usual_total`` (pooled): how surely a rate is
    above a usual rate that is itself only estimated from a sample."""
    if total <= 0 or usual_total <= 0:
        return 0.0
    pooled = (hits + usual_hits) / (total + usual_total)
    error = math.sqrt(pooled * (1 - pooled) * (1 / total + 1 / usual_total))
    diff = hits / total - usual_hits / usual_total
    if error == 0:
        return math.inf if diff > 0 else 0.0
    return diff / error
