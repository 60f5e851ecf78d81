"""A Dask cluster runs the same per-document stages and gives the very report the local run gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimcheck import Document, check

distributed = pytest.importorskip("distributed")

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _corpus(size: int) -> list[Document]:
    """Seed articles with their figures and names varied, so the corpus has copies, conflicts and noise."""
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    docs = []
    for index in range(size):
        text = texts[index % len(texts)]
        for old in ("92", "June 5", "1,500"):
            if rng.random() < 0.3:
                text = text.replace(old, {"92": "91", "June 5": "June 6", "1,500": "1,700"}[old], 1)
        docs.append(Document(text, id=f"{index:04d}.txt"))
    return docs


@pytest.mark.filterwarnings("ignore")
def test_a_local_cluster_gives_the_local_report():
    docs = _corpus(200)
    local = check(docs, jobs=1)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        remote = check(docs, client=client)
    assert local.findings
    assert local.model_dump_json() == remote.model_dump_json()
