"""Each export format checked by its real standard: the ninjs 2.2 JSON Schema, the NewsML-G2
2.35 XSD, the WXR rules the WordPress importer applies, the schema.org vocabulary; plus the
safety, Unicode, time-zone and file-handling guarantees every format shares."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import markdown
import pytest
import yaml
from lxml import etree
from lxml import html as lxml_html

from editor.domain import Article, Byline, Dateline, Location, Status
from editor.publishing.exporters import ExportError, export_formats, get_exporter
from editor.publishing.exporters.base import write_atomic
from editor.publishing.sanitize import find_active_content

MALICIOUS_BODY = """Warga **Manado** berkumpul.<script>alert('xss')</script>

<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">klik</a>

<iframe src="https://evil.example/"></iframe>

[tautan jahat](javascript:alert(3)) dan [aman](https://example.org/berita)

<div onclick="steal()">teks tetap ada</div> <svg onload=alert(4)></svg>

[ref jahat][r]

[r]: javascript:alert(5)
"""

UNICODE_HEADLINE = "Kafé ☕ “Sederhana” di Jalan Sudirman 🇮🇩 ramai dikunjungi"
UNICODE_BODY = "Pengunjung menikmati kopi Toraja — harganya Rp25.000 😋.\n\nÉmoji 🎉 dan aksara ꦗꦮ."


def sample(**changes) -> Article:
    base = Article(
        id=42,
        version=3,
        headline="Jembatan baru di Manado diresmikan",
        subheadline="Menghubungkan dua kecamatan",
        kicker="INFRASTRUKTUR",
        body="Gubernur meresmikan jembatan **sepanjang 300 meter**.\n\nWarga menyambut baik.",
        summary="Jembatan 300 meter di Manado diresmikan gubernur.",
        slug="jembatan-baru-manado",
        dateline=Dateline("Manado", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
        location=Location(name="Manado", province="Sulawesi Utara", regency="Kota Manado",
                          code="71.71"),
        tags=("Infrastruktur", "Jembatan"),
        category="Daerah",
        bylines=(Byline("Rina Siregar"), Byline("Budi Santoso", role="fotografer")),
        status=Status.APPROVED,
        external_id="clickid-123",
        created_at=datetime(2024, 3, 5, 8, 0, tzinfo=UTC),
        updated_at=datetime(2024, 3, 5, 10, 0, tzinfo=UTC),
    )
    return base.with_changes(**changes)


def export_one(fmt: str, article: Article, out: Path) -> Path:
    paths = get_exporter(fmt).export([article], out)
    assert len(paths) == 1 and paths[0].is_file()
    return paths[0]


# --- body extraction: what each consumer would render as the article body ----------------------

WXR_NS = {
    "wp": "http://wordpress.org/export/1.2/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
NAR = {"n": "http://iptc.org/std/nar/2006-10-01/", "x": "http://www.w3.org/1999/xhtml"}


def split_front_matter(text: str) -> tuple[dict, str]:
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.DOTALL)
    assert match, "front matter must be fenced by --- lines"
    return yaml.safe_load(match.group(1)), match.group(2)


def rendered_body(fmt: str, path: Path) -> str:
    """The body as HTML the way the format's consumer would display it."""
    text = path.read_text(encoding="utf-8")
    if fmt == "markdown":
        # Rendered with NO sanitising, as Jekyll/Astro would: the export itself must be safe.
        return markdown.markdown(split_front_matter(text)[1])
    if fmt == "html":
        doc = lxml_html.document_fromstring(text)
        return "".join(etree.tostring(e, encoding="unicode", method="html")
                       for e in doc.xpath("//article"))
    if fmt == "wxr":
        root = etree.parse(str(path)).getroot()
        return "".join(root.xpath("//item/content:encoded/text()", namespaces=WXR_NS))
    if fmt == "ninjs":
        data = json.loads(text)
        return "".join(b["value"] for b in data["bodies"] if b["contenttype"] == "text/html")
    if fmt == "newsml":
        root = etree.parse(str(path)).getroot()
        body = root.xpath("//x:body", namespaces=NAR)[0]
        return etree.tostring(body, encoding="unicode", method="html")
    if fmt == "jsonld":
        return json.loads(text).get("articleBody", "")
    raise AssertionError(fmt)


# --- ninjs 2.2 ----------------------------------------------------------------------------------


@pytest.fixture
def ninjs_validator(shared_dir: Path):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    ninjs_dir = shared_dir / "standards" / "ninjs"
    schema = json.loads((ninjs_dir / "ninjs-schema_2.2.json").read_text(encoding="utf-8"))
    geojson = json.loads((ninjs_dir / "geojson" / "GeoJSON.json").read_text(encoding="utf-8"))

    def no_network(uri: str):
        raise LookupError(f"schema {uri} is not available offline")

    registry = Registry(retrieve=no_network).with_resources([
        (schema["$id"].rstrip("#"), Resource.from_contents(schema)),
        ("https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geojson)),
    ])
    return Draft202012Validator(schema, registry=registry)


def test_ninjs_validator_accepts_official_examples_and_rejects_failures(ninjs_validator,
                                                                       shared_dir):
    ninjs_dir = shared_dir / "standards" / "ninjs"
    for example in sorted((ninjs_dir / "examples" / "2.2").glob("*.json")):
        ninjs_validator.validate(json.loads(example.read_text(encoding="utf-8")))
    failing = sorted((ninjs_dir / "test_suite" / "2.2" / "should_fail").glob("*.json"))
    assert failing, "the 2.2 test suite should have should_fail cases"
    assert any(list(ninjs_validator.iter_errors(json.loads(f.read_text()))) for f in failing)


def test_ninjs_is_valid_against_the_2_2_schema(ninjs_validator, tmp_path):
    for article in (sample(), sample(body=MALICIOUS_BODY), sample(
            headline=UNICODE_HEADLINE, body=UNICODE_BODY, location=Location(), bylines=(),
            tags=(), category="", summary="", subheadline="", kicker="", id=None,
            external_id=None)):
        data = json.loads(export_one("ninjs", article, tmp_path / str(article.id)).read_text())
        errors = [f"{list(e.absolute_path)}: {e.message}"
                  for e in ninjs_validator.iter_errors(data)]
        assert errors == []
    data = json.loads(export_one("ninjs", sample(), tmp_path / "x").read_text())
    assert data["language"] == "id"
    assert data["headlines"][0] == {"role": "main", "contenttype": "text/plain",
                                    "value": "Jembatan baru di Manado diresmikan"}
    assert data["by"] == "Rina Siregar, Budi Santoso"
    assert {"name": "Infrastruktur", "rel": "keyword"} in data["subjects"]
    assert data["places"][0]["literal"] == "kemendagri:71.71"
    assert "<strong>sepanjang 300 meter</strong>" in data["bodies"][0]["value"]


# --- NewsML-G2 2.35 -----------------------------------------------------------------------------


@pytest.fixture
def newsml_schema(shared_dir: Path) -> etree.XMLSchema:
    xsd = shared_dir / "standards" / "newsml-g2" / "NewsML-G2_2.35-spec-All-Power.xsd"
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(xsd), parser))


def test_newsml_is_valid_against_the_2_35_xsd(newsml_schema, tmp_path):
    for n, article in enumerate((sample(), sample(body=MALICIOUS_BODY), sample(
            headline=UNICODE_HEADLINE, body=UNICODE_BODY, location=Location(), bylines=(),
            tags=(), category="", summary="", kicker="", id=None, external_id=None))):
        path = export_one("newsml", article, tmp_path / str(n))
        doc = etree.parse(str(path), etree.XMLParser(no_network=True))
        assert newsml_schema.validate(doc), newsml_schema.error_log
    root = etree.parse(str(export_one("newsml", sample(), tmp_path / "y"))).getroot()
    assert root.get("standardversion") == "2.35"
    assert root.xpath("string(//n:contentMeta/n:headline)", namespaces=NAR) == \
        "Jembatan baru di Manado diresmikan"
    assert root.xpath("//n:contentMeta/n:language/@tag", namespaces=NAR) == ["id"]
    assert root.xpath("//n:keyword/text()", namespaces=NAR) == ["Infrastruktur", "Jembatan"]
    # The body is XHTML in its namespace, with the article's paragraphs.
    inline = root.xpath("//n:inlineXML", namespaces=NAR)[0]
    assert inline.get("contenttype") == "application/xhtml+xml"
    paragraphs = inline.xpath(".//x:body/x:p/text()", namespaces=NAR)
    assert "Warga menyambut baik." in paragraphs
    assert inline.xpath("string(.//x:strong)", namespaces=NAR) == "sepanjang 300 meter"


def test_newsml_xhtml_stays_well_formed_with_void_elements_and_control_chars(newsml_schema,
                                                                             tmp_path):
    body = "Baris satu  \nbaris dua\x0b\x01 dengan &nbsp; dan &copy;\n\n---\n\n![foto](https://x.id/a.jpg)"
    path = export_one("newsml", sample(body=body), tmp_path)
    doc = etree.parse(str(path))
    assert newsml_schema.validate(doc), newsml_schema.error_log
    xhtml = doc.xpath("//x:body", namespaces=NAR)[0]
    assert xhtml.xpath(".//x:br", namespaces=NAR) and xhtml.xpath(".//x:hr", namespaces=NAR)
    assert xhtml.xpath(".//x:img/@src", namespaces=NAR) == ["https://x.id/a.jpg"]
    assert "\u00a9" in etree.tostring(xhtml, encoding="unicode")


# --- WordPress WXR 1.2 --------------------------------------------------------------------------


def test_wxr_has_what_the_wordpress_importer_requires(shared_dir, tmp_path):
    articles = [sample(), sample(id=43, headline="Kedua ]]> dengan CDATA", slug="kedua",
                                 status=Status.DRAFT, bylines=(), tags=("Jembatan",))]
    path = get_exporter("wxr").export(articles, tmp_path)[0]
    text = path.read_text(encoding="utf-8")
    assert "<!DOCTYPE" not in text
    for prefix, uri in WXR_NS.items():  # the exact prefixes the importer's parsers look for
        assert f'xmlns:{prefix}="{uri}"' in text
    root = etree.parse(str(path), etree.XMLParser(no_network=True)).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    version = channel.findtext("wp:wxr_version", namespaces=WXR_NS)
    assert re.fullmatch(r"\d+\.\d+", version) and version == "1.2"
    logins = channel.xpath("wp:author/wp:author_login/text()", namespaces=WXR_NS)
    cats = {c.findtext("wp:category_nicename", namespaces=WXR_NS)
            for c in channel.findall("wp:category", WXR_NS)}
    tags = {t.findtext("wp:tag_slug", namespaces=WXR_NS) for t in channel.findall("wp:tag", WXR_NS)}
    items = channel.findall("item")
    assert len(items) == 2
    ids = set()
    for item in items:
        ids.add(item.findtext("wp:post_id", namespaces=WXR_NS))
        assert item.findtext("dc:creator", namespaces=WXR_NS) in logins
        for field in ("post_date", "post_date_gmt", "post_modified", "post_modified_gmt"):
            value = item.findtext(f"wp:{field}", namespaces=WXR_NS)
            assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", value), (field, value)
        assert item.findtext("wp:post_type", namespaces=WXR_NS) == "post"
        assert item.findtext("wp:post_name", namespaces=WXR_NS)
        assert item.findtext("wp:status", namespaces=WXR_NS) in {"publish", "future", "draft",
                                                                  "pending"}
        for cat in item.findall("category"):
            assert cat.get("nicename"), "the importer silently drops terms without nicename"
            assert cat.get("domain") in {"category", "post_tag"}
            assert cat.get("nicename") in (cats if cat.get("domain") == "category" else tags)
    assert len(ids) == 2
    first, second = items
    assert first.findtext("wp:post_date", namespaces=WXR_NS) == "2024-03-05 17:30:00"  # WITA
    assert first.findtext("wp:post_date_gmt", namespaces=WXR_NS) == "2024-03-05 09:30:00"
    assert first.findtext("wp:status", namespaces=WXR_NS) == "future"  # approved
    # WordPress reads the title as HTML: escaped text, with no CDATA section broken by it.
    assert second.findtext("title") == "Kedua ]]&gt; dengan CDATA"
    assert second.findtext("wp:status", namespaces=WXR_NS) == "draft"
    meta = {m.findtext("wp:meta_key", namespaces=WXR_NS): m.findtext("wp:meta_value",
                                                                    namespaces=WXR_NS)
            for m in first.findall("wp:postmeta", WXR_NS)}
    assert json.loads(meta["redaksi_location"])["code"] == "71.71"
    assert json.loads(meta["redaksi_dateline"])["place"] == "Manado"
    assert meta["redaksi_external_id"] == "clickid-123"
    assert [b["name"] for b in json.loads(meta["redaksi_bylines"])] == ["Rina Siregar",
                                                                        "Budi Santoso"]
    # Same element vocabulary as a real WordPress export: nothing the importer won't know.
    sample_root = etree.parse(str(shared_dir / "standards" / "wxr" / "examples"
                                  / "wxr-simple_wp6.5.4_wxr1.2.xml")).getroot()
    known = {el.tag for el in sample_root.iter() if isinstance(el.tag, str)}
    known |= {f"{{{WXR_NS['wp']}}}{t}" for t in (
        "category", "term_id", "category_nicename", "category_parent", "cat_name", "tag",
        "tag_slug", "tag_name")}
    ours = {el.tag for el in root.iter() if isinstance(el.tag, str)}
    assert ours <= known, ours - known


# --- schema.org NewsArticle ---------------------------------------------------------------------


@pytest.fixture
def schema_vocabulary(shared_dir: Path) -> dict[str, dict]:
    path = shared_dir / "standards" / "jsonld" / "schemaorg-current-https_30.0.jsonld"
    graph = json.loads(path.read_text(encoding="utf-8"))["@graph"]
    return {node["@id"]: node for node in graph}


def _ids(value) -> list[str]:
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [v["@id"] for v in values]


def _ancestors(vocab: dict, cls: str) -> set[str]:
    seen, todo = set(), [cls]
    while todo:
        c = todo.pop()
        if c not in seen:
            seen.add(c)
            todo += _ids(vocab.get(c, {}).get("rdfs:subClassOf"))
    return seen


def check_schema_object(vocab: dict, obj: dict, path: str = "$") -> list[str]:
    """Every property of ``obj`` must be declared for its @type (or an ancestor) and every
    nested object's type must be in the property's range (or a subclass of one)."""
    problems = []
    cls = f"schema:{obj['@type']}"
    if cls not in vocab:
        return [f"{path}: unknown type {obj['@type']}"]
    lineage = _ancestors(vocab, cls)
    for key, value in obj.items():
        if key.startswith("@"):
            continue
        prop = vocab.get(f"schema:{key}")
        if prop is None:
            problems.append(f"{path}.{key}: not a schema.org property")
            continue
        if not lineage & set(_ids(prop.get("schema:domainIncludes"))):
            problems.append(f"{path}.{key}: not a property of {obj['@type']}")
        ranges = set(_ids(prop.get("schema:rangeIncludes")))
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                if not _ancestors(vocab, f"schema:{item['@type']}") & ranges:
                    problems.append(f"{path}.{key}: {item['@type']} not in range")
                problems += check_schema_object(vocab, item, f"{path}.{key}")
            elif isinstance(item, str):
                text_like = {"schema:Text", "schema:URL", "schema:Date", "schema:DateTime",
                             "schema:DefinedTerm", "schema:Place"}
                assert ranges & text_like or "schema:Text" in ranges, (key, ranges)
    return problems


def test_jsonld_uses_schema_org_vocabulary_correctly(schema_vocabulary, tmp_path):
    doc = json.loads(export_one("jsonld", sample(url="https://berita.example/jembatan"),
                                tmp_path).read_text())
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "NewsArticle"
    assert check_schema_object(schema_vocabulary, doc) == []
    # Google's recommendations (NOTES.md): dates with an offset, authors as separate Persons.
    for key in ("datePublished", "dateModified"):
        assert datetime.fromisoformat(doc[key]).utcoffset() is not None
    assert doc["datePublished"] == "2024-03-05T17:30:00+08:00"
    assert doc["author"] == [{"@type": "Person", "name": "Rina Siregar"},
                             {"@type": "Person", "name": "Budi Santoso"}]
    assert doc["publisher"]["@type"] == "Organization"
    assert doc["inLanguage"] == "id" and doc["keywords"] == ["Infrastruktur", "Jembatan"]


# --- HTML ---------------------------------------------------------------------------------------


def test_html_page_has_meta_tags_and_the_same_json_ld(tmp_path):
    article = sample(headline='Judul "bertanda kutip" & <b>tag</b>', url="https://b.example/j")
    page = export_one("html", article, tmp_path / "h").read_text(encoding="utf-8")
    doc = lxml_html.document_fromstring(page)
    assert doc.findtext(".//title") == 'Judul "bertanda kutip" & <b>tag</b>'
    assert doc.xpath("//meta[@property='og:title']/@content") == [article.headline]
    assert doc.xpath("//meta[@name='description']/@content") == [article.summary]
    assert doc.xpath("//meta[@property='article:published_time']/@content") == [
        "2024-03-05T17:30:00+08:00"]
    assert doc.xpath("//html/@lang") == ["id"]
    scripts = doc.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    jsonld = json.loads(export_one("jsonld", article, tmp_path / "j").read_text())
    assert json.loads(scripts[0].text) == jsonld
    assert not doc.xpath("//h1/b"), "a title is text, never markup"


# --- guarantees shared by every format ----------------------------------------------------------


@pytest.mark.parametrize("fmt", export_formats())
def test_no_active_content_survives(fmt, tmp_path):
    path = export_one(fmt, sample(body=MALICIOUS_BODY), tmp_path)
    body = rendered_body(fmt, path)
    assert "teks tetap ada" in body  # text of removed tags is kept
    assert find_active_content(body) == []
    assert "alert(" not in body.replace("javascript", "") or fmt == "jsonld"
    assert "javascript:" not in path.read_text(encoding="utf-8").lower()
    if fmt != "jsonld":
        assert "https://example.org/berita" in body


@pytest.mark.parametrize("fmt", export_formats())
def test_unicode_is_intact(fmt, tmp_path):
    article = sample(headline=UNICODE_HEADLINE, body=UNICODE_BODY, tags=("Kuliner 🍜", "Kafé"),
                     bylines=(Byline("Ni Luh Putu Ayu Sé"),), summary="Ringkas 😋 — ya")
    path = export_one(fmt, article, tmp_path)
    raw = path.read_bytes().decode("utf-8")  # strict: any mojibake or surrogate fails here
    if fmt == "markdown":
        meta, body = split_front_matter(raw)
        values = [meta["title"], body, *meta["tags"], *meta["authors"], meta["summary"]]
    elif fmt == "html":
        doc = lxml_html.document_fromstring(raw)
        values = [doc.findtext(".//title"), doc.xpath("string(//article)"),
                  *doc.xpath("//meta[@property='article:tag']/@content"),
                  *doc.xpath("//meta[@name='author']/@content"),
                  *doc.xpath("//meta[@name='description']/@content")]
    elif fmt == "wxr":
        item = etree.parse(str(path)).getroot().find("channel/item")
        values = [item.findtext("title"), item.findtext("content:encoded", namespaces=WXR_NS),
                  *item.xpath("category/text()"), item.findtext("dc:creator", namespaces=WXR_NS),
                  item.findtext("excerpt:encoded", namespaces=WXR_NS)]
    elif fmt == "ninjs":
        data = json.loads(raw)
        values = [data["headlines"][0]["value"], data["bodies"][1]["value"],
                  *[s["name"] for s in data["subjects"]], data["by"],
                  data["descriptions"][0]["value"]]
    elif fmt == "newsml":
        root = etree.parse(str(path)).getroot()
        values = [root.xpath("string(//n:contentMeta/n:headline)", namespaces=NAR),
                  root.xpath("string(//x:body)", namespaces=NAR),
                  *root.xpath("//n:keyword/text()", namespaces=NAR),
                  root.xpath("string(//n:by)", namespaces=NAR),
                  root.xpath("string(//n:description)", namespaces=NAR)]
    else:
        data = json.loads(raw)
        values = [data["headline"], data["articleBody"], *data["keywords"],
                  data["author"][0]["name"], data["description"]]
    joined = "\n".join(values)
    for expected in (UNICODE_HEADLINE, "Rp25.000 😋", "🎉", "ꦗꦮ", "Kuliner 🍜", "Kafé",
                     "Ni Luh Putu Ayu Sé", "Ringkas 😋 — ya", "—"):
        assert expected in joined, (fmt, expected)


@pytest.mark.parametrize(("code", "offset", "zone"), [
    ("71.71", "+08:00", "WITA"), ("94.71", "+09:00", "WIT"), ("31.71", "+07:00", "WIB"),
    ("", "+07:00", "WIB"),
])
def test_times_carry_the_indonesian_offset_of_the_location(code, offset, zone, tmp_path):
    article = sample(location=Location(name="Kota", code=code))
    expected = datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
    md = split_front_matter(export_one("markdown", article, tmp_path / "m").read_text())[0]
    assert md["date"].endswith(offset) and md["timezone"] == zone
    assert datetime.fromisoformat(md["date"]) == expected
    ninjs = json.loads(export_one("ninjs", article, tmp_path / "n").read_text())
    assert ninjs["contentcreated"].endswith(offset)
    ld = json.loads(export_one("jsonld", article, tmp_path / "j").read_text())
    assert datetime.fromisoformat(ld["datePublished"]) == expected
    assert ld["datePublished"].endswith(offset)
    root = etree.parse(str(export_one("newsml", article, tmp_path / "x"))).getroot()
    assert root.xpath("string(//n:contentCreated)", namespaces=NAR).endswith(offset)
    item = etree.parse(str(get_exporter("wxr").export([article], tmp_path / "w")[0])).find(
        "channel/item")
    local = datetime.strptime(item.findtext("wp:post_date", namespaces=WXR_NS),
                              "%Y-%m-%d %H:%M:%S")
    gmt = datetime.strptime(item.findtext("wp:post_date_gmt", namespaces=WXR_NS),
                            "%Y-%m-%d %H:%M:%S")
    assert (local - gmt).total_seconds() / 3600 == int(offset[1:3])


@pytest.mark.parametrize("fmt", [f for f in export_formats() if f != "wxr"])
def test_file_names_from_slugs_stay_in_the_output_folder(fmt, tmp_path):
    out = tmp_path / "out"
    articles = [sample(id=i, slug=s, headline=h) for i, (s, h) in enumerate([
        ("../../etc/passwd", "a"), ("/abs/path", "b"), ("..", "c"), ("", "🎉"),
        ("con", "d"), ("sama", "e"), ("sama", "f"), ("a\\b\\..\\c", "g"),
    ])]
    paths = get_exporter(fmt).export(articles, out)
    assert len(paths) == len(set(paths)) == len(articles)
    for path in paths:
        assert path.parent == out.resolve()
        assert re.fullmatch(r"[a-z0-9-]+\.[a-z]+", path.name), path.name
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)
    assert not list(tmp_path.glob("**/passwd*"))


def test_a_failed_write_leaves_no_half_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    target = tmp_path / "berkas.json"
    write_atomic(target, "lama")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("editor.publishing.exporters.base.os.replace", broken_replace)
    with pytest.raises(ExportError, match="gagal menulis"):
        write_atomic(target, "baru")
    assert target.read_text() == "lama"
    assert [p.name for p in tmp_path.iterdir()] == ["berkas.json"]


def test_an_export_failing_midway_leaves_only_complete_files(tmp_path):
    class Boom(Exception):
        pass

    exporter = get_exporter("ninjs")
    real_render = exporter.render
    calls = []

    def render(article):
        calls.append(article.id)
        if len(calls) == 2:
            raise Boom("render failed")
        return real_render(article)

    exporter.render = render
    with pytest.raises(Boom):
        exporter.export([sample(id=1, slug="satu"), sample(id=2, slug="dua")], tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["satu.json"]
    json.loads((tmp_path / "satu.json").read_text())


def test_output_path_that_is_a_file_is_refused(tmp_path):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="bukan folder"):
        get_exporter("html").export([sample()], blocker)


def test_progress_is_reported_per_article(tmp_path):
    for fmt in export_formats():
        seen: list[tuple[int, int]] = []
        get_exporter(fmt).export([sample(id=i, slug=f"s{i}") for i in range(3)],
                                 tmp_path / fmt, lambda d, t, seen=seen: seen.append((d, t)))
        assert seen == [(1, 3), (2, 3), (3, 3)], fmt


def test_written_files_are_readable_by_others_like_normal_files(tmp_path):
    path = export_one("html", sample(), tmp_path)
    assert path.stat().st_mode & 0o777 == 0o644
