"""`monitor alerts …`: list, show (with the timeline), acknowledge, note, resolve and silence alerts.

A thin face over ``monitor.alerting.service`` (the HTTP API calls the same functions): parse options, open
the database, call, print a table or JSON.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import typer
from rich.markup import escape
from rich.table import Table

from monitor.cli.common import ConfigOption, err, load_or_exit, open_database, out
from monitor.logs import setup_logging

alerts_app = typer.Typer(help="List, show, acknowledge, note, resolve and silence alerts.", no_args_is_help=True)
silences_app = typer.Typer(help="List and expire silences.", no_args_is_help=True)
alerts_app.add_typer(silences_app, name="silences")

FormatOption = typer.Option("table", "--format", "-f", help="table or json")
ByOption = typer.Option(None, "--by", help="Who does it (default: your user name).")
STATE_NAMES = {"firing": "[red]告警中[/red]", "acknowledged": "[yellow]已确认[/yellow]", "resolved": "[green]已恢复[/green]"}
TIMELINE_EVENTS = {"fired": "触发", "queued": "待发送", "delivered": "已送达", "delivery_failed": "投递失败",
                   "merged": "合并发送", "escalated": "升级", "acknowledged": "确认", "note": "备注",
                   "resolution": "处理结果", "overdue": "超时", "resolved": "解决"}
OVERDUE_NAMES = {"ack": "未按时确认", "assessment": "未按时研判"}


def _run(config: Path, fmt: str, action: Callable):
    """Load config, open the database, run ``action(session, cfg)`` in one transaction, map errors to exits."""
    from monitor.alerting.service import InvalidRequest, NotFound

    if fmt not in ("table", "json"):
        err.print(f"[red]unknown format {fmt!r}[/red] (use table or json)")
        raise typer.Exit(2)
    setup_logging("WARNING")
    cfg = load_or_exit(config)
    database = open_database(cfg)
    try:
        with database.session() as session:
            return action(session, cfg), cfg
    except NotFound as exc:
        err.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(1)
    except InvalidRequest as exc:
        err.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2)
    finally:
        database.dispose()


def _local(value: str | None, timezone: str) -> str:
    if not value:
        return "-"
    return datetime.fromisoformat(value).astimezone(ZoneInfo(timezone)).strftime("%m-%d %H:%M")


def _json(data) -> None:
    out.print_json(json.dumps(data, ensure_ascii=False, default=str))


def _by(by: str | None) -> str:
    if by:
        return by
    try:
        return getpass.getuser()
    except Exception:
        return "cli"


def _alerts_table(rows: list[dict], cfg) -> Table:
    overdue = any("overdue" in row for row in rows)
    table = Table("id", "级别", "状态", "告警", "店铺", "首次", "最近", *(["超时"] if overdue else []))
    for row in rows:
        extra = ["、".join(OVERDUE_NAMES[r] for r in row["overdue"])] if overdue else []
        table.add_row(row["id"], cfg.tier_name(row["tier"]), STATE_NAMES.get(row["state"], row["state"]),
                      escape(row["title"]), escape(row["shop"] or "-"), _local(row["first_fired_at"], cfg.timezone),
                      _local(row["last_fired_at"], cfg.timezone), *extra)
    return table


@alerts_app.command("list")
def list_cmd(
    config: Path = ConfigOption,
    state: str = typer.Option("active", "--state", "-s", help="active, firing, acknowledged, resolved or all"),
    tier: str | None = typer.Option(None, "--tier", help="I, II or III"),
    rule: str | None = typer.Option(None, "--rule", help="rule id or rule type"),
    limit: int = typer.Option(100, "--limit", "-n", min=1),
    overdue: bool = typer.Option(False, "--overdue", help="only open alerts past their tier's response targets"),
    fmt: str = FormatOption,
) -> None:
    """Alerts, newest first (default: the ones still open)."""
    from monitor.alerting.service import list_alerts, list_overdue

    if overdue:
        rows, cfg = _run(config, fmt, lambda s, c: [r for r in list_overdue(s, c)
                                                     if (not tier or r["tier"] == tier)
                                                     and (not rule or rule in (r["rule"], r["rule_type"]))][:limit])
    else:
        rows, cfg = _run(config, fmt, lambda s, c: list_alerts(s, state, tier, rule, limit))
    if fmt == "json":
        _json(rows)
    elif rows:
        out.print(_alerts_table(rows, cfg))
    else:
        err.print("no overdue alerts" if overdue else f"no {state} alerts")


@alerts_app.command("show")
def show_cmd(alert_id: str = typer.Argument(..., help="short id, e.g. K7M2QX"), config: Path = ConfigOption,
             fmt: str = FormatOption) -> None:
    """One alert: facts, state history and every delivery attempt (channels masked)."""
    from monitor.alerting.service import alert_detail

    detail, cfg = _run(config, fmt, lambda s, c: alert_detail(s, alert_id))
    if fmt == "json":
        _json(detail)
        return
    out.print(f"[bold]{detail['id']}[/bold] {cfg.tier_name(detail['tier'])} "
              f"{STATE_NAMES.get(detail['state'], detail['state'])} {escape(detail['title'])}")
    for key in ("rule", "target", "shop", "site", "first_fired_at", "last_fired_at", "acknowledged_by",
                "acknowledged_at", "resolved_by", "resolved_at", "occurrences", "escalation_level", "ack_due_at"):
        value = detail.get(key)
        if value not in (None, ""):
            out.print(f"  {key}: {escape(_local(value, cfg.timezone) if key.endswith('_at') else str(value))}")
    facts = {k: v for k, v in (detail["facts"] or {}).items()
             if v is not None and not isinstance(v, (list, dict)) and k not in detail}
    for key, value in facts.items():
        out.print(f"  [dim]{escape(key)}[/dim]: {escape(str(value))}")
    if detail.get("timeline"):
        table = Table("时间", "经过", "人/渠道", "内容", title="处理经过")
        for entry in detail["timeline"]:
            table.add_row(_local(entry["at"], cfg.timezone), TIMELINE_EVENTS.get(entry["event"], entry["event"]),
                          escape(entry["by"] or entry["channel"] or ""), escape((entry["text"] or "")[:120]))
        out.print(table)
    if detail["deliveries"]:
        table = Table("delivery", "事件", "渠道", "状态", "次数", "最近错误")
        for d in detail["deliveries"]:
            table.add_row(str(d["id"]), d["event"], escape(d["channel"]), d["status"], str(d["attempts"]),
                          escape((d["last_error"] or "")[:80]))
        out.print(table)


@alerts_app.command("ack")
def ack_cmd(alert_ids: list[str] = typer.Argument(..., help="one or more short ids"), config: Path = ConfigOption,
            by: str | None = ByOption, fmt: str = FormatOption) -> None:
    """Acknowledge: no more reminders or escalation; a resolved notice still comes when it clears."""
    from monitor.alerting.service import acknowledge

    rows, _ = _run(config, fmt, lambda s, c: [acknowledge(s, a, _by(by)) for a in alert_ids])
    if fmt == "json":
        _json(rows)
    else:
        for row in rows:
            out.print(f"{row['id']} 已确认 (by {escape(row['acknowledged_by'] or '-')}): {escape(row['title'])}")


@alerts_app.command("resolve")
def resolve_cmd(alert_ids: list[str] = typer.Argument(..., help="one or more short ids"),
                config: Path = ConfigOption, by: str | None = ByOption,
                note: str | None = typer.Option(None, "--note", "-m", help="resolution: what was done"),
                fmt: str = FormatOption) -> None:
    """Resolve by hand. It fires again only if its condition changes; the resolved notice is queued."""
    from monitor.alerting.service import resolve_alert

    rows, _ = _run(config, fmt, lambda s, c: [resolve_alert(s, a, _by(by), c, note=note) for a in alert_ids])
    if fmt == "json":
        _json(rows)
    else:
        for row in rows:
            out.print(f"{row['id']} 已处理 (by {escape(row['resolved_by'] or '-')}): {escape(row['title'])}")


@alerts_app.command("note")
def note_cmd(alert_id: str = typer.Argument(..., help="short id"), text: str = typer.Argument(..., help="the note"),
             config: Path = ConfigOption, by: str | None = ByOption, fmt: str = FormatOption) -> None:
    """Add a note to the alert's timeline (the first one counts as its first assessment)."""
    from monitor.alerting.service import add_alert_note

    row, _ = _run(config, fmt, lambda s, c: add_alert_note(s, alert_id, text, _by(by)))
    if fmt == "json":
        _json(row)
    else:
        out.print(f"{row['alert']} 已添加备注 (by {escape(row['by'] or '-')})")


def _until(value: str, timezone: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not a date/time: {value!r} (e.g. 2025-11-12 or '2025-11-12 08:00')") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone))


@alerts_app.command("silence")
def silence_cmd(
    alert_id: str | None = typer.Argument(None, help="silence this alert (or use the matchers below)"),
    reason: str = typer.Option(..., "--reason", "-r", help="why, e.g. 双11 大促调价"),
    duration: str | None = typer.Option(None, "--for", help="how long: 2h, 3d …"),
    until: str | None = typer.Option(None, "--until", help="end, e.g. '2025-11-12 08:00' (config time zone)"),
    rule: str | None = typer.Option(None, "--rule", help="rule id"),
    rule_type: str | None = typer.Option(None, "--rule-type"),
    target: str | None = typer.Option(None, "--target"),
    shop: str | None = typer.Option(None, "--shop"),
    group: str | None = typer.Option(None, "--group"),
    site: str | None = typer.Option(None, "--site"),
    tier: str | None = typer.Option(None, "--tier"),
    config: Path = ConfigOption, by: str | None = ByOption, fmt: str = FormatOption,
) -> None:
    """Mute matching alerts until a time. Nothing is lost: what still fires when it ends is sent then."""
    from monitor.alerting.service import create_silence
    from monitor.config import parse_duration

    if (duration is None) == (until is None):
        err.print("[red]give exactly one of --for or --until[/red]")
        raise typer.Exit(2)
    try:
        seconds = parse_duration(duration) if duration else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    matchers = dict(alert=alert_id, rule=rule, rule_type=rule_type, target=target, shop=shop, group=group,
                    site=site, tier=tier)
    row, _ = _run(config, fmt, lambda s, c: create_silence(
        s, matchers, reason, duration=seconds, ends_at=_until(until, c.timezone) if until else None, by=_by(by)))
    if fmt == "json":
        _json(row)
    else:
        matched = ", ".join(f"{k}={v}" for k, v in row["matchers"].items())
        out.print(f"静默 {row['id']} 已创建：{escape(matched)}，至 {row['ends_at']}（{escape(row['reason'])}）")


@silences_app.command("list")
def silences_list(config: Path = ConfigOption, include_ended: bool = typer.Option(False, "--all"),
                  fmt: str = FormatOption) -> None:
    """Active silences (--all: also ended ones)."""
    from monitor.alerting.service import list_silences

    rows, cfg = _run(config, fmt, lambda s, c: list_silences(s, include_ended))
    if fmt == "json":
        _json(rows)
        return
    table = Table("id", "匹配", "原因", "开始", "结束", "生效")
    for row in rows:
        table.add_row(row["id"], escape(", ".join(f"{k}={v}" for k, v in row["matchers"].items())),
                      escape(row["reason"]), _local(row["starts_at"], cfg.timezone),
                      _local(row["expired_at"] or row["ends_at"], cfg.timezone), "是" if row["active"] else "否")
    out.print(table)


@silences_app.command("expire")
def silences_expire(silence_id: str = typer.Argument(...), config: Path = ConfigOption,
                    fmt: str = FormatOption) -> None:
    """End a silence now."""
    from monitor.alerting.service import expire_silence

    row, _ = _run(config, fmt, lambda s, c: expire_silence(s, silence_id))
    if fmt == "json":
        _json(row)
    else:
        out.print(f"静默 {row['id']} 已结束")
