"""How big the preview's headline may be in a narrow pane without splitting words.

Qt's rich text wraps a line at word boundaries and, only when one word is wider than the
whole line, anywhere inside it. With a 24 px bold headline in the preview column (~180 px at
1280x800) ordinary words such as "Perempuan" or "Berkepanjangan" are wider than the line, so
they were cut in the middle ("Perempu / an"). The headline therefore shrinks, down to a
floor, until its longest word fits; only a word that does not fit even at the floor (a URL,
a 100,000-letter paste) is still broken inside, which is the best a line can do.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

HEADLINE_PX = 24
"""The headline's size when the pane is wide enough (the old fixed size)."""
MIN_HEADLINE_PX = 15
"""Never smaller than the body text (15 px): below it the headline stops reading as one."""
#: Words longer than this are never measured: they cannot fit at any size worth showing.
_MEASURE_LIMIT = 80


def headline_px(headline: str, base_font: QFont, width: float) -> int:
    """The largest pixel size (``MIN_HEADLINE_PX``..``HEADLINE_PX``) at which every word of
    ``headline`` fits in ``width`` pixels, in ``base_font`` made bold. Words that do not fit
    even at the floor are left out of the choice: they wrap inside themselves anyway."""
    words = [w for w in headline.split() if len(w) <= _MEASURE_LIMIT]
    if not words or width <= 0:
        return HEADLINE_PX
    font = QFont(base_font)
    font.setBold(True)
    font.setPixelSize(MIN_HEADLINE_PX)
    floor = QFontMetricsF(font)
    # A word too wide even at the floor is broken inside whatever the size: it has no say.
    words = [w for w in set(words) if floor.horizontalAdvance(w) <= width]
    if not words:
        return HEADLINE_PX
    candidates = sorted(words, key=len, reverse=True)[:8]  # the widest is among the longest
    for px in range(HEADLINE_PX, MIN_HEADLINE_PX, -1):
        font.setPixelSize(px)
        metrics = QFontMetricsF(font)
        if max(metrics.horizontalAdvance(w) for w in candidates) <= width:
            return px
    return MIN_HEADLINE_PX
