"""Corpus scale: time per document, peak memory and the speed-up of more jobs, for `extract` and `check`.

Builds seeded article-sized documents (stories with varied places, names, figures and dates, several
reports per story), writes them to a temporary folder, and runs the CLI on them as a user would:

    .venv/bin/python benchmarks/scale.py                      # 1,000 and 10,000 documents, 1 and 2 jobs
    .venv/bin/python benchmarks/scale.py --sizes 1000 10000 100000 --commands extract

Peak memory is the largest resident set of any one process of the run (the CLI or one of its workers).
CPU is the user and system time of the CLI and all its workers: on a machine others share, wall time
and the speed-up of 2 jobs depend on them, CPU time per document much less.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / ".venv" / "bin" / "claimcheck"

PLACES = ["Kasai", "Odisha", "Kerr County", "Nairobi", "Lahore", "Balasore", "Izmir", "Cusco", "Sabah", "Tarn"]
PEOPLE = ["Amina Yusuf", "Rahul Mehta", "Laura Ortiz", "Chen Wei", "Tomas Novak", "Grace Otieno", "Ali Raza"]
BODIES = ["the health ministry", "police", "the state disaster agency", "the central bank", "the election commission"]
MONTHS = ["January", "March", "April", "June", "July", "September", "November"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SENTENCES = [
    "{place}: At least {deaths} people were killed and {injured} injured after {event} on {weekday}, {body} said.",
    "The death toll rose to {deaths} by {weekday} evening, up from {earlier} a day earlier.",
    "{person}, a spokesperson for {body}, said {share}% of the {count} houses in the district were damaged.",
    "Rescue teams searched {km} km of river bank, and about {rescued} people had been rescued so far.",
    "Officials put the cost of repairs at ${cost} million, against a budget of ${budget} million for the year.",
    "The meeting between {person} and {other} took place on {month} {day}, {year}, in {place}.",
    "Prices of rice climbed {rise} per cent in {month}, while fuel fell {fall}%, the statistics office said.",
    "Schools will reopen in {weeks} weeks, and a review is due on {month} {day2}.",
    "Advertisement",
    "Turnout was {turnout}%, the highest since {since}, with {votes} votes counted by {clock} pm.",
]
EVENTS = ["a flash flood", "a landslide", "a bridge collapse", "a train derailment", "an earthquake"]


def make_document(story: int, report: int, rng: random.Random) -> str:
    """One report of one story: the story fixes place and event, the report varies figures a little."""
    story_rng = random.Random(story)
    facts = {
        "place": story_rng.choice(PLACES), "event": story_rng.choice(EVENTS), "body": story_rng.choice(BODIES),
        "person": story_rng.choice(PEOPLE), "other": story_rng.choice(PEOPLE), "month": story_rng.choice(MONTHS),
        "day": story_rng.randint(1, 28), "day2": story_rng.randint(1, 28), "year": story_rng.choice([2024, 2025]),
        "deaths": story_rng.randint(5, 400), "earlier": story_rng.randint(1, 5), "since": story_rng.randint(1990, 2015),
    }  # fmt: skip
    if rng.random() < 0.2:
        facts["deaths"] += rng.randint(1, 30)
    figures = {
        "injured": rng.randint(10, 900), "weekday": rng.choice(WEEKDAYS), "share": rng.randint(5, 95),
        "count": f"{rng.randint(1, 90) * 100:,}", "km": rng.randint(2, 120), "rescued": rng.randint(20, 2000),
        "cost": round(rng.uniform(1, 900), 1), "budget": rng.randint(100, 5000), "rise": round(rng.uniform(1, 30), 1),
        "fall": round(rng.uniform(1, 20), 1), "weeks": rng.randint(2, 9), "turnout": round(rng.uniform(40, 80), 1),
        "votes": f"{rng.randint(10_000, 9_000_000):,}", "clock": rng.randint(1, 11),
    }  # fmt: skip
    published = f"date {facts['year']}-{MONTHS.index(facts['month']) + 3:02d}-{min(28, facts['day'] + 2):02d}"
    lines = [published, f"{facts['event'].capitalize()} in {facts['place']}: report {report}"]
    for _ in range(24):
        lines.append(rng.choice(SENTENCES).format(**facts, **figures))
    return "\n".join(lines) + "\n"


def build(folder: Path, size: int, per_story: int = 8) -> int:
    rng = random.Random(size)
    written = 0
    for index in range(size):
        text = make_document(index // per_story, index % per_story, rng)
        (folder / f"{index // 1000:03d}").mkdir(exist_ok=True)
        (folder / f"{index // 1000:03d}" / f"{index:06d}.txt").write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
    return written


_MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
    "stderr=subprocess.DEVNULL); used = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(used.ru_maxrss, used.ru_utime + used.ru_stime)"
)


def run(command: str, folder: Path, jobs: int) -> tuple[float, float, float]:
    """Seconds, peak resident MiB and CPU seconds of one CLI run (its output is thrown away). The run is
    wrapped in a fresh process, since a process's children's peak is the largest of all it ever waited for,
    and their CPU time the sum over all of them (the workers are waited for by the CLI)."""
    args = [str(CLI), command, str(folder), "--jobs", str(jobs)]
    args += ["--format", "jsonl"] if command == "extract" else ["--format", "json"]
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    peak, cpu = (done.stdout.split() or ["0", "0"])[:2]
    return seconds, int(peak) / 1024, float(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--commands", nargs="+", default=["extract", "check"], choices=["extract", "check"])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print(
        f"{'command':8} {'docs':>8} {'MB':>6} {'jobs':>4} {'seconds':>8} {'ms/doc':>7} {'peak MiB':>9} {'speed-up':>8}"
        f" {'CPU s':>7} {'CPU ms/doc':>10}"
    )
    for size in args.sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"claimcheck-scale-{size}-"))
        try:
            megabytes = build(folder, size) / 1e6
            for command in args.commands:
                base = None
                for jobs in args.jobs:
                    seconds, peak, cpu = run(command, folder, jobs)
                    base = base or seconds
                    print(
                        f"{command:8} {size:>8,} {megabytes:>6.1f} {jobs:>4} {seconds:>8.1f} "
                        f"{1000 * seconds / size:>7.2f} {peak:>9.0f} {base / seconds:>7.2f}x "
                        f"{cpu:>7.1f} {1000 * cpu / size:>10.2f}",
                        flush=True,
                    )
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
