"""Live desk: hear about other people's changes within moments, without polling tables.

Triggers installed by :mod:`editor.store.postgres.security` send a small JSON notice on the
``redaksi_desk`` channel for every audit event (create, save, transition, comment, reply,
resolve, lock takeover, restore) and whenever an edit lock is taken or released. PostgreSQL
delivers a notice only when the transaction that made the change commits, so a listener
never hears about something that was rolled back.

:class:`DeskListener` keeps one dedicated connection on its own thread and calls a callback
for each notice. It is plain Python (the UI wraps it in ``editor.ui.live_desk``); callbacks
run on the listener's thread, so they must hand work over rather than touch widgets.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from editor.store.postgres.security import NOTIFY_CHANNEL

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DeskNotice:
    """One change on the desk. ``kind`` is the audit event kind ("transition", "save",
    "comment", ...), or "lock"/"unlock" for edit locks, or "resync" after the listener had to
    reconnect (notices may have been missed: refresh whatever is shown)."""

    source: str
    kind: str
    article_id: int | None
    user: str
    action: str = ""
    from_status: str | None = None
    to_status: str | None = None
    version: int | None = None
    at: datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_payload(cls, payload: str) -> DeskNotice:
        data = json.loads(payload)
        at = data.get("at")
        version = data.get("version")
        return cls(
            source=str(data.get("source", "")), kind=str(data.get("kind", "")),
            article_id=data.get("article_id"), user=str(data.get("user") or ""),
            action=str(data.get("action") or ""), from_status=data.get("from_status"),
            to_status=data.get("to_status"),
            version=int(version) if isinstance(version, int | str) and str(version).isdigit()
            else None,
            at=datetime.fromisoformat(at) if isinstance(at, str) else None, raw=data,
        )


def conninfo_from_url(url: str) -> str:
    """A libpq connection string from a SQLAlchemy URL (``postgresql+psycopg://...``)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(f"pemberitahuan langsung hanya ada di PostgreSQL, bukan {url!r}")
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


class DeskListener:
    """LISTEN on the desk channel from a background thread; call ``callback(notice)``.

    ``ignore_user`` drops notices caused by that login (the app's own changes, which it
    already shows). The connection is re-established after a failure, followed by one
    "resync" notice. Use :meth:`start`/:meth:`stop` or a ``with`` block.
    """

    def __init__(self, url: str, callback: Callable[[DeskNotice], None], *,
                 ignore_user: str | None = None, channel: str = NOTIFY_CHANNEL,
                 poll_interval: float = 0.5, reconnect_delay: float = 2.0,
                 on_error: Callable[[Exception], None] | None = None) -> None:
        self._conninfo = conninfo_from_url(url)
        self._callback = callback
        self._ignore_user = ignore_user
        self._channel = channel
        self._poll_interval = poll_interval
        self._reconnect_delay = reconnect_delay
        self._on_error = on_error
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> DeskListener:
        if self._thread is not None and self._thread.is_alive():
            return self
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="redaksi-desk-listener",
                                        daemon=True)
        self._thread.start()
        return self

    def wait_ready(self, timeout: float = 5.0) -> bool:
        """True once LISTEN is active (notices committed after this are delivered)."""
        return self._ready.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._ready.clear()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> DeskListener:
        self.start()
        self.wait_ready()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- the thread ------------------------------------------------------------------------
    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True,
                                     application_name="redaksi-desk") as conn:
                    conn.execute(f'LISTEN "{self._channel}"')
                    self._ready.set()
                    if not first:
                        self._deliver(DeskNotice(source="listener", kind="resync",
                                                 article_id=None, user=""))
                    first = False
                    while not self._stop.is_set():
                        # One at a time: the connection is free again to check the notice
                        # against the database before it is delivered.
                        for notify in list(conn.notifies(timeout=self._poll_interval,
                                                         stop_after=1)):
                            self._handle(notify.payload, conn)
            except psycopg.Error as exc:
                self._ready.clear()
                self._report(exc)
                self._stop.wait(self._reconnect_delay)

    def _handle(self, payload: str, conn: psycopg.Connection | None = None) -> None:
        try:
            claimed = DeskNotice.from_payload(payload)
        except (ValueError, TypeError) as exc:
            self._report(ValueError(f"pemberitahuan tidak terbaca: {payload[:200]!r} ({exc})"))
            return
        notice = verified(conn, claimed) if conn is not None else claimed
        if notice is None:
            self._report(ValueError(f"pemberitahuan tanpa dasar diabaikan: {payload[:200]!r}"))
            return
        if self._ignore_user and notice.user == self._ignore_user:
            return
        self._deliver(notice)

    def _deliver(self, notice: DeskNotice) -> None:
        try:
            self._callback(notice)
        except Exception as exc:  # a faulty callback must not kill the desk
            self._report(exc)

    def _report(self, exc: Exception) -> None:
        if self._on_error is not None:
            try:
                self._on_error(exc)
                return
            except Exception:  # noqa: BLE001 - fall back to the log
                pass
        log.warning("desk listener: %s", exc)


def verified(conn: psycopg.Connection, claimed: DeskNotice) -> DeskNotice | None:
    """The notice as the database tells it, or None when nothing backs the claim.

    Any login may ``NOTIFY redaksi_desk`` with any text, so a payload is only a hint of where
    to look: an event notice is rebuilt from its ``article_events`` row (which only the
    database's own functions write), a lock notice from ``article_locks``.
    """
    data = claimed.raw
    try:
        if claimed.source == "event":
            event_id = data.get("id")
            if not isinstance(event_id, int):
                return None
            row = conn.execute(
                "SELECT id, article_id, kind, action, from_status, to_status, user_name, "
                "detail::jsonb -> 'version', created_at FROM article_events WHERE id = %s",
                (event_id,)).fetchone()
            if row is None:
                return None
            raw = {"source": "event", "id": row[0], "article_id": row[1], "kind": row[2],
                   "action": row[3], "from_status": row[4], "to_status": row[5],
                   "user": row[6], "version": row[7], "at": row[8].isoformat()}
            return DeskNotice.from_payload(json.dumps(raw))
        if claimed.source == "lock" and isinstance(claimed.article_id, int):
            row = conn.execute("SELECT holder, acquired_at FROM article_locks "
                               "WHERE article_id = %s", (claimed.article_id,)).fetchone()
            if claimed.kind == "lock" and row is not None and row[0] == claimed.user:
                at = row[1].isoformat()
            elif claimed.kind == "unlock" and (row is None or row[0] != claimed.user):
                at = None
            else:
                return None
            raw = {"source": "lock", "kind": claimed.kind, "article_id": claimed.article_id,
                   "user": claimed.user, "at": at}
            return DeskNotice.from_payload(json.dumps(raw))
    except (ValueError, TypeError, AttributeError):
        return None
    return None
