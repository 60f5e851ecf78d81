"""Extraction: every quantitative claim in a document, with its exact span and normalised interval."""

from claimcheck.extract.anchor import anchored
from claimcheck.extract.passes import extract_mentions

__all__ = ["anchored", "extract_mentions"]
