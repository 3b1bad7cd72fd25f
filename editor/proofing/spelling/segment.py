"""Glued and split words: di/ke written onto a noun, a clitic written apart, two words run
together — decided with the same counts that rank spelling candidates."""

from __future__ import annotations

from functools import lru_cache

from editor.proofing.lexicon import Lexicon
from editor.proofing.spelling.counts import MAX_WORD, LanguageCounts

#: hunspell-id affix flags that mark a root as a verb (takes di-/meN-).
VERB_FLAGS = frozenset({"D0", "D1", "M0", "M1", "MM", "M5", "O0", "O1", "Dk", "Di", "DR", "D3"})
#: written joined with the word before (PUEBI: klitika -nya)
JOINED_CLITICS = frozenset({"nya"})  # -lah/-kah apart: ID_PARTIKEL
COMMON = 1e-5  # P(word) of a word in everyday use (Zipf 4)


def glued_di(lex: Lexicon, counts: LanguageCounts, low: str) -> str | None:
    """``diperusahaan`` → ``perusahaan`` when *di* is a preposition written onto a noun.

    The rest must be a common known word that is not a verb (hunspell gives it no di-/meN-
    flag, no -kan/-i ending), not a function word (diyakni is a slip of diyakini, not
    "di yakni"), and the joined form must be unattested or rare next to it: passives are
    written joined all the time (dikirim/kirim ≈ 0.8; dinilainya: dinilai is common), a noun
    with di- almost never. (Place and direction words are ``ID_DI_PREPOSISI``'s own list.)
    """
    if not low.startswith("di") or len(low) < 7 or len(low) > MAX_WORD:
        return None
    rest = low[2:]
    base = rest
    for c in ("nya", "ku", "mu"):
        if rest.endswith(c) and len(rest) - len(c) >= 3:
            base = rest[: -len(c)]
            break
    for w in {rest, base}:
        if w in lex.roots and lex.flag_prefixes(w) & VERB_FLAGS:
            return None
    if base.endswith(("kan", "i", "si", "if", "ir")) or low in lex.roots:
        return None
    if base in _function_words() or base in _ambiguous():
        return None
    p_rest = counts.prob(base)
    if p_rest < COMMON or not lex.is_known(rest):
        return None
    joined = counts.prob(low) if base == rest else max(counts.prob(low),
                                                       counts.prob("di" + base))
    if joined > 0.01 * p_rest or joined >= 2e-6:
        return None  # an attested passive (dikali, didiskon, dinilai)
    return rest


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset[str]:
    """Nouns that are also used as passive verbs (difoto, didiskon): di_ke.yaml."""
    from editor.proofing.ruledata import load_yaml_data

    return frozenset(load_yaml_data("di_ke.yaml").get("ambiguous", []))


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from editor.proofing.ruledata import load_yaml_data

    return frozenset(load_yaml_data("phrases.yaml").get("function_words", []))


def run_together(lex: Lexicon, counts: LanguageCounts, low: str) -> tuple[str, str] | None:
    """``bantuansosial`` → (``bantuan``, ``sosial``): two common words written as one, the
    split that the bigram counts like best."""
    if len(low) < 6 or len(low) > MAX_WORD:
        return None
    best: tuple[float, str, str] | None = None
    for k in range(2, len(low) - 1):
        a, b = low[:k], low[k:]
        if counts.prob(a) < COMMON or counts.prob(b) < COMMON:
            continue
        if not (lex.is_known(a) and lex.is_known(b)):
            continue
        score = counts.log_prob(a) + counts.log_next(a, b)
        if best is None or score > best[0]:
            best = (score, a, b)
    if best is None or min(len(best[1]), len(best[2])) < 3 and best[0] < -7:
        return None
    return best[1], best[2]
