"""Reading and writing the monitor's records. The only place that knows how rows are shaped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Iterable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.config import AppConfig, TargetConfig
from monitor.models import CrawlRun, ExtractionFailure, PriceObservation, Target, utcnow


def target_settings(target: TargetConfig) -> dict[str, Any]:
    """What a spider needs besides the URL; stored so a crawl process works from the database alone."""
    return {
        "selectors": target.selectors.model_dump(exclude_none=True),
        "headers": target.headers,
        "interval": target.interval,
    }


def sync_targets(session: Session, config: AppConfig) -> dict[str, Target]:
    """Make the targets table match the config, by name. Removed targets are kept (history) but disabled."""
    existing = {t.name: t for t in session.scalars(select(Target))}
    synced: dict[str, Target] = {}
    for spec in config.targets:
        row = existing.get(spec.name) or Target(name=spec.name)
        row.url = spec.url
        row.kind = spec.kind
        row.owner = spec.owner
        row.shop = spec.shop
        row.group_key = spec.group
        row.site = spec.site
        row.settings = target_settings(spec)
        row.enabled = spec.enabled
        row.in_config = True
        if row.id is None:
            session.add(row)
        synced[spec.name] = row
    for name, row in existing.items():
        if name not in synced and row.in_config:
            row.in_config = False
            row.enabled = False
    session.flush()
    return synced


def start_crawl_run(session: Session, site: str, targets: int) -> CrawlRun:
    run = CrawlRun(site=site, targets=targets, status="running")
    session.add(run)
    session.flush()
    return run


def finish_crawl_run(session: Session, run_id: int, status: str, detail: str | None = None) -> CrawlRun:
    run = session.get(CrawlRun, run_id)
    run.finished_at = utcnow()
    run.status = status
    run.items = session.scalar(
        select(func.count()).select_from(PriceObservation).where(PriceObservation.crawl_run_id == run_id)
    )
    run.failures = session.scalar(
        select(func.count()).select_from(ExtractionFailure).where(ExtractionFailure.crawl_run_id == run_id)
    )
    run.detail = detail
    return run


@dataclass(frozen=True)
class PricePoint:
    observation_id: int
    observed_at: datetime
    price: Decimal | None
    list_price: Decimal | None
    currency: str | None
    stock: str
    title: str | None


def last_price_points(session: Session, target_id: int, limit: int = 2) -> list[PricePoint]:
    """The newest observations that carry a price, newest first."""
    rows = session.execute(
        select(PriceObservation)
        .where(PriceObservation.target_id == target_id, PriceObservation.price.is_not(None))
        .order_by(PriceObservation.observed_at.desc(), PriceObservation.id.desc())
        .limit(limit)
    ).scalars()
    return [
        PricePoint(r.id, r.observed_at, r.price, r.list_price, r.currency, r.stock, r.title) for r in rows
    ]


def iter_price_history(session: Session, target_names: Iterable[str] | None = None) -> Iterator[dict]:
    """Every observation, oldest first, as plain dicts ready for export."""
    query = (
        select(PriceObservation, Target)
        .join(Target, PriceObservation.target_id == Target.id)
        .order_by(PriceObservation.observed_at, PriceObservation.id)
    )
    names = list(target_names or [])
    if names:
        query = query.where(Target.name.in_(names))
    for obs, target in session.execute(query).yield_per(1000):
        yield {
            "target": target.name,
            "shop": target.shop,
            "owner": target.owner,
            "group": target.group_key,
            "observed_at": obs.observed_at.isoformat(),
            "price": None if obs.price is None else str(obs.price),
            "price_high": None if obs.price_high is None else str(obs.price_high),
            "list_price": None if obs.list_price is None else str(obs.list_price),
            "currency": obs.currency,
            "stock": obs.stock,
            "title": obs.title,
            "sku": obs.sku,
            "url": obs.url,
            "source": obs.source,
        }
