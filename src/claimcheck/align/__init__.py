"""Alignment: which claims of different reports are about the same thing, and which reports are copies."""

from claimcheck.align.blocking import Pair
from claimcheck.align.copies import Copies, find_copies
from claimcheck.align.linking import Group, align

__all__ = ["Copies", "Group", "Pair", "align", "find_copies"]
