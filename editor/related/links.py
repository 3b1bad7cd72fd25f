"""The "Baca juga" line an editor inserts for a suggestion."""

from __future__ import annotations

import re

_BACA_JUGA_LINE = re.compile(r"^\s*\**\s*baca\s+juga\s*\**\s*:.*$", re.IGNORECASE | re.MULTILINE)


def _escape_title(title: str) -> str:
    # Brackets in a headline would end the Markdown link text early.
    return " ".join(title.split()).replace("[", "\\[").replace("]", "\\]")


def baca_juga(title: str, target: str) -> str:
    """``Baca juga: [judul](tautan)``; ``target`` is a URL or an article id."""
    target = target.strip().replace(" ", "%20").replace(")", "%29")
    return f"Baca juga: [{_escape_title(title)}]({target})"


def without_baca_juga(body: str) -> str:
    """The body without its "Baca juga:" lines: the links an editor already placed are not
    what the story is about, and must not pull every suggestion towards the linked story."""
    return _BACA_JUGA_LINE.sub("", body)
