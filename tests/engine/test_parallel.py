"""Every core: worker processes give the very report one process gives, in the same order."""

from __future__ import annotations

from pathlib import Path

from claimcheck import Claim, Document, check
from claimcheck.engine import extract_paths
from claimcheck.parallel import ordered_map

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _as_json(path: str, claim: Claim) -> str:
    return claim.model_dump_json()


def _square(n: int) -> int:
    return n * n


def test_ordered_map_keeps_input_order_across_workers():
    assert list(ordered_map(_square, range(100), jobs=2)) == [n * n for n in range(100)]
    assert list(ordered_map(_square, iter(range(5)), jobs=1)) == [0, 1, 4, 9, 16]


def test_two_jobs_give_the_report_one_job_gives():
    docs = [Document(p.read_text(encoding="utf-8"), id=p.name) for p in sorted(SEEDS.glob("*.txt"))]
    one, two = check(docs, jobs=1), check(docs, jobs=2)
    assert one.findings, "the seeds have findings, so the comparison means something"
    assert one.model_dump_json() == two.model_dump_json()


def test_streamed_extraction_matches_and_skips_with_a_reason(tmp_path):
    (tmp_path / "a.txt").write_text("date 2025-06-12\nExports rose 12% to $4.5 billion in May.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_text("Some 1,200 people were evacuated on Tuesday.", encoding="utf-8")
    paths = sorted(tmp_path.iterdir())
    serial, parallel = list(extract_paths(paths, _as_json, jobs=1)), list(extract_paths(paths, _as_json, jobs=2))
    assert [path for path, _ in serial] == [str(p) for p in paths]
    assert repr(serial) == repr(parallel)
    assert "binary" in serial[1][1].reason  # type: ignore[union-attr]


def test_a_dense_document_is_skipped_and_the_check_goes_on():
    dense = Document("date 2025-06-12\n" + "June " * 30_000, id="dense.txt")
    prose = Document("date 2025-06-12\nThe quake killed 144 people, officials said on Friday.", id="prose.txt")
    report = check([dense, prose])
    assert [s.path for s in report.coverage.skipped] == ["dense.txt"]
    assert "table" in report.coverage.skipped[0].reason
    assert report.coverage.documents == 1
