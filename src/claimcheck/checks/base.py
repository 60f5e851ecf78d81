"""What every check receives and returns, and the Rule record the registry lists."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from claimcheck.align.copies import Copies
from claimcheck.align.linking import Group
from claimcheck.document import Document
from claimcheck.models import Claim, Finding, Location, Severity, sharing_fields_set
from claimcheck.wording import location


@dataclass(frozen=True)
class CheckInput:
    """Everything the earlier stages produced: documents, their claims, groups and copy families; and the
    tolerance per dimension (config `[tolerance]`) within which two values are read as agreeing."""

    docs: list[Document]
    claims: dict[str, list[Claim]]
    groups: list[Group]
    copies: Copies
    tolerance: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {d.id: d for d in self.docs})

    def doc(self, doc_id: str) -> Document:
        """The document with this id."""
        by_id: dict[str, Document] = self._by_id  # type: ignore[attr-defined]
        return by_id[doc_id]


Example = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Rule:
    """A check: a stable id, a severity, one line of what it catches, examples, and its function.
    A `per_document` rule reads one document's text and claims only, so it runs where that document is read."""

    id: str
    severity: Severity
    description: str
    run: Callable[[CheckInput, Rule], list[Finding]]
    fires_on: Example = field(default=())
    silent_on: Example = field(default=())
    per_document: bool = False

    def finding(
        self,
        message: str,
        claims: list[Claim],
        sides: Mapping[tuple[str, int, int], str] | None = None,
        **extra: object,
    ) -> Finding:
        """A finding of this rule resting on the given claims, in document order; `sides` gives each claim the
        value of the side it stands on, where the claims take sides."""
        ordered = sorted(claims, key=lambda c: c.key)
        locations: list[Location] = [location(c, (sides or {}).get(c.key, "")) for c in ordered]
        # every field given, so that the finding shares its set of given fields with the others
        given: dict[str, object] = {"outlier": None, "score": None, "matched": [], **extra}
        finding = Finding(
            rule=self.id,
            severity=self.severity,
            message=message,
            locations=locations,
            docs=sorted({c.doc for c in ordered}),
            **given,
        )
        return sharing_fields_set(finding)
