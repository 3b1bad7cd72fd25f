"""Offsets in UTF-16 code units, as LanguageTool (a Java program) and its clients count them.

Python counts code points; Java counts UTF-16 code units, where every character outside the
Basic Multilingual Plane (most emoji, some CJK) takes two. The two agree until the first such
character, so the conversion only pays for texts that have one.
"""

from __future__ import annotations

from bisect import bisect_left


class Utf16Map:
    """Converts offsets of one string between Python characters and UTF-16 code units."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Python offsets of the astral (two-unit) characters, ascending.
        self._astral: list[int] = (
            [] if text.isascii() else [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        )
        # The same characters' UTF-16 offsets (of their first unit).
        self._astral16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        """UTF-16 offset of the Python offset ``offset`` (0..len(text))."""
        return offset + bisect_left(self._astral, offset)

    def span_to_utf16(self, offset: int, length: int) -> tuple[int, int]:
        start = self.to_utf16(offset)
        return start, self.to_utf16(offset + length) - start

    def to_python(self, offset16: int) -> int:
        """Python offset of the UTF-16 offset ``offset16``; the middle of a surrogate pair
        rounds down to the character that contains it."""
        before = bisect_left(self._astral16, offset16)
        if before and self._astral16[before - 1] + 1 == offset16:
            return self._astral[before - 1]
        return offset16 - before

    def span_to_python(self, offset16: int, length16: int) -> tuple[int, int]:
        start = self.to_python(offset16)
        end = self.to_python(offset16 + length16)
        if end < len(self.text) and self.to_utf16(end) < offset16 + length16:
            end += 1  # the span ended inside a surrogate pair: keep the whole character
        return start, max(0, end - start)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
