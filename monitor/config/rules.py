"""Anomaly rules and alert tiers. Each rule type is one model in the ``RuleConfig`` union."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field

from monitor.config.base import _Strict


class RuleScope(_Strict):
    owner: Literal["own", "competitor", "any"] = "competitor"
    targets: list[str] = Field(default_factory=list, description="target names; empty = all")
    groups: list[str] = Field(default_factory=list)


class PriceDropRule(_Strict):
    type: Literal["price_drop"]
    id: str | None = None
    tier: Literal["I", "II", "III"] = "II"
    threshold_pct: float = Field(5.0, gt=0, lt=100)
    scope: RuleScope = Field(default_factory=RuleScope)
    enabled: bool = True


RuleConfig = Annotated[Union[PriceDropRule], Field(discriminator="type")]


class TierConfig(_Strict):
    name: str | None = None
    urls: list[str] = Field(default_factory=list, description="Apprise URLs (may use ${ENV})")


