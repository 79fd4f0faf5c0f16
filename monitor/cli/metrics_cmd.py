"""`monitor metrics …`: import back-office exports, list mappings, recompute derived series.

A thin face over ``monitor.metrics``: the import prints a per-row error report in Chinese and exits 1 when
any row is bad — in which case nothing was written.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from monitor.cli.common import ConfigOption, err, load_or_exit, open_database, out
from monitor.logs import setup_logging

metrics_app = typer.Typer(help="The seller's own numbers: import exports, mappings, derived series.",
                          no_args_is_help=True)


@metrics_app.command("import")
def import_cmd(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV or XLSX export"),
    config: Path = ConfigOption,
    mapping: str | None = typer.Option(None, "--mapping", "-m", help="column mapping name (default: metrics.default_mapping)"),
    dry_run: bool = typer.Option(False, "--dry-run", help="check every row, write nothing"),
    encoding: str | None = typer.Option(None, "--encoding", help="CSV encoding (default: UTF-8, else GBK/GB18030)"),
    sheet: str | None = typer.Option(None, "--sheet", help="XLSX sheet name (default: the first)"),
) -> None:
    """Import a CSV/XLSX export (生意参谋, 京东商智, ERP …). All rows or none; re-importing updates, never doubles."""
    from monitor.metrics.importer import UnreadableExport, import_file

    setup_logging("WARNING")
    cfg = load_or_exit(config)
    database = None if dry_run else open_database(cfg)
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                      transient=True) as progress:
            task = progress.add_task(f"读取 {file.name}", total=None)
            report = import_file(database, cfg, file, mapping, dry_run=dry_run, encoding=encoding, sheet=sheet,
                                 config_dir=config.resolve().parent,
                                 progress=lambda rows: progress.update(task, description=f"已读取 {rows:,} 行"))
    except UnreadableExport as exc:
        err.print(f"[red]无法导入[/red] {escape(str(file))}：{escape(str(exc))}")
        raise typer.Exit(1)
    finally:
        if database is not None:
            database.dispose()
    columns = "、".join(f"{h}→{m}" if h != m else h for h, m in report.columns.items())
    err.print(f"映射 {report.mapping}（来源 {report.source}），表头在第 {report.header_row} 行：{escape(columns)}")
    if report.ignored:
        err.print(f"[dim]未使用的列：{escape('、'.join(report.ignored))}[/dim]")
    if not report.ok:
        table = Table("行", "列", "值", "原因", title=f"{report.error_count} 处错误，未导入任何数据")
        for e in report.errors:
            table.add_row(str(e.row), escape(e.column), escape(e.value[:40]), escape(e.reason))
        err.print(table)
        if report.error_count > len(report.errors):
            err.print(f"……另有 {report.error_count - len(report.errors)} 处错误未列出")
        raise typer.Exit(1)
    rate = report.rows / report.seconds if report.seconds else 0
    verb = "检查通过（--dry-run，未写入）" if dry_run else f"已导入 {report.written:,} 个数据点"
    out.print(f"{verb}：{report.rows:,} 行，{report.points:,} 个数据点，{report.seconds:.1f} 秒（{rate:,.0f} 行/秒）")


@metrics_app.command("mappings")
def mappings_cmd(config: Path = ConfigOption) -> None:
    """The column mappings (built-in and metrics.mappings_file) and the headers each reads."""
    from monitor.metrics.mapping import load_mappings

    cfg = load_or_exit(config)
    for name, mapping in load_mappings(cfg, config.resolve().parent).items():
        out.print(f"[bold]{escape(name)}[/bold] {escape(mapping.description or '')}（来源 {escape(mapping.source)}）")
        out.print(f"  日期：{escape('、'.join(mapping.time))}")
        for kind, columns in mapping.scopes:
            out.print(f"  {kind}：{escape('、'.join(columns))}")
        for metric in mapping.metrics:
            out.print(f"  {escape(metric.metric)}（{escape(metric.unit or '')}）：{escape('、'.join(metric.columns))}")


@metrics_app.command("derive")
def derive_cmd(config: Path = ConfigOption,
               days: int | None = typer.Option(None, "--days", min=1, help="days back (default: backfill_days)")) -> None:
    """Recompute series derived from reviews and mentions now (the daemon does it every metrics.derived.interval)."""
    from monitor.metrics.derived import refresh_derived

    setup_logging("WARNING")
    cfg = load_or_exit(config)
    database = open_database(cfg)
    try:
        written = refresh_derived(database, cfg, days=days or cfg.metrics.derived.backfill_days)
    finally:
        database.dispose()
    out.print(f"已计算 {written:,} 个派生数据点")
