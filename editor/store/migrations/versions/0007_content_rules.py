"""Newsroom mode on PostgreSQL: content changes only through the database's own functions.

Personal logins lose INSERT/UPDATE/DELETE on articles, tags, article_tags, revisions,
article_events and comments (only comment anchors stay writable); saves, creations,
deletions, comments and resolves become SECURITY DEFINER functions that check the edit table
(``editor.domain.editing``), the lock and the version, and write the revision and the audit
event themselves. Lock times are the server's, ``redaksi_add_user()`` only changes logins it
created (``redaksi_logins``). Nothing changes on SQLite.

Runs its pinned SQL (``editor/store/migrations/sql/0007_content_rules*.sql``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from editor.store.postgres.security import run_pinned

        run_pinned(bind, "0007_content_rules.sql")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from editor.store.postgres.security import run_pinned

        run_pinned(bind, "0007_content_rules.down.sql", creates_roles=False)
