"""Reading articles: one by id, lists with filters and paging, counts, tags, slugs, and the
cheap stamps the desk polls. Nothing here writes."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select

from editor.domain.article import Article, normalize_tag
from editor.domain.dateline import Dateline
from editor.domain.workflow import Status
from editor.store.articles.base import RepositoryBase
from editor.store.articles.rows import ARTICLE_TAGS, ARTICLES, TAGS, like_pattern, to_article
from editor.store.errors import ArticleNotFound
from editor.store.models import ArticleRow


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What a list shows: enough to pick an article without loading its body."""

    id: int
    external_id: str | None
    headline: str
    status: Status
    category: str
    updated_at: datetime
    published_at: datetime | None
    version: int
    bylines: tuple[str, ...] = ()
    story_date: datetime | None = None
    """When the story is dated: publication, else its dateline, else its last save (an
    imported archive article shows its own date, not the day it was imported)."""


LIST_ORDERS = ("updated", "date", "headline", "status", "category")
"""What :meth:`ArticleListing.list` can sort by."""


def _story_date(published_at: datetime | None, dateline: Any, updated_at: datetime) -> datetime:
    if published_at is not None:
        return published_at
    try:
        when = Dateline.from_value(dateline).when
    except (TypeError, ValueError):
        when = None
    return when or updated_at


class ArticleListing(RepositoryBase):
    """Find and list articles."""

    def get_by_external_id(self, external_id: str) -> Article:
        with self._sessions() as session:
            row = session.scalar(select(ArticleRow).where(ArticleRow.external_id == external_id))
            if row is None:
                raise ArticleNotFound(external_id)
            return to_article(session, row)

    def resolve(self, ref: str | int) -> Article:
        """An article by the id a user types: external id first, then internal id."""
        ref_text = str(ref).strip()
        try:
            return self.get_by_external_id(ref_text)
        except ArticleNotFound:
            if ref_text.isdigit():
                return self.get(int(ref_text))
            raise

    def list(
        self,
        *,
        status: Status | str | None = None,
        statuses: Iterable[Status | str] | None = None,
        created_by: str | None = None,
        category: str | None = None,
        tag: str | None = None,
        text: str | None = None,
        full_text: bool = False,
        limit: int | None = 200,
        offset: int = 0,
        order: str = "updated",
        descending: bool = True,
    ) -> builtins.list[ArticleSummary]:
        """Articles matching every given filter, most recently updated first (or by
        ``order``: one of :data:`LIST_ORDERS`). ``text`` matches headline and summary, and
        with ``full_text`` the body too. ``offset``/``limit`` page through the result."""
        query = select(
            ArticleRow.id, ArticleRow.external_id, ArticleRow.headline, ArticleRow.status,
            ArticleRow.category, ArticleRow.updated_at, ArticleRow.published_at,
            ArticleRow.version, ArticleRow.bylines, ArticleRow.dateline,
        )
        query = self._filtered(query, status=status, statuses=statuses, created_by=created_by,
                               category=category, tag=tag, text=text, full_text=full_text)
        if order not in LIST_ORDERS:
            raise ValueError(f"urutan tidak dikenal: {order!r} (pilihan: {', '.join(LIST_ORDERS)})")
        key = {"updated": ArticleRow.updated_at,
               "date": func.coalesce(ArticleRow.published_at, ArticleRow.updated_at),
               "headline": func.lower(ArticleRow.headline), "status": ArticleRow.status,
               "category": func.lower(ArticleRow.category)}[order]
        direction = (lambda c: c.desc()) if descending else (lambda c: c.asc())
        query = query.order_by(direction(key), direction(ArticleRow.id)).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._sessions() as session:
            return [
                ArticleSummary(r.id, r.external_id, r.headline, Status(r.status), r.category,
                               r.updated_at, r.published_at, r.version,
                               tuple(str(b.get("name", "")) if isinstance(b, dict) else str(b)
                                     for b in (r.bylines or ())),
                               _story_date(r.published_at, r.dateline, r.updated_at))
                for r in session.execute(query)
            ]

    def count(self, **filters: Any) -> int:
        query = self._filtered(select(func.count(ArticleRow.id)), **filters)
        with self._sessions() as session:
            return int(session.scalar(query) or 0)

    def ids(self, *, status: Status | str | None = None) -> builtins.list[int]:
        query = select(ArticleRow.id).order_by(ArticleRow.id)
        if status:
            query = query.where(ArticleRow.status == Status(status).value)
        with self._sessions() as session:
            return builtins.list(session.scalars(query))

    def _filtered(self, query: Any, *, status: Status | str | None = None,
                  statuses: Iterable[Status | str] | None = None,
                  created_by: str | None = None,
                  category: str | None = None, tag: str | None = None,
                  text: str | None = None, full_text: bool = False) -> Any:
        if status:
            query = query.where(ArticleRow.status == Status(status).value)
        if statuses is not None:
            query = query.where(ArticleRow.status.in_([Status(s).value for s in statuses]))
        if created_by:
            query = query.where(ArticleRow.created_by == created_by)
        if category:
            query = query.where(func.lower(ArticleRow.category) == category.strip().lower())
        if tag:
            key = normalize_tag(tag).casefold()
            query = query.where(
                ArticleRow.id.in_(
                    select(ARTICLE_TAGS.c.article_id)
                    .join(TAGS, TAGS.c.id == ARTICLE_TAGS.c.tag_id)
                    .where(TAGS.c.key == key)
                )
            )
        if text and text.strip():
            for word in text.split():
                pattern = like_pattern(word)
                fields = [ArticleRow.headline, ArticleRow.summary]
                if full_text:
                    fields.append(ArticleRow.body)
                query = query.where(or_(*(f.ilike(pattern, escape="\\") for f in fields)))
        return query

    def tags(self, prefix: str = "", limit: int = 50) -> builtins.list[tuple[str, int]]:
        """Tags in use with their article counts, most used first (for autocomplete)."""
        query = (
            select(TAGS.c.name, func.count(ARTICLE_TAGS.c.article_id).label("n"))
            .join(ARTICLE_TAGS, ARTICLE_TAGS.c.tag_id == TAGS.c.id)
            .group_by(TAGS.c.id, TAGS.c.name)
            .order_by(func.count(ARTICLE_TAGS.c.article_id).desc(), TAGS.c.name)
            .limit(limit)
        )
        if prefix:
            query = query.where(TAGS.c.key.like(like_pattern(prefix.casefold())[1:], escape="\\"))
        with self._sessions() as session:
            return [(name, n) for name, n in session.execute(query)]

    def slug_exists(self, slug: str, *, exclude_id: int | None = None) -> bool:
        """True if another article (not ``exclude_id``) already uses ``slug``."""
        query = select(ArticleRow.id).where(ArticleRow.slug == slug)
        if exclude_id is not None:
            query = query.where(ArticleRow.id != exclude_id)
        with self._sessions() as session:
            return session.scalar(query.limit(1)) is not None

    def slug_owners(self, slugs: Iterable[str]) -> dict[str, str | None]:
        """For each of ``slugs`` in use: the external id of the article holding it (None
        for an article made in Redaksi). Imports use it to keep slugs unique."""
        wanted = sorted({s for s in slugs if s})
        owners: dict[str, str | None] = {}
        with self._sessions() as session:
            for start in range(0, len(wanted), 500):
                for slug, external_id in session.execute(
                    select(ArticleRow.slug, ArticleRow.external_id)
                    .where(ArticleRow.slug.in_(wanted[start:start + 500]))
                ):
                    owners[slug] = external_id
        return owners

    def categories(self) -> builtins.list[str]:
        with self._sessions() as session:
            return [c for c in session.scalars(
                select(ArticleRow.category).where(ArticleRow.category != "").distinct()
                .order_by(ArticleRow.category)
            )]

    def desk_day(self, since: datetime, *, limit: int = 2000) -> builtins.list[dict[str, Any]]:
        """Articles created or saved since ``since`` (newest save first), with what the
        desk overview shows: status, who created it, rubrik, body, when created and saved."""
        query = (select(ARTICLES.c.id, ARTICLES.c.headline, ARTICLES.c.status,
                        ARTICLES.c.created_by, ARTICLES.c.category, ARTICLES.c.body,
                        ARTICLES.c.created_at, ARTICLES.c.updated_at, ARTICLES.c.bylines,
                        ARTICLES.c.updated_by, ARTICLES.c.external_id, ARTICLES.c.published_at)
                 .where(or_(ARTICLES.c.updated_at >= since, ARTICLES.c.created_at >= since))
                 .order_by(ARTICLES.c.updated_at.desc(), ARTICLES.c.id.desc()).limit(limit))
        with self._sessions() as session:
            return [dict(row._mapping) for row in session.execute(query)]
