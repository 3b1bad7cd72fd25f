"""Term lexicon for the proofreader: word, bigram and name counts learnt from the archive.

``spelling_counts`` holds (kind, term, count) with kind ``w`` (lowercase word), ``b``
(lowercase "a b" bigram) or ``n`` (a capitalised/upper-case form seen inside sentences: the
archive's names and acronyms); ``spelling_docs`` records which article version the counts
hold, so an update subtracts the counts of the version it replaces (read from revisions).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "spelling_counts",
        sa.Column("kind", sa.String(1), primary_key=True),
        sa.Column("term", sa.String(200), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_table(
        "spelling_docs",
        sa.Column("article_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'redaksi_staff') "
            "THEN GRANT SELECT, INSERT, UPDATE, DELETE ON spelling_counts, spelling_docs "
            "TO redaksi_staff; END IF; END $$")


def downgrade() -> None:
    op.drop_table("spelling_docs")
    op.drop_table("spelling_counts")
