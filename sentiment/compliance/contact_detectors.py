"""Built-in detectors of contact details that no word pack can spell: phone numbers, handles, addresses.

A pack entry is a fixed spelling; a mobile number, a "V：abc123" handle or "peixun@163.com" is a shape.
Each detector scans a whole batch at once (a regex with a literal first character over the normalised
text, or numpy over the original code points to find the few marker characters), so titles without
one cost nothing.  The checker turns their spans into ``diversion`` findings.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

# A literal first character lets the regex engine skip ahead fast; the digit boundaries are
# checked afterwards (a look-behind first would disable that scan, 40x slower on a batch).
_PHONE_CANDIDATES = (re.compile(r"1[3-9][0-9]{9}"),   # mobile
                     re.compile(r"400[0-9]{7}"), re.compile(r"800[0-9]{7}"),  # hotlines
                     re.compile(r"0(?:10|2[0-9]|[3-9][0-9]{2})[2-8][0-9]{6,7}"))  # landline: area code + number
_CN_DIGIT = "零〇一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖"
#: A mobile number in Chinese numerals (一三八…, 壹叁玖…): 11 of them starting 1 then 3–9.
_CN_PHONE = re.compile(rf"[一幺壹][三四五六七八九叁肆伍陆柒捌玖][{_CN_DIGIT}]{{9}}(?![{_CN_DIGIT}])")


#: Labels of part numbers and codes that look like phone numbers (件号13718577171, 条码6913…), as
#: they read in the normalised (lower-case) text.
_CODE_LABELS = ("oe号", "原厂号", "件号", "零件号", "配件号", "型号", "货号", "编号", "条码", "条形码", "物料号", "订单号", "单号", "批号",
                "序列号", "oe", "oem", "sku", "pn", "ean", "码",
                # a camera's or phone's serial (机身号04302100012, IMEI 86…)
                "机身号", "串号", "imei", "sn",
                # a standard number with its year (GB/T 15063-2020 17-17-17 is a fertiliser standard and an NPK ratio)
                "gbt", "标准")


def find_phone_numbers(text: str, offsets: np.ndarray | None = None,
                       codes: np.ndarray | None = None, source: str | None = None) -> list[tuple[int, int]]:
    """Mobile numbers (11 digits, 13x–19x), 400/800 hotlines and landlines (area code + number)
    not glued to other digits.

    Numbers written in Chinese (一三八…, 壹叁玖…) or in both kinds of numerals (1捌8贰…) count when they
    are 11 numerals shaped like a mobile number; shorter ones are caught after a contact word by
    :func:`contact`.  Digits count as glued
    only when they were adjacent in the original (``offsets``): "158 0015 8000 24小时" is a number
    followed by another one.  A code label right before (件号, 条码, OEM) makes it a part number.
    ``codes``: the code points of ``text`` if the caller has them (the checker's batch does);
    ``source``: the original text ``offsets`` point into, to tell sizes (1380×620×1100mm) from numbers.
    """
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) if codes is None else codes
    if codes.dtype == np.uint16:
        is_digit, is_cn_digit = _IS_DIGIT.take(codes), _IS_CN_DIGIT.take(codes)
    else:  # characters beyond the BMP are never numerals
        low, beyond = codes & _LOW16, codes > _LOW16
        is_digit, is_cn_digit = _IS_DIGIT.take(low), _IS_CN_DIGIT.take(low)
        if beyond.any():
            is_digit &= ~beyond
            is_cn_digit &= ~beyond
    spans = []
    # Runs of numerals of either kind: all-Chinese numbers and mixed ones (1捌8贰…) lie inside them.
    for start, end in _runs(is_digit | is_cn_digit, 11):
        run = text[start:end]
        if not any(ch in _CN_DIGIT for ch in run):
            continue  # ASCII digits only: the loop below
        spans += [found.span() for found in _CN_PHONE.finditer(text, start, end)
                  if found.start() == 0 or text[found.start() - 1] not in _CN_DIGIT]
        if end - start == 11 and any(ch.isdigit() for ch in run) and _MOBILE.fullmatch(run.translate(_TO_DIGIT)):
            spans.append((start, end))
    for run in _runs(is_digit, 10):
        for candidate in _PHONE_CANDIDATES:
            for found in candidate.finditer(text, *run):
                start, end = found.span()
                glued_after = text[end:end + 1].isdigit() and (offsets is None or offsets[end] - offsets[end - 1] == 1)
                if (start == 0 or not text[start - 1].isdigit() or _country_code_before(text, start)) \
                        and not glued_after and not _code_label_before(text, start) \
                        and not _dimensions(source, offsets, start, end):
                    spans.append((start, end))
    spans += _plus_grouped_mobiles(text, offsets, source)
    return sorted(spans)


#: A mobile number grouped 3-4-4 with plus signs (159➕0000➕1234): the normaliser reads + as 加
#: (+V is 加V), so the groups never form one run of digits.  The literal first character keeps the
#: scan fast; the three digits before it are checked afterwards.
_PLUS_GROUPS = re.compile(r"加[0-9]{4}加[0-9]{4}(?![0-9])")
_MOBILE_HEAD = re.compile(r"1[3-9][0-9]")


def _plus_grouped_mobiles(text: str, offsets, source: str | None) -> list[tuple[int, int]]:
    """Spans of 3-4-4 mobile numbers joined by plus signs in the normalised ``text`` (see _PLUS_GROUPS)."""
    spans = []
    for found in _PLUS_GROUPS.finditer(text):
        start = found.start() - 3
        if start < 0 or not _MOBILE_HEAD.fullmatch(text, start, found.start()) \
                or (start > 0 and text[start - 1].isdigit()):
            continue
        if source is not None and offsets is not None and source[int(offsets[found.start()])] == "加":
            continue  # 加 as written joins amounts (159加1000加1000元), only a plus sign groups a number
        spans.append((start, found.end()))
    return spans


def _code_label_before(text: str, start: int) -> bool:
    """A part-number label right before the digits (件号, 条码, OEM); 号码 and 电话号码 end in 码 but
    announce a phone number (號碼138 0000 2277)."""
    if text.endswith("号码", max(0, start - 2), start):
        return False
    return text.endswith(_CODE_LABELS, max(0, start - 4), start)


_DIMENSION_MARKS = frozenset("×xX*＊")


def _dimensions(source: str | None, offsets, start: int, end: int) -> bool:
    """Digits the normaliser joined across a × (1380×620×1100mm) are a size, not a phone number;
    a mobile number grouped 3-4-4 (135*8826*4410) is still a number."""
    if source is None or offsets is None:
        return False
    written = source[int(offsets[start]):int(offsets[end - 1]) + 1]
    if _DIMENSION_MARKS.isdisjoint(written):
        return False
    return _GROUPED_MOBILE.fullmatch(written) is None


#: A mobile number written in three groups, 3-4-4, whatever the separator.
_GROUPED_MOBILE = re.compile(r"1[3-9][0-9][^0-9]{1,2}[0-9]{4}[^0-9]{1,2}[0-9]{4}")
#: ASCII and Chinese numerals mixed in one number (1捌8贰3④5六7八9, 1三9八七六五4三21): sellers mix them
#: so that neither the digit check nor the all-Chinese one sees a number.  Exactly 11 numerals of
#: both kinds count, read as digits.
_TO_DIGIT = str.maketrans(_CN_DIGIT, "0012345678912123456789")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")


def _flags(chars: str) -> np.ndarray:
    table = np.zeros(1 << 16, dtype=bool)
    table[[ord(ch) for ch in chars]] = True
    return table


_IS_DIGIT = _flags("0123456789")
_IS_CN_DIGIT = _flags(_CN_DIGIT)
_LOW16 = np.uint32(0xFFFF)


def _runs(inside: np.ndarray, shortest: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of at least ``shortest`` marked characters: a phone number lies
    inside one, so the regexes only look there (most batches have a handful)."""
    edges = np.flatnonzero(np.diff(inside, prepend=False, append=False))
    starts, ends = edges[0::2], edges[1::2]
    long = ends - starts >= shortest
    return list(zip(starts[long].tolist(), ends[long].tolist()))


def _country_code_before(text: str, start: int) -> bool:
    """"+86 139…" / "0086 139…": the digits glued before a mobile number are China's code."""
    for code in ("0086", "86"):
        head = start - len(code)
        if head >= 0 and text.startswith(code, head) and (head == 0 or not text[head - 1].isdigit()):
            return True
    return False


#: A mobile number with four digits masked (139****6666, 186xxxx0000, 1380013xxxx): sellers write it
#: so in copy the way they would print it on a card, and buyers read it as "call me" all the same.
_MASK_CHARS = "*＊xX×●•"
_IS_MASK = _flags(_MASK_CHARS)
_MASKED_MOBILE = re.compile(rf"1[3-9][0-9][\s-]?[{_MASK_CHARS}]{{4}}[\s-]?[0-9]{{4}}|1[3-9][0-9]{{5}}[{_MASK_CHARS}]{{4}}")


def find_masked_mobiles(source: str, source_codes: np.ndarray) -> list[tuple[int, int]]:
    """Spans of masked mobile numbers in the ORIGINAL text (the normaliser drops "*").

    Candidates are the runs of exactly four mask characters (numpy over the code points); only
    those reach the regex, which wants the digits of a mobile number around them and no digit
    glued on either side (a part number such as 2139xxxx66661 is not a phone).
    """
    codes = source_codes if source_codes.dtype == np.uint16 else np.where(source_codes > _LOW16, 0, source_codes)
    is_mask = _IS_MASK.take(codes)  # characters beyond the BMP (emoji) read as 0: never a mask
    spans = []
    for start, end in _runs(is_mask, 4):
        if end - start != 4:
            continue
        for head in (start - 3, start - 4, start - 7):
            if head < 0:
                continue
            found = _MASKED_MOBILE.match(source, head)
            if found and found.end() >= end and (head == 0 or not source[head - 1].isdigit()) \
                    and not source[found.end():found.end() + 1].isdigit():
                spans.append(found.span())
                break
    return spans


#: E-mail addresses, web addresses and "@account" after a social platform take buyers off the
#: platform as surely as a phone number does.  They are found on the ORIGINAL text (the
#: normaliser drops "@" and "."), and only around their marker characters, which are rare:
#: a regex tried at every position of a 3M-character batch would cost more than the whole check.
_AT_SIGNS = ("@", "＠")
_YEN_SIGNS = ("¥", "￥")
_YEN, _WIDE_YEN = ord("¥"), ord("￥")
#: A share code between two yen signs, letters and digits mixed (prices never have letters).
_SHARE_CODE = re.compile(r"[¥￥]([A-Za-z0-9]{6,14})[¥￥]")
_AT, _WIDE_AT, _DOT, _COLON = ord("@"), ord("＠"), ord("."), ord(":")
_LOCAL_PART = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_DOMAIN_AFTER_AT = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_ACCOUNT_AFTER_AT = re.compile(r"\s*[^\s@＠\x1f]{2,20}")
_PLATFORM_BEFORE_AT = re.compile(r"(?:微博|围脖|红书|小红薯|抖音|快手|[Bb]站|公众号|视频号|推特|[Ii][Nn][Ss]|[Tt]witter|[Tt]elegram|"
                                 r"纸飞机|小飞机|飞机|电报|[Tt][Gg])\s*$")
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9./_?=&%-]+", re.IGNORECASE)
#: Short-link and messenger hosts (t.me/x, bit.ly/x, wa.me/x) need the path to count.
_TLD_AFTER_DOT = re.compile(r"(?:com|cn|net|top|vip|shop|cc|xyz|link|club|site|online|store"
                            r"|(?:me|ly|io|co|gl)(?=/[A-Za-z0-9]))(?![A-Za-z0-9])", re.IGNORECASE)
_DOMAIN_NAME = re.compile(r"(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+$")
_PATH = re.compile(r"/[A-Za-z0-9./_?=&%#-]*")


def find_offsite_addresses(source: str, source_codes: np.ndarray) -> list[tuple[int, int]]:
    """Spans of e-mail addresses, URLs, bare domains, "微博@账号" and share codes (￥aB12Cd3￥, a
    淘口令 that opens a listing in another app) in the ORIGINAL joined text.

    Candidates are the positions of "@", ".", ":" and "￥" (numpy over the code points); only those
    reach Python.
    """
    codes = source_codes
    after = np.append(codes[1:], 0) | 0x20  # the next character, lower-cased if a letter
    letter_after = (after >= ord("a")) & (after <= ord("z"))
    # "." and ":" count only before a letter (a domain, a TLD, "//" is checked below for ":"): the
    # dots of 1.8m床 or 3.5寸 are most of them and never start an address.
    marks = np.flatnonzero((codes == _AT) | (codes == _WIDE_AT) | (codes == _COLON)
                           | ((codes == _DOT) & letter_after) | (codes == _YEN) | (codes == _WIDE_YEN))
    spans: list[tuple[int, int]] = []
    for position in marks.tolist():
        char = source[position]
        if char in _AT_SIGNS:
            spans.extend(_at_address(source, position))
        elif char in _YEN_SIGNS:
            found = _SHARE_CODE.match(source, position)
            if found and not found.group(1).isdigit() and not found.group(1).isalpha():
                spans.append(found.span())
        elif char == ":":
            scheme = position - 5 if source[max(0, position - 5):position].lower() == "https" else position - 4
            if scheme >= 0 and source[scheme:position].lower() in ("http", "https") \
                    and source.startswith("//", position + 1):
                found = _URL.match(source, scheme)
                if found:
                    spans.append(found.span())
        elif source[max(0, position - 3):position].lower() == "www":
            found = _URL.match(source, position - 3)
            if found and (position == 3 or not source[position - 4].isalnum()):
                spans.append(found.span())
        else:
            tld = _TLD_AFTER_DOT.match(source, position + 1)
            if tld is None:
                continue
            name = _DOMAIN_NAME.search(source, max(0, position - 40), position)
            if name and (name.start() == 0 or source[name.start() - 1] not in _LOCAL_PART
                         and source[name.start() - 1] not in _AT_SIGNS):
                path = _PATH.match(source, tld.end())
                spans.append((name.start(), path.end() if path else tld.end()))
    return _merge_spans(spans)


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with those inside another dropped (www.a.com is one address, not two)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end))
    return merged


def _at_address(source: str, at: int) -> list[tuple[int, int]]:
    """The e-mail address or platform account around the "@" at ``at`` (none when neither)."""
    left = at
    while left > 0 and at - left < 64 and source[left - 1] in _LOCAL_PART:
        left -= 1
    domain = _DOMAIN_AFTER_AT.match(source, at + 1)
    if left < at and domain:
        return [(left, domain.end())]
    platform = _PLATFORM_BEFORE_AT.search(source, max(0, at - 12), at)
    account = _ACCOUNT_AFTER_AT.match(source, at + 1)
    if platform and account:
        return [(platform.start(), account.end())]
    return []


_COLONS = (ord(":"), ord("："))
# The handle may carry decoration before the colon ("V❤：", "薇❤️："): up to three symbols
# (not letters, digits or CJK characters, not another colon).  V may be a look-alike from another
# script (ᐯ, ∨); a (green) speech bubble 🟢💬 stands for WeChat.
_HANDLE_BEFORE_COLON = re.compile(
    r"(?:(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[vVｖＶᐯ∨ⓥⓋ\U0001F165\U0001F185qQｑＱⓠⓆ\U0001F160\U0001F180]|[vVｖＶwWｗＷ][xXｘＸ]|tel|TEL|Tel|[Ll][Ii][Nn][Ee]|[Ww]hats[Aa]pp|"
    r"[Ss]kype|[Tt]elegram|[Tt][Gg]|[Ii][Nn][Ss]|[Ii][Gg]|[Ff][Bb]|[Ii]nstagram|[Ff]acebook|[Kk]akao(?:[Tt]alk)?|[Ww][Aa]|[Zz]alo|[Vv]iber|[Ss]ignal|[Ww]e[Cc]hat)|[微薇威徽嶶徾葳扣蔻维卫魏喂]|企鹅|球球|邮箱|纸飞机|电报|\U0001F7E2?\U0001F4AC)"
    r"\s?(?:[Ii][Dd]|号)?[^\w:：]{0,3}$")
#: Decorations sellers put between a one-letter handle and the id instead of a colon ("V❤ abc123").
_DECORATIONS = "❤♥💗💕💖✨⭐★☆✉☎📞📱💬🌟🔥👉➡→"

_HANDLE_MARKS = frozenset(":：" + _DECORATIONS)
# A WeChat id (a letter, then 5-19 letters/digits/_/-), an id of digits then letters (1688pf), a mobile
# number, an international number (+60 12-345 6789) or a QQ number, with an optional @ before it
# (ins:@tattoo_lin), an Instagram-style id with dots (ins: moto.rider); a number spaced out may mix in
# Chinese numerals and O for 0 (q：9 六 2 8 O 1 5 7).
# Keycap digits (7️⃣ = 7, U+FE0F, U+20E3) count as digits.
_ID_AFTER_COLON = re.compile(r"\s*@?(?:[A-Za-z][A-Za-z0-9_\-]{1,18}(?:\.[A-Za-z0-9_\-]{2,19})+|[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9_\-Ａ-Ｚａ-ｚ０-９]{5,19}|[1１][3-9３-９][0-9０-９]{9}"
                             r"|(?=[0-9A-Za-z_\-０-９Ａ-Ｚａ-ｚ]{5,20})[0-9０-９]{1,10}[_\-]?[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9_\-Ａ-Ｚａ-ｚ０-９]*"  # 1688pf
                             r"|[+＋][0-9０-９]{1,3}(?:[\s\-]?[0-9０-９]{2,5}){2,4}"
                             r"|(?:[0-9０-９][\ufe0f\u20e3]*){5,11}|(?:[0-9０-９] ){4,10}[0-9０-９]"
                             rf"|[0-9０-９] (?:[0-9０-９oO{_CN_DIGIT}] ){{3,9}}[0-9０-９oO{_CN_DIGIT}])(?![0-9０-９])")


def find_colon_handles(source: str, source_codes: np.ndarray) -> list[tuple[int, int]]:
    """Spans like "V：xyz888" / "Q: 12345678" in the ORIGINAL text.

    A single-letter handle is too short to be a pattern, and the colon that makes it one is
    dropped by normalisation, so this looks at the source code points (vectorised) instead.
    """
    codes = source_codes
    # Colons, the arrows/dingbats/stars block (U+2190–U+2BFF) and astral emoji: a few cheap
    # comparisons over the batch leave a handful of candidates, checked exactly below.
    candidates = (codes == _COLONS[0]) | (codes == _COLONS[1]) | ((codes - np.uint16(0x2190)) <= 0x2BFF - 0x2190)
    if codes.dtype.itemsize > 2:
        candidates |= codes >= 0x1F000
    spans = []
    for mark in np.flatnonzero(candidates).tolist():
        if source[mark] not in _HANDLE_MARKS or (spans and mark < spans[-1][1]):
            continue  # not a marker, or "V❤：id" (the decoration and the colon are one handle)
        span = _handle_at(source, mark, 0)
        if span is None:
            # Styled letters and digits (𝓥:ps5_bj, 𝐪：𝟗𝟔𝟐𝟖𝟏𝟓𝟕): read them as ASCII and try again.
            # The fold is one character for one, so positions in the window stay those of the source.
            # The window reaches 13 back (the 12 the handle pattern reads, and one for its look-behind)
            # and 42 ahead (longer than any id the id pattern accepts, spaced-out numbers included).
            lo = max(0, mark - 13)
            window = source[lo:mark + 42]
            if any(char in _FOLDABLE for char in window):
                span = _handle_at(window.translate(_ASCII_FOLD), mark - lo, lo)
        if span is not None:
            spans.append(span)
    return spans


def _handle_at(text: str, mark: int, shift: int) -> tuple[int, int] | None:
    """The span (plus ``shift``) of a handle whose colon or decoration is at ``mark``, if any."""
    before = _HANDLE_BEFORE_COLON.search(text, max(0, mark - 12), mark)
    if before is None:
        return None
    # An emoji decoration may carry a variation selector (微❤️lego_mm: ❤ then U+FE0F).
    after = _ID_AFTER_COLON.match(text, mark + 2 if text.startswith("\ufe0f", mark + 1) else mark + 1)
    return None if after is None else (before.start() + shift, after.end() + shift)


def _ascii_fold_table() -> dict[int, str]:
    """Styled forms of ASCII letters and digits (mathematical 𝐀𝓥𝟗, circled ⓥ, squared 🅅) → the
    ASCII character, where NFKC gives exactly one (not parenthesised ⒱: that is three characters).
    Full-width forms are left out: the patterns above already spell them."""
    ranges = ((0x2460, 0x2500), (0x1D400, 0x1D800), (0x1F100, 0x1F200))
    table = {}
    for code in (c for lo, hi in ranges for c in range(lo, hi)):
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded.isascii() and folded.isalnum():
            table[code] = folded
    return table


_ASCII_FOLD = _ascii_fold_table()
_FOLDABLE = frozenset(map(chr, _ASCII_FOLD))
