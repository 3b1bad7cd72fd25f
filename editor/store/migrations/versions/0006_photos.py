"""Photos: the ``media`` table (image bytes by SHA-256) and the articles' ``photos`` column
(the references with caption, credit and alt text, kept in every revision snapshot).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("filename", sa.String(255), nullable=False, server_default=""),
        sa.Column("created_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("photos", sa.JSON, nullable=False, server_default="[]"))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from editor.store.postgres.security import grant_media

        grant_media(bind)


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("photos")
    op.drop_table("media")
