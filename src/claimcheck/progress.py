"""A progress bar on stderr for runs that take a while on a terminal; silent when piped or quick."""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

DELAY_SECONDS = 1.0


class RunProgress:
    """Shown only if the run is still going after DELAY_SECONDS, and only when stderr is a terminal.

    rich draws from its own thread, so a stage that blocks (the comparison) still shows its spinner and time."""

    def __init__(self, enabled: bool | None = None, delay: float = DELAY_SECONDS) -> None:
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._lock = threading.Lock()
        self._closed = False
        if enabled is None:
            enabled = sys.stderr.isatty()
        if enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
            console = Console(file=sys.stderr)
            self._bar = Progress(*columns, TimeElapsedColumn(), console=console, transient=True)
        self._timer = threading.Timer(delay, self._show)
        self._timer.daemon = True

    def __enter__(self) -> RunProgress:
        if self._bar is not None:
            self._timer.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._timer.cancel()
        with self._lock:
            self._closed = True
            if self._bar is not None:
                self._bar.stop()

    def _show(self) -> None:
        with self._lock:
            if self._bar is not None and not self._closed:
                self._bar.start()

    def stage(self, description: str, total: int | None = None) -> None:
        """Begin a stage: a bar of `total` steps, or a spinner when its length is unknown."""
        if self._bar is None:
            return
        if self._task is not None:
            self._bar.update(self._task, visible=False)
        self._task = self._bar.add_task(description, total=total)

    def advance(self) -> None:
        """One step of the current stage done."""
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task)
