"""Rule types over the metric series store (``metric_points``): thresholds (also N periods running and
stepped tiers), relative change over a period, and stock cover.

They plug into the same ``rules:`` list, packs, tiers, overrides and alert lifecycle as the crawl rules. Their
``scope`` picks series (scope kinds and keys) instead of targets; ``overrides`` match a series by its key
(``{targets: [SKU1001], value: 3}``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from monitor.config.base import Duration, _Strict, parse_duration
from monitor.config.rules import DAY, Tier, _RuleBase

SCOPE_KINDS = ("shop", "sku", "keyword", "channel", "listing", "brand")
ScopeKind = Literal["shop", "sku", "keyword", "channel", "listing", "brand"]


class SeriesScope(_Strict):
    kinds: list[ScopeKind] = Field(default_factory=list, description="shop, sku, keyword, channel, listing, brand")
    keys: list[str] = Field(default_factory=list, description="only these scope keys (SKU ids, keywords …)")


class _MetricRuleBase(_RuleBase):
    scope: SeriesScope = Field(default_factory=SeriesScope)
    metric: str = Field(min_length=1, description="series name, e.g. 转化率")
    max_age: Duration = Field(3 * DAY, description="a series whose last point is older is not judged")

    _age = field_validator("max_age", mode="before")(parse_duration)


class ThresholdStep(_Strict):
    value: float
    tier: Tier


class MetricThresholdRule(_MetricRuleBase):
    """The latest value (or each of the last ``periods`` values) is beyond ``value``; with ``steps`` one
    alert whose tier follows the highest step crossed."""

    type: Literal["metric_threshold"]
    op: Literal["<", "<=", ">", ">="] = ">"
    value: float | None = None
    steps: list[ThresholdStep] = Field(default_factory=list, description="stepped tiers, e.g. ¥15 Ⅲ, ¥25 Ⅱ, ¥35 Ⅰ")
    periods: int = Field(1, ge=1, le=90, description="consecutive latest points that must be beyond")

    @model_validator(mode="after")
    def _limit(self) -> MetricThresholdRule:
        if (self.value is None) == (not self.steps):
            raise ValueError("set either value or steps")
        return self


class MetricChangeRule(_MetricRuleBase):
    """The mean of the latest ``window`` moved by ≥ ``pct`` % versus the same window one ``period`` earlier
    (``访客数`` down 15 % week over week), on each of the last ``consecutive`` periods."""

    type: Literal["metric_change"]
    direction: Literal["down", "up"] = "down"
    pct: float = Field(gt=0, lt=1000)
    period: Duration = 7 * DAY
    window: Duration | None = Field(None, description="averaged span; default: period")
    consecutive: int = Field(1, ge=1, le=30)
    min_base: float = Field(0.0, ge=0, description="ignore changes from a base below this")

    _durations = field_validator("period", "window", mode="before")(lambda v: v if v is None else parse_duration(v))


class StockCoverRule(_MetricRuleBase):
    """Own SKU stock below its safety level, or days of cover (stock ÷ average daily sales over
    ``sales_days``) below ``min_days_cover``."""

    type: Literal["stock_cover"]
    tier: Tier = "I"
    scope: SeriesScope = Field(default_factory=lambda: SeriesScope(kinds=["sku"]))
    metric: str = Field("库存", min_length=1, description="the stock series")
    sales_metric: str = Field("销量", description="daily units sold")
    sales_days: int = Field(7, ge=1, le=90)
    min_days_cover: float | None = Field(7.0, gt=0)
    safety_stock: float | None = Field(None, ge=0, description="one safety level for every SKU")
    safety: dict[str, float] = Field(default_factory=dict, description="safety level by SKU key")
    safety_metric: str | None = Field("安全库存", description="series holding each SKU's safety level")


METRIC_RULE_TYPES = ("metric_threshold", "metric_change", "stock_cover")
