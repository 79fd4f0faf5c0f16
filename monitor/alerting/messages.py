"""Chinese alert texts from Jinja2 templates, one per rule type."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from monitor.models import Alert


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(Path(__file__).with_name("templates")),
        undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
    )


def local_time(iso: str | None, timezone: str) -> str:
    if not iso:
        return "-"
    return datetime.fromisoformat(iso).astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M:%S")


def render(alert: Alert, tier_name: str, timezone: str) -> tuple[str, str]:
    """Return (title, markdown body) for an alert."""
    template = _environment().get_template(f"{alert.rule_type}.md.j2")
    body = template.render(
        f=alert.facts, tier_name=tier_name, short_id=alert.short_id,
        observed_local=local_time(alert.facts.get("observed_at"), timezone),
    )
    return f"【{tier_name}】{alert.title}", body.strip() + "\n"
