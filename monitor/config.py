"""Configuration: one YAML file, validated with pydantic, with ``${ENV}`` interpolation for secrets.

Errors name the offending field and, where the YAML parser knows it, the line, because the person
reading them is a seller editing a file by hand, not a developer reading a traceback.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal, Union
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

DEFAULT_CONFIG_PATH = Path("config/monitor.yaml")
TIER_KEYS = ("I", "II", "III")
DEFAULT_TIER_NAMES = {"I": "Ⅰ级", "II": "Ⅱ级", "III": "Ⅲ级"}

_ENV_PATTERN = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_DURATION_PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$")
_DURATION_UNITS = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


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


class DatabaseConfig(_Strict):
    url: str | None = Field(None, description="SQLAlchemy URL; default: SQLite file in data_dir")


class CrawlConfig(_Strict):
    robotstxt_obey: bool = True
    user_agent: str = "shop-monitor/0.1 (+https://github.com/shop-monitor/shop-monitor)"
    timeout: Duration = 600.0
    request_timeout: Duration = 30.0
    concurrency_per_domain: int = Field(4, ge=1, le=64)
    download_delay: float = Field(0.0, ge=0)
    autothrottle: bool = True
    max_page_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    max_processes: int = Field(2, ge=1, le=16)

    _durations = field_validator("timeout", "request_timeout", mode="before")(parse_duration)


class Selectors(_Strict):
    """Per-target extraction overrides: ``css:…``, ``xpath:…``, ``jsonpath:…`` or ``regex:…``."""

    price: str | None = None
    list_price: str | None = None
    stock: str | None = None
    title: str | None = None
    sku: str | None = Field(None, description="variant to pick on multi-variant pages")


class TargetConfig(_Strict):
    name: str = Field(min_length=1)
    url: str
    kind: Literal["product", "reviews", "mentions"] = "product"
    owner: Literal["own", "competitor"] = "competitor"
    shop: str | None = None
    group: str | None = Field(None, description="SKU/group key comparing own listing with competitors")
    interval: Duration = 1800.0
    selectors: Selectors = Field(default_factory=Selectors)
    headers: dict[str, str] = Field(default_factory=dict)
    enabled: bool = True

    _durations = field_validator("interval", mode="before")(parse_duration)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"must be an http(s) URL, got {value!r}")
        return value

    @property
    def site(self) -> str:
        return urlsplit(self.url).netloc.lower()


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


class AppConfig(_Strict):
    data_dir: Path = Path("data")
    timezone: str = "Asia/Shanghai"
    database: DatabaseConfig = Field(default_factory=DatabaseConfig)
    crawl: CrawlConfig = Field(default_factory=CrawlConfig)
    targets: list[TargetConfig] = Field(default_factory=list)
    rules: list[RuleConfig] = Field(default_factory=list)
    tiers: dict[Literal["I", "II", "III"], TierConfig] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _unique_names(self) -> "AppConfig":
        seen: set[str] = set()
        for target in self.targets:
            if target.name in seen:
                raise ValueError(f"duplicate target name {target.name!r}")
            seen.add(target.name)
        for index, rule in enumerate(self.rules):
            if rule.id is None:
                rule.id = f"{rule.type}-{index + 1}"
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


def parse_config(text: str, source: str = "<config>", base_dir: Path | None = None) -> AppConfig:
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
    try:
        config = AppConfig.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_format_errors(exc, root, source)) from None
    if base_dir is not None and not config.data_dir.is_absolute():
        config.data_dir = (base_dir / config.data_dir).resolve()
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
    return parse_config(text, source=str(path), base_dir=Path.cwd())
