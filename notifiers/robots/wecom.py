"""WeCom (企业微信) group robot. Accepts ``wecombot://KEY`` (Apprise's form; ``wecom://`` is PushPlus, not
this), ``?key=``, and the native ``https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…`` URL;
``?base_url=`` sends to another host. Markdown by default (4096 bytes), ``?format=text`` for plain text
(2048 bytes, also readable in personal WeChat).

Reply: ``{"errcode": 0, "errmsg": "ok"}``. 45009 is the frequency limit (retry later); 93000 (invalid
webhook), 40008/40058 (bad message), 45002 (too long) will not fix themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from apprise.plugins.wecombot import NotifyWeComBot

from notifiers.robots.webhook import RobotRequest, Verdict, code_verdict
from notifiers.truncate import truncate_utf8

DEFAULT_BASE = "https://qyapi.weixin.qq.com"
RETRYABLE_CODES = {45009, 45033, -1}
CONTENT_LIMIT = {"markdown": 4096, "text": 2048}  # bytes, the vendor's hard limits


@dataclass
class WeComRobot:
    key: str
    base_url: str = DEFAULT_BASE
    vendor = "WeCom"

    @classmethod
    def from_url(cls, url: str) -> WeComRobot | None:
        parts = urlsplit(url)
        if parts.scheme in ("http", "https"):
            key = (parse_qs(parts.query).get("key") or [""])[0]
            return cls(key, f"{parts.scheme}://{parts.netloc}") if key else None
        parsed = NotifyWeComBot.parse_url(url)
        if not parsed or not parsed.get("key"):
            return None
        return cls(parsed["key"], (parsed["qsd"].get("base_url") or DEFAULT_BASE).rstrip("/"))

    def request(self, title: str, body: str, body_format: str) -> RobotRequest:
        fmt = "markdown" if body_format == "markdown" else "text"
        content = f"**{title}**\n{body}" if fmt == "markdown" else f"{title}\n{body}"
        payload = {"msgtype": fmt, fmt: {"content": truncate_utf8(content, CONTENT_LIMIT[fmt])}}
        return RobotRequest(f"{self.base_url}/cgi-bin/webhook/send", {"key": self.key}, payload)

    def judge(self, reply: dict) -> Verdict:
        return code_verdict(self.vendor, reply.get("errcode"), str(reply.get("errmsg", "")), RETRYABLE_CODES)
