"""Importing an archive: one transaction for the whole file, idempotent by external id, in
batches (one INSERT / UPDATE per batch, not per article), never overwriting what the
newsroom changed since the last import."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from editor.domain.dateline import utc_now
from editor.domain.editing import EditRefused
from editor.domain.records import ImportRecord, ImportResult
from editor.domain.workflow import Status
from editor.store.articles.base import RepositoryBase
from editor.store.articles.rows import (
    ARTICLES,
    REVISIONS,
    TAGS,
    revision_values,
    row_values,
    rowcount,
    tags_of,
    write_tags,
)
from editor.store.comments import rebase_comment_anchors
from editor.store.errors import VersionConflict
from editor.store.locks import LOCK_TTL
from editor.store.models import CommentRow, EventRow, LockRow

IMPORT_BATCH_SIZE = 500


class ArchiveImport(RepositoryBase):
    """Store parsed archive records (the importers only parse)."""

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
                touched.extend(_import_batch(session, batch, tag_ids, user, result))
                if progress:
                    progress(len(batch))
        if touched:
            self.notify_saved(touched)
        return result


def _import_batch(session: Session, batch: list[ImportRecord], tag_ids: dict[str, int],
                  user: str, result: ImportResult) -> list[int]:
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
            values = row_values(record.article)
            values.update(version=1, created_at=record.article.created_at or now,
                          updated_at=now, created_by=user, updated_by=user)
            rows.append(values)
        ids = session.execute(
            insert(ARTICLES).returning(ARTICLES.c.id, sort_by_parameter_order=True), rows
        ).scalars().all()
        for article_id, record in zip(ids, new_records, strict=True):
            tags_to_write[article_id] = record.article.tags
            revisions.append(revision_values(article_id, 1, record.article, user, "import", now))
            touched.append(article_id)
        result.created += len(new_records)

    changed: list[dict[str, Any]] = []
    if updates:
        ids = [row.id for row, _ in updates]
        current_content = {
            r.id: r for r in session.execute(select(ARTICLES).where(ARTICLES.c.id.in_(ids)))
        }
        current_tags = tags_of(session, ids)
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
            values = row_values(record.article)
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
            revisions.append(revision_values(row.id, row.version + 1, kept, user, "import", now))
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
            if rowcount(outcome) not in (-1, len(changed)):
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

    write_tags(session, tags_to_write, replace=bool(changed), cache=tag_ids)
    if revisions:
        session.execute(insert(REVISIONS), revisions)
    return touched


def _batched(records: Iterable[ImportRecord], size: int) -> Iterator[list[ImportRecord]]:
    batch: list[ImportRecord] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
