"""Keeping comment anchors on the words they were about while the text is edited.

A comment covers ``[start, end)`` of the body. When the body changes, the anchor is carried
through the edit: text inserted or deleted before it shifts it, edits inside it stretch or
shrink it, and edits after it leave it alone. The mapping uses the same word-level diff as the
revision view (``editor.domain.diff``), so a comment never latches onto stray letters that
happen to match inside rewritten text.
"""

from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher

from editor.domain.diff import TOKEN_PATTERN


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN_PATTERN.finditer(text)]  # tokens tile the whole text


def rebase_anchor(old_text: str, new_text: str, start: int, end: int) -> tuple[int, int] | None:
    """The anchor ``[start, end)`` of ``old_text`` carried into ``new_text``.

    Returns None when none of the anchored words survive (the comment becomes detached; the
    caller keeps it, with its quote, rather than dropping it).
    """
    if old_text == new_text:
        return start, end
    start = max(0, min(start, len(old_text)))
    end = max(start, min(end, len(old_text)))
    a, b = _spans(old_text), _spans(new_text)
    if not a:
        return None
    ta = [old_text[s:e] for s, e in a]
    tb = [new_text[s:e] for s, e in b]
    opcodes = SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    starts = [s for s, _ in a]

    def token_at(pos: int, is_end: bool) -> int:
        k = bisect_right(starts, pos - 1 if is_end else pos) - 1
        return max(0, min(k, len(a) - 1))

    def new_start_of(j: int) -> int:
        return b[j][0] if j < len(b) else len(new_text)

    def map_pos(pos: int, is_end: bool) -> int:
        k = token_at(pos, is_end)
        for tag, i1, i2, j1, j2 in opcodes:
            if i1 <= k < i2:
                if tag == "equal":
                    return b[j1 + k - i1][0] + (pos - a[k][0])
                if is_end:
                    return b[j2 - 1][1] if j2 > j1 else new_start_of(j1)
                return new_start_of(j1)
        return len(new_text)

    first, last = token_at(start, False), token_at(end, True)
    survives = any(
        tag == "equal" and i1 <= last and first < i2
        and any(ta[k].strip() for k in range(max(i1, first), min(i2, last + 1)))
        for tag, i1, i2, _, _ in opcodes
    )
    if end > start and not survives:
        return None
    new_start = map_pos(start, False)
    new_end = map_pos(end, True) if end > start else new_start
    return new_start, max(new_start, new_end)
