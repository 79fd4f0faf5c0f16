"""Read-side queries about targets: the list, their health, the overview. Shared by the JSON API and the
dashboard so both show the same numbers.

Every query is paginated or bounded: with 100,000 targets nothing may scan per target in Python. The
"latest observation" of a target is a correlated subquery that walks the (target_id, observed_at) index
backwards one row.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.config import AppConfig
from monitor.models import Alert, CrawlRun, ExtractionFailure, PriceObservation, Target, TargetOverride, utcnow

STALE_AFTER_INTERVALS = 3  # a target not read for three of its intervals is "stale"


@dataclass
class TargetRow:
    name: str
    url: str
    kind: str
    owner: str
    shop: str | None
    group: str | None
    site: str
    enabled: bool
    paused: bool
    source: str  # config | api | removed
    schedule: str
    last_observed_at: datetime | None
    last_price: str | None
    last_stock: str | None
    last_failure_at: datetime | None
    last_failure: str | None
    failures_24h: int
    health: str  # ok | failing | stale | never | paused

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("last_observed_at", "last_failure_at"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


def _latest(column, model, order_column, target_id_column):
    return (select(column).where(target_id_column == Target.id)
            .order_by(order_column.desc(), model.id.desc()).limit(1).correlate(Target).scalar_subquery())


def _health(row: TargetRow, interval: float | None, now: datetime) -> str:
    if row.paused or not row.enabled:
        return "paused"
    if row.last_observed_at is None:
        return "failing" if row.last_failure_at else "never"
    if row.last_failure_at and row.last_failure_at > row.last_observed_at:
        return "failing"
    if interval and now - row.last_observed_at > timedelta(seconds=interval * STALE_AFTER_INTERVALS):
        return "stale"
    return "ok"


def list_targets(session: Session, config: AppConfig, *, group: str | None = None, health: str | None = None,
                 name: str | None = None, limit: int = 100, offset: int = 0, now: datetime | None = None) -> tuple[int, list[TargetRow]]:
    """(total, one page of targets) with their last observation and failure. ``config`` is the effective one."""
    now = now or utcnow()
    specs = {t.name: t for t in config.targets}
    overrides = {o.name: o for o in session.scalars(select(TargetOverride))}
    obs, fail = PriceObservation, ExtractionFailure
    query = select(Target).order_by(Target.group_key.is_(None), Target.group_key, Target.owner.desc(), Target.name)
    if group is not None:
        query = query.where(Target.group_key == group)
    if name is not None:
        query = query.where(Target.name == name)
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    since = now - timedelta(hours=24)
    page = query.add_columns(
        _latest(obs.observed_at, obs, obs.observed_at, obs.target_id),
        _latest(obs.price, obs, obs.observed_at, obs.target_id),
        _latest(obs.stock, obs, obs.observed_at, obs.target_id),
        _latest(fail.occurred_at, fail, fail.occurred_at, fail.target_id),
        _latest(fail.reason, fail, fail.occurred_at, fail.target_id),
        select(func.count()).where(fail.target_id == Target.id, fail.occurred_at >= since)
        .correlate(Target).scalar_subquery(),
    )
    if health is None:
        page = page.limit(limit).offset(offset)
    rows = []
    for target, observed_at, price, stock, failed_at, reason, failures in session.execute(page):
        spec = specs.get(target.name)
        override = overrides.get(target.name)
        if spec is None or not target.in_config:
            source = "removed"
        else:
            source = "api" if override is not None and override.spec else "config"
        row = TargetRow(
            name=target.name, url=target.url, kind=target.kind, owner=target.owner, shop=target.shop,
            group=target.group_key, site=target.site, enabled=bool(spec and spec.enabled),
            paused=bool(override and override.paused), source=source,
            schedule=(f"cron {spec.cron}" if spec.cron else f"every {spec.interval:g}s") if spec else "-",
            last_observed_at=observed_at, last_price=None if price is None else str(price), last_stock=stock,
            last_failure_at=failed_at, last_failure=reason, failures_24h=int(failures or 0), health="",
        )
        row.health = _health(row, spec.interval if spec and not spec.cron else None, now)
        rows.append(row)
    if health is not None:  # health is computed, not stored: filter, then page
        rows = [r for r in rows if r.health == health]
        total, rows = len(rows), rows[offset:offset + limit]
    return total, rows


@dataclass
class Overview:
    targets_total: int
    targets_enabled: int
    groups: list[dict[str, Any]]
    last_run: dict[str, Any] | None
    last_ok_at: datetime | None
    open_alerts: dict[str, int]
    recent_alerts: list[Alert]


def overview(session: Session, config: AppConfig) -> Overview:
    enabled = sum(1 for t in config.targets if t.enabled)
    groups = [
        {"group": key, "targets": count}
        for key, count in session.execute(
            select(Target.group_key, func.count(Target.id)).where(Target.group_key.is_not(None))
            .group_by(Target.group_key).order_by(Target.group_key).limit(200))
    ]
    last = session.scalar(select(CrawlRun).order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc()).limit(1))
    last_ok = session.scalar(select(func.max(CrawlRun.finished_at)).where(CrawlRun.status == "ok"))
    open_alerts = {tier: 0 for tier in ("I", "II", "III")}
    for tier, count in session.execute(select(Alert.tier, func.count(Alert.id)).where(Alert.state != "resolved")
                                       .group_by(Alert.tier)):
        open_alerts[tier] = count
    recent = list(session.scalars(select(Alert).where(Alert.state != "resolved")
                                  .order_by(Alert.last_fired_at.desc()).limit(10)))
    return Overview(
        targets_total=len(config.targets), targets_enabled=enabled, groups=groups,
        last_run=None if last is None else {
            "site": last.site, "status": last.status, "started_at": last.started_at,
            "finished_at": last.finished_at, "items": last.items, "failures": last.failures},
        last_ok_at=last_ok, open_alerts=open_alerts, recent_alerts=recent,
    )
