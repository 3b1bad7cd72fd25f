"""Newsroom mode on PostgreSQL: deleting an article takes its counts out of the term lexicon.

Adds the trigger ``redaksi_terms_forget`` on ``articles`` (see
``editor/store/postgres/content_rules.sql``): when a personal login's delete removes an
article, the counts the app handed over for the version the lexicon recorded are subtracted,
clamped to that version's stored text. Re-runs
:func:`editor.store.postgres.security.install`. Nothing changes on SQLite (the app subtracts
there itself, in the delete's transaction).

Revision ID: 0010s
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0010s"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from editor.store.postgres.security import install

        install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS redaksi_terms_forget ON articles")
        op.execute("DROP FUNCTION IF EXISTS redaksi_terms_forget()")
