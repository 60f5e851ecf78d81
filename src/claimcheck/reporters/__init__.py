"""Renderers for a Report: one module per format, each exposing render(report, options) -> str."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from claimcheck.models import Report
from claimcheck.reporters import html, json, junit, sarif, text
from claimcheck.reporters.base import PLAIN, Options

REPORTERS: dict[str, Callable[[Report, Options], str]] = {
    "text": text.render,
    "json": json.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "html": html.render,
}

# The formats that can be written a piece at a time, the same text their render gives.
CHUNKED: dict[str, Callable[[Report, Options], Iterator[str]]] = {"json": json.chunks}

__all__ = ["CHUNKED", "PLAIN", "REPORTERS", "Options", "render", "render_chunks"]


def render(report: Report, fmt: str, options: Options = PLAIN) -> str:
    """The report in the named format; ValueError names the known formats when `fmt` is not one."""
    try:
        renderer = REPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; known formats: {', '.join(sorted(REPORTERS))}") from None
    return renderer(report, options)


def render_chunks(report: Report, fmt: str, options: Options = PLAIN) -> Iterator[str]:
    """The text `render` gives, in pieces where the format allows, so a large report is never held whole."""
    if fmt in CHUNKED:
        return CHUNKED[fmt](report, options)
    return iter([render(report, fmt, options)])
