"""Anomaly rules and alert tiers. Each rule type is one model in the ``RuleConfig`` union.

A rule applies globally or to a scope (owner, target names, groups); ``overrides`` change its settings for
some targets or groups only (``{groups: [toothbrush], threshold_pct: 3}``), so one rule id — and one alert
per target — covers a whole catalogue with exceptions, instead of several overlapping rules.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from monitor.config.base import ConfigError, Duration, _Strict, parse_duration

Tier = Literal["I", "II", "III"]
DAY = 86400.0


class RuleScope(_Strict):
    owner: Literal["own", "competitor", "any"] = "competitor"
    targets: list[str] = Field(default_factory=list, description="target names; empty = all")
    groups: list[str] = Field(default_factory=list)


class _RuleBase(_Strict):
    id: str | None = None
    tier: Tier = "II"
    enabled: bool = True
    scope: RuleScope = Field(default_factory=RuleScope)
    keep_firing_for: Duration | None = Field(
        None, description="resolve only after the condition has been clear this long (stops flapping)")
    send_resolved: bool | None = Field(None, description="send a notice when it clears; default: the tier's")
    description: str | None = None
    overrides: list[dict[str, Any]] = Field(
        default_factory=list, description="[{targets: [...], groups: [...], <setting>: value}]")

    _compiled: list[tuple[set[str], set[str], _RuleBase]] = PrivateAttr(default_factory=list)

    @field_validator("keep_firing_for", mode="before")
    @classmethod
    def _keep(cls, value: Any) -> Any:
        return None if value in (None, 0, "0") else parse_duration(value)

    @model_validator(mode="after")
    def _compile_overrides(self) -> _RuleBase:
        compiled = []
        base = self.model_dump(exclude={"overrides"})
        for index, override in enumerate(self.overrides):
            override = dict(override)
            targets, groups = set(override.pop("targets", []) or []), set(override.pop("groups", []) or [])
            if not targets and not groups:
                raise ValueError(f"overrides[{index}] needs targets or groups")
            bad = {"id", "type", "scope", "overrides"} & set(override)
            if bad:
                raise ValueError(f"overrides[{index}] cannot change {', '.join(sorted(bad))}")
            try:
                merged = type(self).model_validate({**base, **override})
            except ValueError as exc:
                raise ValueError(f"overrides[{index}]: {str(exc).splitlines()[-1].strip()}") from None
            compiled.append((targets, groups, merged))
        self._compiled = compiled
        return self

    def for_target(self, name: str | None, group: str | None) -> _RuleBase:
        """The settings that apply to one target: the first matching override, else the rule itself."""
        for targets, groups, merged in self._compiled:
            if name in targets or (group is not None and group in groups):
                merged.id = self.id
                return merged
        return self


class PriceChangeRule(_RuleBase):
    """A price moved by ≥ threshold_pct % or ≥ ¥threshold_abs versus the previous price and versus the
    median of the ``baseline`` window before the move."""

    type: Literal["price_drop", "price_rise"]
    threshold_pct: float | None = Field(5.0, gt=0)
    threshold_abs: Decimal | None = Field(None, gt=0, description="yuan")
    baseline: Duration = 7 * DAY
    baseline_min_points: int = Field(3, ge=1)
    active_for: Duration | None = Field(None, description="how long a move stays an alert; default: baseline")
    ignore_market_moves: bool = Field(
        True, description="no alert when most of the watched market moves the same way at once (618, 双11)")
    market_window: Duration = Field(6 * 3600.0, description="how close in time the other listings must move")
    market_min_share: float = Field(0.5, gt=0, le=1, description="share of the other watched listings that moved")
    market_min_shops: int = Field(3, ge=2, description="shops that moved, this one included")

    _durations = field_validator("baseline", "active_for", "market_window", mode="before")(
        lambda v: v if v is None else parse_duration(v))

    @model_validator(mode="after")
    def _thresholds(self) -> PriceChangeRule:
        if self.threshold_pct is None and self.threshold_abs is None:
            raise ValueError("set threshold_pct or threshold_abs (or both: either one triggers)")
        if self.type == "price_drop" and self.threshold_pct is not None and self.threshold_pct >= 100:
            raise ValueError("threshold_pct of a price drop must be below 100")
        return self


class UndercutRule(_RuleBase):
    """A competitor's price is below the seller's own listing of the same group."""

    type: Literal["undercut"]
    min_gap_pct: float = Field(0.0, ge=0)
    min_gap_abs: Decimal = Field(Decimal("0.01"), ge=0)


class PriceFloorRule(_RuleBase):
    """A listing priced below a floor the seller sets (控价: e.g. a distributor under the minimum price)."""

    type: Literal["price_floor"]
    scope: RuleScope = Field(default_factory=lambda: RuleScope(owner="any"))
    floor: Decimal | None = Field(None, gt=0)
    floors: dict[str, Decimal] = Field(default_factory=dict, description="by target name or group")


class StockRule(_RuleBase):
    """Out of stock (fires) and back in stock (the resolved notice). *unknown* never counts."""

    type: Literal["stock"]
    scope: RuleScope = Field(default_factory=lambda: RuleScope(owner="any"))
    keep_firing_for: Duration | None = Field(2 * 3600.0, description="back in stock this long before resolving")
    notify_restock: bool = True
    flap_window: Duration = DAY

    _durations = field_validator("flap_window", mode="before")(parse_duration)


class ReviewBurstRule(_RuleBase):
    type: Literal["review_burst"]
    scope: RuleScope = Field(default_factory=lambda: RuleScope(owner="any"))
    window: Duration = DAY
    baseline: Duration = 30 * DAY
    negative_below: float = Field(0.4, gt=0, lt=1)
    min_reviews: int = Field(10, ge=1)
    min_negative: int = Field(3, ge=1)
    factor: float = Field(2.0, ge=1)
    min_share: float = Field(0.2, ge=0, le=1)
    top_topics: int = Field(3, ge=0)
    evidence: int = Field(3, ge=0)

    _durations = field_validator("window", "baseline", mode="before")(parse_duration)


class SentimentDeclineRule(_RuleBase):
    type: Literal["sentiment_decline"]
    scope: RuleScope = Field(default_factory=lambda: RuleScope(owner="any"))
    days: int = Field(2, ge=1, le=30, description="consecutive daily falls")
    drop_pct: float = Field(5.0, gt=0, lt=100)
    min_daily: int = Field(5, ge=1)
    min_z: float = Field(3.0, ge=0, description="the fall must exceed this many standard errors (0: off)")


class ComplaintRateRule(_RuleBase):
    type: Literal["complaint_rate"]
    scope: RuleScope = Field(default_factory=lambda: RuleScope(owner="any"))
    rate_pct: float = Field(1.5, gt=0, lt=100)
    days: int = Field(3, ge=1, le=30)
    baseline_days: int = Field(14, ge=1, le=180, description="days before the run that give the usual rate")
    baseline_factor: float = Field(2.0, ge=1, description="the run must be at least this many times usual")
    min_z: float = Field(3.7, ge=0, description="and above usual by this many standard errors (0: off)")
    negative_below: float = Field(0.4, gt=0, lt=1)
    min_daily: int = Field(20, ge=1)


class MentionSpikeRule(_RuleBase):
    type: Literal["mention_volume_spike", "mention_negative_spike"]
    scope: RuleScope = Field(default_factory=lambda: RuleScope(owner="any"))
    window: Duration = DAY
    baseline_days: int = Field(14, ge=3, le=90)
    method: Literal["mad", "ewma"] = "mad"
    z: float = Field(3.5, gt=0, description="robust z-score that counts as a spike")
    ewma_alpha: float = Field(0.3, gt=0, le=1)
    min_count: int = Field(10, ge=1)
    negative_below: float = Field(0.4, gt=0, lt=1)
    min_share_increase: float = Field(0.15, ge=0, le=1)

    _durations = field_validator("window", mode="before")(parse_duration)


class ComplianceRule(_RuleBase):
    type: Literal["compliance"]
    tier: Tier = "I"
    scope: RuleScope = Field(default_factory=lambda: RuleScope(owner="own"))
    levels: list[Literal["block", "review", "info"]] = Field(default_factory=lambda: ["block"])


class ScrapeFailureRule(_RuleBase):
    type: Literal["scrape_failures"]
    tier: Tier = "III"
    scope: RuleScope = Field(default_factory=lambda: RuleScope(owner="any"))
    consecutive: int = Field(3, ge=1)


class SiteBlockedRule(_RuleBase):
    type: Literal["site_blocked"]
    scope: RuleScope = Field(default_factory=lambda: RuleScope(owner="any"))
    kinds: list[str] = Field(default_factory=lambda: ["blocked"], description="failure kinds that mean blocked")
    min_share: float = Field(1.0, gt=0, le=1, description="share of the site's targets blocked")
    min_targets: int = Field(1, ge=1)


# Kept for imports from the foundation: the price-drop rule is one of the two price-change types.
PriceDropRule = PriceChangeRule

# Rules over the seller's own numbers (metric_points); imported here, after _RuleBase, which they extend.
from monitor.config.metric_rules import (  # noqa: E402
    METRIC_RULE_TYPES, MetricChangeRule, MetricThresholdRule, StockCoverRule,
)

RuleConfig = Annotated[
    PriceChangeRule | UndercutRule | PriceFloorRule | StockRule | ReviewBurstRule | SentimentDeclineRule | ComplaintRateRule | MentionSpikeRule | ComplianceRule | ScrapeFailureRule | SiteBlockedRule
    | MetricThresholdRule | MetricChangeRule | StockCoverRule,
    Field(discriminator="type"),
]
RULE_TYPES = ("price_drop", "price_rise", "undercut", "price_floor", "stock", "review_burst", "sentiment_decline",
              "complaint_rate", "mention_volume_spike", "mention_negative_spike", "compliance", "scrape_failures",
              "site_blocked") + METRIC_RULE_TYPES


# ---------------------------------------------------------------- rule packs


def resolve_data_path(name: str, config_dir: Path) -> Path:
    """A file named in the config: absolute, or relative to the config file's folder, else the working directory."""
    path = Path(name)
    if path.is_absolute():
        return path
    for base in (config_dir, Path.cwd()):
        if (base / path).is_file():
            return base / path
    return config_dir / path


def merge_rule_packs(raw: dict, config_dir: Path, validate_pack: Callable[[str, str], dict]) -> dict:
    """Add the rules of every file in ``rule_packs`` (paths relative to the config file's folder).

    A rule in the main file with the id of a pack rule changes that rule: without ``type`` its keys are
    merged onto the pack rule (``{id: seller-price-drop, threshold_pct: 8}``), with ``type`` it replaces it.
    Main-file rules keep their positions so error lines stay right; pack rules follow.
    """
    packs = raw.get("rule_packs")
    if not isinstance(packs, list):
        raise ConfigError("rule_packs: must be a list of YAML file paths")
    pack_rules: dict[str, dict] = {}
    for name in packs:
        path = resolve_data_path(str(name), config_dir)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError:
            raise ConfigError(f"rule_packs: cannot read rule pack {name!r} (looked for {path})") from None
        for rule in validate_pack(text, str(path)).get("rules") or []:
            pack_rules[rule["id"]] = rule
    merged_main = []
    for rule in raw.get("rules") or []:
        pack_rule = pack_rules.pop(rule.get("id"), None) if isinstance(rule, dict) else None
        if pack_rule is not None and "type" not in rule:
            rule = _deep_merge(pack_rule, rule)
        merged_main.append(rule)
    return {**raw, "rules": merged_main + list(pack_rules.values())}


def _deep_merge(base: dict, changes: dict) -> dict:
    out = dict(base)
    for key, value in changes.items():
        out[key] = _deep_merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) \
            else value
    return out
