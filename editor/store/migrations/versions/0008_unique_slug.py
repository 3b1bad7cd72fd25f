"""Slugs are unique: a partial unique index over non-empty slugs.

Until now only the editor window checked slugs (and autosave skipped the check), so a
database may already hold duplicates: they are numbered first (``-2``, ``-3``… in id
order, the oldest keeps its slug), as the save pipeline (``editor.ops.articles``) would
have done. Empty slugs stay allowed (imported archives often have none; the exporters
derive one from the headline).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEX = "uq_articles_slug"


def _number_duplicates(bind: sa.Connection) -> None:
    rows = bind.execute(sa.text(
        "SELECT id, slug FROM articles WHERE slug <> '' AND slug IN "
        "(SELECT slug FROM articles WHERE slug <> '' GROUP BY slug HAVING COUNT(*) > 1) "
        "ORDER BY slug, id")).all()
    if not rows:
        return
    taken = set(bind.execute(sa.text("SELECT slug FROM articles WHERE slug <> ''")).scalars())
    previous = None
    for article_id, slug in rows:
        if slug != previous:
            previous = slug  # the oldest article keeps the slug
            continue
        number = 2
        while f"{slug}-{number}" in taken:
            number += 1
        new = f"{slug}-{number}"
        taken.add(new)
        bind.execute(sa.text("UPDATE articles SET slug = :slug WHERE id = :id"),
                     {"slug": new, "id": article_id})


def upgrade() -> None:
    bind = op.get_bind()
    _number_duplicates(bind)
    op.create_index(INDEX, "articles", ["slug"], unique=True,
                    sqlite_where=sa.text("slug <> ''"), postgresql_where=sa.text("slug <> ''"))


def downgrade() -> None:
    op.drop_index(INDEX, table_name="articles")
