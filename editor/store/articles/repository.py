"""The one repository API over the articles: the parts (listing, saving, deletion, revisions,
archive import) put together, so callers keep a single ``store.articles``."""

from __future__ import annotations

from editor.store.articles.archive_import import ArchiveImport
from editor.store.articles.deletion import ArticleDeletion
from editor.store.articles.listing import ArticleListing
from editor.store.articles.revisions import RevisionReading
from editor.store.articles.saving import ArticleSaving


class ArticleRepository(ArticleSaving, ArticleDeletion, ArchiveImport, RevisionReading,
                        ArticleListing):
    """Create, read, list, update, delete and import articles; keep revisions.

    Articles go in and out as immutable domain values. Every method opens its own short
    transaction, so one repository can be shared by the UI thread and workers.
    """
