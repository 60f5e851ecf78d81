"""Scores on real text that nobody here wrote: NewsQuant (quantities), TempEval-3 (dates), the stories corpus.

Runs the scorers in ../shared/tools against this checkout and prints each scorer's summary lines, so one
command gives the figures a closing note quotes. The corpora stay in ../shared; nothing is copied here.

    .venv/bin/python benchmarks/real_text.py [--errors DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CLI = ROOT / ".venv" / "bin" / "claimcheck"


def _scorers() -> list[tuple[str, list[str], int]]:
    """(name, command, how many closing lines to print) for each scorer."""
    tools, corpora = SHARED / "tools", SHARED / "corpora"
    return [
        ("NewsQuant dev", [str(tools / "newsquant_score.py"), "--cli", str(CLI),
                           str(corpora / "newsquant" / "newsquant-dev.json")], 1),
        ("TempEval-3 train", [str(tools / "tempeval_score.py"), str(corpora / "tempeval3")], 3),
        ("stories", [str(tools / "stories_score.py"), "--cli", str(CLI), str(SHARED / "stories")], 5),
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=Path, help="also write each scorer's --errors/--verbose listing here")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: nothing to score", file=sys.stderr)
        return 0
    for name, command, lines in _scorers():
        began = time.perf_counter()
        done = subprocess.run([sys.executable, *command], capture_output=True, text=True, cwd=ROOT, check=False)
        seconds = time.perf_counter() - began
        tail = [line for line in done.stdout.splitlines() if line.strip()][-lines:]
        print(f"== {name} ({seconds:.0f} s)")
        print("\n".join(tail) if done.returncode == 0 else f"scorer failed: {done.stderr.strip()[-400:]}")
        if args.errors:
            args.errors.mkdir(parents=True, exist_ok=True)
            flag = "--verbose" if name == "stories" else "--errors"
            listing = subprocess.run([sys.executable, *command, flag], capture_output=True, text=True, cwd=ROOT)
            (args.errors / f"{name.split()[0].lower()}.txt").write_text(listing.stdout, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
