"""Unique slugs: the headline's slug, or the first free ``-2``, ``-3``... variant."""

from __future__ import annotations

from collections.abc import Callable

from editor.domain.article import make_slug


def unique_slug(wanted: str, taken: Callable[[str], bool], *, max_tries: int = 1000) -> str:
    """``wanted`` (slugified) if free, else ``wanted-2``, ``wanted-3``... ``taken`` is usually
    ``lambda s: store.articles.slug_exists(s, exclude_id=article.id)``."""
    base = make_slug(wanted) or "naskah"
    if not taken(base):
        return base
    for n in range(2, max_tries + 2):
        candidate = f"{base}-{n}"
        if not taken(candidate):
            return candidate
    raise ValueError(f"no free slug for {base!r} after {max_tries} tries")
