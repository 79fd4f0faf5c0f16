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
