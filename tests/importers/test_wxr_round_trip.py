"""A WXR exported by Redaksi imports back unchanged (needs the WXR exporter, branch export)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from editor.domain.article import Article, Byline
from editor.domain.dateline import Dateline
from editor.domain.location import Location
from editor.domain.workflow import Status
from editor.publishing.importers import run_import

wxr_exporter = pytest.importorskip(
    "editor.publishing.exporters.wxr", reason="WXR exporter not in this tree yet"
)

BODY = (
    "Banjir merendam **300 rumah** di Kota Medan, Selasa (4/9/2018).\n\n"
    "BPBD mengerahkan [perahu karet](https://bpbd.example/) ke Medan Maimun.\n\n"
    "- Medan Maimun\n- Medan Johor\n\n"
    "## Bantuan\n\n"
    "> \"Kami butuh makanan,\" kata warga.\n\n"
    "Dana_darurat *Rp 2 miliar* disiapkan."
)


def _original() -> Article:
    when = datetime(2018, 9, 4, 3, 15, tzinfo=UTC)
    return Article(
        headline="Banjir Rendam 300 Rumah di Medan",
        subheadline="Hujan deras sejak malam",
        kicker="BENCANA",
        body=BODY,
        summary="Ratusan rumah terendam setelah hujan deras.",
        slug="banjir-medan",
        dateline=Dateline(place="Medan", when=when),
        location=Location(name="Medan", province="Sumatera Utara", regency="Kota Medan",
                          code="12.71"),
        tags=("banjir", "BPBD", "Medan"),
        category="Regional",
        bylines=(Byline("Rina Siregar"), Byline("Budi", role="foto")),
        status=Status.PUBLISHED,
        url="https://contoh.example/banjir-medan",
        external_id="arsip-7",
        published_at=when,
    )


CONTENT_FIELDS = ("headline", "subheadline", "kicker", "body", "summary", "slug", "dateline",
                  "location", "tags", "category", "bylines", "status", "url", "external_id",
                  "published_at")


def test_exported_wxr_imports_back_unchanged(store, tmp_path: Path) -> None:
    original = store.articles.create(_original())
    exporter = wxr_exporter.WxrExporter()
    [path] = exporter.export([original], tmp_path / "out")

    from editor.store import open_store

    other = open_store(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        result = run_import(other, "wxr", path)
        assert result.created == 1
        back = other.articles.resolve("arsip-7")
        for name in CONTENT_FIELDS:
            assert getattr(back, name) == getattr(original, name), name
        # And into the store it came from: same external id, same content -> unchanged.
        again = run_import(store, "wxr", path)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    finally:
        other.close()
