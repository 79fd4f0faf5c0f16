"""The two entry points the cycle, the daemon and the benchmark call.

``evaluate_and_record``: rules → alert changes → outbox rows, in one transaction (the crawl's data is
already committed). ``process``: the periodic pass — time-based news (group windows, quiet-hours digests,
expired silences, escalations, repeats) into the outbox, then the outbox to the channels.
"""

from __future__ import annotations

import logging
from datetime import datetime

from monitor.alerting.dispatch import DispatchReport, dispatch
from monitor.alerting.lifecycle import apply
from monitor.alerting.outbox import DrainReport, deliver_due
from monitor.config import AppConfig
from monitor.db import Database
from monitor.models import Alert, utcnow
from monitor.rules.engine import evaluate

log = logging.getLogger(__name__)


def evaluate_and_record(database: Database, config: AppConfig, now: datetime | None = None,
                        changed: set[int] | None = None) -> list[Alert]:
    """Returns the alerts that started firing in this pass. ``changed``: ids of the targets just crawled
    (evaluate only what they affect); None: everything."""
    now = now or utcnow()
    with database.session() as session:
        started = apply(session, evaluate(session, config, now, changed), config, now)
        dispatch(session, config, now)
    for alert in started:
        log.info("alert %s fired: [%s] %s", alert.short_id, alert.tier, alert.title)
    return started


def process(database: Database, config: AppConfig, now: datetime | None = None, dispatched: bool = False,
            **deliver_options) -> tuple[DispatchReport, DrainReport]:
    """Time-based news into the outbox (skipped when the caller just dispatched), then the outbox out."""
    told = DispatchReport()
    if not dispatched:
        with database.session() as session:
            told = dispatch(session, config, now)
    drained = deliver_due(database, config, now=now, **deliver_options)
    if drained.dead:  # tell the fallback channels now, not at the next tick
        with database.session() as session:
            dispatch(session, config, now)
        extra = deliver_due(database, config, now=now, **deliver_options)
        drained.sent += extra.sent
        drained.failed += extra.failed
    return told, drained
