"""Indonesian hyphenation points for words too wide for their line (pyphen's ``id_ID``
patterns, from LibreOffice's dictionaries).

Used where a line is narrow (the preview's headline column): a word that cannot fit whole
is broken at a syllable with a visible hyphen ("Berkepanjang-an"), not at whatever letter
the line ends on ("Berkepanja/ngan"). Soft hyphens (U+00AD) mark the points; a renderer
shows a hyphen only where it breaks.
"""

from __future__ import annotations

from functools import lru_cache

import pyphen

SOFT_HYPHEN = "\u00ad"
#: Longer "words" (a pasted URL, 100,000 letters of nothing) get no hyphenation points: the
#: patterns would cost time for a word that wraps anywhere anyway.
MAX_HYPHENATED_LETTERS = 60


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen | None:
    """The patterns; None when they are missing (a broken install or bundle): words then
    simply get no hyphenation points, the preview never fails over it."""
    try:
        return pyphen.Pyphen(lang="id_ID")
    except (KeyError, OSError):
        return None


def soft_hyphenate(word: str) -> str:
    """``word`` with a soft hyphen at each Indonesian hyphenation point; unchanged when it
    is longer than ``MAX_HYPHENATED_LETTERS`` or has none."""
    dictionary = _dictionary()
    if dictionary is None or len(word) > MAX_HYPHENATED_LETTERS or SOFT_HYPHEN in word:
        return word
    return dictionary.inserted(word, hyphen=SOFT_HYPHEN)
