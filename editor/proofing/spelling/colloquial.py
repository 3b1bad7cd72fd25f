"""Colloquial verbs of spoken Indonesian: the bare nasal prefix of Jakarta speech.

Quoted speech in news keeps the speaker's words: *ngirit* (meN- + irit), *nyerang* (serang),
*nyicil* (cicil), *manjat* (panjat), *nanggung* (tanggung), often with the informal suffix
-in (*ngajarin*: ajari). The lexicon knows only the standard forms, so these came out as
unknown words or as slips of whatever common word was one letter away (nyampah → nyaman).
Inside quotation marks they are words (issue 12: direct speech is spoken language); outside
them the spelling rule still reports them.

A form is recognised only when undoing the nasal (ng- before a vowel or for k, ny- for s or
c, m- for p, n- for t) leaves a root the lexicon lists, of four letters or more.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.proofing.lexicon import Lexicon

#: informal suffixes stripped before the nasal is undone (-in stands for -kan or -i)
_SUFFIXES = ("innya", "inlah", "nya", "kan", "in", "an", "i", "")
MIN_ROOT = 4


def _roots(form: str) -> Iterator[str]:
    if form.startswith("nge") and len(form) >= 6:
        yield form[3:]              # ngecat, ngebut: nge- before a short root
    if form.startswith("ng") and len(form) >= 6:
        yield form[2:]              # ngirit (irit), ngajar (ajar)
        yield "k" + form[2:]        # ngopi (kopi), ngirim (kirim)
    if form.startswith("ny") and len(form) >= 6:
        yield "s" + form[2:]        # nyerang (serang)
        yield "c" + form[2:]        # nyicil (cicil), nyeletuk (celetuk)
    if form.startswith("m") and not form.startswith(("me", "ng")) and len(form) >= 5:
        yield "p" + form[1:]        # manjat (panjat), milih (pilih)
    if form.startswith("n") and not form.startswith(("ng", "ny")) and len(form) >= 5:
        yield "t" + form[1:]        # nanggung (tanggung), nunggu (tunggu)


def colloquial_root(lex: Lexicon, word: str) -> str | None:
    """The standard root of the spoken nasal verb ``word`` (lower case), or None."""
    for suffix in _SUFFIXES:
        if suffix and not word.endswith(suffix):
            continue
        form = word[: len(word) - len(suffix)] if suffix else word
        for root in _roots(form):
            if len(root) >= MIN_ROOT and root in lex.roots:
                return root
    return None
