"""The service's config keys: api, retention, schedule."""

from __future__ import annotations

import pytest

from monitor.config import ConfigError, parse_config
from monitor.config.service import is_loopback


def test_defaults_are_safe():
    config = parse_config("{}")
    assert (config.api.enabled, config.api.host, config.api.port, config.api.token) == (False, "127.0.0.1", 8787, None)
    assert config.retention.observations_raw_days == 90 and config.schedule.misfire_grace == 600


def test_a_public_bind_address_needs_a_token(monkeypatch):
    with pytest.raises(ConfigError, match=r"api: .*set api.token"):
        parse_config("api: {host: 0.0.0.0}\n")
    monkeypatch.setenv("MONITOR_API_TOKEN", "")
    with pytest.raises(ConfigError, match="set api.token"):  # an empty variable is no token
        parse_config("api: {host: 0.0.0.0, token: '${MONITOR_API_TOKEN}'}\n")
    monkeypatch.setenv("MONITOR_API_TOKEN", "x" * 24)
    assert parse_config("api: {host: 0.0.0.0, token: '${MONITOR_API_TOKEN}'}\n").api.token == "x" * 24
    with pytest.raises(ConfigError, match="at least 16"):
        parse_config("api: {token: short}\n")


def test_retention_and_schedule_are_checked():
    with pytest.raises(ConfigError, match="observations_daily_days must be longer"):
        parse_config("retention: {observations_raw_days: 90, observations_daily_days: 30}\n")
    config = parse_config("schedule: {jitter: 0, misfire_grace: 30m}\nretention: {interval: 12h}\n")
    assert (config.schedule.jitter, config.schedule.misfire_grace, config.retention.interval) == (0, 1800, 43200)


@pytest.mark.parametrize("host,expected", [("127.0.0.1", True), ("127.8.0.1", True), ("::1", True),
                                           ("localhost", True), ("0.0.0.0", False), ("192.168.1.2", False)])
def test_loopback_detection(host, expected):
    assert is_loopback(host) is expected
