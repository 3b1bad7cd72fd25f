"""Clitics written apart: ``peserta nya`` → ``pesertanya``, ``Menurut nya`` → ``Menurutnya``.

*nya* never stands alone in standard writing (PUEBI); written after a word with one space,
it belongs to it. (*lah*/*kah* written apart are ``ID_PARTIKEL``'s; *ku* and *mu* stand
alone too often — "Tuhan mu" in a quote, "ku" as a pronoun in lyrics — to
join them blindly.)
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.spelling.segment import JOINED_CLITICS


def split_clitic(ctx: Ctx) -> Iterator[Hit]:
    toks = ctx.tokens
    for i in range(1, len(toks)):
        tok, prev = toks[i], toks[i - 1]
        if tok.text not in JOINED_CLITICS or not ctx.adjacent(prev, tok):
            continue
        if not prev.text.isalpha() or prev.inner_upper or len(prev.text) < 2:
            continue
        if prev.lower in JOINED_CLITICS:
            continue
        yield Hit("ID_KLITIK_TERPISAH", prev.start, tok.end, (prev.text + tok.text,),
                  {"mark": tok.text})
