"""The one repository API over the database: articles, tags, revisions, imports.

Every method opens its own short transaction, so a repository can be shared by the UI thread
and workers. Articles go in and out as immutable domain values; a save names the version it
was based on and is refused (nothing written) when someone saved in between.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    CursorResult,
    Engine,
    Result,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, sessionmaker

from editor.domain.article import Article, normalize_tag
from editor.domain.dateline import Dateline, utc_now
from editor.domain.editing import EditRefused, check_edit, edit_refusal, may_delete
from editor.domain.records import ImportRecord, ImportResult, article_from_content
from editor.domain.workflow import Role, Status, TransitionRefused
from editor.store.comments import rebase_comment_anchors
from editor.store.errors import ArticleNotFound, VersionConflict
from editor.store.events import record_event
from editor.store.locks import LOCK_TTL, check_not_locked_by_other
from editor.store.models import (
    ArticleRow,
    ArticleTagRow,
    CommentRow,
    EventRow,
    LockRow,
    RevisionRow,
    TagRow,
    UserRow,
)

ARTICLES = cast(Table, ArticleRow.__table__)
ARTICLE_TAGS = cast(Table, ArticleTagRow.__table__)
REVISIONS = cast(Table, RevisionRow.__table__)
TAGS = cast(Table, TagRow.__table__)

IMPORT_BATCH_SIZE = 500


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
"""What :meth:`ArticleRepository.list` can sort by."""


def _story_date(published_at: datetime | None, dateline: Any, updated_at: datetime) -> datetime:
    if published_at is not None:
        return published_at
    try:
        when = Dateline.from_value(dateline).when
    except (TypeError, ValueError):
        when = None
    return when or updated_at


@dataclass(frozen=True, slots=True)
class Revision:
    article_id: int
    version: int
    kind: str
    author: str
    created_at: datetime
    status: Status
    snapshot: dict[str, Any]

    def article(self) -> Article:
        """The article as it was at this revision (without id/version: a snapshot)."""
        return article_from_content(self.snapshot, status=self.status)


def _row_values(article: Article) -> dict[str, Any]:
    """Column values of an article's content (not id, version or timestamps)."""
    content = article.content_dict()
    content.pop("tags")
    content["location_code"] = article.location.code
    content["status"] = article.status.value
    content["external_id"] = article.external_id
    content["published_at"] = article.published_at
    return content


def _rowcount(result: Result[Any]) -> int:
    """Rows an UPDATE/DELETE matched (its result is a CursorResult; the type says Result)."""
    return cast(CursorResult[Any], result).rowcount


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ArticleRepository:
    """Create, read, list, update, delete and import articles; keep revisions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._save_listeners: list[Callable[[Sequence[int]], None]] = []
        self._delete_hooks: list[Callable[[Session, int], None]] = []

    # -- listeners -------------------------------------------------------------------------
    def add_save_listener(self, listener: Callable[[Sequence[int]], None]) -> None:
        """Call ``listener(article_ids)`` after articles were created, updated or deleted.

        Indexes that must stay in step with the articles (full-text search) subscribe here.
        """
        self._save_listeners.append(listener)

    def add_delete_hook(self, hook: Callable[[Session, int], None]) -> None:
        """Call ``hook(session, article_id)`` inside a delete's transaction, just before the
        article (and its revisions) go: what was derived from its text (the term lexicon's
        counts) is taken out while the text can still be read, and rolls back with a
        refused delete."""
        self._delete_hooks.append(hook)

    def _notify(self, ids: Sequence[int]) -> None:
        for listener in self._save_listeners:
            listener(ids)

    # -- reading ---------------------------------------------------------------------------
    def get(self, article_id: int) -> Article:
        with self._sessions() as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                raise ArticleNotFound(article_id)
            return self._to_article(session, row)

    def get_by_external_id(self, external_id: str) -> Article:
        with self._sessions() as session:
            row = session.scalar(select(ArticleRow).where(ArticleRow.external_id == external_id))
            if row is None:
                raise ArticleNotFound(external_id)
            return self._to_article(session, row)

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
    ) -> list[ArticleSummary]:
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
            return list(session.scalars(query))

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
                pattern = _like_pattern(word)
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
            query = query.where(TAGS.c.key.like(_like_pattern(prefix.casefold())[1:], escape="\\"))
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

    # -- writing ---------------------------------------------------------------------------
    def create(self, article: Article, *, user: str = "", kind: str = "create") -> Article:
        """Store a new article as version 1 (with its first revision) and return it."""
        if self._through_functions():
            from editor.store.postgres import content

            with self._sessions.begin() as session:
                article_id = content.create_article(session, _row_values(article), article,
                                                    kind)
            self._notify([article_id])
            return self.get(article_id)
        now = utc_now()
        with self._sessions.begin() as session:
            values = _row_values(article)
            values.update(version=1, created_at=now, updated_at=now,
                          created_by=user, updated_by=user)
            article_id = session.execute(insert(ARTICLES).returning(ARTICLES.c.id), values).scalar_one()
            self._write_tags(session, {article_id: article.tags})
            self._write_revision(session, article_id, 1, article, user, kind, now)
            record_event(session, article_id=article_id, kind="create", user=user,
                         detail={"version": 1}, at=now)
        self._notify([article_id])
        return self.get(article_id)

    def update(self, article: Article, *, user: str = "", kind: str = "save",
               detail: dict[str, Any] | None = None) -> Article:
        """Save ``article`` over the stored one if nobody saved since ``article.version``.

        Raises :class:`VersionConflict` (writing nothing) when the stored version moved on,
        and :class:`ArticleLocked` when another user holds the edit lock. Open comments'
        anchors are carried through the body edit in the same transaction.
        """
        if article.id is None:
            raise ValueError("update() needs a stored article; use create()")
        if self._through_functions():
            return self._update_through_functions(article, kind, detail)
        now = utc_now()
        new_version = article.version + 1
        with self._sessions.begin() as session:
            check_not_locked_by_other(session, article.id, user)
            old_body = session.scalar(select(ARTICLES.c.body).where(ARTICLES.c.id == article.id))
            values = _row_values(article)
            requested = kind
            kind = self._check_edit(session, article, user, kind, values)
            if kind != requested:
                detail = {**(detail or {}), "requested": requested}
            values.update(version=new_version, updated_at=now, updated_by=user)
            result = session.execute(
                update(ARTICLES)
                .where(and_(ARTICLES.c.id == article.id, ARTICLES.c.version == article.version))
                .values(**values)
            )
            if _rowcount(result) != 1:
                current = session.execute(
                    select(ARTICLES.c.version, ARTICLES.c.updated_by, ARTICLES.c.updated_at)
                    .where(ARTICLES.c.id == article.id)
                ).first()
                if current is None:
                    raise ArticleNotFound(article.id)
                raise VersionConflict(article.id, article.version, current.version,
                                      current.updated_by, current.updated_at)
            self._write_tags(session, {article.id: article.tags}, replace=True)
            if kind == "autosave":
                # Coalesce: an autosave right after this user's previous autosave replaces it,
                # so idle-typing saves leave one revision, not hundreds.
                session.execute(delete(REVISIONS).where(
                    REVISIONS.c.article_id == article.id,
                    REVISIONS.c.version == article.version,
                    REVISIONS.c.kind == "autosave", REVISIONS.c.author == user))
            self._write_revision(session, article.id, new_version, article, user, kind, now)
            rebase_comment_anchors(session, article.id, old_body or "", article.body)
            record_event(session, article_id=article.id, kind=kind, user=user,
                         detail={"version": new_version, **(detail or {})}, at=now)
        self._notify([article.id])
        return self.get(article.id)

    def _through_functions(self) -> bool:
        """PostgreSQL personal login: content changes are calls of the database's functions."""
        if self.engine.dialect.name != "postgresql":
            return False
        from editor.store.postgres.content import through_functions

        return through_functions(self.engine)

    def _check_edit(self, session: Session, article: Article, user: str, kind: str,
                    values: dict[str, Any]) -> str:
        """Apply the edit table to a save by ``user``; the kind the change is recorded as.

        A user name that is no Redaksi user is the local service identity (scripts, tests,
        the single-user laptop before sign-in), which may change anything, like the schema
        owner on PostgreSQL. Status and publication time never change through a save.
        """
        role_value = session.scalar(select(UserRow.role).where(
            UserRow.name == user, UserRow.active.is_(True))) if user else None
        if role_value is None:
            return kind
        stored = session.execute(
            select(ARTICLES.c.status, ARTICLES.c.created_by, ARTICLES.c.published_at)
            .where(ARTICLES.c.id == article.id)).first()
        if stored is None:
            raise ArticleNotFound(article.id)
        if article.status.value != stored.status:
            raise TransitionRefused(f"status naskah {article.id} hanya bisa diubah lewat alur "
                                    "kerja (redaksi_transition)")
        values["status"], values["published_at"] = stored.status, stored.published_at
        author_role = session.scalar(select(UserRow.role).where(
            UserRow.name == stored.created_by)) if stored.created_by else None
        return check_edit(Role(role_value), Status(stored.status), kind,
                          author=stored.created_by, user=user,
                          author_role=Role(author_role) if author_role else None)

    def edit_refusal(self, article_id: int, user: str) -> str | None:
        """Why ``user`` may not change article ``article_id`` (None: they may), by the same
        edit table every save is checked against (:func:`editor.domain.editing.check_edit`)."""
        with self._sessions() as session:
            role_value = session.scalar(select(UserRow.role).where(
                UserRow.name == user, UserRow.active.is_(True))) if user else None
            if role_value is None:
                return None
            stored = session.execute(
                select(ARTICLES.c.status, ARTICLES.c.created_by)
                .where(ARTICLES.c.id == article_id)).first()
            if stored is None:
                raise ArticleNotFound(article_id)
            author_role = session.scalar(select(UserRow.role).where(
                UserRow.name == stored.created_by)) if stored.created_by else None
        return edit_refusal(Role(role_value), Status(stored.status), author=stored.created_by,
                            user=user, author_role=Role(author_role) if author_role else None)

    def desk_day(self, since: datetime, *, limit: int = 2000) -> builtins.list[dict[str, Any]]:
        """Articles created or saved since ``since`` (newest save first), with what the
        desk overview shows: status, who created it, rubrik, body, when created and saved."""
        query = (select(ARTICLES.c.id, ARTICLES.c.headline, ARTICLES.c.status,
                        ARTICLES.c.created_by, ARTICLES.c.category, ARTICLES.c.body,
                        ARTICLES.c.created_at, ARTICLES.c.updated_at, ARTICLES.c.bylines)
                 .where(or_(ARTICLES.c.updated_at >= since, ARTICLES.c.created_at >= since))
                 .order_by(ARTICLES.c.updated_at.desc(), ARTICLES.c.id.desc()).limit(limit))
        with self._sessions() as session:
            return [dict(row._mapping) for row in session.execute(query)]

    def change_stamp(self) -> tuple[int, Any, Any]:
        """(count, newest save, highest id): moves whenever any article is created, saved,
        moved through the workflow or deleted, by any connection (cheap polling on SQLite)."""
        with self._sessions() as session:
            row = session.execute(select(func.count(ARTICLES.c.id), func.max(ARTICLES.c.updated_at),
                                         func.max(ARTICLES.c.id))).one()
            return int(row[0] or 0), row[1], row[2]

    def _update_through_functions(self, article: Article, kind: str,
                                  detail: dict[str, Any] | None) -> Article:
        from editor.store.postgres import content

        assert article.id is not None
        restored = (detail or {}).get("restored_version")
        with self._sessions.begin() as session:
            old_body = session.scalar(select(ARTICLES.c.body).where(ARTICLES.c.id == article.id))
            content.save_article(session, _row_values(article), article, kind,
                                 int(restored) if isinstance(restored, int) else None)
            rebase_comment_anchors(session, article.id, old_body or "", article.body)
        self._notify([article.id])
        return self.get(article.id)

    def delete(self, article_id: int, *, expected_version: int | None = None,
               user: str = "") -> None:
        """Delete an article (and its revisions). With ``expected_version``, only if unchanged.

        The audit trail keeps a "delete" event (detached from the vanished article).
        """
        if self._through_functions():
            from editor.store.postgres import content

            with self._sessions.begin() as session:
                for hook in self._delete_hooks:
                    hook(session, article_id)
                content.delete_article(session, article_id, expected_version)
            self._notify([article_id])
            return
        with self._sessions.begin() as session:
            role_value = session.scalar(select(UserRow.role).where(
                UserRow.name == user, UserRow.active.is_(True))) if user else None
            if not may_delete(Role(role_value) if role_value else None):  # as in PostgreSQL
                raise EditRefused("hanya editor atau admin yang boleh menghapus naskah "
                                  "(peran reporter)")
            check_not_locked_by_other(session, article_id, user)
            headline = session.scalar(select(ARTICLES.c.headline).where(ARTICLES.c.id == article_id))
            for hook in self._delete_hooks:
                hook(session, article_id)
            query = delete(ARTICLES).where(ARTICLES.c.id == article_id)
            if expected_version is not None:
                query = query.where(ARTICLES.c.version == expected_version)
            if _rowcount(session.execute(query)) != 1:
                current = session.get(ArticleRow, article_id)
                if current is None:
                    raise ArticleNotFound(article_id)
                raise VersionConflict(article_id, expected_version or 0, current.version,
                                      current.updated_by, current.updated_at)
            record_event(session, article_id=None, kind="delete", user=user,
                         detail={"article_id": article_id, "headline": headline})
        self._notify([article_id])

    # -- revisions -------------------------------------------------------------------------
    def revisions(self, article_id: int) -> builtins.list[Revision]:
        """All revisions of an article, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(RevisionRow).where(RevisionRow.article_id == article_id)
                .order_by(RevisionRow.version)
            ).all()
            if not rows and session.get(ArticleRow, article_id) is None:
                raise ArticleNotFound(article_id)
            return [self._to_revision(r) for r in rows]

    def revision(self, article_id: int, version: int) -> Revision:
        with self._sessions() as session:
            row = session.scalar(select(RevisionRow).where(
                RevisionRow.article_id == article_id, RevisionRow.version == version))
            if row is None:
                raise ArticleNotFound(f"{article_id} versi {version}")
            return self._to_revision(row)

    # -- import ----------------------------------------------------------------------------
    def import_articles(
        self,
        records: Iterable[ImportRecord],
        *,
        user: str = "import",
        progress: Callable[[int], None] | None = None,
    ) -> ImportResult:
        """Store archive items in ONE transaction, idempotent by external id.

        Items whose external id is already stored update that article (a new revision) when
        their content differs, and are left alone when it does not. If ``records`` raises
        (a malformed line), the whole import is rolled back: nothing of the file is stored.
        """
        if self._through_functions():
            raise EditRefused("impor arsip hanya lewat login layanan (pemilik skema); login "
                              "pribadi tidak boleh mengimpor")
        result = ImportResult()
        touched: list[int] = []
        with self._sessions.begin() as session:
            if self.engine.dialect.name == "postgresql":
                # One import at a time: two imports of the same archive would both insert
                # its new ids and one would fail on the unique external id.
                session.execute(sql_text("SELECT pg_advisory_xact_lock(7142)"))
            tag_ids = {key: tid for tid, key in session.execute(select(TAGS.c.id, TAGS.c.key))}
            for batch in _batched(records, IMPORT_BATCH_SIZE):
                touched.extend(self._import_batch(session, batch, tag_ids, user, result))
                if progress:
                    progress(len(batch))
        if touched:
            self._notify(touched)
        return result

    def _import_batch(self, session: Session, batch: builtins.list[ImportRecord],
                      tag_ids: dict[str, int], user: str, result: ImportResult) -> builtins.list[int]:
        now = utc_now()
        # Later items with the same external id win, as if imported one after another.
        by_external: dict[str, ImportRecord] = {}
        anonymous: list[ImportRecord] = []
        for record in batch:
            if record.article.external_id:
                by_external[record.article.external_id] = record
            else:
                anonymous.append(record)
        existing = {
            row.external_id: row
            for row in session.execute(
                select(ARTICLES.c.id, ARTICLES.c.external_id, ARTICLES.c.version, ARTICLES.c.status)
                .where(ARTICLES.c.external_id.in_(list(by_external)))
            )
        } if by_external else {}

        new_records = anonymous + [r for ext, r in by_external.items() if ext not in existing]
        updates = [(existing[ext], r) for ext, r in by_external.items() if ext in existing]

        touched: list[int] = []
        tags_to_write: dict[int, tuple[str, ...]] = {}
        revisions: list[dict[str, Any]] = []
        if new_records:
            rows = []
            for record in new_records:
                values = _row_values(record.article)
                values.update(version=1, created_at=record.article.created_at or now,
                              updated_at=now, created_by=user, updated_by=user)
                rows.append(values)
            ids = session.execute(
                insert(ARTICLES).returning(ARTICLES.c.id, sort_by_parameter_order=True), rows
            ).scalars().all()
            for article_id, record in zip(ids, new_records, strict=True):
                tags_to_write[article_id] = record.article.tags
                revisions.append(self._revision_values(article_id, 1, record.article, user,
                                                       "import", now))
                touched.append(article_id)
            result.created += len(new_records)

        changed: list[dict[str, Any]] = []
        if updates:
            ids = [row.id for row, _ in updates]
            current_content = {
                r.id: r for r in session.execute(select(ARTICLES).where(ARTICLES.c.id.in_(ids)))
            }
            current_tags = self._tags_of(session, ids)
            # The kind of each article's current revision: anything but "import" means the
            # newsroom touched it (a save, a transition, a restore) after the last import.
            last_kind = dict(session.execute(
                select(REVISIONS.c.article_id, REVISIONS.c.kind)
                .join(ARTICLES, and_(ARTICLES.c.id == REVISIONS.c.article_id,
                                     ARTICLES.c.version == REVISIONS.c.version))
                .where(ARTICLES.c.id.in_(ids))
            ).all())
            locked = {
                article_id for article_id, heartbeat in session.execute(
                    select(LockRow.article_id, LockRow.heartbeat_at)
                    .where(LockRow.article_id.in_(ids)))
                if now - heartbeat < LOCK_TTL
            }
            bodies: dict[int, tuple[str, str]] = {}
            for row, record in updates:
                stored = current_content[row.id]
                values = _row_values(record.article)
                # The archive never moves an article through the workflow.
                values["status"] = stored.status
                values["published_at"] = stored.published_at
                same = all(getattr(stored, k) == v for k, v in values.items()) and \
                    current_tags.get(row.id, ()) == record.article.tags
                if same:
                    result.unchanged += 1
                    continue
                if last_kind.get(row.id, "import") != "import" or row.id in locked:
                    result.skipped += 1
                    continue
                values.update(version=row.version + 1, updated_at=now, updated_by=user,
                              b_id=row.id, b_version=row.version)
                changed.append(values)
                bodies[row.id] = (stored.body, values["body"])
                tags_to_write[row.id] = record.article.tags
                kept = record.article.with_changes(status=Status(stored.status))
                revisions.append(self._revision_values(row.id, row.version + 1, kept,
                                                       user, "import", now))
                touched.append(row.id)
            if changed:
                columns = [k for k in changed[0] if not k.startswith("b_")]
                outcome = session.execute(
                    update(ARTICLES)
                    .where(and_(ARTICLES.c.id == bindparam("b_id"),
                                ARTICLES.c.version == bindparam("b_version")))
                    .values({c: bindparam(c) for c in columns})
                    .execution_options(synchronize_session=False),
                    changed,
                )
                if _rowcount(outcome) not in (-1, len(changed)):
                    # Someone saved one of these articles while the import ran: start over.
                    raise VersionConflict(changed[0]["b_id"], changed[0]["b_version"],
                                          changed[0]["b_version"] + 1)
                with_comments = set(session.scalars(
                    select(CommentRow.article_id).where(CommentRow.article_id.in_(list(bodies)))
                    .distinct()))
                for article_id in with_comments:
                    old_body, new_body = bodies[article_id]
                    rebase_comment_anchors(session, article_id, old_body, new_body)
                session.execute(insert(cast(Table, EventRow.__table__)), [
                    {"article_id": v["b_id"], "kind": "import", "action": "", "user_name": user,
                     "note": "", "detail": {"version": v["version"]}, "created_at": now}
                    for v in changed])
            result.updated += len(changed)

        self._write_tags(session, tags_to_write, replace=bool(changed), cache=tag_ids)
        if revisions:
            session.execute(insert(REVISIONS), revisions)
        return touched

    # -- helpers ---------------------------------------------------------------------------
    def _tags_of(self, session: Session, ids: builtins.list[int]) -> dict[int, tuple[str, ...]]:
        out: dict[int, list[str]] = {}
        if not ids:
            return {}
        for article_id, name in session.execute(
            select(ARTICLE_TAGS.c.article_id, TAGS.c.name)
            .join(TAGS, TAGS.c.id == ARTICLE_TAGS.c.tag_id)
            .where(ARTICLE_TAGS.c.article_id.in_(ids))
            .order_by(ARTICLE_TAGS.c.article_id, ARTICLE_TAGS.c.position)
        ):
            out.setdefault(article_id, []).append(name)
        return {k: tuple(v) for k, v in out.items()}

    def _write_tags(self, session: Session, tags_by_article: dict[int, tuple[str, ...]],
                    replace: bool = False, cache: dict[str, int] | None = None) -> None:
        if not tags_by_article:
            return
        if replace:
            session.execute(delete(ARTICLE_TAGS).where(
                ARTICLE_TAGS.c.article_id.in_(list(tags_by_article))))
        cache = cache if cache is not None else {}
        wanted = {normalize_tag(t).casefold(): normalize_tag(t)
                  for tags in tags_by_article.values() for t in tags}
        missing = [k for k in wanted if k not in cache]
        if missing:
            for tid, key in session.execute(
                select(TAGS.c.id, TAGS.c.key).where(TAGS.c.key.in_(missing))
            ):
                cache[key] = tid
            to_create = [k for k in missing if k not in cache]
            if to_create:
                created = session.execute(
                    insert(TAGS).returning(TAGS.c.id, TAGS.c.key, sort_by_parameter_order=True),
                    [{"name": wanted[k], "key": k} for k in to_create],
                )
                for tid, key in created:
                    cache[key] = tid
        links = [
            {"article_id": article_id, "tag_id": cache[normalize_tag(t).casefold()], "position": i}
            for article_id, tags in tags_by_article.items()
            for i, t in enumerate(tags)
        ]
        if links:
            session.execute(insert(ARTICLE_TAGS), links)

    @staticmethod
    def _revision_values(article_id: int, version: int, article: Article, user: str,
                         kind: str, now: datetime) -> dict[str, Any]:
        return {
            "article_id": article_id, "version": version, "kind": kind, "author": user,
            "created_at": now, "status": article.status.value, "snapshot": article.content_dict(),
        }

    def _write_revision(self, session: Session, article_id: int, version: int, article: Article,
                        user: str, kind: str, now: datetime) -> None:
        session.execute(insert(REVISIONS),
                        self._revision_values(article_id, version, article, user, kind, now))

    def _to_article(self, session: Session, row: ArticleRow) -> Article:
        content = {c.key: getattr(row, c.key) for c in ARTICLES.columns}
        content["tags"] = list(self._tags_of(session, [row.id]).get(row.id, ()))
        return article_from_content(
            content, status=Status(row.status), external_id=row.external_id, id=row.id,
            version=row.version, created_at=row.created_at, updated_at=row.updated_at,
            published_at=row.published_at,
        )

    @staticmethod
    def _to_revision(row: RevisionRow) -> Revision:
        return Revision(row.article_id, row.version, row.kind, row.author, row.created_at,
                        Status(row.status), row.snapshot)


def _batched(records: Iterable[ImportRecord], size: int) -> Iterator[list[ImportRecord]]:
    batch: list[ImportRecord] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
