"""Telling a person when something lands in their queue.

The watcher does not poll: the window's :class:`~editor.ui.operations.ChangeHub` is the one
change notification (fed by the desk notices on PostgreSQL and by the change poller on
SQLite, :mod:`editor.ui.change_poller`), and the desk calls :meth:`QueueWatcher.check_now`
when it reports a change by someone else that can move stories between queues. A check reads
the ids in the person's watched queue (in a worker); ids new since the last look raise
``arrived``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from editor.domain.queues import queue_for_notice
from editor.domain.workflow import Role
from editor.ops import queries
from editor.store import Store
from editor.ui.operations import run_op


class QueueWatcher(QObject):
    arrived = Signal(str, list)  # queue label, [headlines]

    def __init__(self, store: Store, user: str, role: Role,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.queue, self.filters = queue_for_notice(role, user)
        self._known: set[int] | None = None
        self._busy = False
        self._again = False

    @property
    def ready(self) -> bool:
        """True once the first look is done (later arrivals are told)."""
        return self._known is not None

    def start(self) -> None:
        """The first look: what is in the queue now is not news."""
        self.check_now()

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
