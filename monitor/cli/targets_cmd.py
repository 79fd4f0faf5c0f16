"""`monitor targets …`: what is watched and how each target's crawls are going.

``status`` answers the seller's first question when a number looks stale: when did this target last work,
and if it is failing, why (HTTP status, captcha, layout changed, robots.txt, page too large…).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import typer
from rich.markup import escape
from rich.table import Table

from monitor.cli.common import ConfigOption, err, load_or_exit, open_database, out
from monitor.logs import setup_logging

targets_app = typer.Typer(help="List targets and their crawl health.", no_args_is_help=True)
FormatOption = typer.Option("table", "--format", "-f", help="table or json")


def _check_format(fmt: str) -> None:
    if fmt not in ("table", "json"):
        err.print(f"[red]unknown format {fmt!r}[/red] (use table or json)")
        raise typer.Exit(2)


def _local(value: datetime | None, zone: ZoneInfo) -> str:
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S") if value else "—"


@targets_app.command("list")
def list_targets(config: Path = ConfigOption, fmt: str = FormatOption) -> None:
    """The targets in the config file: kind, owner, shop, group, interval and URL."""
    _check_format(fmt)
    cfg = load_or_exit(config)
    rows = [{"name": t.name, "kind": t.kind, "owner": t.owner, "shop": t.shop, "group": t.group,
             "interval_s": t.interval, "enabled": t.enabled, "url": t.url} for t in cfg.targets]
    if fmt == "json":
        out.print_json(json.dumps(rows, ensure_ascii=False))
        return
    table = Table("name", "kind", "owner", "shop", "group", "interval", "enabled", "url")
    for row in rows:
        table.add_row(escape(row["name"]), row["kind"], row["owner"], escape(row["shop"] or ""),
                      escape(row["group"] or ""), f"{row['interval_s']:g}s", "yes" if row["enabled"] else "no",
                      escape(row["url"]))
    out.print(table)


@targets_app.command("status")
def status(
    config: Path = ConfigOption,
    fmt: str = FormatOption,
    target: list[str] = typer.Option([], "--target", "-t", help="Only these target names (repeatable)."),
) -> None:
    """Each target's last success, last failure and its reason. Exit 1 when any enabled target is failing."""
    _check_format(fmt)
    setup_logging("WARNING")
    cfg = load_or_exit(config)
    from monitor.store import sync_targets, target_health

    database = open_database(cfg)
    with database.session() as session:
        sync_targets(session, cfg)
        health = target_health(session, target or None)
    database.dispose()
    zone = ZoneInfo(cfg.timezone)
    if fmt == "json":
        out.print_json(json.dumps([{
            "name": h.name, "kind": h.kind, "enabled": h.enabled, "url": h.url, "failing": h.failing,
            "last_success_at": h.last_success_at.isoformat() if h.last_success_at else None,
            "last_failure_at": h.last_failure_at.isoformat() if h.last_failure_at else None,
            "last_failure_kind": h.last_failure_kind, "last_failure_status": h.last_failure_status,
            "last_failure_reason": h.last_failure_reason,
        } for h in health], ensure_ascii=False))
    else:
        table = Table("target", "kind", "state", "last success", "last failure", "HTTP", "reason")
        for h in health:
            state = ("[dim]disabled[/dim]" if not h.enabled else "[red]failing[/red]" if h.failing
                     else "[green]ok[/green]" if h.last_success_at else "[yellow]never crawled[/yellow]")
            table.add_row(escape(h.name), h.kind, state, _local(h.last_success_at, zone), _local(h.last_failure_at, zone),
                          str(h.last_failure_status or ""), escape(h.last_failure_reason or ""))
        out.print(table)
    if any(h.failing and h.enabled for h in health):
        raise typer.Exit(1)
