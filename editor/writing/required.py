"""Which required fields an article still lacks (called before submission).

The workflow's "submit" calls :func:`missing_required_fields` so that the editor UI and the
workflow refuse for the same reasons, and name the fields in words a reporter understands.
"""

from __future__ import annotations

from collections.abc import Iterable

from editor.domain.article import Article
from editor.house import default_house

FIELD_LABELS: dict[str, str] = {
    "headline": "judul",
    "body": "isi naskah",
    "summary": "ringkasan",
    "slug": "slug",
    "category": "rubrik",
    "tags": "tag",
    "bylines": "penulis",
    "dateline_place": "tempat dateline",
    "location": "lokasi",
    "kicker": "kicker",
    "subheadline": "subjudul",
}


def _present(article: Article, name: str) -> bool:
    if name == "dateline_place":
        return bool(article.dateline.place.strip())
    if name == "location":
        return not article.location.is_empty
    value = getattr(article, name)
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


def missing_required_field_keys(article: Article,
                                required: Iterable[str] | None = None) -> list[str]:
    """Attribute names (``"summary"``, ``"dateline_place"``...) that are empty."""
    names = tuple(required) if required is not None else default_house().required_fields
    return [name for name in names if not _present(article, name)]


def missing_required_fields(article: Article, required: Iterable[str] | None = None) -> list[str]:
    """Indonesian labels of the required fields ``article`` lacks, in house order; empty when
    it may be submitted. ``required`` defaults to the house list (resources/house)."""
    return [FIELD_LABELS.get(k, k) for k in missing_required_field_keys(article, required)]
