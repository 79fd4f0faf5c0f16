"""The review as Markdown (for chat or a wiki) and as XLSX (one sheet per section, for the weekly meeting).
Headings and labels are Chinese: the readers are the shop's operations team."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from monitor.config import AppConfig
from monitor.report.review import PeriodReview

REASONS = {"ack": "超时未确认", "assessment": "超时未研判", "late_ack": "确认超时"}
STATES = {"firing": "告警中", "acknowledged": "已确认", "resolved": "已解决"}


def _h(value: float | None) -> str:
    return "-" if value is None else (f"{value * 60:.0f} 分钟" if value < 1 else f"{value:.1f} 小时")


def _day(moment: datetime, timezone: str) -> str:
    return moment.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


def _sections(review: PeriodReview, config: AppConfig) -> list[tuple[str, list[str], list[list]]]:
    """(heading, columns, rows) for every table; both renderers walk this."""
    tz, name = config.timezone, config.tier_name
    return [
        ("告警按级别统计", ["级别", "告警数"], [[name(t), n] for t, n in review.by_tier.items()]),
        ("告警按规则统计", ["规则", "合计", "Ⅰ级", "Ⅱ级", "Ⅲ级", "未解决"],
         [[r["rule"], r["total"], r["I"], r["II"], r["III"], r["open"]] for r in review.by_rule]),
        ("响应时效（从触发起计）", ["级别", "告警数", "已确认", "确认中位数", "确认 P90", "已研判", "已解决", "解决中位数", "解决 P90"],
         [[name(r["tier"]), r["alerts"], r["acknowledged"], _h(r["ack_median_h"]), _h(r["ack_p90_h"]), r["assessed"],
           r["resolved"], _h(r["resolve_median_h"]), _h(r["resolve_p90_h"])] for r in review.response]),
        ("超时告警", ["编号", "级别", "告警", "状态", "首次触发", "超时项"],
         [[o["id"], name(o["tier"]), o["title"], STATES.get(o["state"], o["state"]), _day(o["first_fired_at"], tz),
           "、".join(REASONS.get(r, r) for r in o["reasons"])] for o in review.overdue]),
        ("主要投诉话题（差评）", ["话题", "差评条数"], [[t, n] for t, n in review.topics]),
        ("竞品价格变动", ["竞品", "店铺", "商品组", "期初价", "期末价", "涨跌幅", "最低", "最高", "变动次数"],
         [[m["target"], m["shop"] or "-", m["group"] or "-", m["first"], m["last"],
           "-" if m["change_pct"] is None else f"{m['change_pct']:+.1f}%", m["low"], m["high"], m["changes"]]
          for m in review.price_moves]),
    ]


def _title(review: PeriodReview, config: AppConfig) -> str:
    return f"监控周报（{_day(review.since, config.timezone)} 至 {_day(review.until, config.timezone)}）"


def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def to_markdown(review: PeriodReview, config: AppConfig) -> str:
    lines = [f"# {_title(review, config)}", ""]
    total = sum(review.by_tier.values())
    lines += [f"本期告警 **{total}** 条，超时 **{len(review.overdue)}** 条；评价 {review.reviews} 条，"
              f"其中差评 {review.negative_reviews} 条；价格有变动的竞品 {len(review.price_moves)} 个。", ""]
    for heading, columns, rows in _sections(review, config):
        lines += [f"## {heading}", ""]
        if not rows:
            lines += ["（无）", ""]
            continue
        lines.append("| " + " | ".join(columns) + " |")
        lines.append("|" + "---|" * len(columns))
        lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
        lines.append("")
    return "\n".join(lines)


def to_xlsx(review: PeriodReview, config: AppConfig, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    summary = workbook.active
    summary.title = "概览"
    summary.append([_title(review, config)])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["告警总数", sum(review.by_tier.values())])
    summary.append(["超时告警", len(review.overdue)])
    summary.append(["评价数", review.reviews])
    summary.append(["差评数", review.negative_reviews])
    for heading, columns, rows in _sections(review, config):
        sheet = workbook.create_sheet(heading[:31].replace("（", "(").replace("）", ")"))
        sheet.append(columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(10, len(column) * 2 + 2)
    workbook.save(path)
