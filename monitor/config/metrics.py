"""The ``metrics:`` section: where the seller's own numbers come from (import mappings) and how the daemon
derives series from what it already collects (negative-review share, sentiment index, topics, mentions).

Kept apart from the rules: a seller who only imports 生意参谋 exports and never writes a rule still needs it.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from monitor.config.base import Duration, _Strict, parse_duration


class DerivedMetricsConfig(_Strict):
    enabled: bool = True
    interval: Duration = Field(3600.0, description="how often the daemon recomputes derived series")
    recent_days: int = Field(3, ge=1, le=60, description="days recomputed on each run (late reviews change them)")
    backfill_days: int = Field(35, ge=1, le=730, description="days computed on the first run and by `metrics derive`")
    negative_below: float = Field(0.4, gt=0, lt=1, description="a review below this sentiment is negative")

    _durations = field_validator("interval", mode="before")(parse_duration)


class MetricsConfig(_Strict):
    mappings_file: str | None = Field(
        None, description="YAML file with more column mappings (relative to the config file's folder)")
    default_mapping: str = Field("default", description="mapping used when `--mapping` is not given")
    shop: str = Field("本店", description="the shop name shown in alerts about whole-shop or SKU metrics")
    derived: DerivedMetricsConfig = Field(default_factory=DerivedMetricsConfig)
    max_push_points: int = Field(10000, ge=1, le=1_000_000, description="points per API push request")
