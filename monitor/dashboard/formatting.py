"""How values look on the dashboard: local times, prices, stock and health words in Chinese, and titles
split into plain and highlighted pieces for compliance findings."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from jinja2 import Environment

from sentiment.compliance import LEVEL_NAMES

STOCK_NAMES = {"in_stock": "有货", "out_of_stock": "缺货", "preorder": "预售", "limited": "库存紧张", "unknown": "未知"}
HEALTH_NAMES = {"ok": "正常", "failing": "采集失败", "stale": "数据过期", "never": "尚未采集", "paused": "已暂停"}
STATE_NAMES = {"firing": "告警中", "acknowledged": "已确认", "resolved": "已解决", "silenced": "已静默"}
RUN_STATUS_NAMES = {"ok": "成功", "failed": "失败", "timeout": "超时", "stopped": "已停止", "running": "进行中",
                    "interrupted": "中断"}
VERDICT_NAMES = {"block": "不可发布", "review": "需准备证明材料", "ok": "未发现问题"}
OWNER_NAMES = {"own": "本店", "competitor": "竞品"}


def local_time(value: datetime | str | None, timezone: str, seconds: bool = False) -> str:
    if not value:
        return "—"
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%m-%d %H:%M")


def price(value) -> str:
    return "—" if value in (None, "") else f"¥{float(value):,.2f}"


def highlight(title: str, findings: list[dict]) -> list[tuple[str, dict | None]]:
    """Split a title into (text, finding) pieces; overlapping findings keep the first, all stay listed."""
    pieces: list[tuple[str, dict | None]] = []
    position = 0
    for finding in sorted(findings, key=lambda f: (f["start"], -f["end"])):
        start, end = finding["start"], finding["end"]
        if start < position or end <= start:
            continue
        if start > position:
            pieces.append((title[position:start], None))
        pieces.append((title[start:end], finding))
        position = end
    if position < len(title):
        pieces.append((title[position:], None))
    return pieces


def install_filters(env: Environment) -> None:
    env.filters["localtime"] = local_time  # {{ value|localtime(tz) }}
    env.filters["price"] = price
    env.filters["stock"] = lambda value: STOCK_NAMES.get(value, value or "—")
    env.filters["health"] = lambda value: HEALTH_NAMES.get(value, value)
    env.filters["alert_state"] = lambda value: STATE_NAMES.get(value, value)
    env.filters["run_status"] = lambda value: RUN_STATUS_NAMES.get(value, value)
    env.filters["level"] = lambda value: LEVEL_NAMES.get(value, value)
    env.filters["verdict"] = lambda value: VERDICT_NAMES.get(value, value)
    env.filters["owner"] = lambda value: OWNER_NAMES.get(value, value)
