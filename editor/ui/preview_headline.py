"""How the preview's headline fits a narrow pane without splitting words at random.

Qt's rich text wraps a line at word boundaries and, only when one word is wider than the
whole line, anywhere inside it. With a 24 px bold headline in the preview column (~140 px
of text at 1280x800) ordinary words such as "Perempuan" or "Berkepanjangan" are wider than
the line, so they were cut in the middle ("Perempu / an"). So:

1. the headline shrinks, down to the body's size, until its longest word fits;
2. a word that does not fit even then gets soft hyphens at its Indonesian hyphenation
   points (``editor.writing.hyphenation``): it breaks at a syllable, with a hyphen;
3. only a word without such points (a URL, a 100,000-letter paste) still breaks anywhere,
   which is the best a line can do.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

from editor.writing.hyphenation import soft_hyphenate

HEADLINE_PX = 24
"""The headline's size when the pane is wide enough (the old fixed size)."""
MIN_HEADLINE_PX = 15
"""Never smaller than the body text (15 px): below it the headline stops reading as one."""
#: Words longer than this are never measured: they cannot fit at any size worth showing.
_MEASURE_LIMIT = 80


def fit_headline(headline: str, base_font: QFont, width: float) -> tuple[int, str]:
    """(pixel size, text) for ``headline`` on lines ``width`` pixels wide in ``base_font``
    made bold: the largest size (``MIN_HEADLINE_PX``..``HEADLINE_PX``) at which every word
    that can fit does, and the text with hyphenation points in the words that cannot."""
    words = set(headline.split())
    if not words or width <= 0:
        return HEADLINE_PX, headline
    font = QFont(base_font)
    font.setBold(True)
    font.setPixelSize(MIN_HEADLINE_PX)
    floor = QFontMetricsF(font)
    too_wide = {w for w in words
                if len(w) > _MEASURE_LIMIT or floor.horizontalAdvance(w) > width}
    fitting = sorted(words - too_wide, key=len, reverse=True)[:8]  # the widest is among these
    size = MIN_HEADLINE_PX
    for px in range(HEADLINE_PX, MIN_HEADLINE_PX, -1):
        font.setPixelSize(px)
        metrics = QFontMetricsF(font)
        if not fitting or max(metrics.horizontalAdvance(w) for w in fitting) <= width:
            size = px
            break
    if too_wide:
        headline = " ".join(soft_hyphenate(w) if w in too_wide else w
                            for w in headline.split(" "))
    return size, headline

