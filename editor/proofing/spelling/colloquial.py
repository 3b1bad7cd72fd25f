"""Colloquial verbs of spoken Indonesian: the bare nasal prefix of Jakarta speech.

Quoted speech in news keeps the speaker's words: *ngirit* (meN- + irit), *nyerang* (serang),
*nyicil* (cicil), *manjat* (panjat), *nanggung* (tanggung), often with the informal suffix
-in (*ngajarin*: ajari). The lexicon knows only the standard forms, so these came out as
unknown words or as slips of whatever common word was one letter away (nyampah → nyaman).
Inside quotation marks they are words (issue 12: direct speech is spoken language); outside
them the spelling rule still reports them.

A form is recognised only when undoing the nasal (ng- before a vowel or for k, ny- for s or
c, m- for p, n- for t) leaves a root the lexicon lists, of four letters or more, whose
standard meN- verb is in common use (wordfreq: menyicil, memanjat, menanggapi). That keeps a
slip of a common word out, even when it happens to decompose: matih is not m- + patih
(*mematih* is written nowhere), numor not n- + tumor. The spelling rule also keeps a word
one slip from a common word a slip (nahun: tahun), whatever this module says.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from editor.proofing.lexicon import Lexicon
from editor.proofing.morph import nasal_prefix

#: informal suffixes stripped before the nasal is undone, with the standard suffixes they
#: stand for (-in is -kan or -i; or nothing at all, when speech adds it to a verb whose
#: standard form has no suffix: ngelihatin is melihat, nengokin menengok, ngertiin mengerti)
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("innya", ("kannya", "inya", "nya")), ("inlah", ("kanlah", "ilah", "lah")),
    ("nya", ("nya",)), ("kan", ("kan",)), ("in", ("kan", "i", "")), ("an", ("kan",)),
    ("i", ("i",)), ("", ("",)),
)
MIN_ROOT = 4
#: the standard verb (meN- + root + suffix) must be at least this common in wordfreq
STANDARD_IN_USE = 1e-6
#: ... or the archive must write it this often (menyetor, mencolek: news words wordfreq lacks)
ARCHIVE_USES = 3


def _roots(form: str) -> Iterator[str]:
    if form.startswith("nge") and len(form) >= 7:
        yield form[3:]              # ngerepot(in): repot, ngeluh: keluh is ng- + keluh
    if form.startswith("ng") and len(form) >= 6:
        yield form[2:]              # ngirit (irit), ngajar (ajar)
        yield "k" + form[2:]        # ngirim (kirim)
    if form.startswith("ny") and len(form) >= 6:
        yield "s" + form[2:]        # nyerang (serang)
        yield "c" + form[2:]        # nyicil (cicil), nyeletuk (celetuk)
    if form.startswith("m") and not form.startswith(("me", "ng")) and len(form) >= 5:
        yield "p" + form[1:]        # manjat (panjat), milih (pilih)
    if form.startswith("n") and not form.startswith(("ng", "ny")) and len(form) >= 5:
        yield "t" + form[1:]        # nanggung (tanggung), nunggu (tunggu)


def standard_verb(lex: Lexicon, word: str, freq: Mapping[str, float],
                  archive: Mapping[str, int] | None = None) -> tuple[str, str] | None:
    """(root, standard verb) of the spoken nasal verb ``word`` (lower case: ngungsi →
    ungsi, mengungsi), or None. The standard verb must be in use: in ``freq`` (wordfreq's
    Indonesian frequencies) or written ARCHIVE_USES times in ``archive`` (the store's
    word counts)."""
    archive = archive or {}
    for suffix, standard in _SUFFIXES:
        if suffix and not word.endswith(suffix):
            continue
        form = word[: len(word) - len(suffix)] if suffix else word
        for root in _roots(form):
            if len(root) < MIN_ROOT or root not in lex.roots:
                continue
            verb = nasal_prefix("me", root)
            for s in standard:
                if freq.get(verb + s, 0.0) >= STANDARD_IN_USE \
                        or archive.get(verb + s, 0) >= ARCHIVE_USES:
                    return root, verb + s
    return None


def colloquial_root(lex: Lexicon, word: str, freq: Mapping[str, float],
                    archive: Mapping[str, int] | None = None) -> str | None:
    """The standard root of the spoken nasal verb ``word`` (see :func:`standard_verb`)."""
    found = standard_verb(lex, word, freq, archive)
    return found[0] if found else None


#: the informal -in endings of a verb whose standard prefix is kept (ditunjukin, mewakilin,
#: beliin), with the standard endings they stand for; or none, when speech adds -in to a
#: verb of its own (bercandain: bercanda, berhentiin: berhenti)
_IN_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("innya", ("kannya", "inya", "nya")), ("inlah", ("kanlah", "ilah", "lah")),
    ("in", ("kan", "i", "")),
)


def spoken_in_verb(lex: Lexicon, word: str) -> bool:
    """``word`` (lower case) is a verb with the informal suffix -in of spoken Jakarta
    Indonesian: its -kan or -i form, or the word without -in, is a word of the lexicon
    (diomongin, samperin, digebukin, bercandain). The standard form need not be in use —
    speech makes verbs the written language rarely does — so this is for quoted speech
    only: in the reporter's own text the same test would pass slips (kedudukin, a slip of
    kedudukan, is *keduduki* to the morphology)."""
    for suffix, standard in _IN_SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < MIN_ROOT - 1:
            continue
        stem = word[: len(word) - len(suffix)]
        return any(lex.is_known(stem + s) for s in standard if s or len(stem) >= MIN_ROOT)
    return False


def standard_in_form(lex: Lexicon, word: str, freq: Mapping[str, float],
                     archive: Mapping[str, int] | None = None) -> str | None:
    """The standard form (-kan or -i, the more used of the two) of the spoken -in verb
    ``word`` (lower case): ditunjukin → ditunjukkan, mewakilin → mewakili; or None.

    The standard form must be a word and in use, as for :func:`standard_verb`: the
    morphology alone accepts too much (kedudukin would be *keduduki*, peningkatin
    *peningkatkan*, both written nowhere: those are slips of kedudukan, peningkatan)."""
    archive = archive or {}
    for suffix, standard in _IN_SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < MIN_ROOT - 1:
            continue
        stem = word[: len(word) - len(suffix)]
        suffixed = [s for s in standard if s]
        bare = [s for s in standard if not s and len(stem) >= MIN_ROOT]
        # A bare root (marahin, lanjutin) in running text is the active verb (memarahi,
        # melanjutkan); a prefixed stem keeps its prefix (ditanyain: ditanyakan).
        heads = [nasal_prefix("me", stem), stem] if stem in lex.roots else [stem]
        # The most used of the suffixed forms (mewakilin is mewakili, not mewakilkan); the
        # word without -in only when none is in use (lanjutin is lanjutkan, not lanjut,
        # however much more often lanjut is written)
        for group in [[h + s for s in suffixed] for h in heads] + [[h] for h in heads if bare]:
            used = [(freq.get(form, 0.0), archive.get(form, 0), form) for form in group
                    if (freq.get(form, 0.0) >= STANDARD_IN_USE
                        or archive.get(form, 0) >= ARCHIVE_USES) and lex.is_known(form)]
            if used:
                return max(used)[2]
        return None
    return None
