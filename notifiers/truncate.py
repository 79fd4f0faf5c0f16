"""Cutting text to a byte budget. Chat robots count UTF-8 bytes, not characters (WeCom text: 2048 bytes ≈ 680
Chinese characters), so a cut must be made on bytes and must never split a multi-byte character."""

from __future__ import annotations

TRUNCATION_MARK = "\n…（内容过长，已截断）"


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def truncate_utf8(text: str, max_bytes: int, mark: str = TRUNCATION_MARK) -> str:
    """Return ``text`` if it fits in ``max_bytes`` UTF-8 bytes, else its longest whole-character prefix plus
    ``mark`` that fits. ``errors="ignore"`` on decode drops a trailing partial character, never a whole one."""
    raw = text.encode("utf-8")
    if len(raw) <= max_bytes:
        return text
    mark_bytes = mark.encode("utf-8")
    if len(mark_bytes) >= max_bytes:
        return mark_bytes[:max_bytes].decode("utf-8", errors="ignore")
    head = raw[: max_bytes - len(mark_bytes)].decode("utf-8", errors="ignore")
    return head + mark
