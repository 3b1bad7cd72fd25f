"""WXR import: fields, Redaksi post-meta round trip, idempotency, and broken files."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from editor.domain.workflow import Status
from editor.publishing.importers import ImportFormatError, WxrImporter, run_import

DATA = Path(__file__).parent / "data"


def test_redaksi_style_wxr_fields(store) -> None:
    result = run_import(store, "wxr", DATA / "redaksi-export.xml")
    assert (result.created, result.updated) == (2, 0)  # the page is skipped
    a = store.articles.resolve("arsip-2018-0007")
    assert a.headline == "Banjir Rendam 300 Rumah di Medan"
    assert a.kicker == "BENCANA"
    assert a.summary == "Ratusan rumah terendam setelah hujan deras."
    assert a.slug == "banjir-rendam-300-rumah-di-medan"
    assert a.category == "Regional"
    assert a.tags == ("banjir", "BPBD")
    assert [b.name for b in a.bylines] == ["Rina Siregar", "Budi"]
    assert a.bylines[1].role == "foto"
    assert a.location.code == "12.71" and a.location.regency == "Kota Medan"
    assert a.dateline.place == "Medan"
    assert a.dateline.when == datetime(2018, 9, 4, 3, 0, tzinfo=UTC)
    assert a.published_at == datetime(2018, 9, 4, 3, 0, tzinfo=UTC)
    assert a.status == Status.PUBLISHED
    assert a.url == "https://contoh.example/2018/09/banjir-medan"
    assert a.body == (
        "Banjir merendam **300 rumah** di Kota Medan.\n\n"
        "BPBD mengerahkan [perahu karet](https://bpbd.example/); kode_wilayah 12.71.\n\n"
        "- Medan Maimun\n- Medan Johor"
    )


def test_plain_wordpress_item_uses_guid_author_and_autop(store) -> None:
    run_import(store, "wxr", DATA / "redaksi-export.xml")
    draft = store.articles.resolve("https://contoh.example/?p=9")
    assert draft.status == Status.DRAFT
    assert draft.published_at is None
    assert draft.bylines[0].name == "Rina Siregar"  # login mapped to display name
    assert draft.body == "Jalan rusak di Deli Serdang.\n\nWarga mengeluh."
    assert draft.dateline.when is not None and draft.dateline.when.hour == 8


def test_reimport_is_idempotent(store) -> None:
    run_import(store, "wxr", DATA / "redaksi-export.xml")
    again = run_import(store, "wxr", DATA / "redaksi-export.xml")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert store.articles.count() == 2


def test_real_wordpress_sample(store, shared_dir: Path) -> None:
    sample = shared_dir / "standards" / "wxr" / "examples" / "wxr-simple_wp6.5.4_wxr1.2.xml"
    result = run_import(store, "wxr", sample)
    assert result.created == 1
    a = store.articles.resolve("https://playground.internal/path/?p=1")
    assert a.headline == '"The Road Not Taken" by Robert Frost'
    assert a.category == "Uncategorized"
    assert a.slug == "hello-world"
    assert "[the other](https://playground.internal/path-not-taken)" in a.body
    assert "wp:paragraph" not in a.body


def test_gzipped_wxr(store, tmp_path: Path) -> None:
    packed = tmp_path / "export.xml.gz"
    packed.write_bytes(gzip.compress((DATA / "redaksi-export.xml").read_bytes()))
    assert run_import(store, "wxr", packed).created == 2


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.xml"
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_xml_names_the_line_and_stores_nothing(store, tmp_path: Path) -> None:
    good = (DATA / "redaksi-export.xml").read_text(encoding="utf-8")
    broken = good.replace("<wp:post_id>9</wp:post_id>", "<wp:post_id>9</wp:post_idd>")
    line = broken.splitlines().index(
        next(x for x in broken.splitlines() if "post_idd" in x)) + 1
    with pytest.raises(ImportFormatError) as info:
        run_import(store, "wxr", _write(tmp_path, broken))
    assert info.value.line == line
    assert "broken.xml" in str(info.value)
    assert store.articles.count() == 0  # the good first item was rolled back too


def test_entity_expansion_is_refused(store, tmp_path: Path) -> None:
    bomb = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version><item><title>&b;</title></item></channel></rss>"""
    with pytest.raises(ImportFormatError, match="DOCTYPE"):
        run_import(store, "wxr", _write(tmp_path, bomb))
    assert store.articles.count() == 0


def test_external_entity_is_refused(store, tmp_path: Path) -> None:
    xxe = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version><item><title>&x;</title></item></channel></rss>"""
    with pytest.raises(ImportFormatError):
        run_import(store, "wxr", _write(tmp_path, xxe))
    assert store.articles.count() == 0


def test_not_wxr(store, tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="wxr_version"):
        run_import(store, "wxr", _write(tmp_path, "<rss><channel><item/></channel></rss>"))
    with pytest.raises(ImportFormatError, match="<rss>"):
        run_import(store, "wxr", _write(tmp_path, "<feed/>"))


def test_bad_meta_json_names_item_line(store, tmp_path: Path) -> None:
    good = (DATA / "redaksi-export.xml").read_text(encoding="utf-8")
    broken = good.replace('{"place": "Medan"', '{place: "Medan"')
    item_line = broken.splitlines().index("\t\t<item>") + 1
    with pytest.raises(ImportFormatError, match="redaksi_dateline") as info:
        run_import(store, "wxr", _write(tmp_path, broken))
    assert info.value.line == item_line
    assert store.articles.count() == 0


def test_missing_title(store, tmp_path: Path) -> None:
    good = (DATA / "redaksi-export.xml").read_text(encoding="utf-8")
    broken = good.replace("<![CDATA[Draf Jalan Rusak]]>", "")
    with pytest.raises(ImportFormatError, match="judul"):
        run_import(store, "wxr", _write(tmp_path, broken))
    assert store.articles.count() == 0


def test_progress_reports_bytes(tmp_path: Path) -> None:
    seen: list[int] = []
    records = list(WxrImporter(on_bytes=seen.append).records(DATA / "redaksi-export.xml"))
    assert len(records) == 2
    assert seen and seen[-1] <= (DATA / "redaksi-export.xml").stat().st_size
