"""Live desk in the app: newsroom notices (LISTEN/NOTIFY) as a Qt signal.

:class:`~editor.store.postgres.notifications.DeskListener` runs on its own thread; emitting a
signal from there is queued by Qt to the receiver's (GUI) thread, so slots connected to
``notice`` may touch widgets. :func:`editor.ui.change_poller.feed_hub` connects ``notice`` to
the window's ChangeHub, the one change notification every widget follows. On SQLite there is
nothing to listen to: :func:`live_desk_for` returns None and the change poller feeds the hub.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from editor.ops import session as session_ops
from editor.store import Store


class LiveDesk(QObject):
    """Re-emits desk notices on the GUI thread. ``notice(DeskNotice)``; ``failed(str)`` when
    the listener lost its connection (it reconnects by itself and then sends "resync")."""

    notice = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, login: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = session_ops.desk_listener(
            store, self.notice.emit, ignore_user=login,
            on_error=lambda exc: self.failed.emit(str(exc)))

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> None:
        self._listener.stop()

    @property
    def running(self) -> bool:
        return self._listener.running


def live_desk_for(store: Store, parent: QObject | None = None) -> LiveDesk | None:
    """A LiveDesk for a PostgreSQL store (ignoring the app's own changes), else None."""
    if not session_ops.is_newsroom(store):
        return None
    return LiveDesk(store, session_ops.current_login(store), parent)
