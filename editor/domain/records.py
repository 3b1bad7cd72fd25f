"""Archive records and content snapshots: plain values shared by the importers (which make
them), the store (which keeps them) and the recovery journal (which reads snapshots back).

They live in the domain so that publishing and writing need not import the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from editor.domain.article import Article, Byline, RelatedLink
from editor.domain.dateline import Dateline
from editor.domain.location import Location
from editor.domain.photo import Photo


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One parsed archive item; ``line`` (or item number) names it in error messages."""

    article: Article
    line: int


@dataclass(slots=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    #: Stored articles the archive would have overwritten although they were edited or moved
    #: through the workflow in Redaksi since their last import, or are open for editing:
    #: the newsroom's work wins over the archive, so they were left as they are.
    skipped: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.skipped


def article_from_content(content: dict[str, Any], **extra: Any) -> Article:
    """Article from a content dict (revision snapshot or JSON columns)."""
    return Article(
        headline=content.get("headline", ""),
        subheadline=content.get("subheadline", ""),
        kicker=content.get("kicker", ""),
        body=content.get("body", ""),
        summary=content.get("summary", ""),
        slug=content.get("slug", ""),
        dateline=Dateline.from_value(content.get("dateline")),
        location=Location.from_value(content.get("location")),
        tags=tuple(content.get("tags") or ()),
        category=content.get("category", ""),
        bylines=tuple(Byline.from_value(b) for b in content.get("bylines") or ()),
        editor=content.get("editor", ""),
        related=tuple(RelatedLink.from_value(r) for r in content.get("related") or ()),
        photos=tuple(Photo.from_value(p) for p in content.get("photos") or ()),
        source=content.get("source", ""),
        url=content.get("url", ""),
        **extra,
    )


@dataclass(frozen=True, slots=True)
class CandidateInfo:
    """What the related-article re-ranker needs to know about a candidate (no body)."""

    article_id: int
    external_id: str | None
    headline: str
    category: str
    location: Location
    tags: tuple[str, ...]
    date: datetime | None
    url: str
    killed: bool


#: the fields of the related-articles index, in order
FIELDS: tuple[str, ...] = ("headline", "tags", "names", "summary", "body")


@dataclass(frozen=True, slots=True)
class IndexDocument:
    """An article as the index sees it: analysed terms per field."""

    article_id: int
    headline: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    body: tuple[str, ...] = ()

    def field(self, name: str) -> tuple[str, ...]:
        return getattr(self, name)

    def all_terms(self) -> set[str]:
        return {t for name in FIELDS for t in self.field(name)}
