"""/api/metrics: push the seller's own numbers (one point or a batch) and read a series back.

Pushes go through the same store as file imports (upsert on metric, scope, time, source), so a client that
retries a request does not double anything. A batch is validated as a whole: one bad point answers 422
naming its index and nothing is written.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, Field, field_validator
from sqlalchemy.orm import Session

from monitor.api.auth import require_token
from monitor.api.context import ApiContext, get_context, get_session
from monitor.config.metric_rules import SCOPE_KINDS
from monitor.metrics.store import PointIn, series_since, upsert_points
from monitor.models import utcnow

router = APIRouter(prefix="/api/metrics", tags=["metrics"], dependencies=[Depends(require_token)])
ScopeKind = Literal["shop", "sku", "keyword", "channel", "listing", "brand"]


class MetricPointIn(BaseModel):
    metric: str = Field(min_length=1, max_length=100, examples=["转化率"])
    scope_kind: ScopeKind = "shop"
    scope: str = Field("", max_length=200, description="SKU id, keyword, channel …; empty for the whole shop")
    at: datetime = Field(description="ISO 8601; without an offset it is read in the config's time zone")
    value: float = Field(allow_inf_nan=False)
    unit: str | None = Field(None, max_length=20)
    source: str = Field("api", min_length=1, max_length=60)

    @field_validator("metric", "scope", "source")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()


class MetricBatch(BaseModel):
    points: list[MetricPointIn] = Field(min_length=1)


def _aware(moment: datetime, timezone: str) -> datetime:
    from zoneinfo import ZoneInfo

    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone))


def _store(session: Session, context: ApiContext, points: list[MetricPointIn]) -> dict:
    limit = context.config.metrics.max_push_points
    if len(points) > limit:
        raise HTTPException(413, f"at most {limit} points per request (metrics.max_push_points)")
    zone = context.config.timezone
    rows = [PointIn(p.metric, p.scope_kind, p.scope, _aware(p.at, zone), p.value, p.unit, p.source) for p in points]
    return {"accepted": upsert_points(session, rows)}


@router.post("/points", status_code=201, summary="Push one data point")
def push_point(point: MetricPointIn, session: Session = Depends(get_session, scope="function"),
               context: ApiContext = Depends(get_context)) -> dict:
    return _store(session, context, [point])


@router.post("/points/batch", status_code=201, summary="Push many data points in one transaction")
def push_batch(batch: MetricBatch, session: Session = Depends(get_session, scope="function"),
               context: ApiContext = Depends(get_context)) -> dict:
    return _store(session, context, batch.points)


@router.get("/series", summary="One metric's series (all scopes, or one), oldest first")
def read_series(metric: str, scope_kind: str | None = Query(None, pattern="^(" + "|".join(SCOPE_KINDS) + ")$"),
                scope: str | None = None, days: int = Query(30, ge=1, le=3650),
                session: Session = Depends(get_session, scope="function")) -> dict:
    found = series_since(session, metric, utcnow() - timedelta(days=days), [scope_kind] if scope_kind else [],
                         [scope] if scope is not None else [])
    return {"metric": metric, "series": [
        {"scope_kind": kind, "scope": key, "points": [[at.isoformat(), value] for at, value in points]}
        for (kind, key), points in sorted(found.items())]}
