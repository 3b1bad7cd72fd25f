"""What changed on the desk since the last look: the one change stamp a window polls.

PostgreSQL tells a window about other people's work (LISTEN/NOTIFY, built from the audit
events); SQLite cannot, so the app reads this feed every few seconds instead. One look is
two small reads and never a write:

- a **stamp** in one statement (one snapshot): the highest audit-event id and the articles'
  count, newest save and highest id;
- the **audit events** after the last one seen, up to that stamp's event id (the same rows
  the PostgreSQL notices are made from): who did what to which article;
- the **live edit locks** (article, holder): taken, released, taken over, or expired.

The articles part of the stamp catches the changes that leave no event to read: an archive
import's new articles, and a deletion on SQLite, where the article's events go with it and
the id of the "delete" event itself can be one already seen (SQLite reuses the highest
rowid once it is gone; the look then says ``rewound``). The reads use the primary keys and the small locks table,
so a look costs a millisecond or two even on a 25,000-article archive; the UI still runs it
off its thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Engine, Table, func, select

from editor.domain.dateline import utc_now
from editor.store.locks import Lock
from editor.store.models import ArticleRow, EventRow, LockRow

ARTICLES = cast(Table, ArticleRow.__table__)
EVENTS = cast(Table, EventRow.__table__)
LOCKS = cast(Table, LockRow.__table__)

#: Events read per look; more (a large import) are read by the next look straight away.
MAX_EVENTS = 500


@dataclass(frozen=True, slots=True)
class FeedEvent:
    """One audit event as the poller needs it: what, on which article, by whom."""

    id: int
    article_id: int | None
    kind: str
    user: str


@dataclass(frozen=True, slots=True)
class DeskStamp:
    """Moves whenever anything a window shows changes, by any connection."""

    last_event: int
    articles: tuple[int, Any, Any]            # count, newest updated_at, highest id
    locks: frozenset[tuple[int, str]]         # live locks: (article id, holder)


@dataclass(frozen=True, slots=True)
class DeskChanges:
    """One look: the stamp now, and the events since the look before (oldest first)."""

    stamp: DeskStamp
    events: tuple[FeedEvent, ...] = ()
    more: bool = False                        # more events wait beyond MAX_EVENTS
    rewound: bool = False                     # the newest events were deleted (see above)


def read_desk_changes(engine: Engine, after_event: int | None,
                      now: datetime | None = None) -> DeskChanges:
    """The stamp now and the events after ``after_event`` (None: the first look, no events).

    Read only: nothing is written, no lock is taken beyond SQLite's own read snapshot.
    """
    stamp_query = select(
        select(func.max(EVENTS.c.id)).scalar_subquery(),
        select(func.count(ARTICLES.c.id)).scalar_subquery(),
        select(func.max(ARTICLES.c.updated_at)).scalar_subquery(),
        select(func.max(ARTICLES.c.id)).scalar_subquery())
    moment = now or utc_now()
    with engine.connect() as conn:
        last_event, count, newest, highest = conn.execute(stamp_query).one()
        last_event = int(last_event or 0)
        rewound = after_event is not None and last_event < after_event
        events: list[FeedEvent] = []
        more = False
        if after_event is not None and last_event > after_event:
            rows = conn.execute(
                select(EVENTS.c.id, EVENTS.c.article_id, EVENTS.c.kind, EVENTS.c.user_name,
                       EVENTS.c.detail)
                .where(EVENTS.c.id > after_event, EVENTS.c.id <= last_event)
                .order_by(EVENTS.c.id).limit(MAX_EVENTS + 1)).all()
            more = len(rows) > MAX_EVENTS
            for row in rows[:MAX_EVENTS]:
                article_id = row.article_id
                if article_id is None and isinstance(row.detail, dict):  # a deletion
                    named = row.detail.get("article_id")
                    article_id = named if isinstance(named, int) else None
                events.append(FeedEvent(row.id, article_id, row.kind, row.user_name))
            if more:
                last_event = events[-1].id
        locks = frozenset(
            (row.article_id, row.holder) for row in conn.execute(
                select(LOCKS.c.article_id, LOCKS.c.holder, LOCKS.c.acquired_at,
                       LOCKS.c.heartbeat_at))
            if Lock(row.article_id, row.holder, row.acquired_at, row.heartbeat_at)
            .is_live(moment))
        conn.rollback()  # a read: end SQLite's snapshot without committing anything
    return DeskChanges(DeskStamp(last_event, (int(count or 0), newest, highest), locks),
                       tuple(events), more, rewound)
