"""Configuration: one YAML file, validated with pydantic, with ``${ENV}`` interpolation for secrets.

Errors name the offending field and, where the YAML parser knows it, the line, because the person
reading them is a seller editing a file by hand, not a developer reading a traceback.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

import yaml
from pydantic import Field, ValidationError, model_validator

from monitor.config.alerting import (
    DEFAULT_ASSESS_WITHIN, DEFAULT_DELIVERY_DEADLINE, DEFAULT_RESPONSE_TARGET, AlertingConfig, QuietHours, TierConfig,
)
from monitor.config.base import DEFAULT_TIER_NAMES, TIER_KEYS, ConfigError, _Strict, parse_duration
from monitor.config.rules import (
    RULE_TYPES, PriceChangeRule, PriceDropRule, RuleConfig, RuleScope, merge_rule_packs, resolve_data_path,
)
from monitor.config.targets import CrawlConfig, DatabaseConfig, Selectors, TargetConfig
from monitor.config.service import ApiConfig, RetentionConfig, ScheduleConfig
from monitor.config.metrics import MetricsConfig
from monitor.config.text import ComplianceConfig, SentimentConfig

__all__ = [
    "AppConfig", "ConfigError", "CrawlConfig", "DatabaseConfig", "DEFAULT_CONFIG_PATH", "DEFAULT_TIER_NAMES",
    "PriceDropRule", "RuleConfig", "RuleScope", "Selectors", "TargetConfig", "TierConfig", "TIER_KEYS",
    "load_config", "parse_config", "parse_duration", "QuietHours", "RULE_TYPES", "PriceChangeRule",
    "ComplianceConfig", "SentimentConfig",
]

DEFAULT_CONFIG_PATH = Path("config/monitor.yaml")
_ENV_PATTERN = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class AppConfig(_Strict):
    data_dir: Path = Path("data")
    timezone: str = "Asia/Shanghai"
    database: DatabaseConfig = Field(default_factory=DatabaseConfig)
    crawl: CrawlConfig = Field(default_factory=CrawlConfig)
    targets: list[TargetConfig] = Field(default_factory=list)
    rule_packs: list[str] = Field(default_factory=list, description="YAML files whose rules are added")
    rules: list[RuleConfig] = Field(default_factory=list)
    tiers: dict[Literal["I", "II", "III"], TierConfig] = Field(default_factory=dict)
    schedule: ScheduleConfig = Field(default_factory=ScheduleConfig)
    retention: RetentionConfig = Field(default_factory=RetentionConfig)
    api: ApiConfig = Field(default_factory=ApiConfig)
    alerting: AlertingConfig = Field(default_factory=AlertingConfig)
    metrics: MetricsConfig = Field(default_factory=MetricsConfig)
    sentiment: SentimentConfig = Field(default_factory=SentimentConfig)
    compliance: ComplianceConfig = Field(default_factory=ComplianceConfig)

    @model_validator(mode="after")
    def _unique_names(self) -> "AppConfig":
        seen: set[str] = set()
        for target in self.targets:
            if target.name in seen:
                raise ValueError(f"duplicate target name {target.name!r}")
            seen.add(target.name)
        ids: set[str] = set()
        for index, rule in enumerate(self.rules):
            if rule.id is None:
                rule.id = f"{rule.type}-{index + 1}"
            if rule.id in ids:
                raise ValueError(f"duplicate rule id {rule.id!r}")
            ids.add(rule.id)
        if self.alerting.quiet_hours is not None:
            ZoneInfo(self.timezone)  # quiet hours need a real zone: fail at load, not at 22:00
        return self

    @property
    def database_url(self) -> str:
        if self.database.url:
            return self.database.url
        return f"sqlite:///{(self.data_dir / 'monitor.db').resolve()}"

    def tier_name(self, key: str) -> str:
        tier = self.tiers.get(key)
        return (tier.name if tier and tier.name else None) or DEFAULT_TIER_NAMES[key]

    def tier_urls(self, key: str) -> list[str]:
        tier = self.tiers.get(key)
        return list(tier.urls) if tier else []

    def tier(self, key: str) -> TierConfig:
        return self.tiers.get(key) or TierConfig()

    def response_target(self, key: str) -> float | None:
        tier = self.tier(key)
        return tier.response_target or DEFAULT_RESPONSE_TARGET.get(key)

    def escalate_after(self, key: str) -> float | None:
        tier = self.tier(key)
        return tier.escalate_after or self.response_target(key)

    def assess_within(self, key: str) -> float | None:
        """Response target for the first assessment (a note or the resolution), e.g. Ⅰ级 24 h."""
        return self.tier(key).assess_within or DEFAULT_ASSESS_WITHIN.get(key)

    def repeat_interval(self, key: str) -> float:
        return self.tier(key).repeat_interval or self.alerting.repeat_interval

    def delivery_deadline(self, key: str) -> float:
        return self.tier(key).delivery_deadline or DEFAULT_DELIVERY_DEADLINE.get(key, 6 * 3600.0)

    def quiet_hours_apply(self, key: str) -> bool:
        """Ⅰ级 always goes out; lower tiers are held during quiet hours unless their tier says otherwise."""
        if key == "I" or self.alerting.quiet_hours is None:
            return False
        setting = self.tier(key).quiet_hours
        return True if setting is None else setting

    def channel_urls(self) -> list[str]:
        """Every configured channel URL (for masking secrets in logs)."""
        urls = [u for key in TIER_KEYS for u in self.tier_urls(key) + self.tier(key).escalation_urls]
        return urls + list(self.alerting.fallback_urls)

    def rule(self, rule_id: str):
        return next((r for r in self.rules if r.id == rule_id), None)


# ---------------------------------------------------------------- loading


def _interpolate(value: Any, path: tuple, missing: list[str]) -> Any:
    if isinstance(value, dict):
        return {k: _interpolate(v, path + (k,), missing) for k, v in value.items()}
    if isinstance(value, list):
        return [_interpolate(v, path + (i,), missing) for i, v in enumerate(value)]
    if isinstance(value, str):

        def replace(match: re.Match) -> str:
            name, default = match.group(1), match.group(2)
            if name in os.environ:
                return os.environ[name]
            if default is not None:
                return default
            missing.append(f"{_dotted(path)}: environment variable {name} is not set")
            return ""

        return _ENV_PATTERN.sub(replace, value)
    return value


def _dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _line_of(node: yaml.Node | None, loc: tuple) -> int | None:
    """Walk the composed YAML node tree along a pydantic error location to find a line number."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == part), None)
            key_node = next((k for k, v in node.value if k.value == part), None)
            if child is None:
                return line
            line = key_node.start_mark.line + 1
            node = child
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _format_errors(error: ValidationError, root: yaml.Node | None, source: str) -> str:
    lines = []
    for item in error.errors():
        loc = tuple(item["loc"])
        if len(loc) > 2 and loc[0] == "rules" and isinstance(loc[1], int):
            loc = loc[:2] + loc[3:]  # drop the union's discriminator tag (e.g. "price_drop")
        where = _line_of(root, loc)
        prefix = f"{source}:{where}: " if where else f"{source}: "
        message = item["msg"].removeprefix("Value error, ")
        lines.append(f"{prefix}{_dotted(loc)}: {message}")
    return "\n".join(lines)


def parse_config(text: str, source: str = "<config>", base_dir: Path | None = None,
                 config_dir: Path | None = None) -> AppConfig:
    """Parse and validate YAML text; raise ConfigError naming the field (and line) on any problem."""
    try:
        root = yaml.compose(text)
        raw = yaml.safe_load(text) if root is not None else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        raise ConfigError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: the top level must be a mapping of settings")
    missing: list[str] = []
    raw = _interpolate(raw, (), missing)
    if missing:
        raise ConfigError("\n".join(f"{source}: {m}" for m in missing))
    if raw.get("rule_packs"):
        raw = merge_rule_packs(raw, config_dir or base_dir or Path.cwd(), _pack_validator)
    try:
        config = AppConfig.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_format_errors(exc, root, source)) from None
    if base_dir is not None and not config.data_dir.is_absolute():
        config.data_dir = (base_dir / config.data_dir).resolve()
    here = config_dir or base_dir or Path.cwd()
    config.compliance.packs = [str(resolve_data_path(p, here)) for p in config.compliance.packs]
    if config.sentiment.model:
        config.sentiment.model = str(resolve_data_path(config.sentiment.model, here))
    return config


def load_config(path: Path | str) -> AppConfig:
    """Load a config file. Relative ``data_dir`` resolves against the working directory."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such config file (copy config/monitor.example.yaml to start)"
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the file is not UTF-8 text") from None
    return parse_config(text, source=str(path), base_dir=Path.cwd(), config_dir=path.resolve().parent)


class _PackFile(_Strict):
    description: str | None = None
    rules: list[RuleConfig] = Field(default_factory=list)


def _pack_validator(text: str, source: str) -> dict:
    """Validate one rule pack on its own, so its errors name the pack file and line."""
    try:
        root = yaml.compose(text)
        raw = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: a rule pack is a mapping with a rules: list")
    missing: list[str] = []
    raw = _interpolate(raw, (), missing)
    if missing:
        raise ConfigError("\n".join(f"{source}: {m}" for m in missing))
    try:
        pack = _PackFile.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_format_errors(exc, root, source)) from None
    for index, rule in enumerate(pack.rules):
        if not rule.id:
            raise ConfigError(f"{source}: rules[{index}]: every rule in a pack needs an id")
    return raw
