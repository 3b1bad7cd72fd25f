"""Compounds and particles: kerja sama, wali kota, apa pun apart; meskipun, antarsekolah,
pascasarjana and -lah/-kah joined (PUEBI: gabungan kata, partikel, unsur terikat)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from editor.proofing.lexicon import candidate_roots
from editor.proofing.ruledata import load_yaml_data, read_tsv
from editor.proofing.rules.base import Ctx, Hit, keep_case
from editor.proofing.rules.typo import is_english
from editor.proofing.rules.words import _MISSING, WordMap


@lru_cache(maxsize=1)
def compound_map() -> WordMap:
    """Joined-but-separate compounds (kerjasama → kerja sama), affixed forms included."""
    return WordMap(read_tsv("compounds.tsv"), allow_spaces=True)


@lru_cache(maxsize=1)
def _phrase_data() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    raw = load_yaml_data("compounds.yaml")
    joined = {k.lower(): str(v) for k, v in raw["write_joined"].items()}
    return joined, frozenset(raw["bound_forms"]), frozenset(raw["not_after_bound_form"])


# Bound forms that may open a sentence ("Pasca bencana, ..."); "Inter", "Super", "Trans" at a
# sentence start are names (Inter Milan).
_SENTENCE_START_BOUND = frozenset({"antar", "pasca", "pra", "non", "anti", "swa", "tuna"})


def _clause_after(ctx: Ctx, j: int) -> bool:
    """``toks[j]`` (a capitalised word) is the subject of a clause: an affixed verb follows
    it ("pasca Sandra melahirkan anak kedua")."""
    toks = ctx.tokens
    if j + 1 >= len(toks) or not ctx.adjacent(toks[j], toks[j + 1]):
        return False
    verb = toks[j + 1]
    return (verb.text.islower() and len(verb.text) >= 5
            and verb.lower.startswith(("me", "ber", "di", "ter")) and ctx.known(verb.lower))


@lru_cache(maxsize=1)
def _antar_as_verb_after() -> frozenset[str]:
    """Words after which "antar" is the verb (to take someone somewhere: "meminta antar
    Randi", "tolong antar bantuan ini"), not the bound form of "antarnegara"."""
    return frozenset(load_yaml_data("compounds.yaml")["antar_verb_after"])


def _se_before(ctx: Ctx, nxt) -> bool:  # noqa: ANN001
    """"se Indonesia", "se Kabupaten Bekasi": the prefix se- written apart before a place
    (a region's name, or a word that opens one): PUEBI writes se-Indonesia."""
    from editor.proofing.spelling.names import region_words

    word = nxt.text
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    return word.lower() in region_words() or word.lower() in _SE_PLACES


#: places and the words that open their names, after "se" (se-Indonesia, se-Kabupaten …)
_SE_PLACES = frozenset(
    "indonesia nusantara asia eropa afrika amerika australia dunia jabodetabek jawa sumatera "
    "kalimantan sulawesi papua bali kabupaten kota provinsi kecamatan kelurahan desa "
    "kawasan wilayah daerah".split()
)


def _english_only(ctx: Ctx, word: str) -> bool:
    """An English word the lexicon does not know (the inflammatory of anti-inflammatory):
    English hyphenates its prefixes, PUEBI's joining does not apply. (non-profit is still
    joined: profit is an Indonesian word too.)"""
    return is_english(word) and not ctx.known(word)


def _affixed_verb(ctx: Ctx, word: str) -> bool:
    """diturunkan, ditetapkan: "pasca ditetapkan" means "setelah", not a bound form."""
    return word.startswith(("di", "me", "ter", "ber")) and word not in ctx.lex.roots


@lru_cache(maxsize=1)
def _spaced_compounds() -> frozenset[str]:
    """kerja sama, tanggung jawab ...: written with a hyphen they are wrong too."""
    return frozenset(v.lower() for v in compound_map().map.values() if " " in v)


@lru_cache(maxsize=1)
def _joined_pun() -> frozenset[str]:
    return frozenset(load_yaml_data("compounds.yaml")["pun_joined"])


def _pun_apart(ctx: Ctx, low: str, joined_pun: frozenset[str]) -> str | None:
    """'diapun' → 'dia pun': pun is written apart except in the listed conjunctions."""
    if low in joined_pun or low in ctx.lex.roots or low in ctx.user_words:
        return None
    base = low[:-3]
    if compound_map().lookup(low) is not None:
        return None  # apapun, siapapun: the compound list has the exact fix
    if any(r.endswith("pun") and r in ctx.lex.roots for r in candidate_roots(low)):
        return None  # serumpun, menghimpun: the root itself ends in -pun
    if len(base) < 2 or not ctx.known(base):
        return None
    if any(_one_edit(low, j) for j in joined_pun | _pun_compounds()):
        return None  # meksipun, meskupun, kapapun: slips for listed words, not "X pun"
    return f"{base} pun"


@lru_cache(maxsize=1)
def _pun_compounds() -> frozenset[str]:
    return frozenset(k for k in compound_map().map if k.endswith("pun"))


def _one_edit(a: str, b: str) -> bool:
    """Edit distance exactly 1 (substitution, insertion, deletion) or one adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or _one_swap(a, b)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _one_swap(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


@lru_cache(maxsize=1)
def _joined_firsts() -> frozenset[str]:
    """First words of the two-word write_joined entries: a cheap gate per word."""
    return frozenset(k.split(" ", 1)[0] for k in _phrase_data()[0])


#: Words that give this rule nothing to do unless "lah"/"kah" follows them: no hyphen, no
#: -pun, not listed in compounds.tsv, not the first word of a write_joined entry nor a bound
#: form. Learned as words are first seen (most words of a text are among them).
_PLAIN: set[str] = set()
_PARTICLES = frozenset({"lah", "kah"})


def _is_plain(low: str, cmap: WordMap, joined_firsts: frozenset[str],
              bound_forms: frozenset[str]) -> bool:
    return ("-" not in low and not low.endswith("pun") and low not in joined_firsts
            and low not in bound_forms and low != "se" and cmap.lookup(low) is None)


def compounds(ctx: Ctx) -> Iterator[Hit]:
    cmap = compound_map()
    joined, bound_forms, stop_after = _phrase_data()
    joined_firsts = _joined_firsts()
    joined_pun = _joined_pun()
    known = cmap.cached  # most words were looked up before, and are not listed
    toks = ctx.tokens
    masked = ctx.masked
    user_words, ignored = ctx.user_words, ctx.ignored
    n = len(toks)
    plain = _PLAIN
    if len(plain) > 200_000:
        plain.clear()
    # a "lah"/"kah" written apart may follow any word
    particle = not _PARTICLES.isdisjoint(ctx.lows())
    for i, tok in enumerate(toks):
        low = tok.lower
        if low in plain:
            if not particle:
                continue
        elif _is_plain(low, cmap, joined_firsts, bound_forms):
            plain.add(low)
            if not particle:
                continue
        if low in user_words or low in ignored:
            continue
        if tok.inner_upper:
            continue
        hyphen = "-" in low
        if not hyphen and low.endswith("pun") and len(low) > 5:
            fix = _pun_apart(ctx, low, joined_pun)
            if fix and not (tok.text[:1].isupper() and not ctx.is_first(i)):
                yield Hit("ID_PARTIKEL_PUN", tok.start, tok.end, (keep_case(tok.text, fix),))
                continue
        found = None if hyphen or known(low, _MISSING) is None else cmap.lookup(low)
        if found is not None and not (tok.text[:1].isupper() and not ctx.is_first(i)):
            yield Hit("ID_GABUNGAN_KATA", tok.start, tok.end, (keep_case(tok.text, found[1]),))
            continue
        if hyphen:
            # bound forms written with a hyphen before a lowercase word: pasca-bencana
            if low.replace("-", " ") in _spaced_compounds():
                yield Hit("ID_GABUNGAN_KATA", tok.start, tok.end, (tok.text.replace("-", " "),))
                continue
            head, _, tail = tok.text.partition("-")
            if head.lower() in bound_forms and tail.isalpha() and tail.islower() and \
                    "-" not in tail and not _english_only(ctx, tail):
                yield Hit("ID_UNSUR_TERIKAT", tok.start, tok.end, (head + tail,))
            elif head.lower() == "se" and tail.isalpha() and tail.islower() and \
                    ctx.known(f"se{tail}"):
                # se-dunia, se-kabupaten: the prefix se- is joined; a hyphen only before a
                # capital (se-Indonesia)
                yield Hit("ID_UNSUR_TERIKAT", tok.start, tok.end, (head + tail,))
            continue
        if i + 1 >= n:
            continue
        nxt = toks[i + 1]
        if masked[tok.end : nxt.start] != " ":  # ctx.adjacent(), inlined
            continue
        if low in joined_firsts:
            two = f"{low} {nxt.lower}"
            if two in joined:
                yield Hit("ID_GABUNGAN_KATA", tok.start, nxt.end,
                          (keep_case(tok.text, joined[two]),))
                continue
        if nxt.lower in ("lah", "kah") and tok.text.isalpha():
            yield Hit("ID_PARTIKEL", tok.start, nxt.end, (tok.text + nxt.text,))
            continue
        if low == "se" and tok.text == "se" and ctx.adjacent(tok, nxt) and _se_before(ctx, nxt):
            yield Hit("ID_UNSUR_TERIKAT", tok.start, nxt.end, (f"se-{nxt.text}",))
            continue
        if (
            low in bound_forms
            and not (tok.text[:1].isupper() and not ctx.is_first(i))
            and (tok.text.islower() or low in _SENTENCE_START_BOUND)
            and nxt.text.isalpha()
            and nxt.lower not in stop_after
            and len(nxt.text) >= 3
            and not (i > 0 and toks[i - 1].lower == "musim")  # musim semi (spring)
            and not (low == "antar" and i > 0 and toks[i - 1].lower in _antar_as_verb_after())
            and not _affixed_verb(ctx, nxt.lower)
        ):
            if nxt.text[:1].isupper():
                if low in ("pasca", "pra") and _clause_after(ctx, i + 1):
                    continue  # "pasca Sandra melahirkan": after a clause, not a bound form
                if any(c.isupper() for c in nxt.text[1:]) or not ctx.is_first(i):
                    yield Hit("ID_UNSUR_TERIKAT", tok.start, nxt.end,
                              (f"{tok.text}-{nxt.text}",))
            elif ctx.known(nxt.lower):
                yield Hit("ID_UNSUR_TERIKAT", tok.start, nxt.end, (tok.text + nxt.text,))
