"""Old import point of the PostgreSQL index backend, kept for code written against it: it
now lives in :mod:`editor.store.search.postgres`."""

from editor.store.search.postgres import (  # noqa: F401
    PgSearchIndex,
    create_tables,
    fts_tokens,
    phrase_frequency,
    weighted_frequencies,
)
