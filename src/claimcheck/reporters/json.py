"""JSON report: the Report model as JSON, the documented contract (`claimcheck schema` prints its schema)."""

from __future__ import annotations

import json

from claimcheck.models import Report
from claimcheck.reporters.base import PLAIN, Options


def render(report: Report, options: Options = PLAIN) -> str:
    """The report as indented JSON that `Report.model_validate_json` reads back unchanged."""
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
