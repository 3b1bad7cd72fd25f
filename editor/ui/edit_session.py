"""Holding the edit lock of the open article: acquire on open, heartbeat, release on leave.

When someone else holds the lock the article opens read-only with "sedang disunting oleh …
sejak …"; an editor may take it over. Heartbeats tell us if we lost the lock (taken over), in
which case the form turns read-only before the user types into a save that would be refused.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from editor.house import house_time
from editor.ops import locks
from editor.store import ArticleLocked, Lock, Store
from editor.ui.operations import log_failure, run_op

HEARTBEAT_MS = 30_000


class EditSession(QObject):
    # (read_only, message): message explains who holds the lock, empty when it is ours
    lock_state_changed = Signal(bool, str)

    def __init__(self, store: Store, user: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self.article_id: int | None = None
        self.read_only = False
        self.holder: str = ""
        self._timer = QTimer(self, interval=HEARTBEAT_MS)
        self._timer.timeout.connect(self._heartbeat)

    def open(self, article_id: int | None) -> None:
        """Leave the previous article (releasing its lock) and try to lock ``article_id``."""
        self.leave()
        self.article_id = article_id
        if article_id is None:
            self._set_state(False, "")
            return
        store, user = self.store, self.user
        run_op(self, lambda: locks.acquire_lock(store, article_id, user),
                      lambda lock: self._acquired(article_id, lock),
                      lambda exc: self._refused(article_id, exc))

    def take_over(self) -> None:
        article_id = self.article_id
        if article_id is None:
            return
        store, user = self.store, self.user
        run_op(self, lambda: locks.take_over_lock(store, article_id, user),
                      lambda lock: self._acquired(article_id, lock),
                      lambda exc: self._set_state(True, str(exc)))

    def leave(self, *, wait: bool = False) -> None:
        """Release our lock on the article we are leaving. In a worker (another writer may
        keep SQLite busy for seconds); ``wait=True`` at exit, so it lands before we quit."""
        self._timer.stop()
        if self.article_id is not None and not self.read_only:
            article_id, store, user = self.article_id, self.store, self.user
            if wait:
                try:
                    locks.release_lock(store, article_id, user)
                except Exception:
                    pass  # an expired lock is as good as a released one
            else:
                run_op(self, lambda: locks.release_lock(store, article_id, user), None,
                       log_failure)
        self.article_id = None

    def _acquired(self, article_id: int, lock: Lock) -> None:
        if article_id != self.article_id:
            store, user = self.store, self.user  # the user moved on meanwhile
            run_op(self, lambda: locks.release_lock(store, article_id, user), None, log_failure)
            return
        self.holder = lock.holder
        self._timer.start()
        self._set_state(False, "")

    def _refused(self, article_id: int, exc: Exception) -> None:
        if article_id != self.article_id:
            return
        if isinstance(exc, ArticleLocked):
            self.holder = exc.holder
            since = house_time(exc.since).strftime("%d/%m/%Y %H:%M")
            self._set_state(True, self.tr("Sedang disunting oleh %1 sejak %2")
                            .replace("%1", exc.holder).replace("%2", since))
        else:
            self._set_state(False, str(exc))

    def _heartbeat(self) -> None:
        article_id = self.article_id
        if article_id is None:
            return
        store, user = self.store, self.user

        def beat() -> tuple[bool, str]:
            return locks.heartbeat_lock(store, article_id, user)

        def done(outcome: tuple[bool, str]) -> None:
            still_ours, who = outcome
            if not still_ours and article_id == self.article_id:
                self._timer.stop()
                self._set_state(True, self.tr("Naskah diambil alih oleh %1").replace("%1", who))

        run_op(self, beat, done, log_failure)

    def _set_state(self, read_only: bool, message: str) -> None:
        self.read_only = read_only
        self.lock_state_changed.emit(read_only, message)
