"""`monitor report`: the weekly review (周报复盘) as Markdown or XLSX."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import typer
from rich.markup import escape

from monitor.cli.common import ConfigOption, err, load_or_exit, open_database, out
from monitor.logs import setup_logging


def register(app: typer.Typer) -> None:
    app.command("report")(report)


def report(
    config: Path = ConfigOption,
    since: str = typer.Option("7d", "--since", help="period length back from now: 7d, 24h, 30d"),
    fmt: str = typer.Option("markdown", "--format", "-f", help="markdown or xlsx"),
    output: Path | None = typer.Option(None, "--output", "-o", help="file to write (markdown: default stdout)"),
    top: int = typer.Option(10, "--top", min=1, help="rows in the topic and price tables"),
) -> None:
    """Weekly review: alerts by tier and rule, time to acknowledge/resolve, overdue ones, complaint topics,
    competitor price moves."""
    from monitor.config import parse_duration
    from monitor.models import utcnow
    from monitor.report.render import to_markdown, to_xlsx
    from monitor.report.review import build_review

    if fmt not in ("markdown", "xlsx"):
        err.print(f"[red]unknown format {fmt!r}[/red] (use markdown or xlsx)")
        raise typer.Exit(2)
    if fmt == "xlsx" and output is None:
        err.print("[red]--format xlsx needs -o FILE.xlsx[/red]")
        raise typer.Exit(2)
    try:
        seconds = parse_duration(since)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    setup_logging("WARNING")
    cfg = load_or_exit(config)
    database = open_database(cfg)
    until = utcnow()
    try:
        with database.session() as session:
            review = build_review(session, cfg, until - timedelta(seconds=seconds), until, top)
    finally:
        database.dispose()
    if fmt == "xlsx":
        to_xlsx(review, cfg, output)
        err.print(f"周报已写入 {escape(str(output))}")
    elif output is not None:
        output.write_text(to_markdown(review, cfg), encoding="utf-8")
        err.print(f"周报已写入 {escape(str(output))}")
    else:
        out.print(to_markdown(review, cfg), markup=False, highlight=False)
