"""Initial schema: users, articles, tags, revisions, workflow events, newsroom dictionary.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("external_id", sa.String(255), unique=True),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("subheadline", sa.Text, nullable=False, server_default=""),
        sa.Column("kicker", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("summary", sa.Text, nullable=False, server_default=""),
        sa.Column("slug", sa.String(255), nullable=False, server_default=""),
        sa.Column("dateline", sa.JSON, nullable=False),
        sa.Column("location", sa.JSON, nullable=False),
        sa.Column("location_code", sa.String(32), nullable=False, server_default=""),
        sa.Column("category", sa.String(100), nullable=False, server_default=""),
        sa.Column("bylines", sa.JSON, nullable=False),
        sa.Column("editor", sa.String(200), nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False, server_default="draft"),
        sa.Column("related", sa.JSON, nullable=False),
        sa.Column("source", sa.String(200), nullable=False, server_default=""),
        sa.Column("url", sa.Text, nullable=False, server_default=""),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("published_at", TS),
        sa.Column("created_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("updated_by", sa.String(100), nullable=False, server_default=""),
    )
    for column in ("slug", "location_code", "category", "status", "updated_at", "published_at"):
        op.create_index(f"ix_articles_{column}", "articles", [column])
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
    )
    op.create_table(
        "article_tags",
        sa.Column("article_id", sa.Integer,
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag_id", sa.Integer,
                  sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_article_tags_tag", "article_tags", ["tag_id"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer,
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False, server_default="save"),
        sa.Column("author", sa.String(100), nullable=False, server_default=""),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("snapshot", sa.JSON, nullable=False),
        sa.UniqueConstraint("article_id", "version", name="uq_revisions_article_version"),
    )
    op.create_table(
        "workflow_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer,
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("from_status", sa.String(20), nullable=False),
        sa.Column("to_status", sa.String(20), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_workflow_events_article_id", "workflow_events", ["article_id"])
    op.create_table(
        "dictionary_words",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("word", sa.String(200), nullable=False, unique=True),
        sa.Column("added_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("created_at", TS, nullable=False),
    )


def downgrade() -> None:
    for table in ("dictionary_words", "workflow_events", "revisions", "article_tags", "tags",
                  "articles", "users"):
        op.drop_table(table)
