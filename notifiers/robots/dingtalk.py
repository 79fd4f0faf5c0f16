"""DingTalk custom robot (群机器人). Accepts Apprise's URL forms — ``dingtalk://TOKEN/``,
``dingtalk://SECRET@TOKEN/138…/`` (phones to @), ``?secret=``, ``?token=`` — and the native
``https://oapi.dingtalk.com/robot/send?access_token=…`` URL. ``?base_url=http://127.0.0.1:PORT`` sends to
another host (tests, proxies).

Reply: ``{"errcode": 0, "errmsg": "ok"}``. 130101/410100 mean "sending too fast" (retry later); 310000
(keyword, signature or IP allow-list mismatch), 300001 (bad token) and the rest will not fix themselves.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from apprise.plugins.dingtalk import NotifyDingTalk

from notifiers.robots.webhook import RobotRequest, Verdict, code_verdict

DEFAULT_BASE = "https://oapi.dingtalk.com"
RETRYABLE_CODES = {130101, 410100, -1}


@dataclass
class DingTalkRobot:
    token: str
    secret: str | None = None
    phones: list[str] = field(default_factory=list)
    base_url: str = DEFAULT_BASE
    vendor = "DingTalk"

    @classmethod
    def from_url(cls, url: str) -> DingTalkRobot | None:
        parts = urlsplit(url)
        if parts.scheme in ("http", "https"):
            query = parse_qs(parts.query)
            token = (query.get("access_token") or [""])[0]
            secret = (query.get("secret") or [None])[0]
            return cls(token, secret, base_url=f"{parts.scheme}://{parts.netloc}") if token else None
        parsed = NotifyDingTalk.parse_url(url)
        if not parsed or not parsed.get("token"):
            return None
        base = parsed["qsd"].get("base_url") or DEFAULT_BASE
        return cls(parsed["token"], parsed.get("secret"), list(parsed.get("targets") or []), base.rstrip("/"))

    def signature(self, now_ms: int) -> str:
        digest = hmac.new(self.secret.encode(), f"{now_ms}\n{self.secret}".encode(), hashlib.sha256).digest()
        return base64.b64encode(digest).decode()

    def request(self, title: str, body: str, body_format: str) -> RobotRequest:
        params = {"access_token": self.token}
        if self.secret:
            now_ms = int(time.time() * 1000)
            params.update(timestamp=str(now_ms), sign=self.signature(now_ms))
        mentions = "".join(f" @{p}" for p in self.phones)
        at = {"atMobiles": self.phones, "isAtAll": False}
        if body_format == "markdown":
            payload = {"msgtype": "markdown", "at": at,
                       "markdown": {"title": title[:60] or "通知", "text": f"#### {title}\n\n{body}{mentions}"}}
        else:
            payload = {"msgtype": "text", "at": at, "text": {"content": f"{title}\n{body}{mentions}"}}
        return RobotRequest(f"{self.base_url}/robot/send", params, payload)

    def judge(self, reply: dict) -> Verdict:
        return code_verdict(self.vendor, reply.get("errcode"), str(reply.get("errmsg", "")), RETRYABLE_CODES)
