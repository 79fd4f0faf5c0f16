"""A fake of the DingTalk, WeCom-bot and Feishu/Lark robot APIs on one local port, speaking their wire formats.

  POST /robot/send?access_token=T[&timestamp=…&sign=…]  DingTalk  → {"errcode": 0, "errmsg": "ok"}
  POST /cgi-bin/webhook/send?key=K                      WeCom bot → {"errcode": 0, "errmsg": "ok"}
  POST /open-apis/bot/v2/hook/TOKEN                     Feishu    → {"code": 0, "msg": "success", "data": {}}

Behaviour per vendor: ``server.replies[vendor]`` is a list of scripted answers used first (``"ok"``,
``("error", code, msg)``, ``("http", status)``, ``("slow", seconds)``); afterwards ``server.mode[vendor]``.
``server.per_minute`` makes each robot answer with its rate-limit code (130101 / 45009 / 9499) beyond that
many messages a minute, like the real ones. DingTalk also checks a signing secret (310000 on mismatch) and a
required keyword (310000 "keywords not in content") when set; Feishu checks its signature (19021).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

RATE_LIMIT_CODES = {"dingtalk": (130101, "send too fast, exceed 20 times per minute"),
                    "wecom": (45009, "api freq out of limit"), "feishu": (9499, "too many request")}


def _reply(vendor: str, code: int, message: str) -> dict:
    if vendor == "feishu":
        return {"code": code, "msg": message, "data": {}}
    return {"errcode": code, "errmsg": message}


class FakeChatRobots(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict] = []
        self.replies: dict[str, list] = defaultdict(list)
        self.mode: dict[str, object] = defaultdict(lambda: "ok")
        self.per_minute: int | None = None
        self.dingtalk_secret: str | None = None
        self.dingtalk_keyword: str | None = None
        self.feishu_secret: str | None = None
        self._sent: dict[str, list[float]] = defaultdict(list)
        self._lock = threading.Condition()
        threading.Thread(target=self.serve_forever, daemon=True, name="fake-robots").start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def received(self, vendor: str | None = None, ok_only: bool = False) -> list[dict]:
        with self._lock:
            return [r for r in self.requests if (vendor is None or r["vendor"] == vendor)
                    and (not ok_only or r["answer_code"] == 0)]

    def wait_for(self, count: int, timeout: float = 10.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self.requests) < count and time.monotonic() < deadline:
                self._lock.wait(deadline - time.monotonic())
            return list(self.requests)

    def decide(self, vendor: str, query: dict, body: dict) -> tuple[int, dict | None, float]:
        """(http status, JSON reply or None, delay seconds)."""
        behaviour = self.replies[vendor].pop(0) if self.replies[vendor] else self.mode[vendor]
        if behaviour == "ok" and self.per_minute is not None:
            now = time.monotonic()
            recent = [t for t in self._sent[vendor] if now - t < 60]
            if len(recent) >= self.per_minute:
                return 200, _reply(vendor, *RATE_LIMIT_CODES[vendor]), 0.0
        if behaviour == "ok":
            problem = self._check(vendor, query, body)
            if problem:
                return 200, _reply(vendor, *problem), 0.0
            self._sent[vendor].append(time.monotonic())
            return 200, _reply(vendor, 0, "ok" if vendor != "feishu" else "success"), 0.0
        kind = behaviour[0]
        if kind == "error":
            return 200, _reply(vendor, behaviour[1], behaviour[2]), 0.0
        if kind == "http":
            return behaviour[1], None, 0.0
        if kind == "slow":
            self._sent[vendor].append(time.monotonic())
            return 200, _reply(vendor, 0, "ok"), float(behaviour[1])
        raise ValueError(behaviour)

    def _check(self, vendor: str, query: dict, body: dict) -> tuple[int, str] | None:
        if vendor == "dingtalk":
            if self.dingtalk_secret:
                stamp = query.get("timestamp", "")
                expected = base64.b64encode(hmac.new(self.dingtalk_secret.encode(),
                                                     f"{stamp}\n{self.dingtalk_secret}".encode(),
                                                     hashlib.sha256).digest()).decode()
                if query.get("sign") != expected:
                    return 310000, "sign not match"
            text = json.dumps(body, ensure_ascii=False)
            if self.dingtalk_keyword and self.dingtalk_keyword not in text:
                return 310000, "keywords not in content"
        if vendor == "feishu" and self.feishu_secret:
            key = f"{body.get('timestamp')}\n{self.feishu_secret}".encode()
            if body.get("sign") != base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode():
                return 19021, "sign match fail or timestamp is not within one hour from current time"
        return None

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: FakeChatRobots

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.loads(raw.decode("utf-8"))
        if parts.path == "/robot/send":
            vendor, credential = "dingtalk", query.get("access_token")
        elif parts.path == "/cgi-bin/webhook/send":
            vendor, credential = "wecom", query.get("key")
        elif parts.path.startswith("/open-apis/bot/v2/hook/"):
            vendor, credential = "feishu", parts.path.rsplit("/", 1)[-1]
        else:
            self.send_error(404)
            return
        status, reply, delay = self.server.decide(vendor, query, body)
        with self.server._lock:  # recorded before answering: the client may check right after the reply
            self.server.requests.append({
                "vendor": vendor, "credential": credential, "query": query, "body": body, "raw_bytes": len(raw),
                "http_status": status, "answer_code": (reply or {}).get("errcode", (reply or {}).get("code", -1)),
            })
            self.server._lock.notify_all()
        if delay:
            time.sleep(delay)
        data = json.dumps(reply).encode() if reply is not None else b"server error"
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client gave up (slow answer)
