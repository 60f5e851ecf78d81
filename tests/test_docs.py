"""The generated docs (checks table, JSON schemas) match the code, and the README's commands match CI."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.checks.registry import rules_markdown
from claimcheck.models import Claim, Report

ROOT = Path(__file__).resolve().parents[1]


def test_checks_doc_is_current():
    assert (ROOT / "docs" / "checks.md").read_text(encoding="utf-8") == rules_markdown(), (
        "run: claimcheck rules > docs/checks.md"
    )


def test_schemas_are_current():
    for name, model in (("claim", Claim), ("report", Report)):
        stored = json.loads((ROOT / "docs" / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert stored == model.model_json_schema(), f"run: claimcheck schema {name} > docs/schema/{name}.schema.json"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0].strip() for b in readme.split("```sh\n")[1:3]]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "claimcheck check" in blocks[0]
    assert blocks[1] in ci
