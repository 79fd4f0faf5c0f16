"""``monitor metrics import``: a back-office export (CSV/XLSX) into the metric series store, all or nothing.

Every row is validated; points are written in batches inside ONE transaction, which is rolled back as soon as
the run ends with any bad row — so a file with one typo leaves the database exactly as it was, and the
report lists every bad cell (row, column, value, reason in Chinese), not only the first. Re-importing the
same file updates the same points (upsert on metric, scope, time, source): nothing doubles.
"""

from __future__ import annotations

import time as clock
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from monitor.config import AppConfig
from monitor.db import Database
from monitor.metrics.cells import EMPTY, is_empty, parse_number, parse_time
from monitor.metrics.mapping import BoundMapping, Mapping, bind, load_mappings
from monitor.metrics.sheets import Row, SheetError, read_rows
from monitor.metrics.store import PointIn, upsert_points
from monitor.models import utcnow

HEADER_SEARCH_ROWS = 30
SUMMARY_ROWS = {"合计", "总计", "汇总", "平均", "均值", "total", "sum"}
MAX_KEY = 200


@dataclass
class RowError:
    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        return f"第 {self.row} 行 「{self.column}」 = {self.value!r}：{self.reason}"


@dataclass
class ImportReport:
    file: str
    mapping: str = ""
    source: str = ""
    header_row: int = 0
    columns: dict[str, str] = field(default_factory=dict)  # header → metric
    ignored: list[str] = field(default_factory=list)
    rows: int = 0
    points: int = 0
    written: int = 0
    empty_cells: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    dry_run: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error_count == 0


class UnreadableExport(Exception):
    """The file cannot be imported at all (unreadable, no header); the report says why."""


class _Abort(Exception):
    pass


def _bind(rows: Iterator[Row], mappings: list[Mapping]) -> tuple[BoundMapping, Row]:
    for row in rows:
        for mapping in mappings:
            bound = bind(mapping, row.values)
            if bound is not None:
                return bound, row
        if row.number >= HEADER_SEARCH_ROWS:
            break
    names = "、".join(mappings[0].time[:4])
    raise SheetError(f"前 {HEADER_SEARCH_ROWS} 行里找不到表头：需要一个日期列（{names}…）和至少一个指标列"
                     f"（映射 {', '.join(m.name for m in mappings)}）")


def _key(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an SKU id typed into Excel as a number
    return str(value).strip()


class RowReader:
    """Turns data rows into points for one bound mapping, collecting errors instead of stopping."""

    def __init__(self, bound: BoundMapping, timezone: str, report: ImportReport, max_errors: int) -> None:
        self.bound, self.timezone, self.report, self.max_errors = bound, timezone, report, max_errors
        self.source = bound.mapping.source
        self.ratios = [r for r in bound.mapping.ratios if r.metric not in {m.metric for m, _, _ in bound.metric_indexes}]

    def error(self, row: int, column: str, value: object, reason: str) -> None:
        self.report.error_count += 1
        if len(self.report.errors) < self.max_errors:
            self.report.errors.append(RowError(row, column, "" if value is None else str(value), reason))

    def points(self, row: Row) -> list[PointIn]:
        values, bound = row.values, self.bound
        if not any(values) or all(is_empty(v) for v in values):  # any(): the cheap test for big files
            return []
        raw_time = values[bound.time_index] if bound.time_index < len(values) else None
        if isinstance(raw_time, str) and raw_time.strip().lower() in SUMMARY_ROWS:
            return []
        self.report.rows += 1
        if is_empty(raw_time):
            self.error(row.number, bound.time_header, raw_time, "缺少日期")
            return []
        try:
            at = parse_time(raw_time, self.timezone)
        except ValueError as exc:
            self.error(row.number, bound.time_header, raw_time, str(exc))
            return []
        kind, key = "shop", ""
        for scope_kind, index in bound.scope_indexes:
            if index < len(values) and not is_empty(values[index]):
                kind, key = scope_kind, _key(values[index])
                break
        if len(key) > MAX_KEY:
            self.error(row.number, kind, key[:40] + "…", f"超过 {MAX_KEY} 个字符")
            return []
        out, found, bad, width, source = [], {}, False, len(values), self.source
        percent_cells = row.percent_cells
        for metric, index, header in bound.metric_indexes:
            raw = values[index] if index < width else None
            if raw is None or raw == "" or (raw.__class__ is str and raw.strip() in EMPTY):
                self.report.empty_cells += 1
                continue
            try:
                value, percent = parse_number(raw, index in percent_cells)
            except ValueError as exc:
                self.error(row.number, header, raw, str(exc))
                bad = True
                continue
            out.append(PointIn(metric.metric, kind, key, at, value, "%" if percent else metric.unit, source))
            if self.ratios:
                found[metric.metric] = value
        for ratio in self.ratios:
            numerator, denominator = found.get(ratio.numerator), found.get(ratio.denominator)
            if numerator is not None and denominator:
                value = numerator / denominator * (100 if ratio.percent else 1)
                out.append(PointIn(ratio.metric, kind, key, at, value, "%" if ratio.percent else None, self.source))
        return [] if bad else out


def import_file(database: Database | None, config: AppConfig, path: Path, mapping: str | None = None, *,
                dry_run: bool = False, encoding: str | None = None, sheet: str | None = None,
                progress: Callable[[int], None] | None = None, now: datetime | None = None,
                config_dir: Path | None = None, batch_size: int = 20000, max_errors: int = 200) -> ImportReport:
    """Validate every row and, unless ``dry_run`` or any row is bad, write all points in one transaction."""
    started = clock.perf_counter()
    report = ImportReport(file=str(path), dry_run=dry_run)
    mappings = load_mappings(config, config_dir)
    name = mapping or config.metrics.default_mapping
    if name not in mappings:
        raise UnreadableExport(f"没有名为 {name!r} 的列映射（有：{', '.join(mappings)}）")
    candidates = [mappings[name]] + ([m for n, m in mappings.items() if n != name] if mapping is None else [])
    try:
        rows = read_rows(path, encoding, sheet)
        bound, header = _bind(rows, candidates)
    except (SheetError, OSError) as exc:
        raise UnreadableExport(str(exc)) from None
    report.mapping, report.source, report.header_row = bound.mapping.name, bound.mapping.source, header.number
    report.columns = {h: m.metric for m, _, h in bound.metric_indexes}
    report.ignored = bound.ignored
    reader = RowReader(bound, config.timezone, report, max_errors)
    written_at = now or utcnow()

    def batches() -> Iterator[list[PointIn]]:
        batch: list[PointIn] = []
        try:
            for row in rows:
                batch.extend(reader.points(row))
                if len(batch) >= batch_size:
                    yield batch
                    batch = []
                    if progress:
                        progress(report.rows)
        except SheetError as exc:
            raise UnreadableExport(str(exc)) from None
        yield batch
        if progress:
            progress(report.rows)

    if dry_run or database is None:
        for batch in batches():
            report.points += len(batch)
    else:
        try:
            with database.session() as session:
                for batch in batches():
                    report.points += len(batch)
                    if report.error_count == 0:
                        report.written += upsert_points(session, batch, written_at)
                if report.error_count:
                    raise _Abort()  # roll back: nothing half-imported
        except _Abort:
            report.written = 0
    report.seconds = clock.perf_counter() - started
    return report
