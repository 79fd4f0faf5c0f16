"""Public mentions: feed entries, brand-keyword filtering and the keys that dedupe across sources.

A mention found by an RSS feed and by a search API is one mention: same canonical URL (tracking parameters
such as ``spm``/``utm_*`` dropped), or near-identical text (the same post reposted elsewhere) — compared by a
hash of the text normalised to its letters, digits and CJK characters.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.html import remove_tags, replace_entities

_TRACKING = re.compile(r"^(utm_\w+|spm|scm|from|share_\w+|source|ref|src|_t|timestamp|wfr|sharer_\w*)$", re.IGNORECASE)
_URLS = re.compile(r"https?://\S+")
_NOT_WORD = re.compile(r"[^\w]|_", re.UNICODE)


@dataclass(frozen=True)
class FeedEntry:
    title: str | None
    text: str
    url: str | None
    author: str | None
    published_at: datetime | None
    source: str | None = None


def plain_text(html: str | None) -> str:
    if not html:
        return ""
    return " ".join(replace_entities(remove_tags(html)).split())


def feed_entries(body: bytes) -> tuple[str | None, list[FeedEntry]] | None:
    """Entries of an RSS/Atom feed, or None when the body is not a feed."""
    import feedparser  # a second to import: only crawls that read feeds pay for it

    parsed = feedparser.parse(body)
    if not parsed.get("version"):  # "rss20", "atom10"…; empty when the body is not a feed
        return None
    entries = []
    for entry in parsed.entries:
        content = entry.get("content") or []
        html = content[0].get("value") if content else entry.get("summary")
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        entries.append(FeedEntry(
            title=plain_text(entry.get("title")) or None,
            text=plain_text(html),
            url=entry.get("link"),
            author=entry.get("author"),
            published_at=datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None,
        ))
    return parsed.feed.get("title"), entries


class KeywordFilter:
    """Keeps texts naming the brand. Exclusions are masked before matching, so "小鹿乱撞" alone is dropped
    but "今天小鹿乱撞，买了小鹿牙刷" is kept."""

    def __init__(self, keywords: list[str], aliases: list[str] = (), exclude: list[str] = ()) -> None:
        self.terms = [_fold(t) for t in [*keywords, *aliases] if t.strip()]
        self.exclude = sorted((_fold(t) for t in exclude if t.strip()), key=len, reverse=True)

    def matches(self, *texts: Any) -> str | None:
        """The first term found in the texts, or None. No terms configured: everything matches."""
        if not self.terms:
            return ""
        folded = _fold(" ".join(str(t) for t in texts if t))
        for phrase in self.exclude:
            folded = folded.replace(phrase, " ")
        return next((term for term in self.terms if term in folded), None)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def canonical_url(url: str) -> str:
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(sorted(query)), ""))


def normalised_text(text: str) -> str:
    return _NOT_WORD.sub("", _URLS.sub("", _fold(text)))


def text_hash(title: str | None, text: str | None) -> str | None:
    """Same words in the same order, whatever the punctuation, spacing, width or links: same hash."""
    body = normalised_text(text or "") or normalised_text(title or "")
    return hashlib.sha256(body.encode("utf-8")).hexdigest() if len(body) >= 6 else None


def url_hash(url: str | None, fallback_text_hash: str | None) -> str | None:
    if url:
        return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()
    return fallback_text_hash
