"""Shared pieces of the configuration schema: strict models, durations, the error type."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

_DURATION_PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$")
_DURATION_UNITS = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}
TIER_KEYS = ("I", "II", "III")
DEFAULT_TIER_NAMES = {"I": "Ⅰ级", "II": "Ⅱ级", "III": "Ⅲ级"}


class ConfigError(Exception):
    """A configuration problem, phrased for the person editing the file."""


def parse_duration(value: Any) -> float:
    """Accept 90, "90s", "15m", "2h", "1d" and return seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    else:
        match = _DURATION_PATTERN.match(str(value))
        if not match:
            raise ValueError(f"not a duration: {value!r} (use e.g. 90, 90s, 15m, 2h, 1d)")
        seconds = float(match.group(1)) * _DURATION_UNITS[match.group(2)]
    if seconds <= 0:
        raise ValueError("duration must be positive")
    return seconds


Duration = Annotated[float, Field(description="seconds; accepts 90, '90s', '15m', '2h', '1d'")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


