"""Chinese message texts from Jinja2 templates, rendered per channel format (markdown or text) and fitted to
the channel's limit in UTF-8 bytes.

Templates live in ``monitor/alerting/templates``: ``alert.*``, ``group.*`` and ``digest.*`` frame a message,
``rules/<rule_type>.j2`` lists one alert's facts with the frame's ``row(label, value)`` macro, so one rule
template serves both formats. ``alerting.templates_dir`` overrides any of them by file name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

from monitor.config import AppConfig
from monitor.models import Alert
from notifiers.channels import ChannelProfile
from notifiers.truncate import truncate_utf8, utf8_len

BUILTIN_TEMPLATES = Path(__file__).with_name("templates")
KIND_PREFIX = {"firing": "", "update": "【更新】", "repeat": "【提醒】", "escalation": "【升级】", "resolved": "【已恢复】",
               "overdue": "【超时未研判】"}
RULE_LABELS = {
    "price_drop": "价格下降", "price_rise": "价格上涨", "undercut": "竞品低于本店价", "price_floor": "低于控价底线",
    "stock": "缺货", "review_burst": "差评激增", "sentiment_decline": "口碑指数下降", "complaint_rate": "投诉率超标",
    "mention_volume_spike": "舆情声量激增", "mention_negative_spike": "负面舆情激增", "compliance": "标题违规",
    "scrape_failures": "采集失败", "site_blocked": "站点封锁", "delivery_dead": "消息投递失败",
    "metric_threshold": "经营指标超限", "metric_change": "经营指标突变", "stock_cover": "库存不足",
}
RESOLVED_TITLES = {"stock": "恢复有货：{product}"}


@dataclass
class Notice:
    """One piece of news about one alert, going to one route."""

    alert: Alert
    kind: str  # firing | update | repeat | escalation | resolved
    route: str


def human_duration(seconds: float | None) -> str:
    if not seconds:
        return "-"
    seconds = int(seconds)
    for size, unit in ((86400, "天"), (3600, "小时"), (60, "分钟")):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    if seconds >= 3600:
        return f"{seconds / 3600:.1f}小时"
    return f"{seconds // 60}分钟" if seconds >= 60 else f"{seconds}秒"


@lru_cache(maxsize=8)
def environment(templates_dir: str | None, timezone: str) -> Environment:
    loaders = [FileSystemLoader(str(Path(templates_dir).expanduser()))] if templates_dir else []
    env = Environment(loader=ChoiceLoader(loaders + [FileSystemLoader(str(BUILTIN_TEMPLATES))]),
                      undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=False)
    env.filters["local"] = lambda value: local_time(value, timezone)
    env.filters["duration"] = human_duration
    return env


def local_time(value: str | datetime | None, timezone: str) -> str:
    if not value:
        return "-"
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


def _env(config: AppConfig) -> Environment:
    return environment(config.alerting.templates_dir, config.timezone)


def _ext(profile: ChannelProfile) -> str:
    return "md" if profile.body_format == "markdown" else "txt"


def notice_title(notice: Notice, config: AppConfig) -> str:
    alert = notice.alert
    text = alert.title
    if notice.kind == "resolved" and alert.rule_type in RESOLVED_TITLES:
        text = RESOLVED_TITLES[alert.rule_type].format(**{"product": alert.title, **(alert.facts or {})})
        return f"【{config.tier_name(alert.tier)}】{text} #{alert.short_id}"
    return f"【{config.tier_name(alert.tier)}】{KIND_PREFIX.get(notice.kind, '')}{text} #{alert.short_id}"


def _status(notice: Notice, config: AppConfig) -> str | None:
    alert, kind = notice.alert, notice.kind
    if kind == "resolved":
        return f"已由 {alert.resolved_by} 处理" if alert.resolved_by else "已恢复：条件不再成立"
    if kind == "escalation":
        return f"超过时限未确认，已升级（第 {alert.escalation_level + 1} 次）"
    if kind == "overdue":
        return "超过首次研判时限仍无处理记录，已升级：请填写处理意见（monitor alerts note）"
    if kind == "repeat":
        return f"仍未处理，首次告警于 {local_time(alert.first_fired_at, config.timezone)}"
    if alert.state == "acknowledged":
        return f"已由 {alert.acknowledged_by or '-'} 确认，情况有更新"
    target = config.response_target(alert.tier)
    if target and alert.state == "firing":
        return f"响应时限 {human_duration(target)}：请确认处理"
    return "情况有更新" if kind == "update" else None


def _fit(render, items: list, budget: int) -> str:
    """Render with as many items as fit in ``budget`` bytes; the rest are counted as omitted."""
    count = len(items)
    while True:
        body = render(items[:count], len(items) - count)
        if utf8_len(body) <= budget or count <= 1:
            return truncate_utf8(body, budget)
        count = max(1, min(count - 1, count * budget // max(1, utf8_len(body))))


def render_notices(notices: list[Notice], config: AppConfig, profile: ChannelProfile,
                   digest_reason: str | None = None) -> tuple[str, str]:
    """Title and body of one message about one or more notices, in the channel's format and size."""
    env, ext = _env(config), _ext(profile)
    lead = notices[0]
    tier_name = config.tier_name(lead.alert.tier)
    if len(notices) == 1 and digest_reason is None:
        title = notice_title(lead, config)
        context = dict(alert=lead.alert, f=lead.alert.facts or {}, kind=lead.kind, tier_name=tier_name,
                       short_id=lead.alert.short_id, heading=title, status=_status(lead, config),
                       ack_hint=None if lead.kind == "resolved" else f"确认：monitor alerts ack {lead.alert.short_id}")
        body = env.get_template(f"alert.{ext}.j2").render(**context).strip() + "\n"
        return title, truncate_utf8(body, profile.max_bytes - utf8_len(title) - 64)
    if digest_reason is not None:
        title = f"【{tier_name}】{digest_reason}：共 {len(notices)} 条"
        template = env.get_template(f"digest.{ext}.j2")
    else:
        label = RULE_LABELS.get(lead.alert.rule_type, lead.alert.rule_type)
        title = f"【{tier_name}】{KIND_PREFIX.get(lead.kind, '')}{label} · {lead.alert.shop or '-'} · {len(notices)} 个商品"
        template = env.get_template(f"group.{ext}.j2")
    items = [dict(alert=n.alert, kind=n.kind, line=notice_title(n, config).split("】", 1)[-1],
                  tier_name=config.tier_name(n.alert.tier)) for n in notices]

    def render(shown: list, omitted: int) -> str:
        return template.render(items=shown, omitted=omitted, heading=title, tier_name=tier_name,
                               ids=" ".join(n.alert.short_id for n in notices if n.kind != "resolved")).strip() + "\n"

    return title, _fit(render, items, profile.max_bytes - utf8_len(title) - 64)


def render_merged(titles: list[str], short_ids: list[str], config: AppConfig, profile: ChannelProfile) -> tuple[str, str]:
    """A rate-limit digest: messages that did not fit the channel's budget, merged into one."""
    title = f"【消息合并】发送频率受限，{len(titles)} 条消息合并发送"
    template = _env(config).get_template(f"digest.{_ext(profile)}.j2")
    items = [dict(alert=None, kind="merged", line=t, tier_name="") for t in titles]

    def render(shown: list, omitted: int) -> str:
        return template.render(items=shown, omitted=omitted, heading=title, tier_name="",
                               ids=" ".join(short_ids)).strip() + "\n"

    return title, _fit(render, items, profile.max_bytes - utf8_len(title) - 64)
