"""Capital letters: sentence starts; days, months, religions, peoples, places (PUEBI I.E)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from editor.proofing.ruledata import load_yaml_data
from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.text import ABBREVIATIONS


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    raw = load_yaml_data("capitals.yaml")
    always = frozenset(w for group in raw["always"].values() for w in group)
    after = {k: frozenset(v) for k, v in (raw.get("after") or {}).items()}
    return always, after


@lru_cache(maxsize=1)
def _kind_nouns() -> frozenset[str]:
    """Nouns after which a place or people names a kind, in lower case (kacang bogor)."""
    return frozenset(load_yaml_data("capitals.yaml").get("kind_nouns") or ())


@lru_cache(maxsize=1)
def _before() -> dict[str, frozenset[str]]:
    raw = load_yaml_data("capitals.yaml")
    return {k: frozenset(v) for k, v in (raw.get("before") or {}).items()}


def always_capitalised() -> frozenset[str]:
    """Lowercase words always written with a capital (days, months, holidays...)."""
    return _data()[0]


_COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat daya",
                      "timur laut", "barat laut", "daya", "laut"})


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Words past the first that the checks below can act on."""
    always, after = _data()
    return always | frozenset(after) | frozenset(_before())


def capitals(ctx: Ctx) -> Iterator[Hit]:
    always, after = _data()
    before = _before()
    triggers = _triggers()
    toks = ctx.tokens
    s = ctx.sentence
    # Past the first word only the listed words matter: with none in the sentence, only the
    # first word is looked at.
    for i, tok in enumerate(toks if not triggers.isdisjoint(ctx.lows()) else toks[:1]):
        if i and tok.lower not in triggers:
            continue
        t = tok.text
        if not t[:1].islower():
            continue
        low = tok.lower
        if i == 0 and ctx.is_first(0) and s.starts_block_or_after_stop and not s.list_item:
            abbreviation = ctx.masked[tok.end : tok.end + 1] == "." and low in ABBREVIATIONS
            if (t.isalpha() or "-" in t) and not abbreviation:
                if not any(c.isupper() for c in t) and low not in ctx.ignored:
                    yield Hit("ID_KAPITAL_AWAL_KALIMAT", tok.start, tok.end, (_cap(t),))
                    continue
        if low in ctx.ignored or low in ctx.user_words:
            continue
        base = low.split("-")[0] if "-" in low else low
        if base in always and i > 0 and toks[i - 1].lower in _kind_nouns() and ctx.adjacent(
                toks[i - 1], tok):
            continue  # harimau sumatera, gula jawa: a place named as a kind (PUEBI I.E.9)
        if base in always and "-" not in low:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.lower in _COMPASS and ctx.adjacent(tok, nxt):
                # jawa barat → Jawa Barat: the direction is part of the name
                span = ctx.text[tok.start : nxt.end]
                yield Hit("ID_KAPITAL_NAMA", tok.start, nxt.end,
                          (f"{_cap(t)} {_cap(nxt.text)}",), {"wrong": span})
            else:
                yield Hit("ID_KAPITAL_NAMA", tok.start, tok.end, (_cap(t),), {"wrong": t})
        elif low in after and i > 0 and toks[i - 1].lower in after[low] and ctx.adjacent(
            toks[i - 1], tok
        ):
            yield Hit("ID_KAPITAL_NAMA", tok.start, tok.end, (_cap(t),), {"wrong": t})
        elif low in before and i + 1 < len(toks) and toks[i + 1].lower in before[low] and \
                ctx.adjacent(tok, toks[i + 1]) and t.islower():
            yield Hit("ID_KAPITAL_NAMA", tok.start, tok.end, (_cap(t),), {"wrong": t})
