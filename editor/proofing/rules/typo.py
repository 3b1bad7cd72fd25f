"""Typos: unknown words with close, known candidates ranked by frequency.

Candidates are words within edit distance 1 (deletion, insertion, substitution, adjacent
transposition) — or 2 through a small deletion index — that the *lexicon* accepts; wordfreq's
Indonesian frequencies only rank them (frequent is not standard: "resiko" is frequent). A
word that wordfreq already knows as frequent is never called a typo: it is a name, slang, an
abbreviation or a non-standard form the kata-baku list handles with a proper explanation.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import lru_cache

from editor.proofing.lexicon import Lexicon
from editor.proofing.rules.base import Ctx, Hit, keep_case

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
#: Longer "words" get no candidates: the generator builds ~54 strings of the word's length
#: for every letter, so one 100,000-letter token would take gigabytes. The longest real
#: Indonesian forms ("ketidakberperikemanusiaannya") have under 30 letters.
MAX_WORD_LETTERS = 40
_LOCK = threading.Lock()
_SUGGEST_CACHE: dict[str, tuple[str, ...]] = {}


@lru_cache(maxsize=1)
def id_frequencies() -> dict[str, float]:
    """wordfreq's Indonesian word frequencies (words with Zipf ≥ 3)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("id")


@lru_cache(maxsize=1)
def _english() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")


def is_english(word: str) -> bool:
    """A common English word (Zipf ≥ 3): foreign, not misspelt Indonesian."""
    return _english().get(word, 0.0) >= 1e-6


@lru_cache(maxsize=1)
def _delete_index() -> dict[str, tuple[str, ...]]:
    """one-deletion variants → frequent words (for distance-2 candidates; the lexicon
    filters them when they are used, so building stays cheap)."""
    index: dict[str, list[str]] = {}
    for w in id_frequencies():
        if len(w) < 4 or not w.isalpha():
            continue
        for i in range(len(w)):
            index.setdefault(w[:i] + w[i + 1 :], []).append(w)
        index.setdefault(w, []).append(w)
    return {k: tuple(v) for k, v in index.items()}


def _doubled_or_swapped(word: str) -> set[str]:
    out = {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return out


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    inserts = {a + c + b for a, b in splits for c in _ALPHABET}
    return deletes | transposes | replaces | inserts


def suggest(lex: Lexicon, word: str, limit: int = 5) -> tuple[str, ...]:
    """Known words near lowercase ``word``, best first."""
    if len(word) > MAX_WORD_LETTERS:
        return ()
    hit = _SUGGEST_CACHE.get(word)
    if hit is not None:
        return hit
    freq = id_frequencies()
    # Only frequent words or dictionary roots can be candidates (cheap set lookups first;
    # the morphological check then runs on a handful of strings, not on hundreds).
    roots = lex.roots
    near = [
        c
        for c in _edits1(word)
        if c != word and len(c) > 1 and (c in roots or (c in freq and lex.is_known(c)))
    ]
    near = [c for c in near if is_standard(lex, c)]
    # Typing slips: a doubled key (diiisi) or two swapped keys (pelatiahn) beat a random
    # substitution towards a more frequent word (divisi).
    likely = _doubled_or_swapped(word)
    ranked = sorted(
        near,
        key=lambda c: (-freq.get(c, 0.0) * (4.0 if c in likely else 1.0), c[:1] != word[:1], c),
    )
    if not ranked and len(word) >= 5:
        index = _delete_index()
        far: set[str] = set()
        probes = {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}
        for p in probes:
            far.update(index.get(p, ()))
        far.discard(word)
        far = {c for c in far if lex.is_known(c) and is_standard(lex, c)}
        ranked = sorted(far, key=lambda c: (-freq.get(c, 0.0), c))
    result = tuple(ranked[:limit])
    with _LOCK:
        if len(_SUGGEST_CACHE) > 50_000:
            _SUGGEST_CACHE.clear()
        _SUGGEST_CACHE[word] = result
    return result


_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")


_NEAR_CACHE: dict[str, str | None] = {}
_UNSET = object()  # cache miss marker (None is a cached answer)


def _near_common(lex: Lexicon, word: str) -> str | None:
    """A common known word (Zipf ≥ 4) that ``word`` is one dropped letter or swap away from."""
    if len(word) > MAX_WORD_LETTERS:
        return None
    cached = _NEAR_CACHE.get(word, _UNSET)
    if cached is not _UNSET:
        return cached  # type: ignore[return-value]
    freq = id_frequencies()
    best: tuple[float, str] | None = None
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    cands = {a + c + b for a, b in splits for c in _ALPHABET}
    cands |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    for c in cands:
        f = freq.get(c, 0.0)
        if (
            f >= 1e-5
            and c != word
            and (best is None or f > best[0])
            and lex.is_known(c)
            and is_standard(lex, c)
        ):
            best = (f, c)
    result = best[1] if best else None
    with _LOCK:
        if len(_NEAR_CACHE) > 50_000:
            _NEAR_CACHE.clear()
        _NEAR_CACHE[word] = result
    return result


def is_standard(lex: Lexicon, word: str) -> bool:
    """Not a form the kata-baku or meN- rules would correct (frequent is not standard:
    "mempesona" must never be suggested for "memesona")."""
    from editor.proofing.rules.grammar import kpst_correction
    from editor.proofing.rules.words import baku_map

    return baku_map().lookup(word) is None and kpst_correction(lex, word) is None


def _dropped_or_swapped(word: str, cand: str) -> bool:
    """``word`` is ``cand`` with one letter left out or two neighbours swapped (mahl, kepda)."""
    if len(cand) == len(word) + 1:
        return any(cand[:i] + cand[i + 1 :] == word for i in range(len(cand)))
    if len(cand) == len(word):
        diff = [i for i in range(len(word)) if word[i] != cand[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == cand[diff[1]] and (
            word[diff[1]] == cand[diff[0]]
        )
    return False


def _distance_over_one(a: str, b: str) -> bool:
    return b not in _edits1(a)


def typo(ctx: Ctx) -> Iterator[Hit]:
    freq = id_frequencies()
    lex = ctx.lex
    for i, tok in enumerate(ctx.tokens):
        t = tok.text
        if len(t) < 4 or len(t) > MAX_WORD_LETTERS or not t.isalpha():
            continue
        low = t.lower()
        if low in ctx.user_words or low in ctx.ignored or t in ctx.names or low in ctx.names:
            continue
        if ctx.is_name_like(tok, i) or t in ctx.doc_names:
            continue
        if t[:1].isupper() and not t[1:].islower():
            continue
        if low in freq or low in lex.roots:
            continue
        if lex.is_known(low, ctx.user_words):
            # Morphology also accepts accidental forms (kecelakan = ke+celak+an, kepolisan =
            # ke+polis+an). Such a word, absent from real text, one dropped letter or swap
            # away from a common word, is a slip.
            near = (
                _near_common(lex, low)
                if len(low) >= 7
                and low not in ctx.user_words
                and not any(low.endswith(c) and low[: -len(c)] in freq for c in _CLITICS)
                # built on a common root (diindahkan, sehangat) it is a real derivation
                and not any(freq.get(r, 0.0) >= 1e-5 for r in lex.roots_of(low))
                else None
            )
            if near and not ctx.is_name_like(tok, i) and t not in ctx.doc_names:
                yield Hit("ID_SALAH_KETIK", tok.start, tok.end, (keep_case(t, near),),
                          {"wrong": t})
            continue
        if any(low.endswith(c) and low[: -len(c)] in freq for c in _CLITICS):
            continue  # skuadnya: a frequent word (often a loanword) with a clitic
        if low.endswith("in") and (
            lex.is_known(low[:-2] + "kan") or lex.is_known(low[:-2] + "i")
        ):
            continue  # ditunjukin, bilangin: informal Jakarta -in in quotes, not a slip
        if is_english(low):
            continue
        cands = suggest(lex, low)
        # The best candidate must itself be a word in common use; otherwise the "typo" is
        # more likely a rare word, acronym or regional term than a slip (capim, coto).
        if not cands or cands[0] not in freq:
            continue
        if t[:1].isupper() and (len(t) < 6 or _distance_over_one(low, cands[0])):
            continue  # a capitalised sentence opener is often a name: only sure slips
        if len(low) <= 5 and not _dropped_or_swapped(low, cands[0]):
            continue  # short unknown words are mostly acronyms or slang (ojol, rapim, kkal)
        yield Hit("ID_SALAH_KETIK", tok.start, tok.end,
                  tuple(keep_case(t, c) for c in cands), {"wrong": t})
