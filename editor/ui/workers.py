"""Running slow work off the UI thread.

A :class:`Task` wraps a plain callable; it runs on the global QThreadPool and reports back by
signal, which Qt delivers on the UI thread. Callers keep a reference to the returned task's
signals only as long as they care; a ``generation`` counter lets views drop stale results
(a list refresh overtaken by a newer one).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            try:
                result = self.fn()
            except Exception as exc:  # reported to the UI, which decides how to show it
                exc.__redaksi_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
                self.signals.failed.emit(exc)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            pass  # the receiver went away (application shutting down): nobody to tell


_live: set[TaskSignals] = set()


def run_in_worker(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    owner: QObject | None = None,
) -> TaskSignals:
    """Run ``fn`` in the thread pool; call ``on_done(result)`` or ``on_error(exc)`` on the UI
    thread. Returns the task's signals (keeps them alive until the task reports).

    With ``owner`` (a widget), the report is dropped if the owner was deleted meanwhile: the
    signals object becomes the owner's child and dies with it."""
    task = Task(fn)
    signals = task.signals
    if owner is not None:
        signals.setParent(owner)
    _live.add(signals)

    def finish(result: Any) -> None:
        _live.discard(signals)
        if on_done:
            on_done(result)

    def fail(exc: Exception) -> None:
        _live.discard(signals)
        if on_error:
            on_error(exc)

    signals.finished.connect(finish)
    signals.failed.connect(fail)
    QThreadPool.globalInstance().start(task)
    return signals


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """Let running tasks finish (a save in flight must reach the database before exit)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
