"""JSON report: the Report model as JSON, the documented contract (`claimcheck schema` prints its schema)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from claimcheck.models import Report
from claimcheck.reporters.base import PLAIN, Options

# The lists that grow with the corpus, written an item at a time.
_STREAMED = ("findings", "groups", "documents")


def render(report: Report, options: Options = PLAIN) -> str:
    """The report as indented JSON that `Report.model_validate_json` reads back unchanged. pydantic writes it
    straight from the models, the very text `json.dumps(model_dump(mode="json"), indent=2, ensure_ascii=False)`
    gives for a report (its only numbers are scores rounded to three places), without the tree of dicts that
    costs several times the report's size and most of a large run's last seconds."""
    return report.model_dump_json(indent=2) + "\n"


def chunks(report: Report, options: Options = PLAIN) -> Iterator[str]:
    """The text `render` gives, a finding, group or document at a time: a report of 100,000 documents is
    most of a gigabyte of JSON, which need never be held whole (nor twice, as text and as its bytes)."""
    yield "{\n"
    for index, name in enumerate(Report.model_fields):
        yield ",\n" if index else ""
        items = getattr(report, name)
        if name in _STREAMED and items:
            yield f'  "{name}": [\n'
            yield from _items(items)
            yield "\n  ]"
        else:
            whole = report.model_dump_json(indent=2, include={name})
            yield whole[2:-2]  # the field's lines, without the braces around them
    yield "\n}\n"


def _items(items: list[BaseModel]) -> Iterator[str]:
    for index, item in enumerate(items):
        yield (",\n    " if index else "    ") + item.model_dump_json(indent=2).replace("\n", "\n    ")
