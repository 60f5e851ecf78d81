"""Renderers for a Report: one module per format, each exposing render(report) -> str."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.models import Report
from claimcheck.reporters import json, junit, sarif, text

REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "json": json.render,
    "sarif": sarif.render,
    "junit": junit.render,
}


def render(report: Report, fmt: str) -> str:
    """The report in the named format; ValueError names the known formats when `fmt` is not one."""
    try:
        renderer = REPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; known formats: {', '.join(sorted(REPORTERS))}") from None
    return renderer(report)
