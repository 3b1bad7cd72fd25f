"""Old import point of the related-articles index, kept for code written against it: the
index now lives in the package :mod:`editor.store.search`."""

from editor.store.search import (  # noqa: F401
    FIELD_WEIGHTS,
    SearchHit,
    SearchIndex,
    SearchUnavailable,
    SqliteFtsIndex,
    UnavailableSearchIndex,
    analyse_fields,
    attach_search_index,
    create_search_index,
)
from editor.store.search.base import IndexDocument, ProgressCallback  # noqa: F401
