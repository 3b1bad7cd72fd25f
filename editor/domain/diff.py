"""Word-level differences between two revisions, for the side-by-side view and history."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

TOKEN_PATTERN = re.compile(r"\w+(?:[-'’]\w+)*|\s+|[^\w\s]", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Words (with internal hyphens: "anak-anak"), runs of whitespace, single punctuation."""
    return TOKEN_PATTERN.findall(text)


@dataclass(frozen=True, slots=True)
class DiffChunk:
    op: str  # "equal" | "delete" | "insert"
    text: str


def word_diff(old: str, new: str) -> list[DiffChunk]:
    """The edit from ``old`` to ``new`` as equal/delete/insert chunks of whole words.

    A replacement is shown as a deletion followed by an insertion, as newsroom editors expect
    from tracked changes.
    """
    a, b = tokenize(old), tokenize(new)
    chunks: list[DiffChunk] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            chunks.append(DiffChunk("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            chunks.append(DiffChunk("delete", "".join(a[i1:i2])))
        if j2 > j1:
            chunks.append(DiffChunk("insert", "".join(b[j1:j2])))
    return chunks


def side_by_side(old: str, new: str) -> tuple[list[DiffChunk], list[DiffChunk]]:
    """Chunks for the left (old: equal + deleted) and right (new: equal + inserted) panes."""
    chunks = word_diff(old, new)
    left = [c for c in chunks if c.op != "insert"]
    right = [c for c in chunks if c.op != "delete"]
    return left, right


def diff_stats(old: str, new: str) -> tuple[int, int]:
    """(words inserted, words deleted): a short summary for history lists."""
    inserted = deleted = 0
    for chunk in word_diff(old, new):
        words = len([t for t in tokenize(chunk.text) if t.strip() and t[0].isalnum()])
        if chunk.op == "insert":
            inserted += words
        elif chunk.op == "delete":
            deleted += words
    return inserted, deleted
