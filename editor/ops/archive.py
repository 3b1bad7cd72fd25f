"""Importing archives and exporting articles, the same from the terminal and the app.

:func:`import_archive` keeps the import's own rules (one transaction, idempotent by external
id, the newsroom's work never overwritten — see ``ArticleRepository.import_articles``) and
adds the save pipeline's slug rule: an imported slug another article already uses is
numbered (``-2``, ``-3``…), so the unique index (migration 0007) never refuses an archive.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from editor.domain.article import Article
from editor.domain.workflow import Status
from editor.ops.changes import Change, Changes
from editor.publishing.exporters import ExportOptions, get_exporter
from editor.publishing.importers import run_import
from editor.publishing.importers.runner import ImportProgress
from editor.store import ImportRecord, ImportResult, Store
from editor.writing.slugs import unique_slug

SLUG_BATCH = 500


@dataclass(frozen=True, slots=True)
class Imported:
    result: ImportResult
    changes: Changes


def _with_unique_slugs(store: Store,
                       records: Iterator[ImportRecord]) -> Iterator[ImportRecord]:
    """``records`` with each non-empty slug made unique against the stored articles and the
    records before it (an archive item keeps the slug its own stored article holds)."""
    claimed: dict[str, str | None] = {}   # slug -> external id, from this import

    def taken_for(external_id: str | None, stored: dict[str, str | None]) -> Callable[[str], bool]:
        def taken(slug: str) -> bool:
            if slug in claimed:
                return external_id is None or claimed[slug] != external_id
            owners = stored if slug in stored else store.articles.slug_owners([slug])
            if slug in owners:
                return external_id is None or owners[slug] != external_id
            return False
        return taken

    batch: list[ImportRecord] = []

    def flush() -> Iterator[ImportRecord]:
        stored = store.articles.slug_owners(r.article.slug for r in batch)
        for record in batch:
            slug = record.article.slug
            if slug:
                external_id = record.article.external_id
                free = unique_slug(slug, taken_for(external_id, stored))
                claimed[free] = external_id
                if free != slug:
                    record = ImportRecord(record.article.with_changes(slug=free), record.line)
            yield record

    for record in records:
        batch.append(record)
        if len(batch) >= SLUG_BATCH:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def import_archive(store: Store, fmt: str, path: Path, *, user: str = "import",
                   progress: ImportProgress | None = None,
                   cancel: threading.Event | None = None) -> Imported:
    """Import ``path`` as ``fmt`` in one transaction (``ImportFormatError`` and
    ``ImportCancelled`` leave nothing stored)."""
    result = run_import(store, fmt, path, user=user, progress=progress, cancel=cancel,
                        records_filter=lambda records: _with_unique_slugs(store, records))
    kinds = (Change.IMPORTED,) if result.created or result.updated else ()
    return Imported(result, Changes.of(*kinds, origin="import"))


def select_for_export(store: Store, refs: Sequence[str], status: Status | None,
                      on_skip: Callable[[str, Article], None] | None = None) -> list[Article]:
    """The articles to export: those named by ``refs`` (external id first, then internal id;
    ``ArticleNotFound`` stops before anything is written), or every article in ``status``
    (default approved). Named articles in another state than ``status`` are skipped."""
    if not refs:
        wanted = status or Status.APPROVED
        return [store.articles.get(i) for i in store.articles.ids(status=wanted)]
    articles: list[Article] = []
    seen: set[int] = set()
    for ref in refs:
        article = store.articles.resolve(ref)
        if article.id is None or article.id in seen:
            continue
        seen.add(article.id)
        if status is not None and article.status != status:
            if on_skip is not None:
                on_skip(ref, article)
            continue
        articles.append(article)
    return articles


def export_articles(store: Store | None, fmt: str, articles: Sequence[Article] | Sequence[int],
                    out_dir: Path, *, options: ExportOptions | None = None,
                    progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Export ``articles`` (values, or ids loaded from ``store``) as ``fmt`` into ``out_dir``.

    Every file is written to a temporary name and renamed (``ExportError`` says what went
    wrong). An export changes nothing stored, so it returns only the paths written.
    """
    loaded = [a if isinstance(a, Article) else _load(store, a) for a in articles]
    exporter = get_exporter(fmt, options)
    return list(exporter.export(loaded, out_dir, progress))


def _load(store: Store | None, article_id: int) -> Article:
    if store is None:
        raise ValueError("export_articles needs a store to load articles by id")
    return store.articles.get(article_id)
