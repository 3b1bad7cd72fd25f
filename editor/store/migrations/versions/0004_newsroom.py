"""Newsroom mode on PostgreSQL: the related-articles index as a tsvector with a GIN index
(``search_pg``), transitions table, guards, row-level security, definer functions, group roles
and grants, desk notifications. Nothing changes on SQLite.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from editor.store.postgres.security import install
        from editor.store.search.postgres import create_tables

        create_tables(bind)
        install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from editor.store.postgres.security import uninstall

        uninstall(bind)
        op.execute("DROP TABLE IF EXISTS search_pg")
