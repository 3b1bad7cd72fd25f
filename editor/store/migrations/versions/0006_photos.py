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
        # The desk's roles may add and read image bytes (a database without the newsroom
        # roles is left alone). Pinned here, not read from the live SQL.
        op.execute("""
            DO $g$ BEGIN
              IF to_regclass('media') IS NOT NULL
                 AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'redaksi_staff') THEN
                GRANT SELECT, INSERT ON media TO redaksi_staff;
                GRANT USAGE, SELECT ON SEQUENCE media_id_seq TO redaksi_staff;
              END IF;
            END $g$;
        """)


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("photos")
    op.drop_table("media")
