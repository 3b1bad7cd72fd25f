"""Newsroom mode on PostgreSQL: the term lexicon is written only through the database.

Personal logins lose INSERT/UPDATE/DELETE on ``spelling_counts`` and ``spelling_docs``
(granted to every desk login by 0005); their app sends its counts to
``redaksi_terms_write()``, which accepts them only for an article's current, not yet counted
version and clamps them to the stored text (see ``editor/store/postgres/content_rules.sql``).
``redaksi_index_write()`` now also refuses index entries whose terms the stored article
cannot give.
Runs the whole install as it was at this revision (pinned in
``editor/store/migrations/sql/0009_term_lexicon_rules.sql``). Nothing changes on SQLite.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from editor.store.postgres.security import run_pinned

        run_pinned(bind, "0009_term_lexicon_rules.sql")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # The helpers stay: redaksi_index_write() (as 0009 installed it) uses them.
        op.execute("DROP FUNCTION IF EXISTS redaksi_terms_write(json)")
        op.execute("DROP FUNCTION IF EXISTS redaksi_terms_write(integer[])")
        op.execute(
            "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'redaksi_staff') "
            "THEN GRANT SELECT, INSERT, UPDATE, DELETE ON spelling_counts, spelling_docs "
            "TO redaksi_staff; END IF; END $$")
