"""JSON report: the Report model as JSON, the documented contract (`claimcheck schema` prints its schema)."""

from __future__ import annotations

from claimcheck.models import Report
from claimcheck.reporters.base import PLAIN, Options


def render(report: Report, options: Options = PLAIN) -> str:
    """The report as indented JSON that `Report.model_validate_json` reads back unchanged. pydantic writes it
    straight from the models, the very text `json.dumps(model_dump(mode="json"), indent=2, ensure_ascii=False)`
    gives for a report (its only numbers are scores rounded to three places), without the tree of dicts that
    costs several times the report's size and most of a large run's last seconds."""
    return report.model_dump_json(indent=2) + "\n"
