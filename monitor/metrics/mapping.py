"""Column mappings: which header of an export holds the date, the scope (SKU, keyword, channel, shop) and
which metric. The built-in ``mappings.yaml`` (shipped in this package, documented in docs/metrics.md) reads
the usual Chinese headers out of the box; ``metrics.mappings_file`` adds or replaces mappings by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from monitor.config import AppConfig, ConfigError

BUILTIN_MAPPINGS = Path(__file__).with_name("mappings.yaml")
_SPACES = re.compile(r"\s+")
_WIDTH = str.maketrans({"（": "(", "）": ")", "：": ":", "％": "%"})


def normalize_header(text: object) -> str:
    return _SPACES.sub("", str(text or "").translate(_WIDTH)).lstrip("\ufeff").lower()


@dataclass(frozen=True)
class MetricColumn:
    metric: str
    columns: tuple[str, ...]
    unit: str | None


@dataclass(frozen=True)
class Ratio:
    metric: str
    numerator: str
    denominator: str
    percent: bool


@dataclass
class Mapping:
    name: str
    source: str
    time: tuple[str, ...]
    scopes: list[tuple[str, tuple[str, ...]]]  # (scope kind, header names) in precedence order
    metrics: list[MetricColumn]
    ratios: list[Ratio] = field(default_factory=list)
    description: str | None = None


@dataclass
class BoundMapping:
    """A mapping matched to one file's header row: column positions, and the headers nobody reads."""

    mapping: Mapping
    time_index: int
    time_header: str
    scope_indexes: list[tuple[str, int]]
    metric_indexes: list[tuple[MetricColumn, int, str]]
    ignored: list[str]


def _parse(name: str, raw: dict, source: str) -> Mapping:
    if not isinstance(raw, dict) or not raw.get("time") or not raw.get("metrics"):
        raise ConfigError(f"{source}: mapping {name!r} needs time: [...] and metrics: {{...}}")
    metrics = []
    for metric, spec in raw["metrics"].items():
        spec = spec if isinstance(spec, dict) else {"columns": spec}
        columns = spec.get("columns") or [metric]
        metrics.append(MetricColumn(str(metric), tuple(str(c) for c in columns), spec.get("unit")))
    ratios = [Ratio(str(metric), str(spec["numerator"]), str(spec["denominator"]), bool(spec.get("percent")))
              for metric, spec in (raw.get("ratios") or {}).items()]
    scopes = [(str(kind), tuple(str(c) for c in columns)) for kind, columns in (raw.get("scopes") or {}).items()]
    return Mapping(name=name, source=str(raw.get("source") or name), time=tuple(str(c) for c in raw["time"]),
                   scopes=scopes, metrics=metrics, ratios=ratios, description=raw.get("description"))


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the column mappings: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a mappings file is a mapping of name → mapping")
    return data


def load_mappings(config: AppConfig, config_dir: Path | None = None) -> dict[str, Mapping]:
    raw = {name: (spec, str(BUILTIN_MAPPINGS)) for name, spec in _read(BUILTIN_MAPPINGS).items()}
    if config.metrics.mappings_file:
        path = Path(config.metrics.mappings_file)
        if not path.is_absolute() and config_dir is not None and (config_dir / path).is_file():
            path = config_dir / path
        raw.update({name: (spec, str(path)) for name, spec in _read(path).items()})
    return {name: _parse(name, spec, source) for name, (spec, source) in raw.items()}


def _find(headers: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:
        wanted = normalize_header(name)
        if wanted in headers:
            return headers.index(wanted)
    return None


def bind(mapping: Mapping, header_row: list[object]) -> BoundMapping | None:
    """Match a header row; None when it has no date column or no metric column (not the header)."""
    headers = [normalize_header(h) for h in header_row]
    time_index = _find(headers, mapping.time)
    if time_index is None:
        return None
    scopes = [(kind, index) for kind, names in mapping.scopes if (index := _find(headers, names)) is not None]
    metrics, used = [], {time_index} | {i for _, i in scopes}
    for metric in mapping.metrics:
        index = _find(headers, metric.columns)
        if index is not None and index not in used:
            metrics.append((metric, index, str(header_row[index]).strip()))
            used.add(index)
    if not metrics:
        return None
    ignored = [str(header_row[i]).strip() for i in range(len(header_row)) if i not in used and header_row[i]]
    return BoundMapping(mapping, time_index, str(header_row[time_index]).strip(), scopes, metrics, ignored)
