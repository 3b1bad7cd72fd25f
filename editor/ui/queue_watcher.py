"""Telling a person when something lands in their queue.

Every few seconds (in a worker) the ids in the person's watched queue are read; new ids since
the last look raise ``arrived``. Cheap on SQLite (an indexed status filter); in newsroom mode
LISTEN/NOTIFY can call ``check_now`` instead of waiting for the timer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from editor.domain.queues import queue_for_notice
from editor.domain.workflow import Role
from editor.ops import queries
from editor.store import Store
from editor.ui.operations import run_op

POLL_MS = 5_000


class QueueWatcher(QObject):
    arrived = Signal(str, list)  # queue label, [headlines]

    def __init__(self, store: Store, user: str, role: Role, parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.store = store
        self.queue, self.filters = queue_for_notice(role, user)
        self._known: set[int] | None = None
        self._busy = False
        self._again = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.check_now()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check_now(self) -> None:
        if self._busy:
            self._again = True  # a change arrived mid-query: look once more afterwards
            return
        self._busy = True
        self._again = False
        store, filters = self.store, self.filters
        run_op(self, lambda: queries.list_articles(store, limit=500, **filters), self._compare,
                      lambda _exc: self._finished())

    def _finished(self) -> None:
        self._busy = False
        if self._again:
            self.check_now()

    def _compare(self, rows: list) -> None:
        ids = {r.id for r in rows}
        if self._known is not None:
            new = [r.headline for r in rows if r.id not in self._known]
            if new:
                self.arrived.emit(self.queue.label, new)
        self._known = ids
        self._finished()
