"""Documents: decoded text, an id, and the publication date relative dates are resolved against."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import regex

MAX_BYTES = 20 * 1024 * 1024
_SNIFF_BYTES = 8192
_NEWLINE = regex.compile(r"\n")
# Hyphens that look like '-' and take one character: folded so 'fiscal 2025‑26' and 'year‑on‑year' (typeset
# with a non-breaking hyphen) read as written, while every offset stays where it was.
_SAME_WIDTH_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})

_DATE_LINE = regex.compile(
    r"""\A[ \t\ufeff]*
    (?:date|published|dateline)\s*[:=]?[ \t]*   # a leading 'date 2025-06-12' line, as the seeds have
    (?P<date>\d{4}-\d{2}-\d{2})(?:T[\d:.+\-Z]*)?[ \t]*""",
    regex.VERBOSE | regex.IGNORECASE,
)
_FRONT_MATTER = regex.compile(
    r"""\A[\ufeff]?---[ \t]*\n
    (?P<body>(?:(?!---[ \t]*\n)[^\n]*\n){0,60}?)     # at most 60 lines of YAML-ish front matter
    ---[ \t]*(?:\n|\Z)""",
    regex.VERBOSE,
)
_FRONT_DATE = regex.compile(r"^(?:date|published)\s*:\s*['\"]?(?P<date>\d{4}-\d{2}-\d{2})", regex.MULTILINE)
_SUPPRESSION = regex.compile(r"claimcheck:[ \t]*ignore(?:\[(?P<rules>[^\]\n]{0,200})\])?", regex.IGNORECASE)


class InputError(Exception):
    """A file that cannot be read as a text document; the message names the file and the reason."""


@dataclass(frozen=True)
class Suppression:
    """An inline `claimcheck: ignore[rule-id, ...]` comment; it silences findings on its own line and the
    next. No rules named means every rule."""

    line: int
    col: int
    rules: frozenset[str]
    start: int
    end: int
    text: str

    def covers(self, rule: str, line: int) -> bool:
        """True when a finding of `rule` with a claim on `line` is silenced by this comment."""
        return line in (self.line, self.line + 1) and (not self.rules or rule in self.rules)


@dataclass(frozen=True)
class Document:
    """A text to check, with the date its relative dates are anchored to. Frozen: what a stage infers
    about it (an anchor date, the year of a dateless text) comes back as a new Document, never written in.
    `default_year` is the year a dateless document's own full dates give. `suppressions` are its inline
    `claimcheck: ignore` comments (read from the text unless given). `origin` maps runs of a text read out of
    a page back to the page: (text offset, page offset) pairs, with the page's line starts."""

    text: str
    id: str = "<text>"
    published: date | None = None
    published_source: str | None = None
    body_start: int = 0
    path: str | None = None
    anchor: date | None = None
    anchor_note: str | None = None
    default_year: int | None = None
    suppressions: tuple[Suppression, ...] | None = None
    origin: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    origin_line_starts: tuple[int, ...] = field(default=(), repr=False)
    _line_starts: Sequence[int] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if "\u2010" in self.text or "\u2011" in self.text:  # translate is slow; most texts have neither
            object.__setattr__(self, "text", self.text.translate(_SAME_WIDTH_HYPHENS))
        if self.published is None and self.published_source is None:
            published, source, body_start = read_header_date(self.text)
            object.__setattr__(self, "published", published)
            object.__setattr__(self, "published_source", source)
            object.__setattr__(self, "body_start", body_start)
        elif self.published_source is None:
            object.__setattr__(self, "published_source", "argument")
        if not self._line_starts:
            object.__setattr__(self, "_line_starts", (0, *(m.end() for m in _NEWLINE.finditer(self.text))))
        if self.suppressions is None:
            object.__setattr__(self, "suppressions", find_suppressions(self.text))

    def without_text(self) -> Document:
        """This document with its text let go, for a run that holds thousands: its id, dates, body start,
        suppressions and line:col of any offset stay as they were. `with_text` gives the text back."""
        slim = copy(self)
        object.__setattr__(slim, "text", "")
        object.__setattr__(slim, "_line_starts", array("L", self._line_starts))  # 4 bytes a line, not 36
        return slim

    def with_text(self, text: str) -> Document:
        """This document with its text again (the text `without_text` let go)."""
        whole = copy(self)
        object.__setattr__(whole, "text", text)
        return whole

    @property
    def reference_date(self) -> date | None:
        """The date relative expressions resolve against: the publication date, else an inferred anchor."""
        return self.published or self.anchor

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset; for text read out of a page (`origin` set), the
        line and column of that character in the page's source."""
        starts = self._line_starts
        if self.origin:
            run = max(bisect_right(self.origin, offset, key=lambda r: r[0]) - 1, 0)
            text_at, page_at = self.origin[run]
            offset, starts = page_at + max(offset - text_at, 0), self.origin_line_starts
        line = bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1


def find_suppressions(text: str) -> tuple[Suppression, ...]:
    """Every inline suppression comment in a text, as written (read before any markup is blanked)."""
    if "claimcheck" not in text.lower():
        return ()
    starts = (0, *(m.end() for m in _NEWLINE.finditer(text)))
    found = []
    for match in _SUPPRESSION.finditer(text):
        named = match["rules"]
        rules = frozenset(r.strip().lower() for r in named.split(",") if r.strip()) if named else frozenset()
        line = bisect_right(starts, match.start())
        col = match.start() - starts[line - 1] + 1
        found.append(Suppression(line, col, rules, match.start(), match.end(), match[0]))
    return tuple(found)


def read_header_date(text: str) -> tuple[date | None, str | None, int]:
    """The publication date a document states about itself, its source, and where the body starts."""
    match = _DATE_LINE.match(text)
    if match:
        parsed = parse_iso_date(match["date"])
        if parsed:
            return parsed, "date line", match.end()
    front = _FRONT_MATTER.match(text)
    if front:
        found = _FRONT_DATE.search(front["body"])
        parsed = parse_iso_date(found["date"]) if found else None
        return parsed, "front matter" if parsed else None, front.end()
    return None, None, 0


def parse_iso_date(value: str) -> date | None:
    """A YYYY-MM-DD date, or None when it is not a real day."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


_BOMS = (("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"))


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode a file's bytes as text with universal newlines, or raise InputError saying why not.

    UTF-8 with or without a byte-order mark, and UTF-16 with one, are recognised; the mark itself is not
    text, so columns on the first line do not move. `encoding` names another codec for the whole file."""
    if not data:
        raise InputError(f"{name}: empty file")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is over the {MAX_BYTES:,}-byte limit")
    codec = encoding or next((codec for codec, bom in _BOMS if data.startswith(bom)), None)
    if codec is None and b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        text = data.decode(codec or "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not {codec or 'UTF-8'} text (invalid byte at offset {exc.start})") from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: no text (only white space)")
    if "\x00" in text[:_SNIFF_BYTES]:
        raise InputError(f"{name}: binary file (NUL characters once decoded), not text")
    return text


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes, or InputError naming the file and why it cannot be read (missing, a folder, too big)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES and path.is_file():
            raise InputError(f"{path}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; pass the folder to the command line, or its files") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def read_text(path: str | Path, encoding: str | None = None) -> str:
    """A file's decoded text, or InputError naming the file and why it cannot be read."""
    return decode(read_bytes(path), str(path), encoding)


def load(path: str | Path, published: date | None = None, encoding: str | None = None) -> Document:
    """Read one file as a plain-text Document; its id is the file name. `claimcheck.load` also reads
    Markdown and HTML (claimcheck.inputs)."""
    path = Path(path)
    return Document(read_text(path, encoding), id=path.name, published=published, path=str(path))
