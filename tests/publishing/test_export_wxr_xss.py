"""WXR fields WordPress treats as HTML (title, excerpt, author, term names) carry escaped text:
markup typed into a headline, summary or byline never reaches WordPress as live HTML, and a
Redaksi -> WXR -> Redaksi round trip still gives the same article back."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime

import pytest
from lxml import etree

from editor.domain import Article, Byline, Dateline, Location, Status
from editor.publishing.exporters import get_exporter
from editor.publishing.exporters.markdown import render_markdown
from editor.publishing.importers.wxr import WxrImporter
from editor.publishing.sanitize import html_text, text_from_html

WP = {"wp": "http://wordpress.org/export/1.2/",
      "excerpt": "http://wordpress.org/export/1.2/excerpt/",
      "dc": "http://purl.org/dc/elements/1.1/"}
PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>',
            '"><svg onload=alert(3)>', "</title><script>alert(4)</script>"]
LIVE = re.compile(r"<\s*(script|img|svg)\b|</title>", re.IGNORECASE)


def hostile(payload: str, **changes) -> Article:
    base = Article(
        id=7,
        headline=f"Judul {payload} & “kutip” 'satu'",
        summary=f"Ringkas {payload}\n\nparagraf kedua",
        body="Isi naskah.",
        slug="judul",
        bylines=(Byline(f"Rina {payload}", role="penulis"),),
        tags=(f"Tag {payload}", "Biasa"),
        category=f"Kategori {payload}",
        dateline=Dateline("Medan", datetime(2024, 5, 2, 3, 0, tzinfo=UTC)),
        location=Location(name="Medan", code="12.71"),
        status=Status.APPROVED,
        external_id="x-7",
        url="https://contoh.example/judul",
    )
    return dataclasses.replace(base, **changes)


def export(article: Article, tmp_path):
    return get_exporter("wxr").export([article], tmp_path / "wxr")[0]


def html_fields(path) -> list[str]:
    """Every WXR value WordPress treats as HTML (everything but post meta, which it stores
    as data and does not render)."""
    channel = etree.parse(str(path)).getroot().find("channel")
    item = channel.find("item")
    values = [item.findtext("title"), item.findtext("excerpt:encoded", namespaces=WP),
              item.findtext("dc:creator", namespaces=WP), *item.xpath("category/text()")]
    for path_ in ("wp:author/wp:author_login", "wp:author/wp:author_display_name",
                  "wp:category/wp:cat_name", "wp:tag/wp:tag_name"):
        values += [e.text or "" for e in channel.findall(path_, WP)]
    return values


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_live_markup_in_wordpress_html_fields(payload, tmp_path):
    path = export(hostile(payload), tmp_path)
    values = html_fields(path)
    assert len(values) == 11
    for value in values:
        assert not LIVE.search(value), value
        assert "<" not in value and ">" not in value
    # Outside post meta, no raw payload anywhere in the file's text.
    text = re.sub(r"<wp:postmeta>.*?</wp:postmeta>", "", path.read_text(encoding="utf-8"),
                  flags=re.DOTALL)
    assert payload not in text
    assert "onerror=alert(2)>" not in text


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaped_fields_read_as_the_original_text(payload, tmp_path):
    article = hostile(payload)
    item = etree.parse(str(export(article, tmp_path))).getroot().find("channel/item")
    assert text_from_html(item.findtext("title")) == article.headline
    assert text_from_html(item.findtext("excerpt:encoded", namespaces=WP)) == article.summary
    assert text_from_html(item.findtext("dc:creator", namespaces=WP)) == article.bylines[0].name


@pytest.mark.parametrize("payload", PAYLOADS + ["a < b && c > d; &amp; &copy"])
def test_round_trip_is_unchanged(payload, tmp_path):
    article = hostile(payload)
    [record] = list(WxrImporter().records(export(article, tmp_path)))
    back = record.article
    assert back.content_dict() == article.content_dict()
    assert back.headline == article.headline and back.summary == article.summary
    assert back.tags == article.tags and back.category == article.category


def test_round_trip_without_byline_meta_unescapes_the_author(tmp_path):
    path = export(hostile(PAYLOADS[1]), tmp_path)
    text = re.sub(r"\t*<wp:postmeta>\s*<wp:meta_key><!\[CDATA\[redaksi_bylines\]\]>.*?"
                  r"</wp:postmeta>\n", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    path.write_text(text, encoding="utf-8")
    [record] = list(WxrImporter().records(path))
    assert [b.name for b in record.article.bylines] == [f"Rina {PAYLOADS[1]}"]


def test_unsafe_url_is_not_the_link(tmp_path):
    path = export(hostile("x", url="javascript:alert(5)"), tmp_path)
    assert "javascript:" not in path.read_text(encoding="utf-8")
    item = etree.parse(str(path)).getroot().find("channel/item")
    assert item.findtext("link") == item.findtext("guid")


def test_html_text_and_back():
    assert html_text("<b>&") == "&lt;b&gt;&amp;"
    assert html_text('"kutip" \'satu\'') == '"kutip" \'satu\''
    assert text_from_html("<em>Foo</em> &amp; bar<script>x()</script>") == "Foo & bar"
    assert text_from_html("Tom & Jerry") == "Tom & Jerry"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_front_matter_keeps_them_as_yaml_strings(payload):
    """Front matter is data: YAML strings that templates escape on output (Hugo's
    ``{{ .Title }}`` is html/template-escaped). They must load back as exactly the text."""
    import yaml

    article = hostile(payload)
    meta = yaml.safe_load(render_markdown(article).split("---\n")[1])
    assert meta["title"] == article.headline
    assert meta["summary"] == " ".join(article.summary.split())
    assert meta["authors"] == [article.bylines[0].name]
    assert all(isinstance(meta[k], str) for k in ("title", "summary", "description"))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_post_meta_carries_no_markup_and_round_trips(payload, tmp_path):
    """Themes print post meta as it is (issue 15, item 11): no raw markup in any meta value,
    and the importer reads the same subheadline, kicker, id, dateline and location back."""
    article = hostile(payload, subheadline=f"Sub {payload}", kicker=f"Kicker {payload}",
                      external_id=f"x-7{payload}",
                      location=Location(name=f"Medan {payload}", code="12.71"),
                      bylines=(Byline(f"Rina {payload}", role=f"foto {payload}"),))
    path = export(article, tmp_path)
    item = etree.parse(str(path)).getroot().find("channel/item")
    values = item.xpath("wp:postmeta/wp:meta_value/text()", namespaces=WP)
    assert len(values) == 6
    for value in values:
        assert "<" not in value and ">" not in value, value
    [record] = list(WxrImporter().records(path))
    back = record.article
    assert back.content_dict() == article.content_dict()
    assert back.external_id == article.external_id


def test_markdown_export_runs_no_liquid_or_shortcodes():
    import markdown

    body = ("Harga {{ site.harga }} naik, {% include iklan.html %} dan {{< youtube x >}}, "
            "{{% notice %}} serta {# catatan #}.")
    text = render_markdown(hostile("x", body=body))
    content = text.split("---\n", 2)[2]
    for opener in ("{{", "{%", "{#"):
        assert opener not in content
    shown = text_from_html(markdown.markdown(content))
    assert "{{ site.harga }}" in shown and "{% include iklan.html %}" in shown
    assert "{{< youtube x >}}" in shown
