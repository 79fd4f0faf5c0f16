"""The ``monitor`` command. Each command loads the config, opens the database (migrating it) and calls the
same functions the daemon uses."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from monitor.cli import check_title
from monitor.cli import init_cmd, report_cmd, serve_cmd
from monitor.cli.alerts_cmd import alerts_app
from monitor.cli.metrics_cmd import metrics_app
from monitor.cli.sentiment_cmd import sentiment_app
from monitor.cli.common import ConfigOption, err, load_or_exit, open_database, out
from monitor.cli.targets_cmd import targets_app
from monitor.logs import setup_logging

app = typer.Typer(help="Competitor-price and public-sentiment monitor with tiered alerts.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
config_app = typer.Typer(help="Check configuration files.", no_args_is_help=True)
export_app = typer.Typer(help="Export stored data.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(config_app, name="config")
app.add_typer(export_app, name="export")
app.add_typer(db_app, name="db")
app.add_typer(sentiment_app, name="sentiment")
app.add_typer(targets_app, name="targets")
app.add_typer(alerts_app, name="alerts")
app.add_typer(metrics_app, name="metrics")
check_title.register(app)
serve_cmd.register(app)
init_cmd.register(app)
report_cmd.register(app)

@config_app.command("validate")
def config_validate(config: Path = ConfigOption) -> None:
    """Exit 0 when the config is valid, 1 with the offending field (and line) otherwise."""
    cfg = load_or_exit(config)
    out.print(f"[green]OK[/green] {config}: {len(cfg.targets)} target(s), {len(cfg.rules)} rule(s), "
              f"tiers {', '.join(cfg.tier_name(k) for k in sorted(cfg.tiers)) or 'none'}")


@db_app.command("upgrade")
def db_upgrade(config: Path = ConfigOption) -> None:
    """Create or migrate the database schema to the latest version."""
    setup_logging("WARNING")
    cfg = load_or_exit(config)
    database = open_database(cfg)
    out.print(f"schema up to date on {database.safe_url}")


@app.command("crawl")
def crawl(
    config: Path = ConfigOption,
    once: bool = typer.Option(False, "--once", help="Crawl every enabled target once, then rules and alerts."),
    target: list[str] = typer.Option([], "--target", "-t", help="Only these target names (repeatable)."),
    log_level: str = typer.Option("INFO", "--log-level"),
) -> None:
    """Crawl all targets once, evaluate the rules and deliver alerts."""
    if not once:
        err.print("use [bold]monitor crawl --once[/bold] for one pass, or [bold]monitor run[/bold] to keep crawling")
        raise typer.Exit(2)
    setup_logging(log_level)
    cfg = load_or_exit(config)
    from monitor.crawling import CrawlRunner
    from monitor.cycle import enabled_targets, run_cycle
    from monitor.target_overrides import effective_from_db

    database = open_database(cfg)
    with database.session() as session:  # targets added or paused through the API count here too
        cfg = effective_from_db(session, cfg)
    targets = enabled_targets(database, cfg, set(target) if target else None)
    unknown = set(target) - {t.name for t in targets}
    if unknown:
        err.print(f"[red]unknown or disabled target(s):[/red] {', '.join(sorted(unknown))}")
        raise typer.Exit(2)
    report = run_cycle(database, cfg, CrawlRunner(database, cfg), targets)
    table = Table("site", "status", "targets", "observations", "failures", "seconds")
    for c in report.crawls:
        table.add_row(c.site, c.status, str(c.targets), str(c.observations), str(c.failures), f"{c.seconds:.1f}")
    err.print(table)
    err.print(f"new alerts: {len(report.new_alerts)} {' '.join(report.new_alerts)} · "
              f"messages sent {report.delivery.sent}, failed {report.delivery.failed}, dead {report.delivery.dead}")
    database.dispose()
    if report.crawls and all(c.status != "ok" for c in report.crawls):
        raise typer.Exit(1)


@app.command("run")
def run(
    config: Path = ConfigOption,
    log_level: str = typer.Option("INFO", "--log-level"),
    log_json: bool = typer.Option(False, "--log-json", help="One JSON object per log line."),
) -> None:
    """Run the daemon: crawl on schedule, evaluate rules, deliver alerts. Stops cleanly on SIGTERM/Ctrl-C."""
    setup_logging(log_level, log_json)
    cfg = load_or_exit(config)
    from monitor.daemon import Daemon

    Daemon(cfg, open_database(cfg), config_path=config).run()


@export_app.command("prices")
def export_prices(
    config: Path = ConfigOption,
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl or csv"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    target: list[str] = typer.Option([], "--target", "-t", help="Only these target names (repeatable)."),
) -> None:
    """Export every price observation, oldest first."""
    if fmt not in ("jsonl", "csv"):
        err.print(f"[red]unknown format {fmt!r}[/red] (use jsonl or csv)")
        raise typer.Exit(2)
    setup_logging("WARNING")
    cfg = load_or_exit(config)
    from monitor.store import iter_price_history

    database = open_database(cfg)
    handle = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    count = 0
    try:
        with database.session() as session:
            writer = None
            for row in iter_price_history(session, target):
                if fmt == "jsonl":
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                else:
                    if writer is None:
                        writer = csv.DictWriter(handle, fieldnames=list(row))
                        writer.writeheader()
                    writer.writerow(row)
                count += 1
    finally:
        if output:
            handle.close()
    err.print(f"exported {count} observation(s)")


@app.command("demo")
def demo(
    cycles: int = typer.Option(0, "--cycles", "-n", min=0, help="Run N crawl cycles and exit (0: until Ctrl-C)."),
    data_dir: Optional[Path] = typer.Option(None, "--data-dir", help="Keep demo data here (default: a temp dir)."),
    interval: float = typer.Option(10.0, "--interval", min=1, help="Seconds between cycles when running."),
    log_level: str = typer.Option("WARNING", "--log-level"),
) -> None:
    """Start the bundled demo shop and monitor it; alerts appear on the console and in alerts.log."""
    setup_logging(log_level)
    from monitor.demo import run_demo

    run_demo(cycles=cycles, data_dir=data_dir, interval=interval, console=out)


if __name__ == "__main__":
    app()
