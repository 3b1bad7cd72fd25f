"""The one way a window hears about other people's changes: a feed into its ChangeHub.

There is one :class:`~editor.ui.operations.ChangeHub` per window, and every "something
changed" reaches the widgets through it (like Anki's one change notification). Changes made
elsewhere enter it here, once per window:

- **PostgreSQL**: the desk notices (LISTEN/NOTIFY, :mod:`editor.ui.live_desk`), no polling;
- **SQLite**: :class:`ChangePoller` reads the desk's change stamp and the audit events since
  its last look (:func:`editor.store.change_feed.read_desk_changes`) every few seconds and
  publishes what others did, as the notices would.

The poll runs in the thread pool through :func:`run_op` (never on the UI thread) and only
reads. The window's own work is already on the hub (its ops publish their ``changes``), so
the poller drops events made under the window's own name — the PostgreSQL listener does the
same with the login — and this window's saves never cause a second reload.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from editor.ops import Change, Changes, changes_from_notice, queries
from editor.store import DeskChanges, DeskStamp, Store
from editor.ui.live_desk import LiveDesk, live_desk_for
from editor.ui.operations import ChangeHub, log_failure, run_op

POLL_MS = 5_000


def foreign_changes(user: str, before: DeskStamp, look: DeskChanges) -> Changes:
    """What others changed between two looks, as one :class:`Changes` (``local=False``)."""
    changes = Changes.none()
    for event in look.events:
        if event.user != user:
            changes = changes.merged(changes_from_notice(event.kind, event.article_id))
    if look.rewound:  # a deletion took the newest events with it: extent unknown
        changes = changes.merged(Changes.of(Change.RESYNC, local=False, origin="poll"))
    elif not look.events and look.stamp.articles != before.articles:
        # Moved with no event to explain it (an import's new articles, a deletion whose
        # event reused a seen id): the lists read again.
        kind = Change.DELETED if look.stamp.articles[0] < before.articles[0] else Change.CREATED
        changes = changes.merged(Changes.of(kind, local=False, origin="poll"))
    moved = {a for a, holder in before.locks ^ look.stamp.locks if holder != user}
    if moved:
        changes = changes.merged(Changes.of(Change.LOCKS, ids=moved, local=False,
                                            origin="poll:locks"))
    return changes


class ChangePoller(QObject):
    """SQLite: every ``interval_ms``, one off-thread look at the change stamp; what others
    changed goes to the hub. ``looked`` is emitted after each look (tests wait on it)."""

    looked = Signal()

    def __init__(self, store: Store, hub: ChangeHub, user: str, parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.store, self.hub, self.user = store, hub, user
        self.stamp: DeskStamp | None = None
        self.busy = False
        self._again = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.check_now()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def check_now(self) -> None:
        """Look now (or right after the look in flight)."""
        if self.busy:
            self._again = True
            return
        self.busy, self._again = True, False
        store, after = self.store, self.stamp.last_event if self.stamp else None
        run_op(self, lambda: queries.desk_changes(store, after), self._looked, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        log_failure(exc)  # a locked or vanished file: try again at the next tick

    def _looked(self, look: DeskChanges) -> None:
        self.busy = False
        before, self.stamp = self.stamp, look.stamp
        if before is not None:
            changes = foreign_changes(self.user, before, look)
            if changes:
                self.hub.publish(changes)
        self.looked.emit()
        if look.more or self._again:
            self.check_now()


def feed_hub(store: Store, hub: ChangeHub, user: str,
             parent: QObject) -> tuple[LiveDesk | None, ChangePoller | None]:
    """Connect the window's hub to changes made elsewhere: desk notices on PostgreSQL, the
    change poller on SQLite. Exactly one of the two is returned (the other is None)."""
    live = live_desk_for(store, parent)
    if live is not None:
        live.notice.connect(lambda n: hub.publish(changes_from_notice(n.kind, n.article_id)))
        return live, None
    return None, ChangePoller(store, hub, user, parent)
