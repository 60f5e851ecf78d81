"""Claims held for the comparison across a corpus, in a fraction of the memory they are made in.

A claim is four pydantic models (the claim, its Context, Subject and Interval). Each instance keeps its own
set of the fields given at construction, about 0.6 KiB, more than its values; and every claim of a sentence
holds its own copy of the sentence, the document id and its words. `Held` makes the claims it is given share
these: one frozen set per distinct set of fields (frozen, so an attempt to change a held claim fails loudly
instead of changing its neighbours) and one string per distinct text. The models, their values and their JSON
stay exactly what they were.
"""

from __future__ import annotations

from pydantic import BaseModel

from claimcheck.models import Claim

# The string fields and word lists that repeat from claim to claim (names, units, sentences, measure words).
_CLAIM_TEXTS = ("doc", "unit", "noun", "subtype")
_CONTEXT_TEXTS = ("measure", "entity", "event", "action", "time_ref", "attribution", "tense", "sentence")
_CONTEXT_WORDS = ("measure_key", "participants", "places", "actions")
_SUBJECT_TEXTS = ("measure", "owner", "period", "basis", "status", "attribution")


class Held:
    """Shares what repeats among the claims of one run; dropped with the run."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._fields: dict[frozenset[str], frozenset[str]] = {}

    def claims(self, claims: list[Claim]) -> list[Claim]:
        """The same claims, sharing their field sets and strings with those held before."""
        for claim in claims:
            self._share(claim, _CLAIM_TEXTS)
            context = claim.context
            self._share(context, _CONTEXT_TEXTS)
            values = context.__dict__
            for name in _CONTEXT_WORDS:
                if words := values[name]:
                    words[:] = [self._text(w) for w in words]
            if claim.subject is not None:
                self._share(claim.subject, _SUBJECT_TEXTS)
                if qualifiers := claim.subject.qualifiers:
                    qualifiers[:] = [self._text(w) for w in qualifiers]
            if claim.normalized is not None:
                self._share(claim.normalized, ("unit",))
        return claims

    def _share(self, model: BaseModel, texts: tuple[str, ...]) -> None:
        values = model.__dict__
        for name in texts:
            if (value := values[name]) is not None:
                values[name] = self._text(value)
        fields = frozenset(model.__pydantic_fields_set__)
        object.__setattr__(model, "__pydantic_fields_set__", self._fields.setdefault(fields, fields))

    def _text(self, value: str) -> str:
        return self._texts.setdefault(value, value)
