"""Writing and reading the audit trail (one table for every kind of event)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Engine, Table, insert, select
from sqlalchemy.orm import Session, sessionmaker

from editor.domain.dateline import utc_now
from editor.store.models import EventRow

EVENTS = cast(Table, EventRow.__table__)


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    article_id: int | None
    kind: str
    action: str
    from_status: str | None
    to_status: str | None
    user: str
    note: str
    detail: dict[str, Any]
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "event", "id": self.id, "article_id": self.article_id, "kind": self.kind,
            "action": self.action, "from": self.from_status, "to": self.to_status,
            "user": self.user, "note": self.note, "detail": self.detail,
            "at": self.created_at.isoformat(),
        }


def record_event(session: Session, *, article_id: int | None, kind: str, user: str,
                 action: str = "", from_status: str | None = None,
                 to_status: str | None = None, note: str = "",
                 detail: dict[str, Any] | None = None, at: datetime | None = None) -> None:
    """Add an event inside the caller's transaction, so it lands with the change it describes."""
    session.execute(insert(EVENTS), {
        "article_id": article_id, "kind": kind, "action": action, "from_status": from_status,
        "to_status": to_status, "user_name": user, "note": note, "detail": detail or {},
        "created_at": at or utc_now(),
    })


class EventLog:
    """Reading the audit trail: of one article, or of the whole desk with filters."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine)

    def query(self, *, article_id: int | None = None, kind: str | None = None,
              user: str | None = None, since: datetime | None = None,
              limit: int | None = 500) -> list[Event]:
        """Events oldest first, filtered by any of article, kind, user and time."""
        q = select(EventRow)
        if article_id is not None:
            q = q.where(EventRow.article_id == article_id)
        if kind:
            q = q.where(EventRow.kind == kind)
        if user:
            q = q.where(EventRow.user_name == user)
        if since is not None:
            q = q.where(EventRow.created_at >= since)
        q = q.order_by(EventRow.created_at.desc(), EventRow.id.desc())
        if limit is not None:
            q = q.limit(limit)
        with self._sessions() as session:
            rows = list(session.scalars(q))
        return [_to_event(r) for r in reversed(rows)]


@dataclass(frozen=True, slots=True)
class TrailEntry:
    """One line of the audit trail as shown: an event, or a run of autosaves folded into it
    (``event`` is the last of the run, ``count`` how many, ``first_at`` when it began)."""

    event: Event
    count: int = 1
    first_at: datetime | None = None


def coalesce_autosaves(events: list[Event]) -> list[TrailEntry]:
    """Fold each run of autosaves by one person on one article — with nothing else happening
    to that article in between — into one entry, as the revisions are folded. The events
    themselves stay in the table untouched: the trail is append-only (in newsroom mode the
    database allows no UPDATE on it)."""
    entries: list[TrailEntry] = []
    open_run: dict[int | None, int] = {}   # article id -> index of its current autosave run
    for event in events:
        run = open_run.get(event.article_id)
        if event.kind == "autosave" and run is not None and \
                entries[run].event.user == event.user:
            first = entries[run]
            entries[run] = TrailEntry(event, first.count + 1,
                                      first.first_at or first.event.created_at)
            continue
        if event.kind == "autosave":
            open_run[event.article_id] = len(entries)
        else:
            open_run.pop(event.article_id, None)
        entries.append(TrailEntry(event, 1, event.created_at))
    return entries


def _to_event(row: EventRow) -> Event:
    return Event(row.id, row.article_id, row.kind, row.action, row.from_status, row.to_status,
                 row.user_name, row.note, row.detail or {}, row.created_at)
