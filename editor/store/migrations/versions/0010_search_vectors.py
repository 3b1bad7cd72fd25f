"""Related articles: each indexed article's term counts, stored at index time; on
PostgreSQL, PySastrawi's root words for the database's index check.

The re-ranker reads, for every candidate of every query, its distinct terms with their
counts and its headline terms (``editor.domain.term_vector.TermVector``). Counting them from
the FTS5 fields on each query was most of a query's time, so SQLite keeps them in
``search_vectors`` (terms as text, counts as packed unsigned 32-bit integers). The rows of
articles indexed before this migration are computed here from ``search_fts`` (no
re-analysis). PostgreSQL builds the same vectors from ``search_pg.fields`` when it reads
them. There, ``search_roots`` (owner-only: no desk login may write it) gets PySastrawi's
root dictionary, which ``redaksi_index_entry_ok()`` (re-installed here) uses to refuse stems
that are not roots a word of the article gives (see ``editor/store/postgres/content_rules.sql``).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from editor.store.search.postgres import install_roots

        install_roots(bind)
        from editor.store.postgres.security import run_pinned

        run_pinned(bind, "0010_search_vectors.sql")  # the rules as at this revision
        return
    if bind.dialect.name != "sqlite":
        return
    from editor.domain.records import IndexDocument
    from editor.domain.term_vector import TermVector

    op.execute("CREATE TABLE search_vectors ("
               "article_id INTEGER PRIMARY KEY, terms TEXT NOT NULL, counts BLOB NOT NULL, "
               "headline TEXT NOT NULL)")
    cursor = bind.exec_driver_sql(
        "SELECT rowid, headline, tags, names, summary, body FROM search_fts")
    while rows := cursor.fetchmany(2000):
        bind.exec_driver_sql(
            "INSERT INTO search_vectors (article_id, terms, counts, headline) "
            "VALUES (?, ?, ?, ?)",
            [TermVector.of(IndexDocument(int(r[0]), *(tuple(v.split()) for v in r[1:])))
             .stored() for r in rows])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_vectors")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS search_roots")
