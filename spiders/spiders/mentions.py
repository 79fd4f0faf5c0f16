"""Public mentions: RSS/Atom feeds, JSON search APIs and HTML result lists, filtered by brand keywords.

A URL containing ``{keyword}`` is fetched once per keyword and alias (search APIs). Every kept item is
deduplicated per target across sources by canonical URL and by normalised text (``spiders.extraction.mentions``):
an article naming two watched brands is stored for each of them;
paging stops when a whole page was stored before (search results are not strictly newest-first).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlsplit

from scrapy.http import Response

from spiders.extraction.dates import parse_time
from spiders.extraction.mentions import (
    FeedEntry,
    KeywordFilter,
    feed_entries,
    plain_text,
    text_hash,
    url_hash,
)
from spiders.extraction.blocked import looks_blocked
from spiders.extraction.records import field_value
from spiders.items import MentionItem
from spiders.job import CrawlTarget
from spiders.spiders.listing import (
    ListingProblem,
    ListingProgress,
    ListingSpider,
    PageResult,
)


def target_name(response: Response) -> str:
    return response.meta["target"].name


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return plain_text(str(value)) or None


class MentionsSpider(ListingSpider):
    name = "mentions"
    kind = "mentions"
    mapping_key = "mentions"

    def start_urls_for(self, target: CrawlTarget) -> list[str]:
        if "{keyword}" not in target.url:
            return [target.url]
        mapping = self.mapping(target)
        terms = list(dict.fromkeys([*mapping.get("keywords", []), *mapping.get("aliases", [])]))
        return [target.url.replace("{keyword}", quote(term)) for term in terms] or [target.url]

    def _entries(self, response: Response, mapping: dict) -> tuple[str | None, list[FeedEntry], Any]:
        fmt = mapping.get("format", "auto")
        if fmt in ("auto", "rss") and (fmt == "rss" or response.text.lstrip("\ufeff \r\n")[:5] in ("<?xml", "<rss ",
                                                                                                   "<feed", "<rdf:")):
            feed = feed_entries(response.body)
            if feed is None:
                raise ListingProblem("layout", "not an RSS/Atom feed (the page changed?)")
            return feed[0], feed[1], None
        if not mapping.get("items"):
            raise ListingProblem("layout", "not a feed, and no `items` selector to read results with")
        listing = self.listing_of(response, "auto" if fmt == "rss" else fmt)
        records = listing.records(mapping["items"])
        if records is None:
            if looks_blocked(response.text):
                raise ListingProblem("blocked", "captcha / verification page instead of the results")
            # An empty search is normal for a small brand: no results is a result. (Reviews differ: a
            # watched listing without a single review on page 1 means the layout changed.)
            self.logger.info("target %s: no results on %s", target_name(response), response.url)
            records = []
        fields = mapping.get("fields") or {}
        entries = []
        for record in records:
            url = _text(field_value(record, fields.get("url")))
            raw_time = field_value(record, fields.get("time"))
            entries.append(FeedEntry(
                title=_text(field_value(record, fields.get("title"))),
                text=_text(field_value(record, fields.get("text"))) or "",
                url=response.urljoin(url) if url else None,
                author=_text(field_value(record, fields.get("author"))),
                published_at=parse_time(raw_time),
                source=_text(field_value(record, fields.get("source"))),
            ))
        return None, entries, listing

    def read_page(self, response: Response, target: CrawlTarget, progress: ListingProgress) -> PageResult:
        mapping = self.mapping(target)
        feed_title, entries, listing = self._entries(response, mapping)
        keywords = KeywordFilter(mapping.get("keywords", []), mapping.get("aliases", []), mapping.get("exclude", []))
        default_source = feed_title or urlsplit(response.url).netloc
        kept = []
        for entry in entries:
            if keywords.matches(entry.title, entry.text) is None:
                continue
            digest = text_hash(entry.title, entry.text)
            key = url_hash(entry.url, digest)
            if key is None:
                continue  # no URL and too little text to recognise it again
            kept.append(MentionItem(
                target_id=target.id, url_hash=key, text_hash=digest, text=entry.text, title=entry.title,
                url=entry.url, author=(entry.author or None) and entry.author[:200],
                source=(mapping.get("source") or entry.source or default_source)[:200],
                published_at=entry.published_at,
            ))
        from monitor.store import (
            known_mention_hashes,  # imported here: product-only crawl processes start faster
        )

        with self.database.session() as session:
            known_urls, known_texts = known_mention_hashes(session, target.id, [m.url_hash for m in kept],
                                                           [m.text_hash for m in kept])
        fresh = []
        for mention in kept:
            keys = {mention.url_hash, mention.text_hash} - {None}
            if mention.url_hash in known_urls or mention.text_hash in known_texts or keys & progress.seen:
                continue
            progress.seen.update(keys)
            fresh.append(mention)
        all_known = bool(kept) and all(m.url_hash in known_urls or m.text_hash in known_texts for m in kept)
        return PageResult(fresh, found=len(kept), reached_known=all_known, listing=listing, records=len(entries))
