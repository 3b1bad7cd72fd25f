"""What the related-article re-ranker needs to know about candidate articles, in one query.

Reads only the columns a suggestion uses (never bodies), for at most a few dozen ids, so it
stays cheap on every keystroke-driven query and works the same on SQLite and PostgreSQL.
The suggester asks through ``Store.candidates`` and never touches tables itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Engine, bindparam, select

from editor.domain.dateline import Dateline
from editor.domain.location import Location
from editor.domain.records import CandidateInfo
from editor.domain.workflow import Status
from editor.store.models import ArticleRow, ArticleTagRow, TagRow

_a = ArticleRow
# Built once, with an expanding parameter for the ids: building ``in_(ids)`` anew coerces
# every id through SQLAlchemy's expression layer, which cost several times the queries
# themselves on every suggestion query.
_CANDIDATES = select(
    _a.id, _a.external_id, _a.headline, _a.category, _a.location, _a.status, _a.published_at,
    _a.dateline, _a.created_at, _a.url,
).where(_a.id.in_(bindparam("ids", expanding=True)))
_TAGS = (
    select(ArticleTagRow.article_id, TagRow.name)
    .join(TagRow, TagRow.id == ArticleTagRow.tag_id)
    .where(ArticleTagRow.article_id.in_(bindparam("ids", expanding=True)))
    .order_by(ArticleTagRow.article_id, ArticleTagRow.position)
)
_DATES = select(_a.id, _a.status, _a.published_at, _a.dateline, _a.created_at) \
    .where(_a.id.in_(bindparam("ids", expanding=True)))


def load_candidates(engine: Engine, ids: Sequence[int]) -> dict[int, CandidateInfo]:
    """Metadata of the articles ``ids`` (missing ids are simply absent)."""
    if not ids:
        return {}
    params = {"ids": [int(i) for i in ids]}
    with engine.connect() as conn:
        rows = conn.execute(_CANDIDATES, params).all()
        tags: dict[int, list[str]] = {}
        for article_id, name in conn.execute(_TAGS, params):
            tags.setdefault(article_id, []).append(name)
    out: dict[int, CandidateInfo] = {}
    for r in rows:
        dateline = Dateline.from_value(r.dateline)
        out[r.id] = CandidateInfo(
            article_id=r.id,
            external_id=r.external_id,
            headline=r.headline,
            category=r.category,
            location=Location.from_value(r.location),
            tags=tuple(tags.get(r.id, ())),
            date=r.published_at or dateline.when or r.created_at,
            url=r.url,
            killed=r.status == Status.KILLED.value,
        )
    return out


def load_dates(engine: Engine, ids: Sequence[int]) -> dict[int, datetime | None]:
    """When each of ``ids`` appeared (killed articles are left out): the time prior needs it
    for every candidate, the rest of :class:`CandidateInfo` only for the few shown."""
    if not ids:
        return {}
    with engine.connect() as conn:
        rows = conn.execute(_DATES, {"ids": [int(i) for i in ids]}).all()
    return {r.id: appeared(r.published_at, r.dateline, r.created_at)
            for r in rows if r.status != Status.KILLED.value}


def appeared(published_at: datetime | None, dateline: object,
             created_at: datetime | None) -> datetime | None:
    """When an article appeared: published, else its dateline's date, else created."""
    return published_at or Dateline.from_value(dateline).when or created_at
