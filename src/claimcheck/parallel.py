"""One function over many items on every core, or on a Dask cluster, with results in input order.

Items go out in batches so that a short document does not cost a round trip of its own, and at most a
few batches per worker are in flight, so a stream of inputs is read as fast as it is used and memory
stays flat. With one job nothing is started: the function simply runs here.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, Protocol, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

BATCH = 16
IN_FLIGHT_PER_WORKER = 3


class DaskClient(Protocol):
    """The part of `dask.distributed.Client` claimcheck uses; Dask itself is imported only by its caller."""

    def map(self, func: Callable[..., Any], *iterables: Any, **kwargs: Any) -> list[Any]: ...


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def ordered_map(
    func: Callable[[Item], Result], items: Iterable[Item], jobs: int = 1, client: DaskClient | None = None
) -> Iterator[Result]:
    """`map(func, items)` spread over `jobs` worker processes or a Dask `client`, yielding in input order."""
    if client is not None:
        yield from _on_cluster(func, items, client)
    elif jobs <= 1:
        yield from map(func, items)
    else:
        yield from _on_workers(func, items, jobs)


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH)):
        yield batch


def _run_batch(func: Callable[[Item], Result], batch: list[Item]) -> list[Result]:
    return [func(item) for item in batch]


def _on_workers(func: Callable[[Item], Result], items: Iterable[Item], jobs: int) -> Iterator[Result]:
    # fork shares the compiled patterns and the pint registry with the workers instead of rebuilding them
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    window: deque[Future[list[Result]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for batch in _batches(items):
            window.append(pool.submit(_run_batch, func, batch))
            if len(window) >= jobs * IN_FLIGHT_PER_WORKER:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def _on_cluster(func: Callable[[Item], Result], items: Iterable[Item], client: DaskClient) -> Iterator[Result]:
    batches = list(_batches(items))
    futures = client.map(_run_batch, [func] * len(batches), batches, pure=False)
    for future in futures:
        yield from future.result()
