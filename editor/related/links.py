"""The "Baca juga" line an editor inserts for a suggestion."""

from __future__ import annotations


def _escape_title(title: str) -> str:
    # Brackets in a headline would end the Markdown link text early.
    return " ".join(title.split()).replace("[", "\\[").replace("]", "\\]")


def baca_juga(title: str, target: str) -> str:
    """``Baca juga: [judul](tautan)``; ``target`` is a URL or an article id."""
    target = target.strip().replace(" ", "%20").replace(")", "%29")
    return f"Baca juga: [{_escape_title(title)}]({target})"
