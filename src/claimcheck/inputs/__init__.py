"""Reading inputs: which files a folder holds, and each file as a Document by its kind.

Plain text is read as it is; Markdown with its markup blanked to spaces (offsets unchanged) and its front
matter's date read; HTML through trafilatura, its text traced back to the page (claimcheck.inputs.html).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.document import Document, find_suppressions, read_bytes, read_header_date, read_text
from claimcheck.inputs.markdown import blank
from claimcheck.inputs.walk import DEFAULT_INCLUDE, Selection, collect, is_claimcheck_report

MARKDOWN = (".md", ".markdown")
HTML = (".html", ".htm", ".xhtml")

__all__ = ["DEFAULT_INCLUDE", "Selection", "collect", "is_claimcheck_report", "load"]


def load(path: str | Path, published: date | None = None, encoding: str | None = None) -> Document:
    """Read one file as a Document by its extension; InputError names the file and why it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in HTML:
        from claimcheck.inputs.html import read_html

        return read_html(read_bytes(path), path, published, encoding)
    raw = read_text(path, encoding)
    if suffix not in MARKDOWN:
        return Document(raw, id=path.name, published=published, path=str(path))
    header_date, source, body_start = read_header_date(raw)
    text = blank(raw)
    text = "".join(" " if c != "\n" else c for c in text[:body_start]) + text[body_start:]
    if published is not None:
        header_date, source = published, "argument"
    return Document(
        text,
        id=path.name,
        published=header_date,
        published_source=source,
        body_start=body_start,
        path=str(path),
        suppressions=find_suppressions(raw),
    )
