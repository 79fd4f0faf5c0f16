"""Masking secrets in channel URLs. Apprise URLs carry tokens in the user, password, path and query;
anything we log, store or show goes through ``mask_url``."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_SAFE_QUERY_KEYS = {"format", "overflow", "method", "mode", "to", "from", "smtp", "secure", "port", "name",
                    "base_url"}


def _mask(value: str) -> str:
    if len(value) <= 4:
        return "****"
    return f"{value[:2]}****{value[-2:]}" if len(value) > 8 else f"{value[:1]}****"


def mask_url(url: str) -> str:
    """Keep the scheme, host and port (needed to tell channels apart); hide credentials, long path
    segments and query values that may be tokens."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable url>"
    host = parts.hostname or ""
    if len(host) > 6 and "." not in host and host != "localhost":
        host = _mask(host)  # dingtalk://TOKEN/, feishu://TOKEN/: the "host" is the secret
    if parts.port:
        host = f"{host}:{parts.port}"
    if parts.username or parts.password:
        user = _mask(parts.username or "")
        host = f"{user}:****@{host}" if parts.password else f"{user}@{host}"
    path = "/".join(_mask(seg) if len(seg) > 6 and not seg.endswith((".log", ".txt")) else seg
                    for seg in parts.path.split("/"))
    query = urlencode([(k, v if k.lower() in _SAFE_QUERY_KEYS else "****") for k, v in parse_qsl(parts.query)])
    return urlunsplit((parts.scheme, host, path, query, ""))
