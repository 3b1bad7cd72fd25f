"""IPTC ninjs 2.2 (News in JSON), one document per article.

ninjs 2.x replaced 1.x's ``headline``/``body_html``/``keywords`` with role-tagged arrays:
``headlines`` (main + subheadline + kicker), ``bodies`` (the sanitised HTML as
``text/html`` and its plain text), ``descriptions`` (the summary), ``subjects`` (rubrik and
tags) and ``places`` (the located region with its Kemendagri code as a literal). The output
is checked against the official schema in the tests.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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
    write_media,
)
from editor.publishing.figures import credit_text
from editor.publishing.sanitize import plain_text, single_line

NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"


def item_uri(article: Article) -> str:
    """A stable URI for the item: ``urn:redaksi:naskah:<id>`` (or the slug before saving)."""
    if article.id is not None:
        return f"urn:redaksi:naskah:{article.id}"
    return f"urn:redaksi:naskah:{article_slug(article)}"


def ninjs_document(article: Article, options: ExportOptions) -> dict[str, Any]:
    """The ninjs 2.2 object for ``article``."""
    html_body = body_html(article)
    text_body = plain_text(html_body)
    created = local(article.created_at, article) or published_time(article)
    doc: dict[str, Any] = {
        "standard": {"name": "ninjs", "version": "2.2", "schema": NINJS_SCHEMA_URI},
        "uri": item_uri(article),
        "type": "text",
        "representationtype": "full",
        "version": str(article.version or 1),
        "firstcreated": iso(min(created, published_time(article))),
        "versioncreated": iso(modified_time(article)),
        "contentcreated": iso(published_time(article)),
        "pubstatus": "canceled" if article.status == Status.KILLED else "usable",
        "language": options.language,
        "copyrightholder": single_line(options.site_name),
        "slugline": article_slug(article),
        "headlines": [{"role": "main", "contenttype": "text/plain",
                       "value": single_line(article.headline)}],
    }
    if article.subheadline:
        doc["headlines"].append({"role": "subheadline", "contenttype": "text/plain",
                                 "value": single_line(article.subheadline)})
    if article.kicker:
        doc["headlines"].append({"role": "kicker", "contenttype": "text/plain",
                                 "value": single_line(article.kicker)})
    if article.summary:
        doc["descriptions"] = [{"role": "summary", "contenttype": "text/plain",
                                "value": single_line(article.summary)}]
    doc["bodies"] = [
        {"role": "main", "contenttype": "text/html", "value": html_body,
         "charcount": len(text_body), "wordcount": len(text_body.split())},
        {"role": "plain", "contenttype": "text/plain", "value": text_body},
    ]
    names = [single_line(b.name) for b in article.bylines if single_line(b.name)]
    if names:
        doc["by"] = ", ".join(names)
        doc["people"] = [{"name": n, "rel": "author"} for n in names]
    located = single_line(article.dateline.place) or article.location.display_name
    if located:
        doc["located"] = single_line(located)
    if not article.location.is_empty:
        place: dict[str, Any] = {"name": single_line(article.location.display_name
                                                     or article.location.code),
                                 "rel": "located"}
        if article.location.code:
            place["literal"] = f"kemendagri:{single_line(article.location.code)}"
        doc["places"] = [place]
    subjects: list[dict[str, Any]] = []
    if article.category:
        subjects.append({"name": single_line(article.category), "rel": "category"})
    subjects += [{"name": single_line(t), "rel": "keyword"} for t in article.tags]
    if subjects:
        doc["subjects"] = subjects
    if article.photos:
        doc["associations"] = [picture_association(p, n, options)
                               for n, p in enumerate(article.photos, start=1)]
    altids = []
    if article.external_id:
        altids.append({"role": "external", "value": single_line(article.external_id)})
    if altids:
        doc["altids"] = altids
    return doc


def picture_association(photo: Photo, n: int, options: ExportOptions) -> dict[str, Any]:
    """A photo as a ninjs ``associations`` entry: a ``picture`` object with the caption as
    its description, the alt text as ``alttext`` description role, the credit in ``by`` and
    ``copyrightholder``, and the file as its ``original`` rendition."""
    assoc: dict[str, Any] = {
        "name": f"foto-{n}",
        "uri": f"urn:redaksi:media:{photo.media_id}",
        "type": "picture",
        "representationtype": "full",
        "renditions": [{"name": "original", "href": photo_url(photo, options),
                        "contenttype": photo.media_type, "width": photo.width,
                        "height": photo.height, **({"sizeinbytes": photo.size}
                                                   if photo.size else {})}],
    }
    descriptions = []
    if photo.caption:
        assoc["headlines"] = [{"role": "main", "contenttype": "text/plain",
                               "value": single_line(photo.caption)}]
        descriptions.append({"role": "caption", "contenttype": "text/plain",
                             "value": single_line(photo.caption)})
    if photo.alt:
        descriptions.append({"role": "alttext", "contenttype": "text/plain",
                             "value": single_line(photo.alt)})
    if descriptions:
        assoc["descriptions"] = descriptions
    if photo.credit:
        assoc["by"] = single_line(photo.credit)
        assoc["copyrightholder"] = single_line(photo.credit)
        assoc["copyrightnotice"] = credit_text(photo)
    return assoc


class NinjsExporter:
    format = "ninjs"
    file_extension = "json"
    label = "IPTC ninjs 2.2 (JSON)"

    def __init__(self, options: ExportOptions | None = None) -> None:
        self.options = options or ExportOptions()

    def render(self, article: Article) -> str:
        return json.dumps(ninjs_document(article, self.options), ensure_ascii=False,
                          indent=2) + "\n"

    def export(self, articles: Sequence[Article], out_dir: Path,
               progress: Progress | None = None) -> list[Path]:
        namer = FileNamer(prepare_out_dir(out_dir), self.file_extension)
        written = run_per_article(articles, namer, self.render, progress)
        return written + write_media(articles, out_dir, self.options)
