"""`monitor init`: write a starter config, by questions (interactive) or from flags (scripts, Docker).

The file is validated with the real loader before it is written, so what `init` writes always starts.
Secrets stay out of it where possible: the API token is read from ``MONITOR_API_TOKEN`` at start, and the
file is created readable by its owner only because chat-robot URLs carry tokens.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from monitor.cli.common import err
from monitor.config import ConfigError, parse_config

TEMPLATE = """\
# Written by `monitor init`. Every key is explained in config/monitor.example.yaml and docs/service.md.
# Secrets: use ${{ENV_VAR}} references; they are filled from the environment when the monitor starts.
data_dir: {data_dir}
timezone: {timezone}
{database}
targets:
{targets}
rules:
  - {{type: price_drop, threshold_pct: {threshold}, tier: II}}   # a competitor cuts its price by {threshold}% or more

tiers:
{tiers}
api:
  enabled: {api_enabled}            # `monitor run` also serves the API and the dashboard
  host: {host}
  port: {port}
  token: "${{MONITOR_API_TOKEN:-}}"   # set MONITOR_API_TOKEN (e.g. `openssl rand -hex 24`) to use /api and the dashboard login

retention:
  observations_raw_days: 90       # keep every price this long, then one per target per day
"""


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _pair(text: str, what: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise typer.BadParameter(f"{what} must look like NAME=URL, got {text!r}")
    return key.strip(), value.strip()


def render_config(*, data_dir: str, timezone: str, database_url: str | None, own: list[tuple[str, str]],
                  competitors: list[tuple[str, str]], group: str | None, interval: str,
                  channels: dict[str, list[str]], threshold: float, api_enabled: bool, host: str, port: int) -> str:
    lines = []
    for owner, pairs in (("own", own), ("competitor", competitors)):
        for name, url in pairs:
            extra = f", group: {_q(group)}" if group else ""
            lines.append(f"  - {{name: {_q(name)}, url: {_q(url)}, owner: {owner}{extra}, interval: {interval}}}")
    tiers = []
    for tier in ("I", "II", "III"):
        urls = channels.get(tier) or ["console://"]
        tiers.append(f"  {tier}: {{urls: [{', '.join(_q(u) for u in urls)}]}}")
    return TEMPLATE.format(
        data_dir=_q(data_dir), timezone=_q(timezone),
        database=f"database: {{url: {_q(database_url)}}}" if database_url else "# database: {url: \"postgresql+psycopg://monitor:${PGPASSWORD}@localhost/monitor\"}",
        targets="\n".join(lines) if lines else "  []", tiers="\n".join(tiers), threshold=f"{threshold:g}",
        api_enabled=str(api_enabled).lower(), host=_q(host), port=port,
    )


def register(app: typer.Typer) -> None:
    app.command("init")(init)


def init(
    output: Path = typer.Option(Path("config/monitor.yaml"), "--output", "-o", help="Config file to write."),
    data_dir: str = typer.Option("data", "--data-dir", help="Where the SQLite database and logs go."),
    timezone: str = typer.Option("Asia/Shanghai", "--timezone"),
    database_url: Optional[str] = typer.Option(None, "--database-url", help="PostgreSQL URL (default: SQLite)."),
    own: list[str] = typer.Option([], "--own", help="Your own listing as NAME=URL (repeatable)."),
    competitor: list[str] = typer.Option([], "--competitor", help="A competitor listing as NAME=URL (repeatable)."),
    group: Optional[str] = typer.Option(None, "--group", help="Group key comparing these listings (one SKU)."),
    interval: str = typer.Option("30m", "--interval", help="How often to crawl each listing."),
    channel: list[str] = typer.Option([], "--channel", help="Alert channel as TIER=APPRISE_URL, e.g. II=dingtalk://… "
                                                            "(repeatable; default: console)."),
    threshold: float = typer.Option(5.0, "--threshold", help="Price-drop alert threshold in percent."),
    api: bool = typer.Option(True, "--api/--no-api", help="Serve the dashboard from `monitor run`."),
    host: str = typer.Option("127.0.0.1", "--host", help="Dashboard bind address."),
    port: int = typer.Option(8787, "--port"),
    interactive: Optional[bool] = typer.Option(None, "--interactive/--no-interactive",
                                               help="Ask questions (default: when run in a terminal)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a starter config file (interactively, or from flags)."""
    if interactive is None:
        interactive = sys.stdin.isatty()
    if output.exists() and not force:
        err.print(f"[red]{output} exists[/red]: pass --force to overwrite it")
        raise typer.Exit(1)
    owns = [_pair(o, "--own") for o in own]
    rivals = [_pair(c, "--competitor") for c in competitor]
    channels: dict[str, list[str]] = {}
    for item in channel:
        tier, url = _pair(item, "--channel")
        if tier not in ("I", "II", "III"):
            raise typer.BadParameter(f"tier must be I, II or III, got {tier!r}")
        channels.setdefault(tier, []).append(url)
    if interactive:
        err.print("[bold]shop-monitor 初始化[/bold] — 直接回车使用默认值")
        data_dir = typer.prompt("数据目录 (data directory)", default=data_dir)
        if not owns and (url := typer.prompt("本店商品链接 (your listing URL, blank to skip)", default="").strip()):
            owns.append((typer.prompt("名称 (name)", default="my-product"), url))
        while url := typer.prompt("竞品链接 (competitor URL, blank when done)", default="").strip():
            rivals.append((typer.prompt("名称 (name)", default=f"competitor-{len(rivals) + 1}"), url))
        if (owns or rivals) and group is None:
            group = typer.prompt("商品组 (group key)", default="sku-1")
        if not channels and (url := typer.prompt("Ⅱ级告警机器人地址 (Apprise URL, blank: console)", default="").strip()):
            channels["II"] = [url]
        api = typer.confirm("运行时同时提供网页看板 (serve the dashboard)?", default=api)
    text = render_config(data_dir=data_dir, timezone=timezone, database_url=database_url, own=owns,
                         competitors=rivals, group=group, interval=interval, channels=channels,
                         threshold=threshold, api_enabled=api, host=host, port=port)
    try:
        parse_config(text, source=str(output))
    except ConfigError as exc:
        err.print(f"[red]the answers do not make a valid config:[/red]\n{exc}")
        raise typer.Exit(1)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    err.print(f"[green]wrote {output}[/green] — check it with `monitor config validate -c {output}`, "
              f"then `monitor run -c {output}`")
