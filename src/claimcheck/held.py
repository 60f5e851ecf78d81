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


class Held:
    """Shares what repeats among the claims of one run; dropped with the run."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._fields: dict[frozenset[str], frozenset[str]] = {}

    def claims(self, claims: list[Claim]) -> list[Claim]:
        """The same claims, sharing their field sets and strings with those held before."""
        for claim in claims:
            self._share(claim)
        return claims

    def _share(self, model: BaseModel) -> None:
        values = model.__dict__
        for name, value in values.items():
            if type(value) is str:
                values[name] = self._texts.setdefault(value, value)
            elif type(value) is list:
                value[:] = [self._texts.setdefault(v, v) if type(v) is str else v for v in value]
            elif isinstance(value, BaseModel):
                self._share(value)
        fields = frozenset(model.__pydantic_fields_set__)
        object.__setattr__(model, "__pydantic_fields_set__", self._fields.setdefault(fields, fields))
