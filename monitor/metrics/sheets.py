"""Rows out of an export file: CSV (UTF-8, UTF-8 with BOM, or GBK/GB18030 as 生意参谋 and Excel on Chinese
Windows write it; comma, tab or semicolon separated) and XLSX (first sheet, or the one named).

Each row comes with its spreadsheet row number and, for XLSX, which cells are formatted as percentages (Excel
stores 2.5 % as 0.025), so errors can point at the row the seller sees in Excel.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SNIFF_BYTES = 1 << 20


class SheetError(ValueError):
    """The file cannot be read at all (wrong type, wrong encoding, empty)."""


@dataclass
class Row:
    number: int  # 1-based, as Excel shows it
    values: list[object]
    percent_cells: frozenset[int] = frozenset()


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) if the first megabyte decodes as UTF-8, else GB18030 (a superset of GBK)."""
    head = path.read_bytes()[:SNIFF_BYTES] if path.stat().st_size <= SNIFF_BYTES else _head(path)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "gb18030"


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SNIFF_BYTES)


def _csv_rows(path: Path, encoding: str | None) -> Iterator[Row]:
    encoding = encoding or detect_encoding(path)
    try:
        with path.open("r", encoding=encoding, newline="") as handle:
            head = "".join(handle.readline() for _ in range(20))
            handle.seek(0)
            delimiter = max(",\t;", key=head.count)  # csv.Sniffer trips over the title lines above the header
            for number, values in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
                yield Row(number, values)
    except UnicodeDecodeError as exc:
        raise SheetError(f"文件编码不是 {encoding}（第 {exc.start} 字节附近）：请另存为 UTF-8 或用 --encoding 指定") from None


def _xlsx_rows(path: Path, sheet: str | None) -> Iterator[Row]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError on a broken workbook …
        raise SheetError(f"不是可读取的 XLSX 文件：{type(exc).__name__}") from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise SheetError(f"没有名为 {sheet!r} 的工作表（有：{', '.join(workbook.sheetnames)}）")
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        for number, cells in enumerate(worksheet.iter_rows(), start=1):
            values, percent = [], set()
            for index, cell in enumerate(cells):
                value = getattr(cell, "value", None)
                values.append(value)
                if isinstance(value, (int, float)) and "%" in (getattr(cell, "number_format", "") or ""):
                    percent.add(index)
            yield Row(number, values, frozenset(percent))
    finally:
        workbook.close()


def read_rows(path: Path, encoding: str | None = None, sheet: str | None = None) -> Iterator[Row]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path, sheet)
    if suffix in (".csv", ".txt", ".tsv"):
        return _csv_rows(path, encoding)
    if suffix == ".xls":
        raise SheetError("旧版 .xls 文件请在 Excel/WPS 中另存为 .xlsx 或 .csv 后再导入")
    raise SheetError(f"不支持的文件类型 {suffix or '(无扩展名)'}：请用 .csv 或 .xlsx")
