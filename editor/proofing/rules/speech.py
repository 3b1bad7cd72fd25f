"""Where a sentence stands: inside direct speech, or in a Title-Case headline.

Why: word-choice rules judge written register, and direct speech is spoken language that a
newsroom quotes as said ("Saya mengatakan kalau ..." stays as the source said it). Quotes
often span several sentences of a paragraph, so the question is asked of the paragraph text
up to the match, not of the sentence alone. Headlines in Title Case capitalise every word on
purpose, so capital-letter rules about mid-sentence words leave them alone.
"""

from __future__ import annotations

from editor.proofing.rules.base import Ctx

_STRAIGHT = '"'
_OPEN, _CLOSE = "“", "”"


def in_direct_speech(ctx: Ctx, pos: int) -> bool:
    """``pos`` lies between an opening and a closing double quote of its paragraph."""
    text = ctx.masked
    para = text.rfind("\n", 0, pos) + 1
    head = text[para:pos]
    # Any double quote toggles: news copy mixes “…" and "…”, so the kinds are not paired.
    # "‚Äú"/"‚Äù" are “ ” read with the wrong encoding, common in pasted and archived copy.
    n = head.count(_STRAIGHT) + head.count(_OPEN) + head.count(_CLOSE)
    if "‚Ä" in head:
        n += head.count("‚Äú") + head.count("‚Äù")
    return n % 2 == 1


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
