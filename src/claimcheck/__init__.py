"""claimcheck: catch numbers and dates that do not agree across reports, within one, and in a draft."""

from claimcheck.document import Document, InputError
from claimcheck.engine import check, extract
from claimcheck.inputs import load
from claimcheck.models import (
    Bound,
    Claim,
    ClaimGroup,
    ClaimKind,
    Context,
    Coverage,
    Finding,
    Interval,
    Location,
    Report,
    Severity,
    Verdict,
    VerdictKind,
)
from claimcheck.wording import describe

__all__ = [
    "Bound",
    "Claim",
    "ClaimGroup",
    "ClaimKind",
    "Context",
    "Coverage",
    "Document",
    "Finding",
    "InputError",
    "Interval",
    "Location",
    "Report",
    "Severity",
    "Verdict",
    "VerdictKind",
    "check",
    "describe",
    "extract",
    "load",
]
__version__ = "0.1.0"
