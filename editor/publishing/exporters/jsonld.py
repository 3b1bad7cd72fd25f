"""schema.org NewsArticle in JSON-LD, shaped as search engines read it.

Follows ``standards/jsonld/NOTES.md``: dates with an offset, every author a separate
``Person``, the publisher as an ``Organization`` and never as an author. The same document is
embedded in the HTML export, so a page and its structured data always agree.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from editor.domain.article import Article
from editor.domain.photo import Photo
from editor.publishing.exporters.base import (
    ExportOptions,
    FileNamer,
    Progress,
    body_html,
    iso,
    modified_time,
    photo_url,
    prepare_out_dir,
    published_time,
    run_per_article,
    write_media,
)
from editor.publishing.figures import credit_text
from editor.publishing.sanitize import is_safe_url, plain_text, single_line


def _url(value: str) -> str | None:
    value = single_line(value)
    return value if value.lower().startswith(("http://", "https://")) and is_safe_url(value) else None


def news_article(article: Article, options: ExportOptions) -> dict[str, Any]:
    """The NewsArticle object for ``article`` (plain data, ready for ``json.dumps``)."""
    doc: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": single_line(article.headline),
        "datePublished": iso(published_time(article)),
        "dateModified": iso(modified_time(article)),
        "inLanguage": options.language,
    }
    if article.subheadline:
        doc["alternativeHeadline"] = single_line(article.subheadline)
    if article.summary:
        doc["description"] = single_line(article.summary)
    authors = [{"@type": "Person", "name": single_line(b.name)} for b in article.bylines
               if single_line(b.name)]
    if authors:
        doc["author"] = authors
    doc["publisher"] = {"@type": "Organization", "name": single_line(options.site_name)}
    if options.site_url and _url(options.site_url):
        doc["publisher"]["url"] = _url(options.site_url)
    url = _url(article.url)
    if url:
        doc["url"] = url
        doc["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
    if article.category:
        doc["articleSection"] = single_line(article.category)
    if article.tags:
        doc["keywords"] = [single_line(t) for t in article.tags]
    dateline = article.dateline.render()
    if dateline:
        doc["dateline"] = single_line(dateline)
    if not article.location.is_empty:
        place: dict[str, Any] = {"@type": "Place",
                                 "name": single_line(article.location.display_name)}
        if article.location.code:
            place["identifier"] = single_line(article.location.code)
        doc["contentLocation"] = place
    if article.external_id:
        doc["identifier"] = single_line(article.external_id)
    images = [image_object(p, options) for p in article.photos]
    if images:
        doc["image"] = images
    text = plain_text(body_html(article))
    if text:
        doc["articleBody"] = text
        doc["wordCount"] = len(text.split())
    return doc


def image_object(photo: Photo, options: ExportOptions) -> dict[str, Any]:
    """schema.org ImageObject: Google reads ``url``, ``width``/``height``, ``caption`` and
    ``creditText``; the alt text goes into ``description``."""
    obj: dict[str, Any] = {"@type": "ImageObject", "url": photo_url(photo, options),
                           "contentUrl": photo_url(photo, options),
                           "encodingFormat": photo.media_type,
                           "width": photo.width, "height": photo.height}
    if photo.caption:
        obj["caption"] = single_line(photo.caption)
    if photo.credit:
        obj["creditText"] = credit_text(photo)
        obj["copyrightHolder"] = {"@type": "Organization", "name": single_line(photo.credit)}
    if photo.alt:
        obj["description"] = single_line(photo.alt)
    return obj


def dumps(doc: dict[str, Any], *, for_script: bool = False) -> str:
    """JSON text; ``for_script`` escapes ``<``, ``>`` and ``&`` so the JSON can sit inside a
    ``<script>`` element without any string ever closing it."""
    text = json.dumps(doc, ensure_ascii=False, indent=None if for_script else 2)
    if for_script:
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text


class JsonLdExporter:
    format = "jsonld"
    file_extension = "jsonld"
    label = "schema.org NewsArticle (JSON-LD)"

    def __init__(self, options: ExportOptions | None = None) -> None:
        self.options = options or ExportOptions()

    def render(self, article: Article) -> str:
        return dumps(news_article(article, self.options)) + "\n"

    def export(self, articles: Sequence[Article], out_dir: Path,
               progress: Progress | None = None) -> list[Path]:
        namer = FileNamer(prepare_out_dir(out_dir), self.file_extension)
        written = run_per_article(articles, namer, self.render, progress)
        return written + write_media(articles, out_dir, self.options)
