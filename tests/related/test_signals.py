"""The re-ranking signals and their Indonesian reasons."""

from __future__ import annotations

from datetime import UTC, datetime

from editor.domain.location import Location
from editor.related.signals import (
    category_signal,
    location_level,
    location_signal,
    shared_tags,
    tag_signal,
    time_signal,
)

from .conftest import DELI, MEDAN, MEDAN_KOTA, SAMPANG


def test_location_hierarchy_by_code() -> None:
    assert location_level(MEDAN, MEDAN) == 3
    assert location_level(MEDAN, MEDAN_KOTA) == 2        # same kota
    assert location_level(MEDAN, DELI) == 1              # same province only
    assert location_level(MEDAN, SAMPANG) == 0
    assert location_level(MEDAN, Location()) == 0
    kab, prov = location_signal(MEDAN, MEDAN_KOTA), location_signal(MEDAN, DELI)
    assert kab[0] > prov[0] > 0
    assert kab[1] == "kabupaten/kota sama: Kota Medan"
    assert prov[1] == "provinsi sama: Sumatera Utara"
    assert location_signal(MEDAN, MEDAN) == (1.0, "lokasi sama")


def test_location_hierarchy_by_name_without_codes() -> None:
    a = Location(name="Medan Johor", regency="Kota Medan", province="Sumatera Utara")
    b = Location(name="Medan Baru", regency="kota medan", province="Sumatera Utara")
    c = Location(name="Binjai", regency="Kota Binjai", province="sumatera utara")
    assert location_level(a, a) == 3
    assert location_level(a, b) == 2
    assert location_level(a, c) == 1
    assert location_level(Location(name="Medan"), Location(name="medan")) == 3


def test_tags() -> None:
    shared = shared_tags(["banjir", "Medan", "BPBD", "cuaca"], ["bpbd", "medan", "BANJIR"])
    assert shared == ["banjir", "Medan", "BPBD"]
    assert tag_signal(shared) == (1.0, "3 tag sama: banjir, Medan, BPBD")
    assert tag_signal(["banjir"])[1] == "1 tag sama: banjir"
    assert tag_signal([]) == (0.0, None)


def test_time_reasons() -> None:
    draft = datetime(2024, 1, 10, 9, tzinfo=UTC)
    assert time_signal(draft, datetime(2024, 1, 8, 20, tzinfo=UTC))[1] == "2 hari sebelumnya"
    assert time_signal(draft, datetime(2024, 1, 10, 1, tzinfo=UTC))[1] == "hari yang sama"
    assert time_signal(draft, datetime(2024, 1, 13, tzinfo=UTC))[1] == "3 hari sesudahnya"
    far = time_signal(draft, datetime(2023, 1, 1, tzinfo=UTC))
    # A year apart: no reason, and no lift (the squared exponential is 0 there).
    assert far[1] is None and 0 <= far[0] < 1e-6 < time_signal(draft, draft)[0]
    # Flat for a day, then falling fast: the next day keeps most, a week keeps nothing.
    day = time_signal(draft, datetime(2024, 1, 9, 9, tzinfo=UTC))[0]
    week = time_signal(draft, datetime(2024, 1, 3, 9, tzinfo=UTC))[0]
    assert 0.8 < day < 0.9 and week < 0.01
    assert time_signal(None, draft) == (0.0, None)


def test_category() -> None:
    assert category_signal("Regional", "regional ") == (1.0, "rubrik sama: regional")
    assert category_signal("", "") == (0.0, None)
