"""Photos carried by every export in the format's own way, checked against the official
standards in ../shared: ninjs 2.2 ``associations`` (JSON Schema), NewsML-G2 2.35
``remoteContent`` picture items (XSD), WXR attachments (what the WordPress importer reads),
Markdown front matter, JSON-LD ``image``; the image files themselves written beside."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from lxml import etree

from editor.domain import Article, Byline, Dateline, Status
from editor.publishing.exporters import ExportError, ExportOptions, get_exporter
from editor.store import open_store

from .images import image_bytes

NAR = {"n": "http://iptc.org/std/nar/2006-10-01/"}
WP = {"wp": "http://wordpress.org/export/1.2/",
      "excerpt": "http://wordpress.org/export/1.2/excerpt/"}
HOSTILE = 'Warga <script>alert(1)</script> & "anak" ]]> mengungsi'


@pytest.fixture
def photo_store(tmp_path: Path):
    store = open_store(f"sqlite:///{tmp_path / 'foto.db'}")
    yield store
    store.close()


@pytest.fixture
def article(photo_store) -> Article:
    first = replace(photo_store.media.add(image_bytes("JPEG", (640, 427)), filename="banjir.jpg"),
                    caption="Warga mengungsi dengan perahu karet di Medan.",
                    credit="ANTARA/Budi Santoso", alt="Perahu karet berisi warga di jalan banjir")
    second = replace(photo_store.media.add(image_bytes("PNG", (300, 200), (0, 90, 200)),
                                           filename="peta.png"),
                     caption=HOSTILE, credit="", alt="Peta")
    saved = photo_store.articles.create(Article(
        headline="Banjir merendam Medan", body="Air naik **dua meter**.",
        summary="Banjir merendam ribuan rumah di Medan.", slug="banjir-medan",
        dateline=Dateline("Medan", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
        bylines=(Byline("Rina Siregar"),), category="Daerah", status=Status.APPROVED,
        photos=(first, second)), user="rina")
    return saved


def export(fmt: str, article: Article, store, out: Path) -> list[Path]:
    options = ExportOptions(site_url="https://berita.example", media=store.media.read)
    return get_exporter(fmt, options).export([article], out)


def test_image_files_are_written_once_under_media(article, photo_store, tmp_path):
    paths = export("markdown", article, photo_store, tmp_path)
    media = sorted(p.name for p in paths if p.parent.name == "media")
    assert media == sorted(p.export_name for p in article.photos)
    first = article.photos[0]
    assert (tmp_path / "media" / first.export_name).read_bytes() == \
        photo_store.media.read(first.media_id)


def test_missing_image_bytes_fail_the_export_clearly(article, tmp_path):
    def gone(media_id: str) -> bytes:
        raise LookupError("gambar tidak ada")
    with pytest.raises(ExportError, match="banjir.jpg"):
        get_exporter("html", ExportOptions(media=gone)).export([article], tmp_path)


def test_ninjs_associations_are_valid_pictures(article, photo_store, tmp_path, shared_dir):
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource

    ninjs_dir = shared_dir / "standards" / "ninjs"
    schema = json.loads((ninjs_dir / "ninjs-schema_2.2.json").read_text(encoding="utf-8"))
    geojson = json.loads((ninjs_dir / "geojson" / "GeoJSON.json").read_text(encoding="utf-8"))
    registry = Registry().with_resources([
        (schema["$id"].rstrip("#"), Resource.from_contents(schema)),
        ("https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geojson))])
    validator = Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())
    doc_path = next(p for p in export("ninjs", article, photo_store, tmp_path)
                    if p.suffix == ".json")
    doc = json.loads(doc_path.read_text(encoding="utf-8"))
    validator.validate(doc)
    first, second = doc["associations"]
    assert first["type"] == "picture" and first["name"] == "foto-1"
    assert first["renditions"][0] == {
        "name": "original", "contenttype": "image/jpeg", "width": 640, "height": 427,
        "href": f"https://berita.example/media/{article.photos[0].export_name}",
        "sizeinbytes": article.photos[0].size}
    assert {d["role"]: d["value"] for d in first["descriptions"]} == {
        "caption": "Warga mengungsi dengan perahu karet di Medan.",
        "alttext": "Perahu karet berisi warga di jalan banjir"}
    assert first["by"] == "ANTARA/Budi Santoso"
    assert second["headlines"][0]["value"] == HOSTILE  # JSON keeps text as text
    # An association with an unknown property is what the schema refuses: the check is real.
    broken = json.loads(json.dumps(doc))
    broken["associations"][0]["caption"] = "x"
    assert not validator.is_valid(broken)


def test_newsml_picture_items_with_remote_content_are_valid(article, photo_store, tmp_path,
                                                            shared_dir):
    xsd = shared_dir / "standards" / "newsml-g2" / "NewsML-G2_2.35-spec-All-Power.xsd"
    schema = etree.XMLSchema(etree.parse(str(xsd), etree.XMLParser(no_network=True)))
    paths = [p for p in export("newsml", article, photo_store, tmp_path) if p.suffix == ".xml"]
    assert [p.name for p in paths] == ["banjir-medan.xml", "banjir-medan-foto-1.xml",
                                       "banjir-medan-foto-2.xml"]
    for path in paths:
        doc = etree.parse(str(path), etree.XMLParser(no_network=True))
        assert schema.validate(doc), schema.error_log
    text = etree.parse(str(paths[0])).getroot()
    picture = etree.parse(str(paths[1])).getroot()
    assert text.xpath("//n:itemMeta/n:link/@residref", namespaces=NAR) == \
        [picture.get("guid"), etree.parse(str(paths[2])).getroot().get("guid")]
    assert picture.xpath("string(//n:itemClass/@qcode)", namespaces=NAR) == "ninat:picture"
    remote = picture.xpath("//n:contentSet/n:remoteContent", namespaces=NAR)[0]
    assert (remote.get("contenttype"), remote.get("width"), remote.get("height")) == \
        ("image/jpeg", "640", "427")
    assert remote.get("href").endswith(article.photos[0].export_name)
    assert picture.xpath("string(//n:creditline)", namespaces=NAR) == "Foto: ANTARA/Budi Santoso"
    assert picture.xpath("string(//n:description[@role='drol:caption'])", namespaces=NAR) == \
        "Warga mengungsi dengan perahu karet di Medan."
    second = etree.parse(str(paths[2])).getroot()
    assert second.xpath("string(//n:headline)", namespaces=NAR) == HOSTILE


def test_wxr_attachments_under_their_post(article, photo_store, tmp_path):
    path = next(p for p in export("wxr", article, photo_store, tmp_path) if p.suffix == ".xml")
    root = etree.parse(str(path)).getroot()
    post = root.xpath("//item[wp:post_type='post']", namespaces=WP)[0]
    attachments = root.xpath("//item[wp:post_type='attachment']", namespaces=WP)
    assert len(attachments) == 2
    post_id = post.findtext("wp:post_id", namespaces=WP)
    ids = [a.findtext("wp:post_id", namespaces=WP) for a in attachments]
    assert post_id not in ids and len(set(ids)) == 2
    for a in attachments:
        assert a.findtext("wp:post_parent", namespaces=WP) == post_id
        assert a.findtext("wp:status", namespaces=WP) == "inherit"
        assert a.findtext("wp:attachment_url", namespaces=WP).startswith(
            "https://berita.example/media/")
    meta = {m.findtext("wp:meta_key", namespaces=WP): m.findtext("wp:meta_value", namespaces=WP)
            for m in post.findall("wp:postmeta", namespaces=WP)}
    assert meta["_thumbnail_id"] == ids[0]
    first_meta = {m.findtext("wp:meta_key", namespaces=WP): m.findtext("wp:meta_value",
                                                                       namespaces=WP)
                  for m in attachments[0].findall("wp:postmeta", namespaces=WP)}
    assert first_meta["_wp_attachment_image_alt"] == "Perahu karet berisi warga di jalan banjir"
    assert attachments[0].findtext("excerpt:encoded", namespaces=WP) == \
        "Warga mengungsi dengan perahu karet di Medan."
    # A caption with markup is escaped text for WordPress, never live HTML.
    assert "<script>" not in attachments[1].findtext("excerpt:encoded", namespaces=WP)


def test_wxr_round_trip_imports_the_post_not_the_attachments(article, photo_store, tmp_path):
    from editor.publishing.importers.wxr import WxrImporter

    path = next(p for p in export("wxr", article, photo_store, tmp_path) if p.suffix == ".xml")
    records = list(WxrImporter().records(path))
    assert [r.article.headline for r in records] == ["Banjir merendam Medan"]


def test_markdown_front_matter_lists_photos(article, photo_store, tmp_path):
    path = next(p for p in export("markdown", article, photo_store, tmp_path) if p.suffix == ".md")
    meta = yaml.safe_load(re.match(r"^---\n(.*?)\n---\n", path.read_text(encoding="utf-8"),
                                   re.DOTALL).group(1))
    first = article.photos[0]
    assert meta["images"] == [f"media/{p.export_name}" for p in article.photos]
    assert meta["photos"][0] == {"src": f"media/{first.export_name}", "alt": first.alt,
                                 "caption": first.caption, "credit": first.credit,
                                 "width": 640, "height": 427}


def test_jsonld_image_objects(article, photo_store, tmp_path):
    path = next(p for p in export("jsonld", article, photo_store, tmp_path)
                if p.suffix == ".jsonld")
    doc = json.loads(path.read_text(encoding="utf-8"))
    first = doc["image"][0]
    assert first["@type"] == "ImageObject"
    assert first["url"] == f"https://berita.example/media/{article.photos[0].export_name}"
    assert (first["width"], first["height"]) == (640, 427)
    assert first["caption"] == "Warga mengungsi dengan perahu karet di Medan."
    assert first["creditText"] == "Foto: ANTARA/Budi Santoso"


def test_html_page_shows_figures_with_escaped_captions(article, photo_store, tmp_path):
    path = next(p for p in export("html", article, photo_store, tmp_path) if p.suffix == ".html")
    text = path.read_text(encoding="utf-8")
    assert f'<img src="media/{article.photos[0].export_name}" ' \
           'alt="Perahu karet berisi warga di jalan banjir" width="640" height="427">' in text
    assert '<span class="credit">Foto: ANTARA/Budi Santoso</span>' in text
    assert "<script>alert(1)</script>" not in text
    assert 'property="og:image"' in text
