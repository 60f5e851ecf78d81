"""Documents: decoded text, an id, and the publication date relative dates are resolved against."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import regex

MAX_BYTES = 20 * 1024 * 1024
_SNIFF_BYTES = 8192
_NEWLINE = regex.compile(r"\n")

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


class InputError(Exception):
    """A file that cannot be read as a text document; the message names the file and the reason."""


@dataclass(frozen=True)
class Document:
    """A text to check, with the date its relative dates are anchored to. Frozen: what a stage infers
    about it (an anchor date, the year of a dateless text) comes back as a new Document, never written in.
    `default_year` is the year a dateless document's own full dates give."""

    text: str
    id: str = "<text>"
    published: date | None = None
    published_source: str | None = None
    body_start: int = 0
    path: str | None = None
    anchor: date | None = None
    anchor_note: str | None = None
    default_year: int | None = None
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.published is None and self.published_source is None:
            published, source, body_start = read_header_date(self.text)
            object.__setattr__(self, "published", published)
            object.__setattr__(self, "published_source", source)
            object.__setattr__(self, "body_start", body_start)
        elif self.published_source is None:
            object.__setattr__(self, "published_source", "argument")
        if not self._line_starts:
            object.__setattr__(self, "_line_starts", (0, *(m.end() for m in _NEWLINE.finditer(self.text))))

    @property
    def reference_date(self) -> date | None:
        """The date relative expressions resolve against: the publication date, else an inferred anchor."""
        return self.published or self.anchor

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


def read_header_date(text: str) -> tuple[date | None, str | None, int]:
    """The publication date a document states about itself, its source, and where the body starts."""
    match = _DATE_LINE.match(text)
    if match:
        parsed = _iso_date(match["date"])
        if parsed:
            return parsed, "date line", match.end()
    front = _FRONT_MATTER.match(text)
    if front:
        found = _FRONT_DATE.search(front["body"])
        parsed = _iso_date(found["date"]) if found else None
        return parsed, "front matter" if parsed else None, front.end()
    return None, None, 0


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def decode(data: bytes, name: str) -> str:
    """Decode a file's bytes as UTF-8 text with universal newlines, or raise InputError saying why not."""
    if not data:
        raise InputError(f"{name}: empty file")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is over the {MAX_BYTES:,}-byte limit")
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: no text (only white space)")
    return text


def load(path: str | Path, published: date | None = None) -> Document:
    """Read one file as a Document; its id is the file name."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; use iter_paths() or pass the files") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return Document(decode(data, str(path)), id=path.name, published=published, path=str(path))


def iter_paths(paths: list[str | Path]) -> list[Path]:
    """Expand folders into the text files below them (sorted), keeping files and missing paths as given."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith("."))
        else:
            found.append(path)
    return found
