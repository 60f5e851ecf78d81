"""HTML pages as prose: the article's title and text through trafilatura (the optional `claimcheck[html]`
extra), its publication date from the page's metadata, and each character traced back to the page.

The text claimcheck reads is the extracted article, so `start`/`end` index that text; `line`/`col` are
mapped back to where the character stands in the page's source. Scripts, styles and comments are never read.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from datetime import date
from pathlib import Path
from typing import Any

import regex

from claimcheck.document import Document, InputError, decode, find_suppressions, parse_iso_date

NEEDS_EXTRA = "reading HTML needs the optional extra: pip install 'claimcheck[html]' (trafilatura)"

_HIDDEN = regex.compile(
    r"<(?P<tag>script|style|noscript|template)\b[^>]{0,2000}>.{0,5000000}?</(?P=tag)\s*>|<!--.{0,200000}?-->",
    regex.IGNORECASE | regex.DOTALL,
)
_TAG = regex.compile(r"<[^<>]{0,5000}>")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_NOT_NEWLINE = regex.compile(r"[^\n]")
_TOKEN = regex.compile(r"\S+")
_CHARSET = regex.compile(rb"""<meta[^>]{0,200}charset\s*=\s*["']?(?P<name>[A-Za-z0-9_-]{2,40})""", regex.IGNORECASE)
_ISO_DAY = r"(?P<date>\d{4}-\d{2}-\d{2})"
_META_NAMES = r"""(?P<name>article:published_time|og:published_time|datePublished|date|pubdate|publishdate
    |dc\.date|dcterms\.created)"""
_DATE_SOURCES = (
    regex.compile(
        r"""<meta\b[^>]{0,300}?(?:property|name|itemprop)\s*=\s*["']"""
        + _META_NAMES
        + r"""["'][^>]{0,300}?content\s*=\s*["']\s*"""
        + _ISO_DAY,
        regex.IGNORECASE | regex.VERBOSE,
    ),
    regex.compile(
        r"""<meta\b[^>]{0,300}?content\s*=\s*["']\s*"""
        + _ISO_DAY
        + r"""[^"']{0,40}["'][^>]{0,300}?(?:property|name|itemprop)\s*=\s*["']"""
        + _META_NAMES
        + "[\"']",
        regex.IGNORECASE | regex.VERBOSE,
    ),
)
_JSON_LD_DATE = regex.compile(r"""["']datePublished["']\s*:\s*["']\s*""" + _ISO_DAY)
_TIME_ELEMENT = regex.compile(r"""<time\b[^>]{0,300}?datetime\s*=\s*["']\s*""" + _ISO_DAY, regex.IGNORECASE)


def read_html(data: bytes, path: Path, published: date | None, encoding: str | None) -> Document:
    """A page as a Document of its article text; InputError when the extra is missing or no article is found."""
    name = str(path)
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"{name}: {NEEDS_EXTRA}; skipped") from None
    page = _decode_page(data, name, encoding)
    found: Any = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
    body = (found.text or "").strip() if found is not None else ""
    if not body:
        raise InputError(f"{name}: no article text found in the HTML page")
    title = (found.title or "").strip()
    text = body if not title or body.split("\n", 1)[0].strip() == title else f"{title}\n\n{body}"
    day, source = _published(page, found.date)
    if published is not None:
        day, source = published, "argument"
    origin = trace(page, text)
    return Document(
        text,
        id=path.name,
        published=day,
        published_source=source,
        path=name,
        suppressions=find_suppressions(page),
        origin=origin,
        origin_line_starts=(0, *(m.end() for m in regex.finditer(r"\n", page))),
    )


def _decode_page(data: bytes, name: str, encoding: str | None) -> str:
    """The page's text: UTF-8 unless told otherwise, else the charset its own <meta> declares."""
    try:
        return decode(data, name, encoding)
    except InputError:
        declared = _CHARSET.search(data[:4096])
        if encoding or not declared:
            raise
        try:
            return decode(data, name, declared["name"].decode("ascii"))
        except LookupError:
            raise InputError(f"{name}: the page declares an unknown charset {declared['name']!r}") from None


def _published(page: str, extracted: str | None) -> tuple[date | None, str | None]:
    """The page's publication date: its metadata first, then htmldate's reading, then a <time> element."""
    for pattern in _DATE_SOURCES:
        match = pattern.search(page)
        if match and (day := parse_iso_date(match["date"])):
            return day, f"HTML meta {match['name']}"
    match = _JSON_LD_DATE.search(page)
    if match and (day := parse_iso_date(match["date"])):
        return day, "HTML JSON-LD datePublished"
    if extracted and (day := parse_iso_date(extracted[:10])):
        return day, "HTML date (htmldate)"
    match = _TIME_ELEMENT.search(page)
    if match and (day := parse_iso_date(match["date"])):
        return day, "HTML <time datetime>"
    return None, None


def visible(page: str) -> str:
    """The page with markup blanked to spaces, same length: scripts, styles, comments and tags go, and an
    entity becomes its character followed by spaces."""
    page = _HIDDEN.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), page)
    page = _TAG.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), page)
    return _ENTITY.sub(_entity, page)


def _entity(match: regex.Match[str]) -> str:
    char = html.unescape(match.group())
    return char.ljust(len(match.group())) if len(char) <= len(match.group()) else match.group()


def trace(page: str, text: str) -> tuple[tuple[int, int], ...]:
    """Where each run of `text` stands in the page, as (text offset, page offset) pairs: each line of the
    text is found among the page's visible characters, white space aside."""
    tokens = list(_TOKEN.finditer(visible(page)))
    stream = "".join(t.group() for t in tokens)
    cumulative: list[int] = []
    total = 0
    for token in tokens:
        cumulative.append(total)
        total += len(token.group())

    def page_offset(k: int) -> int:
        i = bisect_right(cumulative, k) - 1
        return tokens[i].start() + k - cumulative[i]

    runs: list[tuple[int, int]] = []
    cursor = 0
    line_start = 0
    for line in text.split("\n"):
        needle = "".join(line.split())
        at = stream.find(needle, cursor) if needle else -1
        if at < 0 and needle:
            at = stream.find(needle)
        if at >= 0:
            cursor = at + len(needle)
            k = at
            for i, char in enumerate(line):
                if char.isspace():
                    continue
                where = page_offset(k)
                k += 1
                if not runs or where - runs[-1][1] != line_start + i - runs[-1][0]:
                    runs.append((line_start + i, where))
        line_start += len(line) + 1
    return tuple(runs)
