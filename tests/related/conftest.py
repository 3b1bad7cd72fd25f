"""A small hand-written archive: one flood story in Medan told over several days, a flood
elsewhere (same topic, different story), unrelated stories, and a killed duplicate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from editor.domain.article import Article
from editor.domain.dateline import Dateline
from editor.domain.location import Location
from editor.domain.workflow import Status

DAY0 = datetime(2024, 1, 10, 3, 0, tzinfo=UTC)
MEDAN = Location(name="Medan Johor", province="Sumatera Utara", regency="Kota Medan",
                 district="Medan Johor", code="12.71.04")
MEDAN_KOTA = Location(name="Medan", province="Sumatera Utara", regency="Kota Medan",
                      code="12.71")
DELI = Location(name="Lubuk Pakam", province="Sumatera Utara", regency="Deli Serdang",
                code="12.07")
NOWHERE = Location()
SAMPANG = Location(name="Sampang", province="Jawa Timur", regency="Kabupaten Sampang",
                   code="35.27")


def story(headline: str, body: str, *, days: int, tags: tuple[str, ...] = (),
          location: Location = NOWHERE, category: str = "Regional",
          external_id: str | None = None, status: Status = Status.PUBLISHED) -> Article:
    when = DAY0 + timedelta(days=days)
    return Article(headline=headline, body=body, tags=tags, location=location,
                   category=category, dateline=Dateline(place=location.name, when=when),
                   status=status, external_id=external_id,
                   published_at=when if status == Status.PUBLISHED else None)


ARCHIVE = {
    "same-story": story(
        "BPBD Evakuasi Warga Medan Johor dari Banjir",
        "Banjir setinggi satu meter merendam permukiman di Medan Johor, Kota Medan. "
        "BPBD Kota Medan mengevakuasi warga dengan perahu karet. Wali Kota Medan Bobby "
        "Nasution meninjau lokasi pengungsian.",
        days=-2, tags=("banjir", "Medan", "BPBD"), location=MEDAN, external_id="s-1"),
    "same-topic": story(
        "Banjir Rendam Ratusan Rumah Warga di Sampang",
        "Banjir merendam ratusan rumah warga di Kabupaten Sampang setelah hujan deras. "
        "Warga mengungsi ke masjid. BPBD Sampang mendirikan dapur umum untuk korban banjir.",
        days=-200, tags=("banjir",), location=SAMPANG, external_id="s-2"),
    "province": story(
        "Jalan Lintas Sumatera di Deli Serdang Rusak Parah",
        "Jalan lintas di Lubuk Pakam, Deli Serdang, rusak parah dan berlubang setelah hujan. "
        "Pengendara mengeluhkan genangan air di badan jalan.",
        days=-5, tags=("jalan",), location=DELI, external_id="s-3"),
    "chili": story(
        "Harga Cabai Merah di Pasar Tradisional Naik Dua Kali Lipat",
        "Pedagang pasar tradisional mengeluhkan harga cabai merah yang naik dua kali lipat. "
        "Pembeli mengurangi belanja.",
        days=-1, tags=("harga", "cabai"), category="Ekonomi", external_id="s-4"),
    "football": story(
        "PSMS Medan Menang Tipis atas Persiraja",
        "PSMS Medan menang 1-0 atas Persiraja di Stadion Teladan. Gol tunggal dicetak pada "
        "menit ke-80.",
        days=-3, tags=("sepak bola", "PSMS"), category="Olahraga", location=MEDAN_KOTA,
        external_id="s-5"),
    "killed": story(
        "BPBD Evakuasi Warga Medan Johor dari Banjir (duplikat)",
        "Banjir merendam permukiman di Medan Johor, Kota Medan. BPBD Kota Medan mengevakuasi "
        "warga dengan perahu karet. Bobby Nasution meninjau lokasi.",
        days=-2, tags=("banjir", "Medan", "BPBD"), location=MEDAN, external_id="s-6",
        status=Status.KILLED),
}


def draft() -> Article:
    """The reporter's new story: the flood in Medan Johor, today."""
    return story(
        "Banjir Rendam Ratusan Rumah di Medan Johor",
        "Banjir kembali merendam ratusan rumah di Medan Johor, Kota Medan, Rabu. BPBD Kota "
        "Medan menyiagakan perahu karet. Wali Kota Medan Bobby Nasution meminta warga waspada.",
        days=0, tags=("banjir", "Medan", "BPBD"), location=MEDAN, status=Status.DRAFT)


@pytest.fixture
def archive(store):
    """The store with ARCHIVE imported; returns {key: stored article}."""
    from editor.store import ImportRecord

    store.articles.import_articles(
        ImportRecord(article, n) for n, article in enumerate(ARCHIVE.values(), start=1))
    return {key: store.articles.resolve(a.external_id) for key, a in ARCHIVE.items()}
