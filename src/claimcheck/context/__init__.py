"""Context: what each extracted number measures, whose it is, when, and who said it; for dates, the event."""

from claimcheck.context.measures import attach_context, known_names

__all__ = ["attach_context", "known_names"]
