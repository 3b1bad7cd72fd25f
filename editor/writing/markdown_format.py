"""Markdown formatting commands (bold, italic, heading, lists, link) as pure text edits.

Each function takes a *region* — the whole lines the selection touches — and the selection
inside it, and returns the new region with the new selection, so the editor can replace the
region as one undo step and tests can check the text without a widget. Commands toggle:
applying bold to bold text removes it, a heading on a heading line turns it back into text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LINK_PLACEHOLDER_TEXT = "teks tautan"
LINK_PLACEHOLDER_URL = "https://"

_HEADING = re.compile(r"^(#{1,6})\s+")
_BULLET = re.compile(r"^([-*+])\s+")
_NUMBERED = re.compile(r"^\d{1,9}[.)]\s+")


@dataclass(frozen=True, slots=True)
class Edit:
    """A region's new text and the selection in it (``start`` <= ``end``)."""

    text: str
    start: int
    end: int


def toggle_wrap(region: str, start: int, end: int, marker: str) -> Edit:
    """Wrap the selection in ``marker`` (``**`` bold, ``*`` italic), or unwrap it if it is
    wrapped already. Spaces at the selection's edges stay outside the markers (``**kata** ``,
    never ``**kata **``, which Markdown would not render). With no selection, the word at the
    cursor is wrapped; between words, an empty pair is inserted with the cursor inside."""
    if start == end:
        left = start
        while left > 0 and region[left - 1].isalnum():
            left -= 1
        right = end
        while right < len(region) and region[right].isalnum():
            right += 1
        if left == right:
            text = region[:start] + marker + marker + region[start:]
            return Edit(text, start + len(marker), start + len(marker))
        start, end = left, right
    while start < end and region[start].isspace():
        start += 1
    while end > start and region[end - 1].isspace():
        end -= 1
    n = len(marker)
    inner = region[start:end]
    outside = region[max(0, start - n):start] == marker and region[end:end + n] == marker
    if outside and not _is_other_marker(region, start - n, end + n, marker):
        text = region[:start - n] + inner + region[end + n:]
        return Edit(text, start - n, end - n)
    if len(inner) >= 2 * n and inner.startswith(marker) and inner.endswith(marker) and \
            not _is_other_marker(inner, 0, len(inner), marker):
        text = region[:start] + inner[n:-n] + region[end:]
        return Edit(text, start, end - 2 * n)
    text = region[:start] + marker + inner + marker + region[end:]
    return Edit(text, start + n, end + n)


def _is_other_marker(text: str, start: int, end: int, marker: str) -> bool:
    """``*`` next to ``**`` is part of bold, not italic: ``**kata**`` is not italic."""
    if marker != "*":
        return False
    before = text[start - 1:start] if start > 0 else ""
    after = text[end:end + 1]
    return before == "*" or after == "*" or text[start:start + 2] == "**"


def _lines(region: str) -> list[str]:
    return region.split("\n")


def _reselect(old: str, new: str, start: int, end: int) -> Edit:
    """A selection becomes the whole changed lines; a bare cursor (one line) keeps its
    place in the words as the line's prefix grows or shrinks."""
    if start != end:
        return Edit(new, 0, len(new))
    shift = len(new) - len(old)
    position = min(len(new), max(0, start + shift))
    return Edit(new, position, position)


def toggle_heading(region: str, start: int, end: int, level: int = 2) -> Edit:
    """Make the lines ``level`` headings (``## ``); lines already at that level become plain
    text again; other heading levels are changed to ``level``."""
    prefix = "#" * level + " "
    lines = _lines(region)
    matches = [_HEADING.match(line) for line in lines if line.strip()]
    at_level = all(m is not None and len(m.group(1)) == level for m in matches)
    out = []
    for line in lines:
        body = _HEADING.sub("", line)
        body = _BULLET.sub("", body) if not at_level else body
        out.append(body if at_level else (prefix + body.lstrip() if line.strip() else line))
    new = "\n".join(out)
    return _reselect(region, new, start, end)


def toggle_list(region: str, start: int, end: int, *, numbered: bool = False) -> Edit:
    """Make the non-empty lines a bulleted (``- ``) or numbered (``1. ``, ``2. ``...) list, or
    plain lines again if they already are that kind of list."""
    pattern = _NUMBERED if numbered else _BULLET
    lines = _lines(region)
    filled = [line for line in lines if line.strip()]
    already = bool(filled) and all(pattern.match(line) for line in filled)
    out = []
    n = 0
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        body = _NUMBERED.sub("", _BULLET.sub("", _HEADING.sub("", line)))
        if already:
            out.append(body)
        else:
            n += 1
            out.append((f"{n}. " if numbered else "- ") + body.lstrip())
    new = "\n".join(out)
    return _reselect(region, new, start, end)


def make_link(region: str, start: int, end: int, url: str = "") -> Edit:
    """``[selection](url)``. Without a URL the placeholder ``https://`` is selected, so the
    reporter types or pastes the address straight away; without a selection the link text
    placeholder is selected instead."""
    label = region[start:end].strip() or LINK_PLACEHOLDER_TEXT
    target = url.strip() or LINK_PLACEHOLDER_URL
    link = f"[{label}]({target})"
    text = region[:start] + link + region[end:]
    if not region[start:end].strip():
        return Edit(text, start + 1, start + 1 + len(label))
    url_at = start + len(label) + 3
    return Edit(text, url_at, url_at + len(target))
