"""A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives, for ``mailto://`` channels."""

from __future__ import annotations

import email
import socket
import time
from email.header import decode_header, make_header

from aiosmtpd.controller import Controller


class _Keep:
    def __init__(self) -> None:
        self.messages: list[email.message.Message] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


class LocalSMTPServer:
    def __init__(self) -> None:
        with socket.socket() as probe:  # aiosmtpd cannot bind port 0 and report it back
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._handler = _Keep()
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def url(self, to: str = "ops@example.com") -> str:
        return f"mailto://127.0.0.1:{self.port}?from=monitor@example.com&to={to}&secure=no"

    @property
    def messages(self) -> list[email.message.Message]:
        return list(self._handler.messages)

    def subjects(self) -> list[str]:
        return [str(make_header(decode_header(m["Subject"]))) for m in self.messages]

    def wait_for(self, count: int, timeout: float = 10.0) -> list[email.message.Message]:
        deadline = time.monotonic() + timeout
        while len(self._handler.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.messages

    def stop(self) -> None:
        self._controller.stop()
