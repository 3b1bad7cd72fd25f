"""Full-text index for related-article suggestions.

``search_docs`` records which version of each article the index holds, so an index that fell
behind (a crash between a save and its indexing, or articles stored before this migration)
is caught up on first use instead of silently missing stories; ``search_terms`` keeps each
term's document frequency. On SQLite the terms live in an FTS5 table (``search_fts``); they
are already analysed in Python (editor/related/analysis.py), so the FTS5 tokenizer only
splits on spaces and keeps ``_`` inside name terms.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_docs",
        sa.Column("article_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    # Document frequency per analysed term, kept by the index on every write: the suggester
    # needs df for dozens of terms per keystroke, and counting posting lists (fts5vocab,
    # ts_stat) is far too slow for that on a large archive.
    op.create_table(
        "search_terms",
        sa.Column("term", sa.String(200), primary_key=True),
        sa.Column("df", sa.Integer, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "headline, tags, names, summary, body, "
            "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_terms")
    op.drop_table("search_docs")
