"""A progress bar on stderr for runs that take a while on a terminal; silent when piped or quick."""

from __future__ import annotations

import sys
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

DELAY_SECONDS = 1.0


class RunProgress:
    """The run's clock, and a bar shown only once the run has lasted DELAY_SECONDS, only when stderr is a terminal.

    rich draws from its own thread, so a stage that blocks (the comparison) still shows its spinner and time."""

    def __init__(self, enabled: bool | None = None, delay: float = DELAY_SECONDS) -> None:
        self.started = time.perf_counter()
        self._delay = delay
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._open = False
        if sys.stderr.isatty() if enabled is None else enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            columns = (
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
            )
            self._bar = Progress(*columns, console=Console(file=sys.stderr), transient=True)

    def elapsed(self) -> float:
        """Seconds since the run began."""
        return time.perf_counter() - self.started

    def stage(self, description: str, total: int | None = None) -> RunProgress:
        """A stage to run inside `with`: a bar of `total` steps, or a spinner when its length is unknown."""
        if self._bar is not None:
            self._task = self._bar.add_task(description, total=total)
            self._timer = threading.Timer(max(0.0, self._delay - self.elapsed()), self._show)
            self._timer.daemon = True
        return self

    def done(self, steps: int, total: int) -> None:
        """`steps` of the current stage's `total` are done (the total may grow, as a draft joins its sources)."""
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=steps, total=total)

    def __enter__(self) -> RunProgress:
        self._open = True
        if self._timer is not None:
            self._timer.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._open = False
            if self._bar is not None:
                self._bar.stop()

    def _show(self) -> None:
        with self._lock:
            if self._bar is not None and self._open:
                self._bar.start()
