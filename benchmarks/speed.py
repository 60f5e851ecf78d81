"""Time claimcheck: extraction throughput against quantulum3, pathological inputs, and how `check` scales.

Run: ``.venv/bin/python benchmarks/speed.py [--mb 2] [--quick] [--docs 50,200,800,3200]``.
A script, not a test: it prints figures for a person to read (about 2-3 minutes by default, 20 s with --quick).
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import random
import re
import sys
import time
import tomllib
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import claimcheck
from claimcheck import Document, Report

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
STORIES = ROOT / "tests" / "checks" / "stories"
PUBLISHED = date(2025, 6, 12)
DATE_LINE = re.compile(r"\A\s*date\s+\d{4}-\d{2}-\d{2}[^\n]*\n?")
SLOW_SECONDS = 2.0
NAME_POOL = ["Sharma", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Mensah", "Ruiz", "Ibrahim"]


@dataclass(frozen=True)
class Article:
    """One base text to copy into corpora: its body without the date line, and its own publication date."""

    body: str
    published: date


# ---------------------------------------------------------------- corpora


def seed_articles() -> list[Article]:
    """The seed articles, each split into its date line and body."""
    return [split_article(path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]


def story_articles() -> list[Article]:
    """Every [[documents]] text of the story tests."""
    articles: list[Article] = []
    for path in sorted(STORIES.glob("*.toml")):
        story = tomllib.loads(path.read_text(encoding="utf-8"))
        articles.extend(split_article(doc["text"]) for doc in story.get("documents", []))
    return articles


def split_article(text: str) -> Article:
    """An article's body and the date its 'date YYYY-MM-DD' line gives (PUBLISHED when it has none)."""
    match = DATE_LINE.match(text)
    if not match:
        return Article(text, PUBLISHED)
    return Article(text[match.end() :], date.fromisoformat(match.group().split()[1]))


def with_date(article: Article) -> str:
    """The article as a document text, with its date line."""
    return f"date {article.published.isoformat()}\n{article.body}"


def repeat_to(articles: Sequence[Article], size: int) -> list[str]:
    """Article texts repeated in order until their UTF-8 size reaches `size` bytes."""
    texts: list[str] = []
    total = 0
    while total < size:
        text = with_date(articles[len(texts) % len(articles)])
        texts.append(text)
        total += len(text.encode("utf-8")) + 2
    return texts


def kib(texts: Sequence[str]) -> float:
    """The UTF-8 size of some texts in KiB."""
    return sum(len(t.encode("utf-8")) for t in texts) / 1024


# ---------------------------------------------------------------- varied documents for check


def vary_digits(text: str, rng: random.Random, share: float = 0.15) -> str:
    """Change about `share` of the digits that are not the last digit of a year-like number."""

    def swap(match: re.Match[str]) -> str:
        number = match.group()
        if len(number) == 4 and number.startswith(("19", "20")):
            return number  # keep years, so dates stay plausible
        digits = [rng.choice("123456789") if ch.isdigit() and rng.random() < share else ch for ch in number]
        return "".join(digits)

    return re.sub(r"\d+", swap, text)


def shuffle_sentences(text: str, rng: random.Random) -> str:
    """Shuffle the sentences inside each paragraph."""
    paragraphs = []
    for paragraph in text.split("\n"):
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", paragraph)
        rng.shuffle(sentences)
        paragraphs.append(" ".join(sentences))
    return "\n".join(paragraphs)


def vary_names(text: str, rng: random.Random) -> str:
    """Replace one surname (a capitalised word after a capitalised first name) with another, everywhere."""
    surnames = sorted(set(re.findall(r"\b[A-Z][a-z]+ ([A-Z][a-z]{3,})\b", text)))
    if not surnames:
        return text
    name = rng.choice(surnames)
    return re.sub(rf"\b{name}\b", rng.choice(NAME_POOL), text)


def varied_documents(count: int, seed: int = 7) -> list[Document]:
    """`count` documents made from the seeds and story documents, each changed a little and dated apart."""
    rng = random.Random(seed)
    bases = seed_articles() + story_articles()
    docs = []
    for i in range(count):
        base = bases[i % len(bases)]
        body = vary_names(shuffle_sentences(vary_digits(base.body, rng), rng), rng)
        published = base.published + timedelta(days=rng.randint(-3, 3) + i // len(bases))
        text = f"date {published.isoformat()}\n{body}"
        docs.append(Document(text, id=f"doc{i:05d}.txt"))
    return docs


# ---------------------------------------------------------------- timing


def timed(action: Callable[[], T]) -> tuple[float, T]:
    """Seconds one call takes, and its result."""
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def extract_all(texts: Sequence[str]) -> int:
    """Run claimcheck.extract over each text as its own document; the number of claims."""
    return sum(len(claimcheck.extract(Document(t, id=f"a{i}"))) for i, t in enumerate(texts))


def quantulum_all(texts: Sequence[str]) -> int:
    """Run quantulum3's parser over each text; the number of quantities."""
    from quantulum3 import parser  # type: ignore[import-untyped]

    return sum(len(parser.parse(t)) for t in texts)


def slice_to(texts: Sequence[str], size: int) -> list[str]:
    """The leading texts whose total UTF-8 size just reaches `size` bytes."""
    out, total = [], 0
    for text in texts:
        if total >= size:
            break
        out.append(text)
        total += len(text.encode("utf-8"))
    return out


def throughput(mb: float, q3_kb: int) -> None:
    """Print KB/s for claimcheck (whole corpus) and quantulum3 (a slice, extrapolated), and their ratio."""
    texts = repeat_to(seed_articles(), int(mb * 1024 * 1024))
    size = kib(texts)
    extract_all(texts[:3])  # warm up regex and unit caches
    seconds, claims = timed(lambda: extract_all(texts))
    cc_rate = size / seconds
    print(f"claimcheck.extract: {size:,.0f} KiB as {len(texts)} articles in {seconds:.2f} s = {cc_rate:,.0f} KB/s")
    print(f"  ({claims:,} claims)")
    whole = "\n\n".join(texts)
    seconds, found = timed(lambda: claimcheck.extract(Document(whole, id="corpus", published=PUBLISHED)))
    print(f"claimcheck.extract: same text as ONE document in {seconds:.2f} s = {size / seconds:,.0f} KB/s")
    print(f"  ({len(found):,} claims)")
    q3_rate = quantulum_rate(texts, q3_kb)
    if q3_rate is None:
        return
    print(f"ratio claimcheck / quantulum3: {cc_rate / q3_rate:,.1f}x")


def quantulum_rate(texts: Sequence[str], q3_kb: int) -> float | None:
    """quantulum3's KB/s on the first `q3_kb` KB of the corpus (it is too slow for the whole), or None."""
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        print("quantulum3 is not installed (pip install quantulum3): no comparison")
        return None
    warnings.filterwarnings("ignore", module="quantulum3")
    part = slice_to(texts, q3_kb * 1024)
    quantulum_all(part[:1])  # load its unit tables before timing
    seconds, count = timed(lambda: quantulum_all(part))
    rate = kib(part) / seconds
    print(
        f"quantulum3.parser.parse: {kib(part):,.0f} KiB slice as {len(part)} articles in {seconds:.2f} s = "
        f"{rate:,.1f} KB/s (measured on the slice only; a full pass would take ~{kib(texts) / rate:,.0f} s)"
    )
    print(f"  ({count:,} quantities)")
    return rate


# ---------------------------------------------------------------- pathological inputs


def pathological(size: int) -> dict[str, str]:
    """Inputs that can make regex-heavy extractors slow, each about `size` characters."""
    units = {
        "1,1,1,1,…": "1,",
        "digits 1234567890…": "1234567890",
        "per cent per cent …": "per cent ",
        "June June June …": "June ",
        "spaces and newlines": " \n  \n",
        "a-a-a-a…": "a-",
    }
    return {name: (unit * (size // len(unit) + 1))[:size] for name, unit in units.items()}


def _time_extract(text: str, conn: multiprocessing.connection.Connection) -> None:
    """Child process: time one extraction and send (seconds, claims or error)."""
    started = time.perf_counter()
    try:
        seconds, claims = timed(lambda: claimcheck.extract(Document(text, id="p", published=PUBLISHED)))
        conn.send((seconds, f"{len(claims):,} claims"))
    except claimcheck.InputError as exc:  # a refusal with a reason is an answer, timed like one
        conn.send((time.perf_counter() - started, f"refused: {str(exc)[:80]}"))
    except Exception as exc:  # report, do not hide: a crash on odd input is a finding
        conn.send((None, f"ERROR {type(exc).__name__}: {str(exc)[:80]}"))
    conn.close()


def time_in_child(text: str, limit: float) -> tuple[float | None, str]:
    """Time claimcheck.extract on `text` in a child process, giving up after `limit` seconds."""
    parent, child = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.get_context("fork").Process(target=_time_extract, args=(text, child))
    process.start()
    child.close()
    if parent.poll(limit):
        result: tuple[float | None, str] = parent.recv()
        process.join()
        return result
    process.kill()
    process.join()
    return None, f"TIMEOUT after {limit:.0f} s"


def pathological_timings(mb: float, limit: float) -> None:
    """Print seconds per pathological input, with a WARNING line for any over SLOW_SECONDS."""
    size = int(mb * 1024 * 1024)
    print(f"{'input':24} {'size':>9} {'seconds':>8}  result")
    for name, text in pathological(size).items():
        seconds, note = time_in_child(text, limit)
        shown = f"{seconds:8.2f}" if seconds is not None else f"{'-':>8}"
        print(f"{name:24} {len(text):9,} {shown}  {note}")
        if seconds is not None and seconds > SLOW_SECONDS:
            print(f"WARNING: {name!r} took {seconds:.1f} s (over {SLOW_SECONDS:g} s)")
        elif seconds is None:
            print(f"WARNING: {name!r}: {note}")


# ---------------------------------------------------------------- check scaling


def time_check(docs: list[Document]) -> tuple[float, Report]:
    """Seconds claimcheck.check takes on `docs`, and its report."""
    return timed(lambda: claimcheck.check(docs))


def growth(points: Sequence[tuple[int, float]]) -> float:
    """The exponent k in seconds ~ docs**k between the last two measurements (1.5 with fewer than two)."""
    if len(points) < 2 or min(points[-2][1], points[-1][1]) <= 0:
        return 1.5
    (n1, t1), (n2, t2) = points[-2], points[-1]
    return math.log(t2 / t1) / math.log(n2 / n1)


def check_scaling(sizes: Sequence[int], budget: float) -> None:
    """Print check() time per corpus size, and the growth exponent; sizes projected over `budget` are skipped."""
    print(f"{'docs':>6} {'claims':>8} {'findings':>8} {'copies':>7} {'seconds':>8} {'ms/doc':>8} {'growth':>7}")
    points: list[tuple[int, float]] = []
    for count in sizes:
        if points:
            projected = points[-1][1] * (count / points[-1][0]) ** max(1.0, growth(points))
            if projected > budget:
                print(f"{count:6} skipped: projected ~{projected:,.0f} s at the growth so far (budget {budget:.0f} s)")
                continue
        seconds, report = time_check(varied_documents(count))
        points.append((count, seconds))
        claims = report.coverage.claims_found
        findings = len(report.findings)
        copies = sum(1 for f in report.findings if f.rule == "syndicated-copy")
        exponent = f"n^{growth(points):.2f}" if len(points) > 1 else ""
        row = f"{count:6} {claims:8,} {findings:8,} {copies:7,} {seconds:8.2f} {1000 * seconds / count:8.1f}"
        print(f"{row} {exponent:>7}")
    print("growth: k in time ~ docs^k since the previous size (1.0 is linear); copies: syndicated-copy findings")
    print("(each base text recurs every ~55 documents with small edits, so large corpora are copy-heavy)")


# ---------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options; --quick scales everything down to about 20 seconds."""
    parser = argparse.ArgumentParser(description="Time claimcheck extraction and checking.")
    parser.add_argument("--mb", type=float, help="corpus size in MB for throughput (default 2, quick 0.3)")
    parser.add_argument("--q3-kb", type=int, help="quantulum3 slice in KB (default 150, quick 40)")
    parser.add_argument("--patho-mb", type=float, help="size of each pathological input (default 1, quick 0.25)")
    parser.add_argument("--docs", help="comma-separated corpus sizes for check (default 50,200,800,3200)")
    parser.add_argument("--budget", type=float, help="skip a check size projected over this many seconds")
    parser.add_argument("--limit", type=float, help="give up on a pathological input after this many seconds")
    parser.add_argument("--quick", action="store_true", help="a ~20-second run with smaller inputs")
    args = parser.parse_args(argv)
    quick = args.quick
    args.mb = args.mb or (0.2 if quick else 2.0)
    args.q3_kb = args.q3_kb or (30 if quick else 150)
    args.patho_mb = args.patho_mb or (0.1 if quick else 1.0)
    args.limit = args.limit or (3.0 if quick else 20.0)
    args.docs = [int(n) for n in (args.docs or ("50,200" if quick else "50,200,800,3200")).split(",")]
    args.budget = args.budget or (10.0 if quick else 60.0)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the three timing sections and print their figures."""
    args = parse_args(argv)
    started = time.perf_counter()
    print(f"== extraction throughput ({args.mb:g} MB corpus from {SEEDS.relative_to(ROOT)}/*.txt)")
    throughput(args.mb, args.q3_kb)
    print(f"\n== pathological inputs ({args.patho_mb:g} MB each; should be about a second or less)")
    pathological_timings(args.patho_mb, args.limit)
    print("\n== check() scaling (varied copies of the seeds and story documents)")
    check_scaling(args.docs, args.budget)
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
