"""Exports name the software that wrote them with the one version number (editor.__version__),
in each format's own generator field; NewsML-G2 stays valid against the official XSD."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml import html as lxml_html
from test_export_formats import NAR, export_one, sample

from editor import __version__


def test_wxr_channel_generator_carries_the_version(tmp_path: Path) -> None:
    root = etree.parse(str(export_one("wxr", sample(), tmp_path))).getroot()
    assert root.findtext("channel/generator") == f"Redaksi {__version__}"


def test_newsml_item_meta_generator_is_versioned_and_valid(tmp_path: Path, shared_dir) -> None:
    path = export_one("newsml", sample(), tmp_path)
    doc = etree.parse(str(path), etree.XMLParser(no_network=True))
    generator = doc.getroot().find("n:itemMeta/n:generator", NAR)
    assert generator is not None and generator.text == "Redaksi"
    assert generator.get("versioninfo") == __version__
    xsd = shared_dir / "standards" / "newsml-g2" / "NewsML-G2_2.35-spec-All-Power.xsd"
    schema = etree.XMLSchema(etree.parse(str(xsd), etree.XMLParser(no_network=True)))
    assert schema.validate(doc), schema.error_log


def test_html_meta_generator_carries_the_version(tmp_path: Path) -> None:
    page = lxml_html.parse(str(export_one("html", sample(), tmp_path))).getroot()
    (content,) = page.xpath('//meta[@name="generator"]/@content')
    assert content == f"Redaksi {__version__}"
