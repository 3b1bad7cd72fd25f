"""Newsroom mode on PostgreSQL: the database counts the term lexicon of personal logins itself.

``redaksi_terms_write(json)`` took counts from the app and clamped them to the stored text, so
in the moment after a save a login could still send fewer counts than its text has. Now a
trigger on ``articles`` (``redaksi_terms_follow``) counts every write of a personal login in
the write's own transaction, with ``redaksi_count_text()`` (the app's tokeniser in SQL), and
takes a deleted article's counts away; ``redaksi_terms_write(integer[])`` takes only ids (a
catch-up of versions the service login left uncounted). Runs the whole install as it was at
this revision (pinned in ``editor/store/migrations/sql/0011_terms_counted_by_database.sql``).
Nothing changes on SQLite.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from editor.store.postgres.security import run_pinned

        run_pinned(bind, "0011_terms_counted_by_database.sql")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # Take away what 0011 added, then put back the rules as 0010 left them (its pinned
        # copy brings back redaksi_terms_write(json) and redaksi_text_terms()).
        op.execute("DROP TRIGGER IF EXISTS redaksi_terms_follow ON articles")
        op.execute("DROP TRIGGER IF EXISTS redaksi_terms_forget ON articles")
        for signature in ("redaksi_terms_follow()", "redaksi_terms_write(integer[])",
                          "redaksi_terms_text(text, text, text)",
                          "redaksi_terms_delta(text, text)",
                          "redaksi_terms_counted_text(integer, integer)",
                          "redaksi_count_text(text)"):
            op.execute(f"DROP FUNCTION IF EXISTS {signature}")
        from editor.store.postgres.security import run_pinned

        run_pinned(bind, "0010_search_vectors.sql")
