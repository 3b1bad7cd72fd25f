"""Counting words and estimating reading time the way an editor means it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from math import ceil

from editor.publishing.sanitize import markdown_to_html, plain_text

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>\n]+>", re.IGNORECASE | re.DOTALL)
_MARKUP = re.compile(r"(^|\n)\s{0,3}(#{1,6}\s|>\s?|[-*+]\s|\d+[.)]\s)|[*_`]|!?\[|\]\([^)]*\)")


@dataclass(frozen=True, slots=True)
class TextStats:
    words: int
    characters: int          # characters of the visible text (markup removed)
    reading_minutes: int     # whole minutes, at least 1 for any text


def visible_text(markdown_text: str) -> str:
    """The words a reader sees: Markdown markers and link targets dropped (cheap regex, so it
    can run on every keystroke without rendering)."""
    return _MARKUP.sub(lambda m: m.group(1) or "", _TAGS.sub("", markdown_text))


def count_words(text: str) -> int:
    """Words as a reader counts them: "ke-2", "Jum'at" and "anak-anak" are one word each."""
    return len(_WORD.findall(text))


def text_stats(markdown_text: str, words_per_minute: int = 200) -> TextStats:
    visible = visible_text(markdown_text)
    words = count_words(visible)
    minutes = ceil(words / max(1, words_per_minute)) if words else 0
    return TextStats(words, len(visible.strip()), minutes)


def rendered_text(markdown_text: str) -> str:
    """Exact visible text via the real renderer (slower; for checks, not per keystroke)."""
    return plain_text(markdown_to_html(markdown_text))


def meter_level(length: int, minimum: int, warn: int, maximum: int) -> str:
    """"empty", "short", "ok", "long" (past warn) or "over" (past the hard limit)."""
    if length == 0:
        return "empty"
    if length > maximum:
        return "over"
    if length > warn:
        return "long"
    if length < minimum:
        return "short"
    return "ok"
