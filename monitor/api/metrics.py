"""Prometheus metrics computed from the database at scrape time.

The daemon, the crawl subprocesses and ``monitor serve`` are separate processes; the database is the one
place that sees all of them, so counting there is correct whichever process answers the scrape. Results
are cached for a few seconds so a tight scrape interval does not turn into a table scan per second.
Per-target series stop at ``api.metrics_target_labels`` targets (label cardinality); per-site series
always exist.
"""

from __future__ import annotations

import threading
import time
from typing import Iterator

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from monitor.api.context import ApiContext
from monitor.models import (Alert, CrawlRun, Delivery, DeliveryAttempt, ExtractionFailure, PriceObservation,
                            Target, utcnow)

CACHE_SECONDS = 5.0


class DatabaseCollector(Collector):
    def __init__(self, context: ApiContext) -> None:
        self.context = context
        self._lock = threading.Lock()
        self._cached: tuple[float, list[Metric]] | None = None

    def collect(self) -> Iterator[Metric]:
        with self._lock:
            if self._cached is None or time.monotonic() - self._cached[0] > CACHE_SECONDS:
                self._cached = (time.monotonic(), self._compute())
            return iter(self._cached[1])

    def _compute(self) -> list[Metric]:
        metrics: list[Metric] = []
        with self.context.database.session() as session:
            runs = CounterMetricFamily("monitor_crawl_runs", "Crawl runs (one process per site and run)",
                                       labels=["site", "status"])
            pages = CounterMetricFamily("monitor_crawl_pages", "Targets read with a result, per site", labels=["site"])
            fails = CounterMetricFamily("monitor_crawl_failures", "Targets that ended in a failure row, per site",
                                        labels=["site"])
            per_site_pages: dict[str, int] = {}
            per_site_fails: dict[str, int] = {}
            for site, status, count, items, failures in session.execute(
                    select(CrawlRun.site, CrawlRun.status, func.count(CrawlRun.id), func.sum(CrawlRun.items),
                           func.sum(CrawlRun.failures)).group_by(CrawlRun.site, CrawlRun.status)):
                runs.add_metric([site, status], count)
                per_site_pages[site] = per_site_pages.get(site, 0) + int(items or 0)
                per_site_fails[site] = per_site_fails.get(site, 0) + int(failures or 0)
            for site, value in sorted(per_site_pages.items()):
                pages.add_metric([site], value)
            for site, value in sorted(per_site_fails.items()):
                fails.add_metric([site], value)
            metrics += [runs, pages, fails]

            running = GaugeMetricFamily("monitor_crawl_runs_running", "Crawl runs in progress")
            running.add_metric([], session.scalar(select(func.count(CrawlRun.id)).where(CrawlRun.status == "running")))
            last_ok = GaugeMetricFamily("monitor_last_successful_cycle_timestamp_seconds",
                                        "When the last crawl run that ended ok finished (Unix time; 0 = never)")
            finished = session.scalar(select(func.max(CrawlRun.finished_at)).where(CrawlRun.status == "ok"))
            last_ok.add_metric([], finished.timestamp() if finished else 0)
            metrics += [running, last_ok]

            targets = GaugeMetricFamily("monitor_targets", "Targets by state", labels=["state"])
            count_by_state = dict(session.execute(
                select(Target.enabled, func.count(Target.id)).where(Target.in_config.is_(True))
                .group_by(Target.enabled)).all())
            targets.add_metric(["enabled"], count_by_state.get(True, 0))
            targets.add_metric(["disabled"], count_by_state.get(False, 0))
            metrics.append(targets)
            total_targets = sum(count_by_state.values())
            if total_targets <= self.context.config.api.metrics_target_labels:
                metrics += self._per_target(session)

            alerts = GaugeMetricFamily("monitor_alerts", "Alerts by tier and state", labels=["tier", "state"])
            for tier, state, count in session.execute(
                    select(Alert.tier, Alert.state, func.count(Alert.id)).group_by(Alert.tier, Alert.state)):
                alerts.add_metric([tier, state], count)
            fired = CounterMetricFamily("monitor_alerts_fired", "Alerts ever raised, per tier", labels=["tier"])
            for tier, count in session.execute(select(Alert.tier, func.count(Alert.id)).group_by(Alert.tier)):
                fired.add_metric([tier], count)
            metrics += [alerts, fired]

            attempts = CounterMetricFamily("monitor_delivery_attempts", "Message delivery attempts",
                                           labels=["result"])
            for ok, count in session.execute(select(DeliveryAttempt.ok, func.count(DeliveryAttempt.id))
                                             .group_by(DeliveryAttempt.ok)):
                attempts.add_metric(["ok" if ok else "failed"], count)
            queue = GaugeMetricFamily("monitor_deliveries", "Outbox messages by status (pending = queue size)",
                                      labels=["status"])
            for status, count in session.execute(select(Delivery.status, func.count(Delivery.id))
                                                 .group_by(Delivery.status)):
                queue.add_metric([status], count)
            due = GaugeMetricFamily("monitor_outbox_due", "Pending messages whose next attempt is due now")
            due.add_metric([], session.scalar(select(func.count(Delivery.id)).where(
                Delivery.status == "pending", Delivery.next_attempt_at <= utcnow())))
            metrics += [attempts, queue, due]
        metrics += self._process()
        return metrics

    def _per_target(self, session) -> list[Metric]:
        names = dict(session.execute(select(Target.id, Target.name).where(Target.in_config.is_(True))).all())
        pages = CounterMetricFamily("monitor_target_pages", "Observations stored, per target", labels=["target"])
        fails = CounterMetricFamily("monitor_target_failures", "Failure rows stored, per target", labels=["target"])
        for model, family in ((PriceObservation, pages), (ExtractionFailure, fails)):
            counts = dict(session.execute(select(model.target_id, func.count(model.id))
                                          .where(model.target_id.in_(list(names))).group_by(model.target_id)).all())
            for target_id, name in sorted(names.items(), key=lambda item: item[1]):
                family.add_metric([name], counts.get(target_id, 0))
        return [pages, fails]

    def _process(self) -> list[Metric]:
        runtime = self.context.runtime
        up = GaugeMetricFamily("monitor_scheduler_running",
                               "1 when this process runs the scheduler and it is running (monitor run)")
        up.add_metric([], 1 if runtime is not None and runtime.scheduler_running else 0)
        return [up]


def metrics_registry(context: ApiContext) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseCollector(context))
    return registry


def render(registry: CollectorRegistry) -> bytes:
    return generate_latest(registry)
