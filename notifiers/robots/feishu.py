"""Feishu (飞书) and Lark custom bots. Accepts Apprise's ``feishu://TOKEN`` / ``lark://TOKEN`` plus a
signing secret as ``feishu://SECRET@TOKEN`` or ``?secret=`` (Apprise's plugin cannot sign), and native
``https://open.feishu.cn/open-apis/bot/v2/hook/TOKEN`` URLs; ``?base_url=`` sends to another host.
Markdown goes out as an interactive card (rendered markdown), ``?format=text`` as a plain text message.

Reply: ``{"code": 0, "msg": "success"}`` (older bots: ``{"StatusCode": 0}``). 9499 and 11232 are rate
limits (retry later); 19021 (bad signature), 19022 (IP not allowed), 19024 (keyword missing) and 19001
(bad request) will not fix themselves.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from apprise.plugins.feishu import NotifyFeishu

from notifiers.robots.webhook import RobotRequest, Verdict, code_verdict

BASES = {"feishu": "https://open.feishu.cn", "lark": "https://open.larksuite.com"}
RETRYABLE_CODES = {9499, 11232, 11233, -1}


@dataclass
class FeishuRobot:
    token: str
    secret: str | None = None
    base_url: str = BASES["feishu"]
    vendor: str = "Feishu"

    @classmethod
    def from_url(cls, url: str) -> FeishuRobot | None:
        parts = urlsplit(url)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.scheme in ("http", "https"):
            token = parts.path.rstrip("/").rsplit("/", 1)[-1]
            return cls(token, query.get("secret"), f"{parts.scheme}://{parts.netloc}") if token else None
        vendor = "lark" if parts.scheme == "lark" else "feishu"
        parsed = NotifyFeishu.parse_url(url.replace("lark://", "feishu://", 1))
        if not parsed or not parsed.get("token"):
            return None
        secret = query.get("secret") or parsed.get("user")
        base = (query.get("base_url") or BASES[vendor]).rstrip("/")
        return cls(parsed["token"], secret, base, vendor.capitalize())

    def signature(self, timestamp: int) -> str:
        key = f"{timestamp}\n{self.secret}".encode()
        return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()

    def request(self, title: str, body: str, body_format: str) -> RobotRequest:
        if body_format == "markdown":
            payload = {"msg_type": "interactive", "card": {
                "header": {"title": {"tag": "plain_text", "content": title}, "template": "red"},
                "elements": [{"tag": "markdown", "content": body}],
            }}
        else:
            payload = {"msg_type": "text", "content": {"text": f"{title}\n{body}"}}
        if self.secret:
            now = int(time.time())
            payload.update(timestamp=str(now), sign=self.signature(now))
        return RobotRequest(f"{self.base_url}/open-apis/bot/v2/hook/{self.token}", {}, payload)

    def judge(self, reply: dict) -> Verdict:
        code = reply.get("code", reply.get("StatusCode"))
        message = str(reply.get("msg", reply.get("StatusMessage", "")))
        return code_verdict(self.vendor, code, message, RETRYABLE_CODES)
