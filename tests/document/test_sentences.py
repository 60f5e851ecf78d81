"""Sentence boundaries: a full stop ends a sentence unless it closes an abbreviation of the lexicon."""

from __future__ import annotations

import pytest

from claimcheck.sentences import Sentences

CASES = [
    ("Net profit was Rs. 6,200 crore, a rise. It fell later.", "Net profit was Rs. 6,200 crore, a rise."),
    ("Mr. Okafor said 40 people died. Police said 38.", "Mr. Okafor said 40 people died."),
    ("Gate No. 4 opened at 9 a.m. The crowd was 2,000.", "Gate No. 4 opened at 9 a.m."),
    ("The toll rose to 31. Rescue work went on.", "The toll rose to 31."),
]


@pytest.mark.parametrize(("text", "first"), CASES)
def test_the_first_sentence_ends_where_a_reader_ends_it(text: str, first: str) -> None:
    start, end = Sentences(text).span(0, 3)
    assert text[start:end] == first
