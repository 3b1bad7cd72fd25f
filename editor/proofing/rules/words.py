"""Word-level rules: non-standard words (kata baku), house-style loanwords, typos.

The pairs live in ``resources/proofing/baku.tsv`` and ``padanan.tsv``. A listed form is also
found inside its derivations (``prakteknya``, ``diijinkan``, ``menganalisa``) by peeling the
common affixes, so the lists stay short and readable.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import lru_cache

from editor.proofing.morph import nasal_prefix
from editor.proofing.ruledata import read_tsv
from editor.proofing.rules.base import Ctx, Hit, keep_case
from editor.proofing.rules.speech import in_open_quotation

_SUFFIXES = ("", "nya", "lah", "kah", "pun", "ku", "mu", "kan", "an", "i", "kannya", "annya",
             "inya", "kanlah", "ilah", "anlah", "kah", "nyalah")
_DERIVATIONAL = frozenset({"kan", "i", "an", "kannya", "annya", "inya", "kanlah", "ilah", "anlah"})
_PLAIN_PREFIXES = ("", "di", "ter", "ber", "be", "se", "ke", "per", "diper", "memper", "ku", "kau")
# mengkoordinir: a non-standard root written with an unmelted k/p/t/s as well
_UNMELTED = {"k": ("meng", "peng"), "p": ("mem", "pem"), "t": ("men", "pen"), "s": ("men", "pen")}
_NASAL_PREFIXES = ("meng", "mem", "men", "meny", "me", "peng", "pem", "pen", "peny", "pe")
_MISSING = object()
_KEY_OFFSETS = tuple(sorted({len(p) for p in _PLAIN_PREFIXES + _NASAL_PREFIXES}))


class WordMap:
    """A wrong→right map that also recognises affixed forms of its keys."""

    def __init__(self, pairs: list[tuple[str, ...]], *, allow_spaces: bool = False) -> None:
        #: compounds (right side with a space): prefix *or* suffix keeps them apart
        #: (bertanggung jawab, kerja samanya), both together join them (dikerjasamakan).
        self.allow_spaces = allow_spaces
        self.map: dict[str, str] = {}
        for row in pairs:
            self.map[row[0].lower()] = row[1]
        self._cache: dict[str, tuple[str, str] | None] = {}
        #: ``cached(word, default)``: the answer of an earlier ``lookup(word)``, or default
        self.cached = self._cache.get
        self._lock = threading.Lock()
        self._standard = frozenset(v.lower() for v in self.map.values())
        #: first words of all keys (a cheap gate before any phrase work)
        self.first_words = frozenset(k.split()[0] for k in self.map)
        #: first three letters of every key: a key found inside a word (past a prefix) starts
        #: with them, so a prefix whose remainder does not is never tried
        self._key3 = frozenset(k[:3] for k in self.map if len(k) >= 3)

    def lookup(self, word: str) -> tuple[str, str] | None:
        """Return (listed wrong key, corrected whole word) for lowercase ``word``, or None."""
        res = self._cache.get(word, _MISSING)
        if res is not _MISSING:
            return res  # type: ignore[return-value]
        res = self._lookup(word)
        with self._lock:
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[word] = res
        return res

    def _lookup(self, w: str) -> tuple[str, str] | None:
        hit = self.map.get(w)
        if hit is not None:
            return w, hit
        if w in self._standard:
            return None  # kedaluwarsa is itself a listed standard form, not ke + daluwarsa
        # The prefixes w starts with, found once: stem (w less a suffix) starts with one
        # exactly when w does and the stem is at least as long. A key is at least three
        # letters long and starts right after its prefix, so only prefixes followed by the
        # first three letters of some key can lead to one (most words: none).
        key3 = self._key3
        for at in _KEY_OFFSETS:  # where a key may start: after no prefix, or after one
            if w[at : at + 3] in key3:
                break
        else:
            return None
        plain = [p for p in _PLAIN_PREFIXES if w.startswith(p) and w[len(p) : len(p) + 3] in key3]
        nasal = [p for p in _NASAL_PREFIXES if w.startswith(p) and w[len(p) : len(p) + 3] in key3]
        if not plain and not nasal:
            return None
        for suf in _SUFFIXES:
            if suf and not w.endswith(suf):
                continue
            stem = w[: len(w) - len(suf)] if suf else w
            for pre in plain:
                if len(pre) > len(stem):
                    continue
                key = stem[len(pre) :]
                if len(key) < 3 or (not pre and not suf):
                    continue
                right = self.map.get(key)
                if right is None:
                    continue
                if " " in right:
                    if not self.allow_spaces or (pre and suf in _DERIVATIONAL):
                        continue
                return key, pre + right + suf
            for pre in nasal:
                if len(pre) > len(stem):
                    continue
                key = stem[len(pre) :]
                if len(key) < 3:
                    continue
                right = self.map.get(key)
                if right is None or " " in right:
                    continue
                unmelted = key[0] in "kpts" and stem == pre + key and pre in _UNMELTED.get(key[0], ())
                if nasal_prefix(pre[:2], key) != stem and not unmelted:
                    continue  # "men"+"ijin" is not a real form; don't guess
                fixed = nasal_prefix(pre[:2], right) + suf
                if fixed == w:
                    continue  # penampakan: pe- + nampak is pe- + tampak, the standard form
                return key, fixed
        return None



@lru_cache(maxsize=1)
def baku_map() -> WordMap:
    return WordMap(read_tsv("baku.tsv"))


@lru_cache(maxsize=1)
def padanan_map() -> WordMap:
    return WordMap(read_tsv("padanan.tsv"))


def capital_words() -> frozenset[str]:
    from editor.proofing.rules.caps import always_capitalised

    return always_capitalised()



def _continues_name(ctx: Ctx, i: int, capitalised: frozenset[str]) -> bool:
    """Token ``i`` follows, one space apart, a capitalised word mid-sentence that no
    dictionary knows (a personal name: Ricky Widya Muharram, Andra Ramadhan) and that is not
    an always-capitalised word (a day, a month): a run of name words. After a common word
    (Tabligh Akbar Muharram, Program Muharram) the word is still the month's."""
    prev = ctx.tokens[i - 1]
    return (ctx.adjacent(prev, ctx.tokens[i]) and prev.text[:1].isupper()
            and prev.text[1:].islower() and prev.lower not in capitalised
            and not ctx.lex.is_known(prev.lower))


def baku(ctx: Ctx) -> Iterator[Hit]:
    """Non-standard spellings → KBBI standard (resiko → risiko, praktek → praktik)."""
    wm = baku_map()
    capitalised = capital_words()
    known = wm.cached  # most words were looked up before, and are not listed
    user_words, ignored, names = ctx.user_words, ctx.ignored, ctx.names
    for i, tok in enumerate(ctx.tokens):
        low = tok.lower
        if known(low, _MISSING) is None:
            continue  # what the tests below would end in anyway
        if low in user_words or low in ignored or "-" in low:
            continue
        if tok.text in names or (len(tok.text) > 1 and tok.text.isupper()):
            continue
        found = wm.lookup(low)
        if found is None:
            continue
        key, right = found
        if tok.text[:1].isupper() and key != low and right.lower() not in capitalised:
            continue  # Ashari (a name), not ashar + -i
        if tok.text[:1].isupper() and not ctx.is_first(i) and right.lower() not in capitalised:
            continue  # inside a name (Apotik Sehat, Jamaah Islamiyah): the name's own spelling
        if (tok.text[:1].isupper() and i > 0 and not ctx.is_first(i - 1)
                and _continues_name(ctx, i, capitalised)):
            continue  # the last of a run of name words (Kompol Ricky Widya Muharram)
        yield Hit("ID_KATA_BAKU", tok.start, tok.end, (keep_case(tok.text, right),),
                  {"wrong": tok.text, "right": keep_case(tok.text, right)})


def padanan(ctx: Ctx) -> Iterator[Hit]:
    """House style: foreign words with an established Indonesian equivalent — in the
    reporter's own sentences. Direct speech keeps the speaker's words (issue 12: word-choice
    rules stay silent in quotations): "kegiatan itu hoax" is what was said, and an editor
    does not translate a quote."""
    wm = padanan_map()
    firsts = wm.first_words
    if firsts.isdisjoint(ctx.lows()):
        return  # every entry starts with one of these words
    toks = ctx.tokens
    for i, tok in enumerate(toks):
        low = tok.lower
        if low not in firsts:
            continue
        if low in ctx.user_words or low in ctx.ignored:
            continue
        if tok.inner_upper:
            continue  # ONLINE, eKTP: names and acronyms
        if tok.text[:1].isupper() and not ctx.is_first(i):
            continue  # a name (Online Shop X)
        if in_open_quotation(ctx, tok.start):
            continue
        # two-word entries ("social media")
        if i + 1 < len(toks) and ctx.adjacent(tok, toks[i + 1]):
            two = f"{low} {toks[i + 1].lower}"
            right = wm.map.get(two)
            if right is not None:
                yield Hit("ID_PADANAN", tok.start, toks[i + 1].end,
                          (keep_case(tok.text, right),),
                          {"wrong": ctx.text[tok.start : toks[i + 1].end], "right": right})
                continue
        right = wm.map.get(low)
        if right is None:
            continue
        yield Hit("ID_PADANAN", tok.start, tok.end, (keep_case(tok.text, right),),
                  {"wrong": tok.text, "right": right})
