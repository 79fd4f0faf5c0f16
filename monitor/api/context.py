"""What every request handler needs: the config, the database and (inside ``monitor run``) the scheduler's
state, carried on ``app.state`` rather than globals so tests can build many apps in one process."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterator

from fastapi import Request
from sqlalchemy.orm import Session

from monitor.config import AppConfig
from monitor.db import Database
from monitor.target_overrides import effective_from_db


@dataclass
class ApiContext:
    config: AppConfig  # the file's config; API target changes are applied per request from the database
    database: Database
    runtime: Any | None = None  # monitor.runtime.ServiceRuntime when served by `monitor run`
    started_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def effective_config(self, session: Session) -> AppConfig:
        return effective_from_db(session, self.config)


def get_context(request: Request) -> ApiContext:
    return request.app.state.context


def get_session(request: Request) -> Iterator[Session]:
    """One transaction per request: committed when the handler returns, rolled back when it raises.

    Every route takes it with ``scope="function"`` so the commit happens before the response is sent: with the
    default scope FastAPI runs the code after ``yield`` only once the client has its answer, and a browser that
    follows a redirect at once (ack → alert list) could read the page before the write was committed."""
    with request.app.state.context.database.session() as session:
        yield session
