"""Settings for running unattended: the schedule's tolerances, data retention and the HTTP API.

They live apart from targets and rules because they describe the service, not what it watches; a seller
who never opens the dashboard can ignore this whole file.
"""

from __future__ import annotations

import ipaddress

from pydantic import Field, field_validator, model_validator

from monitor.config.base import Duration, _Strict, parse_duration

LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class ScheduleConfig(_Strict):
    """How forgiving the scheduler is. APScheduler's own defaults (1 s misfire grace) skip runs after a
    busy moment or a restart, so these are minutes, not seconds."""

    jitter: Duration = Field(60.0, description="at most this much random delay per run, and at most 10% of "
                                                 "a target's interval, so many targets do not fire at once")
    misfire_grace: Duration = Field(600.0, description="a run that could not start on time still runs "
                                                        "if it is at most this late")
    watch_config: bool = Field(True, description="reload when the config file changes (SIGHUP always works)")
    watch_interval: Duration = Field(5.0, description="how often the config file and API changes are checked")

    _durations = field_validator("misfire_grace", "watch_interval", mode="before")(parse_duration)

    @field_validator("jitter", mode="before")
    @classmethod
    def _allow_zero_jitter(cls, value):
        return 0.0 if value in (0, "0", "0s") else parse_duration(value)


class RetentionConfig(_Strict):
    """How long raw history is kept. Old prices are thinned, not dropped: charts over a year still work."""

    enabled: bool = True
    observations_raw_days: int = Field(90, ge=1, description="keep every price observation this long")
    observations_daily_days: int | None = Field(
        None, ge=1, description="after the raw period keep one observation per target per day for this "
                                "many days in total, then delete; null keeps the daily ones forever")
    reviews_days: int | None = Field(730, ge=1, description="delete reviews older than this; null keeps them")
    mentions_days: int | None = Field(365, ge=1, description="delete mentions older than this; null keeps them")
    failures_days: int | None = Field(90, ge=1, description="delete extraction failures older than this")
    crawl_runs_days: int | None = Field(180, ge=1, description="delete finished crawl runs older than this")
    interval: Duration = Field(86400.0, description="how often the daemon prunes")
    batch_targets: int = Field(2000, ge=1, description="targets per transaction, so crawls are not blocked long")

    _durations = field_validator("interval", mode="before")(parse_duration)

    @model_validator(mode="after")
    def _daily_after_raw(self) -> "RetentionConfig":
        if self.observations_daily_days is not None and self.observations_daily_days <= self.observations_raw_days:
            raise ValueError("observations_daily_days must be longer than observations_raw_days")
        return self


class ApiConfig(_Strict):
    """The HTTP API and dashboard. Off in ``monitor run`` unless enabled; ``monitor serve`` always serves."""

    enabled: bool = Field(False, description="`monitor run` also serves the API and dashboard")
    host: str = Field("127.0.0.1", description="bind address; anything but loopback needs a token")
    port: int = Field(8787, ge=1, le=65535)
    token: str | None = Field(None, description="Bearer token for /api and the dashboard login, e.g. "
                                                "${MONITOR_API_TOKEN}; empty means none")
    max_body_bytes: int = Field(1024 * 1024, ge=1024, description="larger request bodies get 413")
    max_titles: int = Field(1000, ge=1, description="titles per compliance check request")
    metrics_target_labels: int = Field(500, ge=0, description="per-target metrics only up to this many "
                                                              "targets (Prometheus label cardinality)")

    @field_validator("token", mode="before")
    @classmethod
    def _empty_is_none(cls, value):
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("token")
    @classmethod
    def _long_enough(cls, value: str | None) -> str | None:
        if value is not None and len(value) < 16:
            raise ValueError("must be at least 16 characters (e.g. `openssl rand -hex 24`)")
        return value

    @model_validator(mode="after")
    def _token_off_loopback(self) -> "ApiConfig":
        if not is_loopback(self.host) and self.token is None:
            raise ValueError(f"api.host {self.host!r} is reachable from other machines: set api.token "
                             "(e.g. ${MONITOR_API_TOKEN}) or bind to 127.0.0.1")
        return self
