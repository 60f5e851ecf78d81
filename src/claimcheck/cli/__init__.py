"""The command line: `claimcheck extract|check|rules|schema` (cli/main.py) and what it reads (cli/reading.py)."""

from claimcheck.cli.main import main

__all__ = ["main"]
