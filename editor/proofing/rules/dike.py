"""di-/ke-: prefix (joined) versus preposition (separate), both directions.

PUEBI: the prepositions *di* and *ke* are written apart from the word that follows (di rumah,
ke luar negeri, di mana); the prefixes *di-* and *ke-* are joined (dikirim, dialokasikan,
ketua). We decide with data, not guesses:

* ``diX`` is a preposition glued on when X is a place/direction word (``resources/proofing/
  di_ke.yaml``) or when hunspell-id knows X but not as a root taking a bare ``di-`` (flag D0)
  or ``meN-`` (M0) — a noun, so *di* must be the preposition;
* ``di X`` is a detached prefix when X is a passive-capable verb: a bare root hunspell marks
  with D0, or X = root + -kan/-i where hunspell marks the root with the matching di-…-kan/-i
  flag. Place words never count as verbs, so "di bawah", "di jalan" stay untouched.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from editor.proofing.lexicon import _sastrawi_roots as _read_sastrawi
from editor.proofing.ruledata import load_yaml_data
from editor.proofing.rules.base import Ctx, Hit, keep_case

_CLITICS = ("nya", "ku", "mu")
# hunspell flags showing a root can be a verb (di-, meN-, ku-/kau-, di-…-kan/-i).
_VERBISH = frozenset({"D0", "D1", "M0", "M1", "MM", "M5", "O0", "O1", "Dk", "Di", "DR", "D3"})


@lru_cache(maxsize=1)
def _sastrawi_roots() -> frozenset[str]:
    return frozenset(_read_sastrawi())


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


def _glued_preposition(ctx: Ctx, low: str, prefix: str) -> tuple[str, str] | None:
    """If ``low`` = di/ke + place word, return (place, tail) else None."""
    locatives, places, _targets, di_words = _data()
    if len(low) <= len(prefix) + 2 or low in di_words:
        return None
    rest = low[len(prefix) :]
    lex = ctx.lex
    if prefix == "ke" and rest.endswith("an") and lex.is_known(rest[:-2]):
        return None  # ke-…-an confix: kebagian, kelapangan, kedalaman
    if rest in _ambiguous():
        return None
    for base, tail in ((rest, ""), _split_clitic(rest)):
        if base in locatives:
            return base, tail
        if base in places:
            return base, tail
    if prefix == "ke" or low in lex.roots:
        return None
    base, tail = rest, ""
    if base not in lex.flags:
        base, tail = _split_clitic(rest)
    # A KBBI noun root that hunspell never derives a verb from, and that is not a loanword
    # in -si/-sasi (dieksekusi, dikriminalisasi are passives), is a place: diperutnya.
    if (
        base in lex.flags
        and base in _sastrawi_roots()
        and len(base) >= 4
        and not base.endswith(("si", "kan", "if", "ir", "isir"))
        and base not in _ambiguous()
    ):
        flags = lex.flag_prefixes(base)
        if not flags & _VERBISH:
            return base, tail
    return None


def di_ke_joined(ctx: Ctx) -> Iterator[Hit]:
    """dirumah → di rumah, dimana → di mana, kemana → ke mana, keluar negeri → ke luar negeri."""
    _locatives, _places, keluar_targets, _di_words = _data()
    toks = ctx.tokens
    for i, tok in enumerate(toks):
        low = tok.lower
        if not (low.startswith("di") or low.startswith("ke")) or "-" in low:
            continue
        if low in ctx.user_words or low in ctx.ignored or tok.text in ctx.names:
            continue
        if tok.inner_upper:
            continue
        prefix = low[:2]
        if low == "keluar" and i + 1 < len(toks):
            nxt = toks[i + 1]
            if ctx.adjacent(tok, nxt) and nxt.lower in keluar_targets:
                yield Hit("ID_KE_PREPOSISI", tok.start, nxt.end,
                          (keep_case(tok.text, "ke luar " + nxt.text),))
            continue
        found = _glued_preposition(ctx, low, prefix)
        if found is None:
            continue
        base, tail = found
        rid = "ID_DI_PREPOSISI" if prefix == "di" else "ID_KE_PREPOSISI"
        word = tok.text[2:]
        repl = keep_case(tok.text, f"{prefix} {word[: len(base)]}{tail}")
        yield Hit(rid, tok.start, tok.end, (repl,))


def di_detached(ctx: Ctx) -> Iterator[Hit]:
    """di kirim → dikirim, di alokasikan → dialokasikan (passive prefix written apart)."""
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
        if _passive_verb(lex, x):
            yield Hit("ID_DI_PREFIKS", tok.start, nxt.end, (keep_case(tok.text, "di" + x),))


@lru_cache(maxsize=1)
def _compound_starts() -> frozenset[str]:
    from editor.proofing.rules.compounds import compound_map

    return frozenset(v.lower() for v in compound_map().map.values() if " " in v)


def _passive_verb(lex, x: str) -> bool:  # type: ignore[no-untyped-def]
    if x in lex.flags and x in lex.roots:
        if lex.has_flag(x, "D0") or lex.has_flag(x, "D1"):
            return True
        if not x.endswith(("kan", "i")):
            return False
    for suf, flags in (("kan", ("Dk", "Mk", "Du")), ("i", ("Di", "Mi", "Dt"))):
        if x.endswith(suf):
            base = x[: -len(suf)]
            if len(base) >= 3 and any(lex.has_flag(base, f) for f in flags):
                return True
            if base.startswith("per") and len(base) > 5:
                inner = base[3:]
                if inner in lex.roots:
                    return True
    return False
