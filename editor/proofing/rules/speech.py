"""Where a sentence stands: inside direct speech, or in a Title-Case headline.

Why: word-choice rules judge written register, and direct speech is spoken language that a
newsroom quotes as said ("Saya mengatakan kalau ..." stays as the source said it). Quotes
often span several sentences of a paragraph, so the question is asked of the paragraph text
up to the match, not of the sentence alone. Headlines in Title Case capitalise every word on
purpose, so capital-letter rules about mid-sentence words leave them alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from editor.proofing.rules.base import Ctx

#: every double quote: straight, curly, two apostrophes (''Pas masih …'', as some archived
#: copy writes it), and “ ” read with the wrong encoding ("‚Äú"/"‚Äù", common in pasted and
#: archived copy)
_BREAK = re.compile("\n")
_QUOTE = re.compile('["“”]|\'\'|\u201a\u00c4[\u00fa\u00f9]')


@lru_cache(maxsize=4)
def _quote_index(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where the line breaks and the double quotes (starts and ends) of ``text`` are, in
    order: built once per text (a str caches its hash, so looking the same text up again is
    cheap), so that each question below is a few binary searches, not a scan of the
    paragraph — one pasted paragraph of a megabyte with thousands of quotes stays linear."""
    breaks = [m.start() for m in _BREAK.finditer(text)] if "\n" in text else []
    quotes = [m.span() for m in _QUOTE.finditer(text)]
    return breaks, [a for a, _b in quotes], [b for _a, b in quotes]


def paragraph_start(ctx: Ctx, pos: int) -> int:
    """Offset of the paragraph that ``pos`` lies in."""
    breaks = _quote_index(ctx.masked)[0]
    k = bisect_left(breaks, pos)
    return breaks[k - 1] + 1 if k else 0


def last_quote_before(ctx: Ctx, pos: int) -> int:
    """Offset of the last double quote of ``pos``'s paragraph that ends by ``pos`` (-1:
    none)."""
    _breaks, starts, ends = _quote_index(ctx.masked)
    k = bisect_right(ends, pos)
    return starts[k - 1] if k and starts[k - 1] >= paragraph_start(ctx, pos) else -1


def in_direct_speech(ctx: Ctx, pos: int) -> bool:
    """``pos`` lies between an opening and a closing double quote of its paragraph."""
    # Any double quote toggles: news copy mixes “…" and "…”, so the kinds are not paired.
    _breaks, starts, ends = _quote_index(ctx.masked)
    n = bisect_right(ends, pos) - bisect_left(starts, paragraph_start(ctx, pos))
    return n % 2 == 1


#: the quote marks that always open a quotation: “ and its mojibake ‚Äú
_OPENING = ("\u201c", "\u201a\u00c4\u00fa")


def in_open_quotation(ctx: Ctx, pos: int) -> bool:
    """``pos`` is inside a quotation by the last quote mark of its paragraph before it: that
    mark opens one (“; a straight mark after a space or the paragraph's start and before a
    letter). Stricter than :func:`in_direct_speech`, whose parity of all marks archived copy
    breaks when it drops a mark with a link's text ('" Trans TV … "Saya …'), and which takes a
    paragraph that opens with the end of the quotation above ('… saja," ujar Deny. Warga
    itu …') for speech."""
    at = last_quote_before(ctx, pos)
    if at < 0:
        return False
    text = ctx.masked
    if text.startswith(_OPENING, at):
        return True
    width = 2 if text.startswith("''", at) else 1
    if width == 1 and text[at] != '"':
        return False
    before = text[at - 1] if at > paragraph_start(ctx, at) else " "
    after = text[at + width : at + width + 1]
    if before in ",.":
        # glued to the sentence before (tayangan,"Ternyata …; Ayu."Mungkin …): a mark before
        # a capital opens the quotation, one before a space or a small letter closes one
        return after.isupper()
    return (before.isspace() or before in "([") and after.isalnum()


def is_title_case(ctx: Ctx) -> bool:
    """Most words of the sentence start with a capital (a headline such as "Ia Datang Lagi")."""
    s = ctx.sentence
    if ctx.masked[s.end - 1 : s.end] in (".", "!", "?"):
        return False  # a headline has no full stop; running text with many names does
    words = [t for t in ctx.tokens if t.text[:1].isalpha() and len(t.text) > 3]
    if len(words) < 2:
        return False
    caps = sum(1 for t in words if t.text[:1].isupper())
    return caps >= 0.6 * len(words)
