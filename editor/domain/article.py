"""The article: what a reporter writes and an editor approves."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from editor.domain.dateline import Dateline
from editor.domain.location import Location
from editor.domain.photo import Photo
from editor.domain.workflow import Status

_SLUG_STRIP = re.compile(r"[^a-z0-9]+")


def make_slug(text: str, max_length: int = 80) -> str:
    """URL slug from a headline: ASCII, lower case, hyphens; cut at a word boundary.

    Accents are folded ("Kafé" -> "kafe") so slugs stay readable; characters with no ASCII
    form (emoji, other scripts) are dropped.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_STRIP.sub("-", folded.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def normalize_tag(tag: str) -> str:
    """Tags compare case-insensitively and without surrounding or doubled spaces."""
    return " ".join(unicodedata.normalize("NFC", tag).split())


@dataclass(frozen=True, slots=True)
class Byline:
    """A credited author. ``user_id`` links to a Redaksi user when the author is one."""

    name: str
    role: str = "penulis"
    user_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "user_id": self.user_id}

    @classmethod
    def from_value(cls, value: Any) -> Byline:
        if isinstance(value, Byline):
            return value
        if isinstance(value, str):
            return cls(name=value.strip())
        if isinstance(value, dict) and value.get("name"):
            return cls(
                name=str(value["name"]),
                role=str(value.get("role") or "penulis"),
                user_id=value.get("user_id"),
            )
        raise ValueError("byline must be a name or an object with a name")


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """A "Baca juga" link: to an article in the store (``article_id``) or any URL."""

    title: str
    url: str = ""
    article_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url, "article_id": self.article_id}

    @classmethod
    def from_value(cls, value: Any) -> RelatedLink:
        if isinstance(value, RelatedLink):
            return value
        if isinstance(value, dict) and value.get("title"):
            return cls(
                title=str(value["title"]),
                url=str(value.get("url") or ""),
                article_id=value.get("article_id"),
            )
        raise ValueError("related link must be an object with a title")


@dataclass(frozen=True, slots=True)
class Article:
    """One story. Immutable: edits produce a new value (``dataclasses.replace``) that the
    repository saves against the ``version`` it was based on, so lost updates are detectable.

    ``id`` and ``version`` are None/0 until the store has saved the article.
    """

    headline: str
    body: str = ""
    subheadline: str = ""
    kicker: str = ""
    summary: str = ""
    slug: str = ""
    dateline: Dateline = field(default_factory=Dateline)
    location: Location = field(default_factory=Location)
    tags: tuple[str, ...] = ()
    category: str = ""
    bylines: tuple[Byline, ...] = ()
    editor: str = ""
    status: Status = Status.DRAFT
    related: tuple[RelatedLink, ...] = ()
    photos: tuple[Photo, ...] = ()
    source: str = ""
    url: str = ""
    external_id: str | None = None
    id: int | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    published_at: datetime | None = None

    def __post_init__(self) -> None:
        seen: dict[str, str] = {}
        for tag in self.tags:
            norm = normalize_tag(tag)
            if norm and norm.casefold() not in seen:
                seen[norm.casefold()] = norm
        object.__setattr__(self, "tags", tuple(seen.values()))
        object.__setattr__(self, "bylines", tuple(Byline.from_value(b) for b in self.bylines))
        object.__setattr__(self, "related", tuple(RelatedLink.from_value(r) for r in self.related))
        object.__setattr__(self, "photos", tuple(Photo.from_value(p) for p in self.photos))
        object.__setattr__(self, "status", Status(self.status))

    @property
    def effective_slug(self) -> str:
        """The slug the article is published under: its own, or one made from the headline."""
        return self.slug or make_slug(self.headline)

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    def with_changes(self, **changes: Any) -> Article:
        """A copy with some fields changed (keeps id and version, so the save is checked)."""
        return replace(self, **changes)

    def content_dict(self) -> dict[str, Any]:
        """The editable content as JSON-ready data: what a revision snapshot keeps."""
        return {
            "headline": self.headline,
            "subheadline": self.subheadline,
            "kicker": self.kicker,
            "body": self.body,
            "summary": self.summary,
            "slug": self.slug,
            "dateline": self.dateline.to_dict(),
            "location": self.location.to_dict(),
            "tags": list(self.tags),
            "category": self.category,
            "bylines": [b.to_dict() for b in self.bylines],
            "editor": self.editor,
            "related": [r.to_dict() for r in self.related],
            "photos": [p.to_dict() for p in self.photos],
            "source": self.source,
            "url": self.url,
        }
