"""The related-articles full-text index: one interface (:mod:`.base`), one backend per
database (:mod:`.sqlite` on FTS5, :mod:`.postgres` on a tsvector), chosen once here by
:func:`create_search_index` when the store opens."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from editor.store.search.base import (
    FIELD_WEIGHTS,
    IndexBase,
    ProgressCallback,
    SearchHit,
    SearchIndex,
    SearchUnavailable,
    UnavailableSearchIndex,
    analyse_fields,
)
from editor.store.search.postgres import PgSearchIndex
from editor.store.search.sqlite import SqliteFtsIndex

__all__ = [
    "FIELD_WEIGHTS",
    "IndexBase",
    "PgSearchIndex",
    "ProgressCallback",
    "SearchHit",
    "SearchIndex",
    "SearchUnavailable",
    "SqliteFtsIndex",
    "UnavailableSearchIndex",
    "analyse_fields",
    "attach_search_index",
    "create_search_index",
]


def create_search_index(engine: Engine) -> IndexBase | UnavailableSearchIndex:
    """The index backend for this database."""
    if engine.dialect.name == "sqlite":
        return SqliteFtsIndex(engine)
    if engine.dialect.name == "postgresql":
        return PgSearchIndex(engine)
    return UnavailableSearchIndex(engine.dialect.name)


def attach_search_index(engine: Engine, articles: Any) -> IndexBase | UnavailableSearchIndex:
    """Create the index for ``engine`` and keep it in step with every save of ``articles``."""
    index = create_search_index(engine)
    articles.add_save_listener(index.listener)
    return index
