"""Articles for tests: complete ones pass the house's required-field check for submission."""

from __future__ import annotations

from typing import Any

from editor.domain import Article, Byline, Dateline


def complete_article(**changes: Any) -> Article:
    values: dict[str, Any] = {
        "headline": "Banjir rendam Medan",
        "body": "Air naik setinggi satu meter di Medan Maimun.",
        "summary": "Banjir merendam ratusan rumah.",
        "slug": "",
        "category": "Peristiwa",
        "tags": ("banjir",),
        "bylines": (Byline("Ana"),),
        "dateline": Dateline("Medan"),
    }
    values.update(changes)
    article = Article(**values)
    return article if article.slug else article.with_changes(slug=article.effective_slug)
