"""di-/ke-: prefix (joined) versus preposition (separate), both directions.

PUEBI: the prepositions *di* and *ke* are written apart from the word that follows (di rumah,
ke luar negeri, di mana); the prefixes *di-* and *ke-* are joined (dikirim, dialokasikan,
ketua). We decide with data, not guesses:

* ``diX`` is a preposition glued on when X is a place/direction/time word listed in
  ``resources/proofing/di_ke.yaml`` (hunspell-id's affix flags were tried as a general
  signal, but they miss too many verbs — "lihat", "subsidi" — to be trusted);
* ``di X`` is a detached prefix when X is a passive-capable verb: a bare root hunspell marks
  with D0, or X = root + -kan/-i where hunspell marks the root with the matching di-…-kan/-i
  flag. Place words never count as verbs, so "di bawah", "di jalan" stay untouched.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from editor.proofing.lexicon import Lexicon
from editor.proofing.morph import nasal_prefix
from editor.proofing.ruledata import load_yaml_data
from editor.proofing.rules.base import Ctx, Hit, keep_case
from editor.proofing.rules.typo import id_frequencies

_CLITICS = ("nya", "ku", "mu")
# dimana-mana → di mana-mana, kemana-mana → ke mana-mana, disana-sini → di sana-sini
# hunspell flags of roots that take a bare di-/meN-/ku- (a verb), or di-…-kan/-i
_VERB_FLAGS = frozenset({"D0", "D1", "M0", "M1", "MM", "M5", "O0", "O1", "Dk", "Di", "DR", "D3"})
_SPLIT_REDUP = frozenset({"dimana", "kemana", "disana", "kesana", "disini", "kesini"})


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset[str]:
    return frozenset(load_yaml_data("di_ke.yaml").get("ambiguous", []))


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_yaml_data("di_ke.yaml")
    return (
        frozenset(raw["locatives"]),
        frozenset(raw["places"]),
        frozenset(raw["keluar_targets"]),
        frozenset(raw.get("di_words", [])),
    )


def _split_clitic(rest: str) -> tuple[str, str]:
    if rest.endswith("pun"):
        return rest[:-3], " pun"
    for c in _CLITICS:
        if rest.endswith(c) and len(rest) > len(c) + 2:
            return rest[: -len(c)], c
    return rest, ""


#: _glued_preposition's answers for one lexicon (in practice the shared one): they depend
#: on the word and the lexicon only, and most di-/ke- words recur.
_glued_memo: tuple[object, dict[str, tuple[str, str] | None]] = (None, {})
_UNSET = object()


def _glued(ctx: Ctx, low: str) -> tuple[str, str] | None:
    """``_glued_preposition(ctx, low, low[:2])``, remembered per word."""
    global _glued_memo
    owner, memo = _glued_memo
    if owner is not ctx.lex:
        memo = {}
        _glued_memo = (ctx.lex, memo)
    found = memo.get(low, _UNSET)
    if found is _UNSET:
        found = _glued_preposition(ctx, low, low[:2])
        if len(memo) > 100_000:
            memo.clear()
        memo[low] = found
    return found  # type: ignore[return-value]


def _glued_preposition(ctx: Ctx, low: str, prefix: str) -> tuple[str, str] | None:
    """If ``low`` = di/ke + place word, return (place, tail) else None."""
    locatives, places, _targets, di_words = _data()
    if len(low) <= len(prefix) + 2 or low in di_words:
        return None
    rest = low[len(prefix) :]
    lex = ctx.lex
    if prefix == "ke":
        stem = _split_clitic(rest)[0] if rest not in locatives else rest
        if stem not in locatives and stem.endswith("an") and lex.is_known(stem[:-2]):
            return None  # ke-…-an confix: kebagian(nya), kelapangan, kedalaman
        if any(low.endswith(s) and low[: -len(s)] in lex.roots for s in ("an", "nya", "i")):
            return None  # kerutan (kerut+an), keluarnya (keluar+nya): not ke + place
    if rest in _ambiguous():
        return None
    for base, tail in ((rest, ""), _split_clitic(rest)):
        if base in locatives:
            return base, tail
        if base in places:
            return base, tail
    if prefix == "di" and tail_free_noun(ctx, rest, low):
        return rest, ""
    return None


def tail_free_noun(ctx: Ctx, x: str, joined: str) -> bool:
    """``di`` + a common noun that is (almost) never a passive: dilemari, digudang.

    Signals, all required: hunspell-id gives the root no bare di-/meN- verb flag; the root is
    frequent on its own; the joined form is rare next to it (a passive verb is written joined
    often: dicari/cari 0.13; a noun almost never: dilemari/lemari ≈ 0).
    """
    lex = ctx.lex
    if x not in lex.flags or len(x) < 4 or x in _ambiguous():
        return False
    if x.endswith(("si", "if", "ir", "asi")):
        return False  # loanword verbs written with di-: dirotasi, dikonstruksi, dimodifikasi
    if lex.flag_prefixes(x) & _VERB_FLAGS:
        return False
    freq = id_frequencies()
    fx = freq.get(x, 0.0)
    return fx >= 1e-5 and freq.get(joined, 0.0) < 0.02 * fx


def _passive_next(ctx: Ctx, i: int) -> bool:
    """The word after ``toks[i]`` shows it a passive verb: the agent ("oleh") or a second
    verb with meN- (a common noun after *di* is followed by neither)."""
    toks = ctx.tokens
    if i + 1 >= len(toks) or not ctx.adjacent(toks[i], toks[i + 1]):
        return False
    nxt = toks[i + 1].lower
    return nxt == "oleh" or (nxt.startswith("me") and len(nxt) >= 6
                             and nxt not in _NOT_MEN_VERBS and ctx.known(nxt))


#: words opening with me- that are not meN- verbs (pronoun, prepositions, adverbs)
_NOT_MEN_VERBS = frozenset("mereka menurut meski meskipun melalui menjelang mengenai menuju "
                           "memang mendatang merupakan".split())


def di_ke_joined(ctx: Ctx) -> Iterator[Hit]:
    """dirumah → di rumah, dimana → di mana, kemana → ke mana, keluar negeri → ke luar negeri."""
    _locatives, _places, keluar_targets, _di_words = _data()
    toks = ctx.tokens
    user_words, ignored, names = ctx.user_words, ctx.ignored, ctx.names
    for i, tok in enumerate(toks):
        low = tok.lower
        if not low.startswith(("di", "ke")):
            continue
        if "-" in low:
            head, _, rest = low.partition("-")
            if head in _SPLIT_REDUP and not tok.inner_upper:
                repl = keep_case(tok.text, f"{head[:2]} {tok.text[2:]}".lower())
                rid = "ID_DI_PREPOSISI" if head[:2] == "di" else "ID_KE_PREPOSISI"
                yield Hit(rid, tok.start, tok.end, (repl,))
            continue
        if low in user_words or low in ignored or tok.text in names:
            continue
        if tok.text[:1].isupper() and not ctx.is_first(i):
            continue  # Didiet Maulana, Herman Dinada: names
        if tok.inner_upper:
            continue
        prefix = low[:2]
        if low == "keluar" and i + 1 < len(toks):
            nxt = toks[i + 1]
            if ctx.adjacent(tok, nxt) and nxt.lower in keluar_targets:
                yield Hit("ID_KE_PREPOSISI", tok.start, nxt.end,
                          (keep_case(tok.text, "ke luar " + nxt.text),))
            continue
        found = _glued(ctx, low)
        if found is None:
            continue
        base, tail = found
        if prefix == "di" and base not in _locatives and base not in _places \
                and _passive_next(ctx, i):
            continue  # "diplot menggantikan", "ditempat oleh": a passive verb, not di + noun
        rid = "ID_DI_PREPOSISI" if prefix == "di" else "ID_KE_PREPOSISI"
        word = tok.text[2:]
        repl = keep_case(tok.text, f"{prefix} {word[: len(base)]}{tail}")
        yield Hit(rid, tok.start, tok.end, (repl,))


def di_detached(ctx: Ctx) -> Iterator[Hit]:
    """di kirim → dikirim, di alokasikan → dialokasikan (passive prefix written apart)."""
    if "di" not in ctx.lows():
        return
    locatives, places, _targets, _di_words = _data()
    lex = ctx.lex
    toks = ctx.tokens
    for i in range(len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if tok.lower != "di" or not ctx.adjacent(tok, nxt):
            continue
        x = nxt.text
        if not x.isalpha() or not x.islower() or x in ctx.names:
            continue
        if x in locatives or x in places or x in ctx.user_words or x in _ambiguous():
            continue
        if i + 2 < len(toks) and f"{x} {toks[i + 2].lower}" in _compound_starts():
            continue  # di sepak bola, di tanda tangan
        after = toks[i + 2].lower if i + 2 < len(toks) else ""
        if _passive_verb(lex, x, after):
            yield Hit("ID_DI_PREFIKS", tok.start, nxt.end, (keep_case(tok.text, "di" + x),))


@lru_cache(maxsize=1)
def _compound_starts() -> frozenset[str]:
    from editor.proofing.rules.compounds import compound_map

    return frozenset(v.lower() for v in compound_map().map.values() if " " in v)


def _passive_verb(lex: Lexicon, x: str, after: str = "") -> bool:
    """Whether ``di x`` is a passive verb written apart (di kirim, di alokasikan)."""
    if not _verb_shape(lex, x):
        return False
    if after == "oleh":
        return True  # "di pukul oleh", "di penjara oleh": the agent makes it a passive
    # Many roots are nouns too (hukum, alas, kursi): "di hukum pajak" is a place. A real
    # passive is written joined often relative to the bare form (dicari/cari 0.13, dilihat/
    # lihat 0.17), a noun almost never (dihukum/hukum 0.10, dikunci/kunci 0.03, ditempat 0.02).
    freq = id_frequencies()
    fx, fdx = freq.get(x, 0.0), freq.get("di" + x, 0.0)
    if fx == 0.0:
        return True
    return fdx >= 0.12 * fx


def _verb_shape(lex: Lexicon, x: str) -> bool:
    if x in lex.roots:
        if lex.has_flag(x, "D0") or lex.has_flag(x, "D1"):
            return True
        # hunspell-id's flags are incomplete (lihat has none): a meN- form in common use
        # (melihat, menggelar) shows the root is a transitive verb.
        if len(x) >= 4 and id_frequencies().get(nasal_prefix("me", x), 0.0) >= 1e-6:
            return True
        if not x.endswith(("kan", "i")):
            return False
    if x.endswith("kan") and x[:-2] in lex.roots and x[:-3] not in lex.roots:
        return False  # tumpukan, masukan: root + -an, a noun
    for suf, flags in (("kan", ("Dk", "Mk", "Du")), ("i", ("Di", "Mi", "Dt"))):
        if x.endswith(suf):
            base = x[: -len(suf)]
            if len(base) < 3:
                return False
            if any(lex.has_flag(base, f) for f in flags) or base in lex.roots:
                return True
            if base.startswith("per") and base[3:] in lex.roots:
                return True
            if base.startswith("ke") and base[2:] in lex.roots:
                return True  # di ketahui: the ke-…-i verb
            from editor.proofing.rules.compounds import compound_map

            if base in compound_map().map:
                return True  # di tandatangani: compound + -i is written joined
    return False
