"""The non-text signals of relatedness, each a score in [0, 1] with the reason shown for it.

Kept apart from the ranking loop so each rule is small, testable and worded once, in
Indonesian, the way the desk talks ("3 tag sama: banjir, Medan, BPBD", "lokasi sama",
"2 hari sebelumnya").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from editor.domain.article import normalize_tag
from editor.domain.location import Location

#: How far apart two stories may be and still get a "N hari sebelumnya" reason.
TIME_REASON_DAYS = 30
#: Days at which the time signal falls to 1/e, and the power of its fall: the same story is
#: covered by other desks on the same day or the next, so the signal stays high for a day or
#: two and then falls fast, ``exp(-(days / 2.5) ** 2)``: 1.0 the same day, 0.85 the next,
#: 0.53 after two days, 0.24 after three, under 0.01 after a week (measured on the tune
#: clusters, benchmarks/related_quality.py: see SuggesterConfig.time_power).
TIME_SCALE_DAYS = 2.5
TIME_POWER = 2.0
TAGS_FOR_FULL_SCORE = 3


def shared_tags(draft_tags: Sequence[str], other_tags: Sequence[str]) -> list[str]:
    """Tags both carry (case-insensitive), in the draft's order and spelling."""
    other = {normalize_tag(t).casefold() for t in other_tags}
    return [t for t in draft_tags if normalize_tag(t).casefold() in other]


def tag_signal(shared: Sequence[str]) -> tuple[float, str | None]:
    if not shared:
        return 0.0, None
    return min(len(shared), TAGS_FOR_FULL_SCORE) / TAGS_FOR_FULL_SCORE, \
        f"{len(shared)} tag sama: {', '.join(shared)}"


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and a.casefold() == b.casefold()


def location_level(a: Location, b: Location) -> int:
    """3: same place; 2: same kabupaten/kota; 1: same province; 0: unrelated or unknown.

    Kemendagri codes nest ("12" province, "12.71" kota, "12.71.01" kecamatan), so shared
    prefixes give the level; without codes the names of each level are compared.
    """
    if a.is_empty or b.is_empty:
        return 0
    if a.code and b.code:
        if a.code == b.code:
            return 3
        if len(a.code) >= 5 and a.code[:5] == b.code[:5]:
            return 2
        return 1 if a.code[:2] == b.code[:2] else 0
    if (_same(a.district, b.district) and _same(a.regency, b.regency)) or (
        _same(a.name, b.name) and (not a.regency or not b.regency or _same(a.regency, b.regency))
    ):
        return 3
    if _same(a.regency, b.regency):
        return 2
    if _same(a.province, b.province):
        return 1
    return 0


LOCATION_SCORES = {3: 1.0, 2: 0.8, 1: 0.3, 0: 0.0}


def location_signal(draft: Location, other: Location) -> tuple[float, str | None]:
    level = location_level(draft, other)
    if level == 3:
        return LOCATION_SCORES[3], "lokasi sama"
    if level == 2:
        return LOCATION_SCORES[2], f"kabupaten/kota sama: {other.regency or draft.regency}".rstrip(": ")
    if level == 1:
        return LOCATION_SCORES[1], f"provinsi sama: {other.province or draft.province}".rstrip(": ")
    return 0.0, None


def category_signal(draft: str, other: str) -> tuple[float, str | None]:
    if _same(draft.strip(), other.strip()):
        return 1.0, f"rubrik sama: {other.strip()}"
    return 0.0, None


def time_signal(draft: datetime | None, other: datetime | None,
                scale_days: float = TIME_SCALE_DAYS,
                power: float = TIME_POWER) -> tuple[float, str | None]:
    """Closeness in time, ``exp(-(days / scale_days) ** power)``; the reason says how far
    before (or after) the draft it appeared."""
    if draft is None or other is None:
        return 0.0, None
    days = (draft.date() - other.astimezone(draft.tzinfo).date()).days
    score = _closeness(days, scale_days, power)
    if abs(days) > TIME_REASON_DAYS:
        return score, None
    if days == 0:
        return score, "hari yang sama"
    if days > 0:
        return score, f"{days} hari sebelumnya"
    return score, f"{-days} hari sesudahnya"


def _closeness(days: int, scale_days: float, power: float) -> float:
    return math.exp(-((abs(days) / scale_days) ** power))


def time_score(draft: datetime | None, other: datetime | None,
               scale_days: float = TIME_SCALE_DAYS, power: float = TIME_POWER) -> float:
    """The score of :func:`time_signal` alone (the ranking loop needs no reason)."""
    if draft is None or other is None:
        return 0.0
    return _closeness((draft.date() - other.astimezone(draft.tzinfo).date()).days,
                      scale_days, power)
