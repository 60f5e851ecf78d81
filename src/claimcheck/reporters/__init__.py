"""Renderers for a Report: one module per format, each exposing render(report, options) -> str."""

from __future__ import annotations

from collections.abc import Callable

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

__all__ = ["PLAIN", "REPORTERS", "Options", "render"]


def render(report: Report, fmt: str, options: Options = PLAIN) -> str:
    """The report in the named format; ValueError names the known formats when `fmt` is not one."""
    try:
        renderer = REPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; known formats: {', '.join(sorted(REPORTERS))}") from None
    return renderer(report, options)
