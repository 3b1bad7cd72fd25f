"""IPTC NewsML-G2 2.35 newsItem, one per article, with the body as inline XHTML.

The element order follows the 2.35 "All-Power" schema (itemMeta, then contentMeta with its
administrative group before the descriptive one). The XHTML body is the sanitised HTML
re-parsed by lxml and re-serialised in the XHTML namespace, so it is well-formed XML even
when the HTML had ``<br>`` or entities. Kicker and subheadline go into the XHTML header:
NewsML-G2 has no standard role codes for them.

Photos follow the NewsML-G2 way of carrying media: each is its own ``ninat:picture`` newsItem
(``<slug>-foto-<n>.xml``) whose ``contentSet`` holds a ``remoteContent`` pointing at the image
with its type, size and pixel dimensions, the caption as ``description role="drol:caption"``
and the credit as ``creditline``; the text item links to each with ``irel:seeAlso``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from editor import __version__
from editor.domain.article import Article
from editor.domain.photo import Photo
from editor.domain.workflow import Status
from editor.publishing.exporters.base import (
    ExportOptions,
    FileNamer,
    Progress,
    article_slug,
    body_html,
    iso,
    local,
    modified_time,
    photo_url,
    prepare_out_dir,
    published_time,
    run_per_article,
    write_atomic,
    write_media,
)
from editor.publishing.figures import credit_text
from editor.publishing.sanitize import single_line, xml_text

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml"


def _n(tag: str) -> str:
    return f"{{{NAR}}}{tag}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, /,
         **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, _n(tag), {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def _named(parent: etree._Element, tag: str, name: str, /, **attrs: str) -> etree._Element:
    el = _sub(parent, tag, **attrs)
    _sub(el, "name", single_line(name))
    return el


def _to_xhtml(el: etree._Element) -> etree._Element:
    """Copy an lxml.html element tree into the XHTML namespace, dropping XML-illegal text."""
    out = etree.Element(f"{{{XHTML}}}{el.tag}",
                        {k: xml_text(v) for k, v in el.attrib.items() if ":" not in k})
    out.text = xml_text(el.text) if el.text else None
    for child in el:
        if isinstance(child.tag, str):
            out.append(_to_xhtml(child))
            out[-1].tail = xml_text(child.tail) if child.tail else None
        elif child.tail:  # comments never survive sanitising; keep their tail text
            if len(out):
                out[-1].tail = (out[-1].tail or "") + xml_text(child.tail)
            else:
                out.text = (out.text or "") + xml_text(child.tail)
    return out


def xhtml_document(article: Article) -> etree._Element:
    """``<html xmlns=XHTML>`` with the headline in ``<head>`` and the body in ``<body>``."""
    root = etree.Element(f"{{{XHTML}}}html", nsmap={None: XHTML})
    head = etree.SubElement(root, f"{{{XHTML}}}head")
    etree.SubElement(head, f"{{{XHTML}}}title").text = xml_text(single_line(article.headline))
    body = etree.SubElement(root, f"{{{XHTML}}}body")
    if article.kicker:
        p = etree.SubElement(body, f"{{{XHTML}}}p", {"class": "kicker"})
        p.text = xml_text(single_line(article.kicker))
    if article.subheadline:
        p = etree.SubElement(body, f"{{{XHTML}}}p", {"class": "subheadline"})
        p.text = xml_text(single_line(article.subheadline))
    fragment = body_html(article)
    if fragment:
        container = lxml_html.fragment_fromstring(fragment, create_parent="div")
        # Inline content between blocks (left where a disallowed tag such as <div> was
        # removed) is gathered into paragraphs: XHTML's <body> holds blocks, and no text may
        # be lost.
        run: list[etree._Element | str] = [container.text or ""]
        for child in container:
            if not isinstance(child.tag, str):
                run.append(child.tail or "")
            elif child.tag in _BLOCKS:
                _flush(body, run)
                body.append(_to_xhtml(child))
                run = [child.tail or ""]
            else:
                run += [child, child.tail or ""]
        _flush(body, run)
    return root


_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote",
                     "pre", "table", "figure", "hr"})


def _flush(body: etree._Element, run: list[etree._Element | str]) -> None:
    """Append a run of inline nodes (text and elements) as one paragraph, if it has content."""
    if not any(isinstance(n, etree._Element) or n.strip() for n in run):
        run.clear()
        return
    p = etree.SubElement(body, f"{{{XHTML}}}p")
    for node in run:
        if isinstance(node, str):
            text = xml_text(node)
            if len(p):
                p[-1].tail = (p[-1].tail or "") + text
            else:
                p.text = (p.text or "") + text
        else:
            p.append(_to_xhtml(node))
            p[-1].tail = None
    if p.text:
        p.text = p.text.lstrip()
    run.clear()


def news_item(article: Article, options: ExportOptions) -> etree._Element:
    """The newsItem element tree for ``article``."""
    published = published_time(article)
    created = local(article.created_at, article) or published
    item = etree.Element(_n("newsItem"), nsmap={None: NAR, "xsi": XSI})
    item.set("guid", f"urn:newsml:redaksi:{article.id if article.id is not None else article_slug(article)}")
    item.set("version", str(article.version or 1))
    item.set("standard", "NewsML-G2")
    item.set("standardversion", "2.35")
    item.set("conformance", "power")
    item.set(f"{{{XML_NS}}}lang", options.language)
    _sub(item, "catalogRef", href=IPTC_CATALOG)
    rights = _sub(item, "rightsInfo")
    _named(rights, "copyrightHolder", options.site_name)

    meta = _sub(item, "itemMeta")
    _sub(meta, "itemClass", qcode="ninat:text")
    _named(meta, "provider", options.site_name, literal=single_line(options.site_name))
    _sub(meta, "versionCreated", iso(modified_time(article)))
    _sub(meta, "firstCreated", iso(min(created, published)))
    _sub(meta, "pubStatus", qcode="stat:canceled" if article.status == Status.KILLED
         else "stat:usable")
    _sub(meta, "generator", "Redaksi", versioninfo=__version__)
    for photo in article.photos:
        link = _sub(meta, "link", rel="irel:seeAlso", residref=picture_guid(photo),
                    contenttype=photo.media_type)
        if photo.caption:
            link.set("title", xml_text(single_line(photo.caption)))

    content = _sub(item, "contentMeta")
    _sub(content, "contentCreated", iso(published))
    _sub(content, "contentModified", iso(modified_time(article)))
    if not article.location.is_empty:
        attrs = {"literal": f"kemendagri:{single_line(article.location.code)}"} \
            if article.location.code else {}
        located = _named(content, "located",
                         article.location.display_name or article.location.code, **attrs)
        if article.location.province and article.location.province != article.location.name:
            broader = _named(located, "broader", article.location.province)
            broader.set("type", "cptype:statprov")
    for byline in article.bylines:
        if single_line(byline.name):
            creator = _named(content, "creator", byline.name)
            creator.set("role", "crol:author")
    if article.external_id:
        _sub(content, "altId", single_line(article.external_id), type="idtype:external")
    _sub(content, "language", tag=options.language)
    if article.category:
        _named(content, "subject", article.category, type="cpnat:abstract",
               literal=f"rubrik:{single_line(article.category)}")
    for tag in article.tags:
        _sub(content, "keyword", single_line(tag))
    _sub(content, "slugline", article_slug(article))
    _sub(content, "headline", single_line(article.headline))
    dateline = article.dateline.render()
    if dateline:
        _sub(content, "dateline", single_line(dateline))
    names = [single_line(b.name) for b in article.bylines if single_line(b.name)]
    if names:
        _sub(content, "by", ", ".join(names))
    if article.summary:
        _sub(content, "description", single_line(article.summary), role="drol:summary")

    content_set = _sub(item, "contentSet")
    inline = _sub(content_set, "inlineXML", contenttype="application/xhtml+xml")
    inline.append(xhtml_document(article))
    return item


def picture_guid(photo: Photo) -> str:
    return f"urn:newsml:redaksi:media:{photo.media_id}"


def picture_item(photo: Photo, article: Article, options: ExportOptions) -> etree._Element:
    """The ``ninat:picture`` newsItem of one photo of ``article``."""
    published = published_time(article)
    item = etree.Element(_n("newsItem"), nsmap={None: NAR, "xsi": XSI})
    item.set("guid", picture_guid(photo))
    item.set("version", "1")
    item.set("standard", "NewsML-G2")
    item.set("standardversion", "2.35")
    item.set("conformance", "power")
    item.set(f"{{{XML_NS}}}lang", options.language)
    _sub(item, "catalogRef", href=IPTC_CATALOG)
    rights = _sub(item, "rightsInfo")
    _named(rights, "copyrightHolder", single_line(photo.credit) or options.site_name)
    meta = _sub(item, "itemMeta")
    _sub(meta, "itemClass", qcode="ninat:picture")
    _named(meta, "provider", options.site_name, literal=single_line(options.site_name))
    _sub(meta, "versionCreated", iso(modified_time(article)))
    _sub(meta, "firstCreated", iso(published))
    _sub(meta, "pubStatus", qcode="stat:canceled" if article.status == Status.KILLED
         else "stat:usable")
    content = _sub(item, "contentMeta")
    if photo.credit:
        _sub(content, "creditline", credit_text(photo))
    _sub(content, "language", tag=options.language)
    if photo.caption:
        _sub(content, "headline", single_line(photo.caption))
        _sub(content, "description", single_line(photo.caption), role="drol:caption")
    if photo.alt:
        _sub(content, "description", single_line(photo.alt), role="drol:alternativeText")
    content_set = _sub(item, "contentSet")
    attrs = {"href": photo_url(photo, options), "contenttype": photo.media_type,
             "width": str(photo.width), "height": str(photo.height)}
    if photo.size:
        attrs["size"] = str(photo.size)
    _sub(content_set, "remoteContent", rendition="rnd:highRes", **attrs)
    return item


def render_picture_item(photo: Photo, article: Article, options: ExportOptions) -> bytes:
    return etree.tostring(picture_item(photo, article, options), xml_declaration=True,
                          encoding="UTF-8", pretty_print=True)


def render_news_item(article: Article, options: ExportOptions) -> bytes:
    return etree.tostring(news_item(article, options), xml_declaration=True, encoding="UTF-8",
                          pretty_print=True)


class NewsMlExporter:
    format = "newsml"
    file_extension = "xml"
    label = "IPTC NewsML-G2 2.35 (XML)"

    def __init__(self, options: ExportOptions | None = None) -> None:
        self.options = options or ExportOptions()

    def render(self, article: Article) -> bytes:
        return render_news_item(article, self.options)

    def export(self, articles: Sequence[Article], out_dir: Path,
               progress: Progress | None = None) -> list[Path]:
        namer = FileNamer(prepare_out_dir(out_dir), self.file_extension)
        written = run_per_article(articles, namer, self.render, progress)
        for article in articles:
            for n, photo in enumerate(article.photos, start=1):
                path = namer.path_for(f"{article_slug(article)}-foto-{n}")
                written.append(write_atomic(path, render_picture_item(photo, article,
                                                                      self.options)))
        return written + write_media(articles, out_dir, self.options)
