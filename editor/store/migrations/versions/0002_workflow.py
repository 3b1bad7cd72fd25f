"""Workflow: general audit events (was workflow_events), anchored comments, edit locks.

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

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.drop_index("ix_workflow_events_article_id", table_name="workflow_events")
    op.rename_table("workflow_events", "article_events")
    with op.batch_alter_table("article_events") as batch:
        batch.add_column(sa.Column("kind", sa.String(20), nullable=False,
                                   server_default="transition"))
        batch.add_column(sa.Column("detail", sa.JSON, nullable=False, server_default="{}"))
        batch.alter_column("action", existing_type=sa.String(40), server_default="")
        batch.alter_column("from_status", existing_type=sa.String(20), nullable=True)
        batch.alter_column("to_status", existing_type=sa.String(20), nullable=True)
        batch.alter_column("article_id", existing_type=sa.Integer, nullable=True)
    for column in ("article_id", "kind", "user_name", "created_at"):
        op.create_index(f"ix_article_events_{column}", "article_events", [column])
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer,
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("comments.id", ondelete="CASCADE")),
        sa.Column("author", sa.String(100), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("anchor_start", sa.Integer),
        sa.Column("anchor_end", sa.Integer),
        sa.Column("quote", sa.Text, nullable=False, server_default=""),
        sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("resolved_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("resolved_at", TS),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_comments_article_id", "comments", ["article_id"])
    op.create_table(
        "article_locks",
        sa.Column("article_id", sa.Integer,
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("holder", sa.String(100), nullable=False),
        sa.Column("acquired_at", TS, nullable=False),
        sa.Column("heartbeat_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("article_locks")
    op.drop_index("ix_comments_article_id", table_name="comments")
    op.drop_table("comments")
    for column in ("article_id", "kind", "user_name", "created_at"):
        op.drop_index(f"ix_article_events_{column}", table_name="article_events")
    op.execute("DELETE FROM article_events WHERE kind <> 'transition'")
    with op.batch_alter_table("article_events") as batch:
        batch.drop_column("detail")
        batch.drop_column("kind")
    op.rename_table("article_events", "workflow_events")
    op.create_index("ix_workflow_events_article_id", "workflow_events", ["article_id"])
