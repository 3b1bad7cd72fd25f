"""Morphology and phrase rules: meN- + k/p/s/t, reduplication, doubled words, pleonasm."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from editor.proofing.lexicon import Lexicon, candidate_roots
from editor.proofing.morph import VOWELS, nasal_prefix, syllables
from editor.proofing.ruledata import load_yaml_data, read_list
from editor.proofing.rules.base import Ctx, Hit, keep_case
from editor.proofing.text import Token

_KPST_HEADS = (("meng", "k"), ("mem", "p"), ("men", "t"), ("men", "s"),
               ("peng", "k"), ("pem", "p"), ("pen", "t"), ("pen", "s"))
_TAILS = ("", "kan", "i", "an", "nya", "kannya", "inya", "annya", "lah", "kanlah", "ilah", "kah")


@lru_cache(maxsize=1)
def _kpst_exceptions() -> frozenset[str]:
    return frozenset(w.lower() for w in read_list("kpst_exceptions.txt"))


def kpst(ctx: Ctx) -> Iterator[Hit]:
    """mempengaruhi → memengaruhi: k/p/s/t of a root melt after meN-/peN- (not in clusters)."""
    lex = ctx.lex
    user_words, ignored = ctx.user_words, ctx.ignored
    for i, tok in enumerate(ctx.tokens):
        low = tok.lower
        if not (low.startswith(("me", "pe"))) or len(low) < 6:
            continue
        if tok.text[:1].isupper() and not ctx.is_first(i):
            continue  # Kepulauan Mentawai: a name
        if not low.isalpha() or low in user_words or low in ignored:
            continue
        # (exceptions, roots, root + suffix, the k/p/s/t heads: kpst_correction, remembered)
        fix = kpst_correction(lex, low)
        if fix:
            yield Hit("ID_MEN_KPST", tok.start, tok.end, (keep_case(tok.text, fix),),
                      {"wrong": tok.text})


#: kpst_correction's answers for one lexicon (the shared one, in practice): (lexicon, cache)
_kpst_memo: tuple[object, dict[str, str | None]] = (None, {})
_UNSET = object()


def kpst_correction(lex: Lexicon, word: str) -> str | None:
    """The meN-/peN- correction of lowercase ``word`` (mempengaruhi → memengaruhi), or None."""
    global _kpst_memo
    owner, memo = _kpst_memo
    if owner is not lex:
        memo = {}
        _kpst_memo = (lex, memo)
    fix = memo.get(word, _UNSET)
    if fix is _UNSET:
        fix = _kpst_correction(lex, word)
        if len(memo) > 100_000:
            memo.clear()
        memo[word] = fix
    return fix  # type: ignore[return-value]


def _kpst_correction(lex: Lexicon, word: str) -> str | None:
    roots = lex.roots
    exceptions = _kpst_exceptions()
    if word in exceptions or word in roots or not word.startswith(("me", "pe")):
        return None
    if any(word.endswith(t) and word[: -len(t)] in roots for t in _TAILS if t):
        return None  # menterinya, pentolan: a root that merely starts like meN-/peN-
    for head, letter in _KPST_HEADS:
        if word.startswith(head + letter):
            return _kpst_fix(word[len(head) :], head, roots, exceptions)
    return None


def _kpst_fix(rest: str, head: str, roots: set[str], exceptions: frozenset[str]) -> str | None:
    for tail in _TAILS:
        if tail and not rest.endswith(tail):
            continue
        root = rest[: len(rest) - len(tail)] if tail else rest
        if len(root) < 4 or root not in roots or root in exceptions:
            continue
        if root[1] not in VOWELS:
            return None  # cluster: mengkritik, memproduksi, menstabilkan, mentransfer
        if head == "mem" or head == "pem":
            # memper-/mempe- + root keep their p (memperoleh, mempelajari).
            if root.startswith("per") and root[3:] in roots:
                return None
            if root.startswith("pe") and root[2:] in roots and len(root[2:]) > 3:
                return None
        if syllables(root) == 1:
            return None  # monosyllabic roots take menge-/penge- (mengecat), another matter
        return nasal_prefix(head[:2], root) + tail
    return None


_VERB_FLAGS = frozenset({"D0", "D1"})
_REDUP_PREFIXES = frozenset({"ber", "be", "ter", "me", "mem", "men", "meng", "meny", "se", "di"})


#: classifiers after the numeral se- (seorang, sebuah): "seorang orang tua" is one parent,
#: "sebuah buah apel" one apple, not a reduplication as "sehari hari" is.
_SE_CLASSIFIERS = frozenset({"orang", "buah", "ekor", "biji", "butir", "lembar", "helai",
                             "batang", "potong", "carik", "pucuk", "tangkai", "keping",
                             "bidang", "pasang", "unit"})

_MEN_DI = frozenset({"me", "mem", "men", "meng", "meny", "di"})
#: the prefixes each suffix of a split reduplication goes with: ke-/ber-…-an (kemerah-merahan,
#: berlari-larian), se-…-nya (sebaik-baiknya), meN-/di-…-kan/-i (membesar-besarkan,
#: ditakut-takuti). meN- X X-an is a verb and its object (membangun bangunan, menanam
#: tanaman), no reduplication.
_CONFIX_PREFIXES = {"an": frozenset({"ke", "ber", "be"}), "nya": frozenset({"se"}),
                    "kan": _MEN_DI | {"ber", "ter"}, "i": _MEN_DI | {"ter"}}


def _confix_redup(ctx: Ctx, la: str, lb: str) -> bool:
    for suf, prefixes in _CONFIX_PREFIXES.items():
        if not lb.endswith(suf):
            continue
        core = lb[: -len(suf)]
        if len(core) >= 3 and la.endswith(core) and la[: -len(core)] in prefixes \
                and core in ctx.lex.roots:
            return True
    return False


@lru_cache(maxsize=1)
def _redup_data() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    raw = load_yaml_data("phrases.yaml")
    pairs = {}
    for item in raw["rhyming_reduplication"]:
        a, b = item.split("-", 1)
        pairs[f"{a} {b}"] = item
    return frozenset(raw["function_words"]), pairs, frozenset(raw["quantifiers"])


@lru_cache(maxsize=1)
def _rhyme_firsts() -> frozenset[str]:
    """First words of the rhyming pairs ("bolak" of "bolak balik"): a cheap gate."""
    return frozenset(k.split(" ", 1)[0] for k in _redup_data()[1])


def _figure_next(toks: Sequence[Token], j: int) -> bool:
    """The token at ``j`` is a figure (11.40, 2019)."""
    return j < len(toks) and toks[j].text[:1].isdigit()


def reduplication(ctx: Ctx) -> Iterator[Hit]:
    """anak anak → anak-anak; tolong menolong → tolong-menolong; doubled function words."""
    function_words, pairs, _quant = _redup_data()
    rhyme_firsts = _rhyme_firsts()
    toks = ctx.tokens
    masked = ctx.masked
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        la, lb = a.lower, b.lower
        if la != lb and la not in rhyme_firsts and not (
                len(la) >= 3 and la not in function_words
                and (lb.startswith("me") or la.startswith("se") or lb[:3] in la)):
            continue  # the gates of every test below, taken first: most pairs stop here
        if masked[a.end : b.start] != " ":  # ctx.adjacent(a, b), inlined
            continue
        at, bt = a.text, b.text
        if not at.isalpha() or not bt.isalpha():
            continue
        if bt[:1].isupper() or (at[:1].isupper() and not ctx.is_first(i)):
            continue  # names: "Ani Ani", "Desa Desa Baru"
        if la == lb:
            if la in function_words or _figure_next(toks, i + 2):
                # "pukul pukul 11.40": a word written twice before a figure is a slip
                yield Hit("ID_KATA_GANDA", a.start, b.end, (a.text,), {"wrong": a.text})
            elif len(la) >= 2 and la in ctx.lex.roots:
                yield Hit("ID_REDUPLIKASI", a.start, b.end, (f"{a.text}-{b.text}",))
            elif len(la) >= 4 and ctx.known(la):
                # dilakukan dilakukan, meminta meminta: affixed words are not reduplicated
                yield Hit("ID_KATA_GANDA", a.start, b.end, (a.text,), {"wrong": a.text})
            continue
        if la in rhyme_firsts:
            two = f"{la} {lb}"
            if two in pairs:
                yield Hit("ID_REDUPLIKASI", a.start, b.end, (keep_case(a.text, pairs[two]),))
                continue
        if len(la) < 3 or la in function_words:
            continue
        # Every test below needs lb to start with "me", la with "se", or the first three
        # letters of lb inside la (lb opens with la, with a tail of la, or is one): most
        # pairs of words fail all three at once.
        if not (lb.startswith("me") or la.startswith("se") or lb[:3] in la):
            continue
        # tolong menolong, surat menyurat (X meN-X); anak anaknya (X X-nya)
        # (every candidate root is a tail of lb, or a letter and one: a cheap test first)
        if lb.startswith("me") and lb.endswith(la[1:]) and la in candidate_roots(lb) \
                and (la[0] not in "aeiou" or lb.startswith("meng")) and ctx.known(la):
            # (a root opening with a vowel takes meng-: ajang memajang is ajang + the verb
            # of pajang, no reduplication)
            yield Hit("ID_REDUPLIKASI", a.start, b.end, (f"{a.text}-{b.text}",))
        elif lb.startswith(la) and lb[len(la) :] == "nya" and ctx.known(la):
            yield Hit("ID_REDUPLIKASI", a.start, b.end, (f"{a.text}-{b.text}",))
        elif (
            lb == la + "an"
            and lb not in function_words  # kali kalian: the pronoun, not kali + -an
            and la in ctx.lex.roots
            and not ctx.lex.flag_prefixes(la) & _VERB_FLAGS
        ):
            # sayur sayuran, buah buahan; not "makan makanan" (eat food): verbs excluded
            yield Hit("ID_REDUPLIKASI", a.start, b.end, (f"{a.text}-{b.text}",))
        elif (
            len(lb) >= 3
            and la.endswith(lb)
            and la[: -len(lb)] in _REDUP_PREFIXES
            and lb not in function_words  # medan dan, dioleh oleh: a word and "dan"/"oleh"
            and not (la[: -len(lb)] == "se" and lb in _SE_CLASSIFIERS)
            and ctx.known(lb)
        ):
            # berlari lari, menari nari, sehari hari, dipukul pukul
            yield Hit("ID_REDUPLIKASI", a.start, b.end, (f"{a.text}-{b.text}",))
        elif _confix_redup(ctx, la, lb):
            # kemerah merahan, kekanak kanakan, berlari larian
            yield Hit("ID_REDUPLIKASI", a.start, b.end, (f"{a.text}-{b.text}",))
        elif la.startswith("se") and lb.startswith(la[2:]) and lb.endswith("nya") and (
            lb[:-3] == la[2:]
        ):
            yield Hit("ID_REDUPLIKASI", a.start, b.end, (f"{a.text}-{b.text}",))


_BRACKETS = {"sangat": "sekali", "hanya": "saja", "amat": "sekali"}


@lru_cache(maxsize=1)
def _pleonasm_firsts() -> frozenset[str]:
    """First words of every pleonasm pattern: other tokens are skipped at once."""
    return frozenset(k.split()[0] for k in _pleonasm_data()) | set(_BRACKETS) | _redup_data()[2]


@lru_cache(maxsize=1)
def _lexical_reduplication() -> frozenset[str]:
    raw = load_yaml_data("phrases.yaml")
    return frozenset(raw["lexical_reduplication"]) | frozenset(raw["rhyming_reduplication"])


@lru_cache(maxsize=1)
def _pleonasm_data() -> dict[str, list[str]]:
    raw = load_yaml_data("phrases.yaml")
    return {k.lower(): list(v) for k, v in raw["pleonasms"].items()}


def pleonasm(ctx: Ctx) -> Iterator[Hit]:
    """agar supaya, adalah merupakan, sangat … sekali, para warga-warga, sejak dari …"""
    table = _pleonasm_data()
    firsts = _pleonasm_firsts()
    _fw, _pairs, quantifiers = _redup_data()
    lexical = _lexical_reduplication()
    if firsts.isdisjoint(ctx.lows()):
        return  # every check below starts at one of these words
    toks = ctx.tokens
    n = len(toks)
    for i, tok in enumerate(toks):
        low = tok.lower
        if low not in firsts:
            continue
        # fixed phrases of two or three words
        for size in (3, 2):
            if i + size > n:
                continue
            span = toks[i : i + size]
            if not all(ctx.adjacent(span[k], span[k + 1]) for k in range(size - 1)):
                continue
            phrase = " ".join(t.lower for t in span)
            fixes = table.get(phrase)
            if fixes:
                yield Hit("ID_PLEONASME", tok.start, span[-1].end,
                          tuple(keep_case(tok.text, f) for f in fixes))
                break
        closer = _BRACKETS.get(low)
        if closer:
            # sangat … sekali, hanya … saja: the same meaning on both sides of 1-3 words
            for j in range(i + 2, min(n, i + 5)):
                if toks[j].lower == closer:
                    mid_ok = all(ctx.adjacent(toks[k], toks[k + 1]) for k in range(i, j))
                    if mid_ok:
                        inner = ctx.text[toks[i + 1].start : toks[j - 1].end]
                        yield Hit("ID_PLEONASME", tok.start, toks[j].end,
                                  (keep_case(tok.text, f"{low} {inner}"),
                                   keep_case(tok.text, f"{inner} {closer}")))
                    break
        if low in quantifiers and i + 1 < n and ctx.adjacent(tok, toks[i + 1]):
            nxt = toks[i + 1]
            parts = nxt.lower.split("-")
            if (
                len(parts) == 2
                and parts[0] == parts[1]
                and parts[0].isalpha()
                and nxt.lower not in lexical
            ):
                base = nxt.text.split("-")[0]
                yield Hit("ID_PLEONASME", tok.start, nxt.end, (f"{tok.text} {base}",))
            elif (
                i + 2 < n
                and ctx.adjacent(nxt, toks[i + 2])
                and nxt.lower == toks[i + 2].lower
                and nxt.text.isalpha()
                and f"{nxt.lower}-{nxt.lower}" not in lexical
            ):
                yield Hit("ID_PLEONASME", tok.start, toks[i + 2].end, (f"{tok.text} {nxt.text}",))


_CONCESSIVE = frozenset({"meskipun", "walaupun", "meski", "walau", "biarpun", "kendatipun",
                         "kendati", "sekalipun"})
_CAUSAL = frozenset({"karena", "sebab", "lantaran"})
#: "Meski begitu," "Karena itu,": the conjunction takes a pro-form and a comma, a connector
_PRONOUN_OBJECTS = frozenset({"begitu", "demikian", "itu", "ini"})


def double_conjunction(ctx: Ctx) -> Iterator[Hit]:
    """Meskipun …, tetapi … / Karena …, maka …: one conjunction is enough."""
    toks = ctx.tokens
    if len(toks) < 4 or not ctx.is_first(0):
        return
    first = toks[0].lower
    second: tuple[str, ...]
    if first in _CONCESSIVE:
        second = ("tetapi", "namun", "tapi")
    elif first in _CAUSAL:
        second = ("maka",)
    else:
        return
    if toks[1].lower in _PRONOUN_OBJECTS and not ctx.adjacent(toks[1], toks[2]):
        return  # "Meski begitu, …": a connector between sentences, no clause of its own
    for i in range(2, len(toks) - 1):
        tok = toks[i]
        if tok.lower in second and ctx.masked[toks[i - 1].end : tok.start].strip() == ",":
            nxt = toks[i + 1]
            if ctx.masked[tok.end : nxt.start] != " ":
                return
            if tok.lower != "maka" and nxt.lower == "juga" and any(
                    t.lower == "bukan" for t in toks[1:i]):
                return  # "bukan saja …, tapi juga …": the pair of bukan, not of meski
            yield Hit("ID_KONJUNGSI_GANDA", tok.start, nxt.start, ("",), {"wrong": tok.text})
            return
