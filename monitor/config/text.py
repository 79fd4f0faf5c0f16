"""The ``sentiment:`` and ``compliance:`` sections: a seller's own sentiment model and word packs.

Paths are resolved against the config file's folder at load time, so the daemon, the API and
``monitor check-title -c`` all see the same files whatever their working directory.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from monitor.config.base import _Strict

Level = Literal["block", "review", "info"]


class SentimentConfig(_Strict):
    model: str | None = Field(None, description="model file from `monitor sentiment train`; default: shipped model")


class ComplianceConfig(_Strict):
    packs: list[str] = Field(default_factory=list, description="extra word packs (YAML), added to the shipped ones")
    allow: list[str] = Field(default_factory=list, description="phrases never flagged, e.g. your brand or model names")
    levels: dict[str, Level] = Field(default_factory=dict,
                                     description="category → level override, e.g. {medical: review} for a pharmacy")
    claim_model: bool = Field(True, description="also flag claims the packs miss with the shipped n-gram model "
                                                "(review level only); false = word packs only")
