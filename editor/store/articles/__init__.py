"""Articles in the database, one module per job: ``listing`` (reads), ``saving`` (create and
update), ``deletion``, ``revisions``, ``archive_import``; ``rows`` converts rows and writes
tags and revision rows for all of them; ``repository`` puts the parts together."""

from editor.store.articles.archive_import import IMPORT_BATCH_SIZE
from editor.store.articles.listing import LIST_ORDERS, ArticleSummary
from editor.store.articles.repository import ArticleRepository
from editor.store.articles.revisions import Revision

__all__ = ["IMPORT_BATCH_SIZE", "LIST_ORDERS", "ArticleRepository", "ArticleSummary",
           "Revision"]
