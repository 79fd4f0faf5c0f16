"""The :class:`Checker`: batch normalisation, one automaton pass, Python only where it hits.

Throughput (≥ 300k titles/s on one core) comes from doing per-title Python work only for
titles with a banned hit that survives the allow phrases:

1. the batch is normalised with one numpy table lookup (``sentiment.normalize``) and joined
   with a separator no pattern contains;
2. ONE leftmost-longest Aho-Corasick pass over two-byte code units of the joined text
   (:mod:`scan_alphabet`) finds every banned word and allow phrase of every title; an allow
   phrase swallows the banned words inside it (longer allowed wins), and a hit's byte offset
   / 2 is its character offset, so nothing is converted per hit;
3. numpy drops the allow hits, finds each hit's title and maps it back to original offsets,
   for the whole batch at once;
4. only the remaining hits reach Python (:mod:`sentiment.compliance.title_findings`):
   containment between hits, context rules, Finding objects;
5. titles left without a block finding are scored by the claim model (:mod:`claim_model`, a
   few numpy passes over the same codes); the few it flags get one ``review`` finding, unless
   the packs already reported its category.
"""

from __future__ import annotations

import functools
from itertools import chain
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from sentiment.compliance import claim_model as claim_models, contact_detectors, context_rules, licences, whole_title
from sentiment.compliance.claim_model import ClaimModel
from sentiment.compliance.findings import LEVELS, Finding
from sentiment.compliance.lexicon import Lexicon
from sentiment.compliance.packs import Pack, PackError, load_default_packs, load_pack
from sentiment.compliance.title_findings import (
    HANDLE_ENTRY, OFFSITE_ENTRY, PHONE_ENTRY, TitleContext, builtin_finding, findings_by_title, model_finding,
    phone_span, source_span,
)
from sentiment.normalize import SEPARATOR, Normalizer, default_normalizer

_NO_FINDINGS: tuple[Finding, ...] = ()


class Checker:
    """A compliance checker over a fixed set of packs and allow phrases.

    ``packs``: Pack objects or YAML paths replacing the default packs (None = defaults);
    ``extra_packs``: added on top; ``allow``: extra allow phrases (substring, in context);
    ``level_overrides``: category → level, e.g. ``{"medical": "review"}`` for a pharmacy;
    ``claim_model``: the model that flags claims the packs miss (``"default"`` = the shipped
    one, unless ``packs`` replaces the shipped packs; None = packs only).
    Building takes a few seconds with the default packs (~200k automaton patterns): build one and
    reuse it; a Checker is immutable afterwards and safe to share.
    """

    def __init__(self, packs: Iterable[Pack | str | Path] | None = None, *,
                 extra_packs: Iterable[Pack | str | Path] = (), allow: Iterable[str] = (),
                 level_overrides: dict[str, str] | None = None,
                 normalizer: Normalizer | None = None,
                 claim_model: ClaimModel | str | None = "default") -> None:
        rules = context_rules.RULES.keys()
        base = load_default_packs(known_rules=rules) if packs is None else [_as_pack(p) for p in packs]
        self.packs: list[Pack] = base + [_as_pack(p) for p in extra_packs]
        for pack in self.packs:
            for entry in pack.entries:
                if entry.rule is not None and entry.rule not in context_rules.RULES:
                    raise PackError(f"{pack.source}: 未知 rule {entry.rule!r}（{entry.word}）")
        self.level_overrides = dict(level_overrides or {})
        bad = {lvl for lvl in self.level_overrides.values() if lvl not in LEVELS}
        if bad:
            raise ValueError(f"unknown levels in level_overrides: {sorted(bad)}")
        self._normalizer = normalizer or default_normalizer()
        self.lexicon = Lexicon(self.packs, allow, self._normalizer)
        self._allow_mask = np.array(self.lexicon.is_allow, dtype=bool)
        self._longest = max((len(p.key) for p in self.lexicon.patterns), default=1)
        self._rescan_window = functools.lru_cache(maxsize=8192)(self._rescan_window)
        if claim_model == "default":
            # The shipped model goes with the shipped packs (it learnt what they leave over).
            claim_model = claim_models.default_model() if packs is None else None
        elif claim_model is not None and not isinstance(claim_model, ClaimModel):
            raise ValueError(f"claim_model must be a ClaimModel, 'default' or None, not {claim_model!r}")
        self.claim_model: ClaimModel | None = claim_model

    @property
    def normalizer(self) -> Normalizer:
        return self._normalizer

    def check(self, title: str) -> list[Finding]:
        """Findings for one title, sorted by position."""
        return list(self.check_many([title])[0])

    def check_many(self, titles: Sequence[str]) -> list[tuple[Finding, ...]]:
        """Findings for each title, in order; clean titles get a shared empty tuple.

        Pass large batches (thousands of titles): fixed costs are paid once per call.
        """
        titles = titles if isinstance(titles, list) else list(titles)
        results: list[tuple[Finding, ...]] = [_NO_FINDINGS] * len(titles)
        if not titles:
            return results
        try:
            batch = self._normalizer.normalize_batch(titles)
        except TypeError:  # None or numbers among the titles (e.g. empty spreadsheet cells)
            titles = ["" if title is None else str(title) for title in titles]
            batch = self._normalizer.normalize_batch(titles)
        units = self.lexicon.alphabet.encode_codes(batch.codes)
        hits = self.lexicon.automaton.find_matches_as_indexes(units)
        phones = contact_detectors.find_phone_numbers(batch.text, batch.offsets, batch.codes, batch.source)
        handles = contact_detectors.find_colon_handles(batch.source, batch.source_codes)
        offsite = contact_detectors.find_offsite_addresses(batch.source, batch.source_codes)
        masked = contact_detectors.find_masked_mobiles(batch.source, batch.source_codes)
        matches = self._matches(hits)
        if not hits and not phones and not handles and not offsite and not masked:
            return self._add_model_findings(results, batch, titles, None, matches)
        context = TitleContext(batch, titles, self.lexicon,
                               self.level_overrides, self._rescan)
        survivors = self._surviving_hits(matches, batch)
        with_findings = []
        if survivors is not None:
            for index, found in findings_by_title(context, *survivors):
                results[index] = tuple(found)
                with_findings.append(index)
        builtins = [(*phone_span(context, *span), PHONE_ENTRY) for span in phones]
        builtins += [(*source_span(context, *span), HANDLE_ENTRY) for span in handles]
        builtins += [(*source_span(context, *span), OFFSITE_ENTRY) for span in offsite]
        builtins += [(*source_span(context, *span), PHONE_ENTRY) for span in masked]
        for index, o0, o1, entry in builtins:
            finding = builtin_finding(context, index, o0, o1, entry, results[index])
            if finding is not None:
                results[index] = tuple(sorted((*results[index], finding), key=_by_position))
                with_findings.append(index)
        return self._add_model_findings(results, batch, titles, context, matches, with_findings)

    def model_input(self, titles: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(codes, starts) the claim model sees for ``titles``: the normalised batch with every
        allow phrase masked out (see :meth:`_masked_codes`).  Training uses this too."""
        batch = self._normalizer.normalize_batch(list(titles))
        units = self.lexicon.alphabet.encode_codes(batch.codes)
        return self._masked_codes(batch, self._matches(self.lexicon.automaton.find_matches_as_indexes(units))), \
            batch.starts

    def _masked_codes(self, batch, matches) -> np.ndarray:
        """The batch's codes with the characters of allow phrases replaced by the separator, which
        the model ignores: what the packs know to be legal (品质保证, 最佳饮用温度, 支持微信支付,
        a seller's own brand) must not push a title's score up either."""
        if matches is None:
            return batch.codes
        pid, start, end = matches
        allow = self._allow_mask[pid]
        if not allow.any():
            return batch.codes
        start, end = start[allow], end[allow]
        lengths = end - start
        offsets = np.repeat(start - (np.cumsum(lengths) - lengths), lengths)
        codes = batch.codes.copy()
        codes[offsets + np.arange(int(lengths.sum()))] = ord(SEPARATOR)
        return codes

    def _add_model_findings(self, results: list[tuple[Finding, ...]], batch, titles: list[str],
                            context: TitleContext | None, matches,
                            with_findings: list[int] = ()) -> list[tuple[Finding, ...]]:
        """One ``review`` finding for each title the claim model flags among those the packs left
        without a block finding (``with_findings``: the titles with any pack finding), in a category
        the packs did not report: a title with only a ``review`` finding (祛斑, 医用级) may hide a
        second claim of another kind (药监局权威认证, 包祛斑) that the packs have no words for."""
        model = self.claim_model
        if model is None:
            return results
        considered = np.ones(len(results), dtype=bool)
        reported = {}
        for index in with_findings:
            levels = {f.level for f in results[index]}
            if "block" in levels:
                considered[index] = False
            elif "review" in levels:
                reported[index] = frozenset(f.category for f in results[index] if f.level == "review")
        flagged = model.flagged(self._masked_codes(batch, matches), batch.starts, only=considered,
                                reported=reported)
        if flagged and context is None:
            context = TitleContext(batch, titles, self.lexicon,
                                   self.level_overrides, self._rescan)
        text, starts = batch.text, batch.starts
        for flag in flagged:
            if licences.licensed(text[int(starts[flag.index]):int(starts[flag.index + 1]) - 1]):
                # A registered drug, device or health food may state its approved use, and its
                # registration number reads like a contact id to the model: packs only.
                continue
            if flag.category == "medical" and (whole_title.exam_course(titles[flag.index], licensed_only=True)
                                               or whole_title.plant_protection(titles[flag.index])):
                continue  # 执业医师 题库 高血压的治疗 (the syllabus), 治疗性杀菌剂 (a pesticide's label), as for the packs
            finding = model_finding(context, flag)
            if finding is None:
                continue
            results[flag.index] = tuple(sorted((*results[flag.index], finding), key=_by_position))
        return results

    def _rescan(self, text: str, before: int) -> list[tuple[int, int, int]]:
        """(pattern id, char start, char end) of the automaton's hits in ``text`` that start before
        ``before``.  Only the text such hits can reach is scanned (leftmost-longest decides a hit
        from the text up to its own end), which makes the result cacheable: exempted words such as
        第一次 or 最长续航 come back with the same few characters after them all the time."""
        heads = self.lexicon.banned_heads
        if not any(text[at:at + 2] in heads or text[at] in heads for at in range(min(before, len(text)))):
            return []  # no banned word can start there (最长 of 最长续航: nothing starts with 长续)
        return self._rescan_window(text[:before - 1 + self._longest])

    def _rescan_window(self, text: str) -> list[tuple[int, int, int]]:
        units = self.lexicon.alphabet.encode(text)
        return [(pid, start >> 1, end >> 1) for pid, start, end in self.lexicon.automaton.find_matches_as_indexes(units)]

    @staticmethod
    def _matches(hits: list):
        """The automaton's hits as (pattern ids, char starts, char ends) arrays, or None."""
        if not hits:
            return None
        found = np.fromiter(chain.from_iterable(hits), dtype=np.int64, count=3 * len(hits))
        return found[0::3], found[1::3] >> 1, found[2::3] >> 1

    def _surviving_hits(self, matches, batch):
        """(pattern ids, char starts, char ends) of banned hits, or None.

        Leftmost-longest matching already let allow phrases swallow the banned words inside
        them; dropping the allow hits is one numpy mask for the whole batch.  The rare allow
        phrase that spans a space the seller wrote also gets :meth:`_straddled`.
        """
        if matches is None:
            return None
        pid, start, end = matches
        allow = self._allow_mask[pid]
        if allow.any():
            offsets = batch.offsets
            spaced = allow & (offsets[end - 1] - offsets[start] > end - start - 1)
            extra = self._straddled(batch, start[spaced], end[spaced]) if spaced.any() else None
            banned = ~allow
            pid, start, end = pid[banned], start[banned], end[banned]
            if extra is not None:
                pid, start, end = (np.concatenate([a, b]) for a, b in zip((pid, start, end), extra))
        return (pid, start, end) if len(pid) else None

    def _straddled(self, batch, starts: np.ndarray, ends: np.ndarray):
        """Banned hits hidden by an allow phrase that reaches across a written space into a
        banned word going on past its end (礼卡 扣扣咨询: 卡扣扣, meant for 卡扣 扣子, swallows the
        start of 扣扣咨询).  The written word that starts inside the allow phrase is scanned
        again, and a banned word starting there is kept when it ends past the phrase; one
        that ends inside it (支持 微信付款) is what the phrase allows.  None when nothing is kept."""
        text, source, offsets = batch.text, batch.source, batch.offsets
        found: list[tuple[int, int, int]] = []
        for a0, a1 in zip(starts.tolist(), ends.tolist()):
            gaps = [at for at in range(a0 + 1, a1) if offsets[at] - offsets[at - 1] > 1]
            if len(gaps) != 1:
                continue  # 店 内 最 受 欢 迎: a phrase spaced out letter by letter is one phrase
            at = gaps[0]
            if not source[int(offsets[at - 1]) + 1:int(offsets[at])].isspace():
                continue  # 卡@扣扣: only a symbol was slipped in
            stop = text.find(SEPARATOR, at)
            for pattern_id, h0, h1 in self._rescan(text[at:stop if stop >= 0 else None], a1 - at):
                if not self._allow_mask[pattern_id] and at + h1 > a1:
                    found.append((pattern_id, at + h0, at + h1))
        if not found:
            return None
        pid, start, end = (np.array(column, dtype=np.int64) for column in zip(*found))
        return pid, start, end


def _by_position(finding: Finding) -> tuple[int, int]:
    return finding.start, -finding.end


def _as_pack(pack: Pack | str | Path) -> Pack:
    if isinstance(pack, Pack):
        return pack
    return load_pack(pack, known_rules=context_rules.RULES.keys())
