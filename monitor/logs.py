"""Logging set-up: plain or JSON lines, with every configured secret masked before it is written."""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone

from notifiers.masking import mask_url


class SecretFilter(logging.Filter):
    """Replace known secrets (channel URLs, database passwords) in every record's final message."""

    def __init__(self) -> None:
        super().__init__()
        self.replacements: dict[str, str] = {}

    def add_url(self, url: str) -> None:
        if url and len(url) > 8:
            self.replacements[url] = mask_url(url)

    def add_secret(self, secret: str | None) -> None:
        if secret and len(secret) >= 4:
            self.replacements[secret] = "****"

    def scrub(self, text: str) -> str:
        for secret, masked in self.replacements.items():
            text = text.replace(secret, masked)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if self.replacements:
            record.msg, record.args = self.scrub(record.getMessage()), ()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False)


SECRETS = SecretFilter()


def setup_logging(level: str = "INFO", json_lines: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(SECRETS)
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter(
        "%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("alembic", "apscheduler.executors", "apprise"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def register_config_secrets(config) -> None:
    """Mask every channel URL (tiers, escalation, fallback), the API token and the database password."""
    from sqlalchemy.engine import make_url

    for url in config.channel_urls():
        SECRETS.add_url(url)
    api = getattr(config, "api", None)
    SECRETS.add_secret(getattr(api, "token", None))
    try:
        SECRETS.add_secret(make_url(config.database_url).password)
    except Exception:
        pass
