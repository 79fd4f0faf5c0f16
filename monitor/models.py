"""SQLAlchemy 2.0 models: the one schema shared by SQLite (default) and PostgreSQL.

Times are stored as timezone-aware UTC. Money is Numeric, never float, so a 0.01 change is a change.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

STOCK_STATES = ("in_stock", "out_of_stock", "preorder", "limited", "unknown")
ALERT_STATES = ("firing", "acknowledged", "resolved")
DELIVERY_STATES = ("pending", "sent", "dead", "merged")

# Integer ids on SQLite must be INTEGER to be rowid aliases; BigInteger elsewhere.
BigId = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Always hand back aware UTC datetimes, even from SQLite which forgets the zone."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


Money = Numeric(14, 2)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Target(Base):
    """A page the seller watches. Synced from the config by name; rows are never deleted so history stays."""

    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="product")
    owner: Mapped[str] = mapped_column(String(20), default="competitor")
    shop: Mapped[str | None] = mapped_column(String(200))
    group_key: Mapped[str | None] = mapped_column(String(200), index=True)
    site: Mapped[str] = mapped_column(String(255), index=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    in_config: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class CrawlRun(Base):
    """One crawl subprocess: what it was asked to do and how it ended."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    site: Mapped[str] = mapped_column(String(255))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")
    targets: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str | None] = mapped_column(Text)


class PriceObservation(Base):
    __tablename__ = "price_observations"
    __table_args__ = (Index("ix_price_obs_target_time", "target_id", "observed_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"))
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="SET NULL"))
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    price: Mapped[Decimal | None] = mapped_column(Money, doc="what a buyer pays (券后/到手价 when shown)")
    price_high: Mapped[Decimal | None] = mapped_column(Money, doc="upper end of a price range")
    list_price: Mapped[Decimal | None] = mapped_column(Money, doc="原价/划线价")
    currency: Mapped[str | None] = mapped_column(String(3))
    stock: Mapped[str] = mapped_column(String(20), default="unknown")
    title: Mapped[str | None] = mapped_column(Text)
    sku: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(40), doc="which extractor found the price")

    target: Mapped[Target] = relationship()


class ExtractionFailure(Base):
    __tablename__ = "extraction_failures"
    __table_args__ = (Index("ix_failures_target_time", "target_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"))
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="SET NULL"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    url: Mapped[str | None] = mapped_column(Text)
    http_status: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30), default="extraction")
    reason: Mapped[str] = mapped_column(Text)

    target: Mapped[Target] = relationship()


class TargetCheck(Base):
    """A crawl of a reviews or mentions target that worked, even when it found nothing new.

    Product targets record success as a price observation; a listing needs its own row, or an incremental
    crawl that finds no new review would look like a target that never succeeds.
    """

    __tablename__ = "target_checks"
    __table_args__ = (
        Index("ix_target_checks_target_time", "target_id", "checked_at"),
        Index("ix_target_checks_crawl_run", "crawl_run_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"))
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="SET NULL"))
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    found: Mapped[int] = mapped_column(Integer, default=0, doc="records read (after keyword filtering)")
    new: Mapped[int] = mapped_column(Integer, default=0, doc="records not stored before")

    target: Mapped[Target] = relationship()


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("target_id", "review_key", name="uq_reviews_target_key"),
        Index("ix_reviews_target_time", "target_id", "posted_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"))
    review_key: Mapped[str] = mapped_column(String(128))
    author: Mapped[str | None] = mapped_column(String(200))
    rating: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text, default="")
    followup: Mapped[str | None] = mapped_column(Text)
    sku: Mapped[str | None] = mapped_column(String(200))
    images: Mapped[int] = mapped_column(Integer, default=0)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sentiment: Mapped[float | None] = mapped_column(Float)
    topics: Mapped[list[Any] | None] = mapped_column(JSON)


class Mention(Base):
    __tablename__ = "mentions"
    __table_args__ = (
        UniqueConstraint("target_id", "url_hash", name="uq_mentions_target_url"),
        Index("ix_mentions_target_time", "target_id", "published_at"),
        Index("ix_mentions_text_hash", "text_hash"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"))
    source: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text)
    url_hash: Mapped[str] = mapped_column(String(64))
    text_hash: Mapped[str | None] = mapped_column(String(64))
    author: Mapped[str | None] = mapped_column(String(200))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sentiment: Mapped[float | None] = mapped_column(Float)
    topics: Mapped[list[Any] | None] = mapped_column(JSON)


class Alert(Base):
    """One condition the seller should know about, identified by a stable fingerprint."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_state_tier", "state", "tier"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    short_id: Mapped[str] = mapped_column(String(12), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(255), unique=True)
    rule_id: Mapped[str] = mapped_column(String(100))
    rule_type: Mapped[str] = mapped_column(String(50))
    tier: Mapped[str] = mapped_column(String(4))
    state: Mapped[str] = mapped_column(String(20), default="firing")
    target_id: Mapped[int | None] = mapped_column(ForeignKey("targets.id", ondelete="SET NULL"))
    group_key: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    first_fired_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_fired_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str | None] = mapped_column(String(100))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Identity and routing (migration 0004_alerting): what the alert is about, for grouping, inhibition and silences.
    subject: Mapped[str | None] = mapped_column(String(255), doc="target:ID, group:KEY or site:HOST")
    condition: Mapped[str | None] = mapped_column(String(50))
    site: Mapped[str | None] = mapped_column(String(255))
    shop: Mapped[str | None] = mapped_column(String(200))
    occurrences: Mapped[int] = mapped_column(Integer, default=1, doc="times it fired again after resolving")
    resolved_by: Mapped[str | None] = mapped_column(String(100), doc="who resolved it; null = condition cleared")
    resolved_key: Mapped[str | None] = mapped_column(String(255), doc="change_key when resolved by hand")
    clear_since: Mapped[datetime | None] = mapped_column(UTCDateTime, doc="condition clear since (keep_firing_for)")
    # Notification log (0004_alerting): what was last told, so a restart never re-sends and nothing is skipped.
    change_key: Mapped[str | None] = mapped_column(String(255), doc="changes when the news changes")
    notified_key: Mapped[str | None] = mapped_column(String(255))
    notified_state: Mapped[str | None] = mapped_column(String(20))
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    pending_since: Mapped[datetime | None] = mapped_column(UTCDateTime, doc="waiting to be told since")
    held_at: Mapped[datetime | None] = mapped_column(UTCDateTime, doc="held by quiet hours: goes in the digest")
    ack_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, doc="escalate if not acknowledged by then")
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)

    target: Mapped[Target | None] = relationship()
    deliveries: Mapped[list["Delivery"]] = relationship(back_populates="alert", order_by="Delivery.id")


class Delivery(Base):
    """Outbox row: one message for one channel, written in the same transaction as the alert change."""

    __tablename__ = "deliveries"
    __table_args__ = (Index("ix_deliveries_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(20), default="firing")
    tier: Mapped[str] = mapped_column(String(4))
    channel_index: Mapped[int] = mapped_column(Integer, doc="position in the tier's URL list")
    channel: Mapped[str] = mapped_column(Text, doc="masked URL, safe to show")
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deadline_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    # Routing and grouping (0004_alerting). ``route`` is the tier whose channels get it (or "fallback");
    # ``channel_key`` finds the URL again at send time without storing it (it holds the token).
    route: Mapped[str | None] = mapped_column(String(20))
    channel_key: Mapped[str | None] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="single", doc="single | group | digest | merged")
    notify_group: Mapped[str | None] = mapped_column(String(255), index=True)
    alert_ids: Mapped[list[Any] | None] = mapped_column(JSON, doc="every alert this message is about")
    body_format: Mapped[str | None] = mapped_column(String(10))
    merged_into_id: Mapped[int | None] = mapped_column(BigId, doc="rate limit: sent inside this digest row")

    alert: Mapped[Alert] = relationship(back_populates="deliveries")
    attempt_log: Mapped[list["DeliveryAttempt"]] = relationship(
        back_populates="delivery", order_by="DeliveryAttempt.id"
    )


class Silence(Base):
    """Mutes matching alerts until ``ends_at`` (e.g. during 双11); created by CLI or API, with a reason."""

    __tablename__ = "silences"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    short_id: Mapped[str] = mapped_column(String(12), unique=True)
    matchers: Mapped[dict[str, Any]] = mapped_column(JSON, doc="rule, rule_type, target, shop, group, site, tier, alert")
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    expired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, doc="ended early by hand")


class DeliveryAttempt(Base):
    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"), index=True)
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    channel: Mapped[str] = mapped_column(Text)
    ok: Mapped[bool] = mapped_column(Boolean)
    retryable: Mapped[bool] = mapped_column(Boolean, default=True)
    error: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int | None] = mapped_column(Integer)

    delivery: Mapped[Delivery] = relationship(back_populates="attempt_log")


class TargetOverride(Base):
    """A change made through the API: a paused target, or a whole target added (``spec``), by name.

    Kept apart from ``targets`` (which mirrors the config file) so a config sync never undoes it.
    """

    __tablename__ = "target_overrides"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    spec: Mapped[dict[str, Any] | None] = mapped_column(JSON, doc="TargetConfig of an API-added target")
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(100))


# Indexes for the service's history and health queries (finishing a crawl run counts its rows; retention
# deletes old runs, which nulls these columns; the dashboard lists recent runs per site).
Index("ix_price_obs_crawl_run", PriceObservation.crawl_run_id)
Index("ix_failures_crawl_run", ExtractionFailure.crawl_run_id)
Index("ix_crawl_runs_site_started", CrawlRun.site, CrawlRun.started_at)
Index("ix_crawl_runs_status_finished", CrawlRun.status, CrawlRun.finished_at)


class MetricPoint(Base):
    """One value of one of the seller's own numbers (访客数, 转化率, 库存 …) or a derived one (差评率, 口碑指数).

    A generic series: ``metric`` + scope (``scope_kind`` shop / sku / keyword / channel / listing / brand and
    ``scope_key``, "" for the whole shop) + time. ``source`` says where it came from (an import mapping, the
    API, ``derived``); re-importing the same rows updates them instead of adding copies (the unique key).
    """

    __tablename__ = "metric_points"
    __table_args__ = (
        UniqueConstraint("metric", "scope_kind", "scope_key", "at", "source", name="uq_metric_points_series_time"),
        Index("ix_metric_points_metric_at", "metric", "at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    metric: Mapped[str] = mapped_column(String(100))
    scope_kind: Mapped[str] = mapped_column(String(20), default="shop")
    scope_key: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(60), default="import")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AlertNote(Base):
    """What people (and the response-target check) add to an alert's timeline: notes, the resolution text,
    the overdue escalation. Firing, deliveries, acknowledgement and escalation messages are already recorded
    on ``alerts`` and ``deliveries``; this table holds only what is not."""

    __tablename__ = "alert_notes"
    __table_args__ = (Index("ix_alert_notes_alert_at", "alert_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(20), default="note", doc="note | resolution | overdue")
    by: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text, default="")
