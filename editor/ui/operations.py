"""The one way the UI runs work off its thread, and the one signal for "something changed".

In the spirit of Anki's ``CollectionOp``/``QueryOp``: :func:`run_op` runs a plain callable on
the global ``QThreadPool`` and delivers its result (or its failure, or its progress) back on
the UI thread —

- **bound to the widget that asked** (``parent``): once that widget is destroyed nothing is
  delivered, so a late result never touches a deleted ``QListWidget``;
- **latest result wins** with ``key``: a newer op under the same key on the same widget makes
  the older one's result stale (dropped, and skipped entirely if it had not started yet);
- **failures are shown**: without ``on_error`` a translated failure dialog opens (non-modal,
  the technical detail folded away, the traceback in the log file); ``log_failure`` is for
  background chores whose failure must not interrupt the user;
- **progress**: with ``on_progress`` the work receives a ``report(*args)`` callable whose
  calls reach ``on_progress(*args)`` on the UI thread;
- **a count of running ops** (:func:`running_ops`, :func:`wait_for_ops`) for a clean quit.

:class:`ChangeHub` carries :class:`editor.ops.Changes`: an op whose result has a ``changes``
attribute publishes it (after ``on_done``); the PostgreSQL desk notices and the SQLite queue
watcher publish theirs, so widgets subscribe once instead of being refreshed by hand.
"""

from __future__ import annotations

import inspect
import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.ops.changes import Changes

log = logging.getLogger("redaksi.ui")

OnError = Callable[[Exception], None]
_serials = itertools.count(1)
_live: set[Op] = set()                       # ops not yet delivered (keeps them alive)
_latest: dict[tuple[int, str], int] = {}     # (id(parent), key) -> newest serial
_bound: set[int] = set()                     # parents whose destruction we watch
_running = 0
_running_lock = threading.Lock()
_orphan_boxes: list[QMessageBox] = []


def running_ops() -> int:
    """How many ops are running or queued right now."""
    return _running


def wait_for_ops(timeout_ms: int = 10_000) -> bool:
    """Let running ops finish (a save in flight must reach the database before exit)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the call to the UI thread."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)   # the args the work passed to report(...)


class _Runner(QRunnable):
    """The worker side of an op. Not auto-deleted: Python keeps every runner (``_runners``)
    until a second after its ``run`` returned, so neither Qt nor the garbage collector can
    free it while a pool thread is still inside it."""

    def __init__(self, op: Op) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.op: Op | None = op
        self.finished_at = 0.0

    def run(self) -> None:
        global _running
        op = self.op
        try:
            if op is None:
                return
            if op.stale:
                op.relay.failed.emit(_Skipped())
                return
            try:
                if op.on_progress is not None:
                    result = op.work(lambda *args: op.relay.progress.emit(args))
                else:
                    result = op.work()
            except Exception as exc:  # reported on the UI thread, which decides how to show it
                exc.__redaksi_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
                op.relay.failed.emit(exc)
            else:
                op.relay.done.emit(result)
        except RuntimeError:
            pass  # the relay went away (application shutting down): nobody to tell
        finally:
            with _running_lock:
                _running -= 1
            self.finished_at = time.monotonic()


_runners: set[_Runner] = set()


def _prune_runners() -> None:
    now = time.monotonic()
    for runner in [r for r in _runners if r.finished_at and now - r.finished_at > 1.0]:
        runner.op = None
        _runners.discard(runner)


class _Skipped(Exception):
    """An op overtaken before it started: never run, never reported."""


class Op:
    """One unit of background work; created and started by :func:`run_op`."""

    def __init__(self, parent: QObject, work: Callable[..., Any],
                 on_done: Callable[[Any], None] | None, on_error: OnError | None,
                 key: str | None, on_progress: Callable[..., None] | None,
                 hub: ChangeHub | None) -> None:
        self.parent = parent
        self.work = work
        self.on_done = on_done
        self.on_error = on_error
        self.key = key
        self.on_progress = on_progress
        self.hub = hub
        self.serial = next(_serials)
        # Owned by the application object (UI thread), never by Python alone: whichever thread
        # drops the last reference to the op, the relay is deleted on the UI thread, after its
        # queued deliveries (deleteLater in _finish).
        self.relay = _Relay(QCoreApplication.instance())
        self.relay.done.connect(self._deliver)
        self.relay.failed.connect(self._fail)
        if on_progress is not None:
            self.relay.progress.connect(self._progress)

    @property
    def stale(self) -> bool:
        """Overtaken by a newer op under the same key, or its widget is gone."""
        if self.key is not None and _latest.get((id(self.parent), self.key)) != self.serial:
            return True
        return not _alive(self.parent)

    def _finish(self) -> bool:
        """Forget the op; True when its outcome should still be delivered."""
        _live.discard(self)
        self.relay.deleteLater()
        return not self.stale

    def _deliver(self, result: Any) -> None:
        if not self._finish():
            return
        if self.on_done is not None:
            self.on_done(result)
        changes = getattr(result, "changes", None)
        if self.hub is not None and isinstance(changes, Changes):
            self.hub.publish(changes)

    def _fail(self, exc: Exception) -> None:
        if not self._finish() or isinstance(exc, _Skipped):
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            show_failure(self.parent, exc)

    def _progress(self, args: tuple[Any, ...]) -> None:
        if self.on_progress is not None and not self.stale:
            self.on_progress(*args)


def _watch(parent: QObject) -> None:
    """Forget a parent's latest-wins keys once it is destroyed."""
    ident = id(parent)
    if ident in _bound:
        return
    _bound.add(ident)

    def forget(*_args: Any) -> None:
        _bound.discard(ident)
        for k in [k for k in _latest if k[0] == ident]:
            del _latest[k]

    parent.destroyed.connect(forget)


def run_op(parent: QObject, work: Callable[..., Any],
           on_done: Callable[[Any], None] | None = None, on_error: OnError | None = None, *,
           key: str | None = None, on_progress: Callable[..., None] | None = None,
           hub: ChangeHub | None = None) -> Op:
    """Run ``work()`` (``work(report)`` with ``on_progress``) in the thread pool, bound to
    ``parent``; deliver ``on_done(result)`` / ``on_error(exc)`` on the UI thread.

    ``key``: latest result wins among this parent's ops with the same key. ``hub``: publish
    ``result.changes`` there after ``on_done``.
    """
    global _running
    if on_progress is not None and not inspect.signature(work).parameters:
        raise TypeError("run_op(on_progress=...) needs work(report)")
    op = Op(parent, work, on_done, on_error, key, on_progress, hub)
    if key is not None:
        _watch(parent)
        _latest[(id(parent), key)] = op.serial
    _live.add(op)
    with _running_lock:
        _running += 1
    _prune_runners()
    runner = _Runner(op)
    _runners.add(runner)
    QThreadPool.globalInstance().start(runner)
    return op


def supersede(parent: QObject, key: str) -> None:
    """Make every op of ``parent`` under ``key`` stale (e.g. the query field was cleared)."""
    _watch(parent)
    _latest[(id(parent), key)] = next(_serials)


def log_failure(exc: Exception) -> None:
    """For background chores (lock release, journal clean-up, completions): log, go on."""
    log.warning("background operation failed: %s\n%s", exc,
                getattr(exc, "__redaksi_traceback__", ""))


def show_failure(parent: QObject | None, exc: Exception, title: str = "") -> None:
    """The default failure report: a non-modal message box in the UI's language."""
    from editor.ui.messages import message_for

    log.error("operation failed: %s\n%s", exc, getattr(exc, "__redaksi_traceback__", ""))
    widget = parent if isinstance(parent, QWidget) else None
    if widget is not None and not _alive(widget):
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title or "Redaksi", message_for(exc),
                      QMessageBox.StandardButton.Ok, widget.window() if widget else None)
    box.setObjectName("operationFailedBox")
    detail = getattr(exc, "__redaksi_traceback__", "") or str(exc)
    box.setDetailedText(detail)
    if widget is None:  # a top-level box needs a reference until it is closed
        _orphan_boxes.append(box)
        box.finished.connect(lambda _r: _orphan_boxes.remove(box))
    box.open()


class ChangeHub(QObject):
    """Broadcasts :class:`~editor.ops.Changes`: from this window's own ops (``local``), from
    the PostgreSQL desk notices and from the SQLite queue watcher (``local=False``)."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def subscribe(self, receiver: QObject, slot: Callable[[Changes], None]) -> None:
        """Call ``slot(changes)`` for every change while ``receiver`` lives."""

        def deliver(changes: Changes) -> None:
            if _alive(receiver):
                slot(changes)

        self.changed.connect(deliver)
        receiver.destroyed.connect(lambda *_a: _disconnect(self, deliver))


def _disconnect(hub: ChangeHub, fn: Callable[[Changes], None]) -> None:
    if _alive(hub):
        try:
            hub.changed.disconnect(fn)
        except (RuntimeError, TypeError):
            pass
