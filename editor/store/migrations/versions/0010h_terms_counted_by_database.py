"""Newsroom mode on PostgreSQL: the database counts the term lexicon of personal logins itself.

``redaksi_terms_write(json)`` took counts from the app and clamped them to the stored text, so
in the moment after a save a login could still send fewer counts than its text has. Now a
trigger on ``articles`` (``redaksi_terms_follow``) counts every write of a personal login in
the write's own transaction, with ``redaksi_count_text()`` (the app's tokeniser in SQL), and
takes a deleted article's counts away; ``redaksi_terms_write(integer[])`` takes only ids (a
catch-up of versions the service login left uncounted). Re-runs
:func:`editor.store.postgres.security.install`. Nothing changes on SQLite.

Revision ID: 0010h
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0010h"
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
        # Without the trigger a personal login's writes are left uncounted until the service
        # login's catch-up (the 0009 function that took counts from the app is not restored).
        op.execute("DROP TRIGGER IF EXISTS redaksi_terms_follow ON articles")
        op.execute("DROP TRIGGER IF EXISTS redaksi_terms_forget ON articles")
        op.execute("DROP FUNCTION IF EXISTS redaksi_terms_follow()")
