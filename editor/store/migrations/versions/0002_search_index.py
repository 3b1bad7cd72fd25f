"""Full-text index for related-article suggestions.

``search_docs`` records which version of each article the index holds, so an index that fell
behind (a crash between a save and its indexing, or articles stored before this migration)
is caught up on first use instead of silently missing stories. On SQLite the terms live in an
FTS5 table (``search_fts``) with a vocabulary view (``search_vocab``) for document
frequencies; the terms are already analysed in Python (editor/related/analysis.py), so the
FTS5 tokenizer only splits on spaces and keeps ``_`` inside name terms.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_docs",
        sa.Column("article_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "headline, tags, names, summary, body, "
            "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")"
        )
        op.execute("CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, row)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_vocab")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_docs")
