"""`monitor check-title`: pre-publish 广告法 compliance check of listing titles.

    monitor check-title "國@家級 顶级面料 最新款" "纯棉T恤"
    monitor check-title --file titles.xlsx --format jsonl > findings.jsonl
    monitor check-title --file titles.txt --allow 极品好运来 --pack config/packs/my_shop.yaml

Exit code: 0 when no title has a ``block`` finding, 1 when one does (usable as a CI/publishing
gate), 2 on usage errors (missing or unreadable file, no titles, unknown format, bad pack).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Iterable, Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from sentiment.compliance import LEVEL_NAMES, Checker, Finding, PackError, suggest_rewrite, worst_level

_CHUNK = 20_000            # titles per check_many call when showing progress
_PROGRESS_FROM = 50_000    # show a progress bar on stderr from this many titles
_TITLE_COLUMNS = ("title", "标题", "商品标题", "宝贝标题")
_LEVEL_STYLE = {"block": "bold red", "review": "yellow", "info": "dim"}


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class UsageProblem(Exception):
    """Something the user must fix in how the command was called (exit code 2)."""


def register(app: typer.Typer) -> None:
    """Attach ``check-title`` to the main CLI app."""
    app.command("check-title")(check_title_command)


def check_title_command(
    titles: Optional[list[str]] = typer.Argument(None, help="要检查的标题（可多个）。"),
    file: Optional[Path] = typer.Option(
        None, "--file", "-f", help="每行一个标题的文本文件，或含 title/标题 列的 CSV/XLSX；'-' 读标准输入。"),
    output_format: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table|json|jsonl"),
    allow: list[str] = typer.Option([], "--allow", help="放行短语（可重复），出现在标题中时其中的禁用词不报告。"),
    pack: list[Path] = typer.Option([], "--pack", help="额外词库 YAML（可重复），格式见 docs/compliance.md。"),
    config: Optional[Path] = typer.Option(
        None, "--config", "-c", help="也使用该配置文件 compliance: 段的词库、放行短语和级别调整。"),
) -> None:
    """检查商品标题是否违反《广告法》（绝对化用语、医疗用语、迷信、站外引流…）。"""
    err = Console(stderr=True, soft_wrap=True)
    try:
        collected = list(titles or [])
        if file is not None:
            collected += read_titles(file)
        if not collected:
            raise UsageProblem("没有要检查的标题：请给出标题参数或 --file")
        checker = _checker(config, pack, allow)
    except (UsageProblem, PackError) as exc:
        err.print(f"[red]错误:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2)
    results = _check_with_progress(checker, collected, err)
    if output_format is OutputFormat.table:
        _print_table(collected, results)
    else:
        _print_json(collected, results, lines=output_format is OutputFormat.jsonl)
    blocked = sum(1 for found in results if worst_level(list(found)) == "block")
    raise typer.Exit(1 if blocked else 0)


def _checker(config_path: Path | None, packs: list[Path], allow: list[str]) -> Checker:
    """The shipped packs plus, with ``-c``, the config's compliance section, plus the command's own options."""
    if config_path is None:
        return Checker(extra_packs=packs, allow=allow)
    from monitor.config import ConfigError, load_config

    try:
        section = load_config(config_path).compliance
    except ConfigError as exc:
        raise UsageProblem(str(exc)) from None
    return Checker(extra_packs=[*section.packs, *packs], allow=[*section.allow, *allow],
                   level_overrides=section.levels or None)


def read_titles(path: Path) -> list[str]:
    """Titles from a text file (one per line), a CSV or an XLSX with a title column."""
    if str(path) == "-":
        return _non_empty(sys.stdin.read().splitlines())
    if not path.is_file():
        raise UsageProblem(f"文件不存在: {path}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _non_empty(_xlsx_titles(path))
    text = _read_text(path)
    if suffix == ".csv":
        return _non_empty(_csv_titles(text, path))
    return _non_empty(text.splitlines())


def _read_text(path: Path) -> str:
    """UTF-8 (with or without BOM), else GB18030: Excel in China saves CSV as GBK."""
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UsageProblem(f"无法识别文件编码（需要 UTF-8 或 GBK）: {path}")


def _title_column(header: list[str], path: Path) -> int:
    names = [str(cell or "").strip().lower() for cell in header]
    for wanted in _TITLE_COLUMNS:
        if wanted in names:
            return names.index(wanted)
    raise UsageProblem(f"{path} 缺少 title（或“标题”）列；表头为: {', '.join(names) or '空'}")


def _csv_titles(text: str, path: Path) -> Iterator[str]:
    rows = csv.reader(io.StringIO(text))
    header = next(rows, None)
    if header is None:
        return iter(())
    column = _title_column(header, path)
    return (row[column] for row in rows if len(row) > column)


def _xlsx_titles(path: Path) -> list[str]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zip/xml errors from a file that is not really an xlsx
        raise UsageProblem(f"无法读取 Excel 文件 {path}: {exc}") from None
    try:
        rows = workbook.active.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            return []
        column = _title_column(list(header), path)
        return [str(row[column]) for row in rows if len(row) > column and row[column] is not None]
    finally:
        workbook.close()


def _non_empty(lines: Iterable[str]) -> list[str]:
    return [line.strip() for line in lines if line and line.strip()]


def _check_with_progress(checker: Checker, titles: list[str], err: Console) -> list:
    if len(titles) < _PROGRESS_FROM:
        return checker.check_many(titles)
    results: list = []
    columns = (TextColumn("检查标题"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("check", total=len(titles))
        for start in range(0, len(titles), _CHUNK):
            chunk = titles[start:start + _CHUNK]
            results.extend(checker.check_many(chunk))
            progress.advance(task, len(chunk))
    return results


def _print_table(titles: list[str], results: list) -> None:
    out = Console(soft_wrap=False)
    table = Table(title="广告法合规检查", show_lines=True)
    for column in ("#", "问题词", "类别", "级别", "依据", "原因与建议"):
        table.add_column(column, overflow="fold")
    counts = {"block": 0, "review": 0, "info": 0, "ok": 0}
    for number, (title, found) in enumerate(zip(titles, results), start=1):
        level = worst_level(list(found))
        counts[level or "ok"] += 1
        for finding in found:
            table.add_row(str(number), escape(finding.text), finding.category_name,
                          f"[{_LEVEL_STYLE[finding.level]}]{finding.level_name}[/]",
                          escape(finding.article), escape(f"{finding.reason}；{finding.suggestion}"))
        rewrite = suggest_rewrite(title, list(found)) if level in ("block", "review") else title
        if rewrite != title:  # nothing to suggest when only the claim model asks for a review
            table.add_row(str(number), "[dim]建议标题[/]", "", "", "", escape(rewrite))
    if table.row_count:
        out.print(table)
    out.print(f"共检查 {len(titles)} 条标题：{LEVEL_NAMES['block']} {counts['block']} 条，"
              f"{LEVEL_NAMES['review']} {counts['review']} 条，{LEVEL_NAMES['info']} {counts['info']} 条，"
              f"通过 {counts['ok']} 条", highlight=False)


def _title_record(index: int, title: str, found: tuple[Finding, ...]) -> dict:
    findings = list(found)
    return {"index": index, "title": title, "level": worst_level(findings),
            "rewrite": suggest_rewrite(title, findings) if findings else title,
            "findings": [finding.to_dict() for finding in findings]}


def _print_json(titles: list[str], results: list, *, lines: bool) -> None:
    records = (_title_record(i, title, found) for i, (title, found) in enumerate(zip(titles, results)))
    write = sys.stdout.write
    if lines:
        for record in records:
            write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    """``python -m monitor.cli.check_title``: the command without the rest of the monitor CLI."""
    app = typer.Typer(add_completion=False)
    register(app)
    app()


if __name__ == "__main__":
    main()
