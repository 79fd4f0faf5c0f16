"""Targets changed through the API: added ones and paused ones, kept in the database next to the config.

The config file stays the seller's document — the API never rewrites it. Instead the daemon watches the
``target_overrides`` table and runs on the *effective* config: the file's targets, minus the paused ones,
plus the ones added through the API. A target named in the file always wins over an API-added one of the
same name.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.config import AppConfig, TargetConfig
from monitor.models import TargetOverride, utcnow
from monitor.store import sync_targets

log = logging.getLogger(__name__)


def effective_config(config: AppConfig, overrides: list[TargetOverride]) -> AppConfig:
    """The config with API changes applied. The file's config object is not modified."""
    paused = {o.name for o in overrides if o.paused}
    names = {t.name for t in config.targets}
    targets = [t.model_copy(update={"enabled": False}) if t.name in paused else t for t in config.targets]
    for override in overrides:
        if override.spec is None:
            continue
        if override.name in names:
            log.warning("target %s is in the config file and was also added through the API: the file wins",
                        override.name)
            continue
        try:
            spec = TargetConfig.model_validate(override.spec)
        except ValueError as exc:  # stored by an older version with other rules: skip, do not crash
            log.error("target %s added through the API is no longer valid, skipped: %s", override.name, exc)
            continue
        targets.append(spec.model_copy(update={"enabled": False}) if override.paused else spec)
    return config.model_copy(update={"targets": targets})


def load_overrides(session: Session) -> list[TargetOverride]:
    return list(session.scalars(select(TargetOverride).order_by(TargetOverride.id)))


def overrides_version(session: Session) -> tuple[int, datetime | None]:
    """Changes whenever an override is added or changed: cheap enough to poll every few seconds."""
    count, newest = session.execute(select(func.count(TargetOverride.id), func.max(TargetOverride.updated_at))).one()
    return int(count), newest


def effective_from_db(session: Session, config: AppConfig) -> AppConfig:
    return effective_config(config, load_overrides(session))


class OverrideError(ValueError):
    """A request the API answers with 404 or 409: ``status`` says which."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def add_target(session: Session, config: AppConfig, spec: TargetConfig, by: str = "api") -> AppConfig:
    """Store an API-added target and create its targets row at once (so its history pages exist)."""
    if spec.name in {t.name for t in effective_from_db(session, config).targets}:
        raise OverrideError(f"a target named {spec.name!r} already exists", 409)
    existing = session.scalar(select(TargetOverride).where(TargetOverride.name == spec.name))
    row = existing or TargetOverride(name=spec.name)
    row.spec = spec.model_dump(mode="json", exclude_defaults=True)
    row.paused = not spec.enabled
    row.updated_at = utcnow()
    row.updated_by = by
    session.add(row)
    session.flush()
    effective = effective_from_db(session, config)
    sync_targets(session, effective)
    return effective


def set_paused(session: Session, config: AppConfig, name: str, paused: bool, by: str = "api") -> AppConfig:
    """Pause or resume any target (file or API); the row stays, so the change is visible to pollers."""
    effective = effective_from_db(session, config)
    if name not in {t.name for t in effective.targets}:
        raise OverrideError(f"no target named {name!r}", 404)
    row = session.scalar(select(TargetOverride).where(TargetOverride.name == name))
    if row is None:
        row = TargetOverride(name=name)
        session.add(row)
    row.paused, row.updated_at, row.updated_by = paused, utcnow(), by
    session.flush()
    effective = effective_from_db(session, config)
    sync_targets(session, effective)
    return effective
