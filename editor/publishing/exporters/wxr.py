"""WordPress eXtended RSS (WXR) 1.2: one file holding every exported article.

Written to what the WordPress Importer really reads (``standards/wxr/NOTES.md``): the
``rss``/``channel`` envelope with the exact namespace prefixes, ``wp:wxr_version`` 1.2, one
``wp:author`` per ``dc:creator``, categories and tags with their ``nicename`` slug, and for
each item ``wp:post_id``, local and GMT dates as ``YYYY-MM-DD HH:MM:SS``, ``wp:post_name``,
``wp:status`` and ``wp:post_type``. No DOCTYPE; text in CDATA with ``]]>`` split.

Redaksi's own WXR importer reads back what WordPress has no field for from post meta, by a
convention both sides follow: ``redaksi_dateline`` (JSON of ``Dateline.to_dict()``),
``redaksi_location`` (JSON of ``Location.to_dict()``), ``redaksi_external_id``,
``redaksi_subheadline``, ``redaksi_kicker`` and ``redaksi_bylines`` (JSON list of
``Byline.to_dict()``); ``dc:creator`` is the first byline's name, ``excerpt:encoded`` the
summary and ``content:encoded`` the sanitised HTML body.

WordPress treats titles, excerpts, author names and term names as HTML (and an administrator
running the importer may store raw HTML), so those are written as escaped text
(:func:`~editor.publishing.sanitize.html_text`): a ``<script>`` typed into a headline shows
as text on the site and never runs. The importer decodes them back
(:func:`~editor.publishing.sanitize.text_from_html`). Post meta values are data WordPress
does not render, and stay as they are. Photos are ``attachment`` items after their post
(``wp:post_parent``), the first one the post's featured image (``_thumbnail_id``). An ``url`` that is not http(s)/mailto is not written
as the ``link``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from editor import __version__
from editor.domain.article import Article, make_slug
from editor.domain.photo import Photo
from editor.domain.workflow import Status
from editor.publishing.exporters.base import (
    ExportOptions,
    Progress,
    article_slug,
    body_html,
    modified_time,
    photo_path,
    photo_url,
    prepare_out_dir,
    published_time,
    write_atomic,
    write_media,
)
from editor.publishing.figures import credit_text
from editor.publishing.sanitize import html_text, is_safe_url, single_line, xml_text

WXR_VERSION = "1.2"
FALLBACK_AUTHOR = "redaksi"
META_PREFIX = "redaksi_"

# Redaksi workflow state -> WordPress post status. Approved copy arrives scheduled
# ("future"): WordPress publishes it at its date, at once when that date has passed, and
# Redaksi's importer reads "future" back as approved. Copy still on the desk arrives as a
# draft or pending review; published copy as published.
WP_STATUS = {
    Status.DRAFT: "draft",
    Status.CHANGES_REQUESTED: "draft",
    Status.SUBMITTED: "pending",
    Status.IN_REVIEW: "pending",
    Status.APPROVED: "future",
    Status.PUBLISHED: "publish",
    Status.KILLED: "trash",
}


def cdata(text: str) -> str:
    """``<![CDATA[...]]>`` with any ``]]>`` split across two sections, as WordPress does."""
    return "<![CDATA[" + xml_text(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def wp_date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def term_slug(name: str) -> str:
    """WordPress nicename for a term; names with no ASCII letters keep a readable fallback."""
    return make_slug(name) or "term-" + "-".join(f"{ord(c):x}" for c in single_line(name)[:8])


def author_login(article: Article) -> str:
    """The ``dc:creator``: first byline's name (the convention our importer reads)."""
    for byline in article.bylines:
        if single_line(byline.name):
            return single_line(byline.name)
    return single_line(article.editor) or FALLBACK_AUTHOR


def _meta(key: str, value: str) -> str:
    return (f"\t\t\t<wp:postmeta>\n\t\t\t\t<wp:meta_key>{cdata(key)}</wp:meta_key>\n"
            f"\t\t\t\t<wp:meta_value>{cdata(value)}</wp:meta_value>\n\t\t\t</wp:postmeta>\n")


def _safe_json(value: object) -> str:
    return (json.dumps(value, ensure_ascii=False).replace("&", "\\u0026")
            .replace("<", "\\u003c").replace(">", "\\u003e"))


def post_meta(article: Article) -> dict[str, str]:
    """Redaksi fields WordPress has no place for, as post meta (agreed with the importer)."""
    # Themes print post meta as it is: text is HTML-escaped (like titles), and JSON carries
    # < > & as \u escapes, so no meta value holds markup.
    meta = {
        "dateline": _safe_json(article.dateline.to_dict()),
        "location": _safe_json(article.location.to_dict()),
        "bylines": _safe_json([b.to_dict() for b in article.bylines]),
    }
    if article.external_id:
        meta["external_id"] = html_text(article.external_id)
    if article.subheadline:
        meta["subheadline"] = html_text(article.subheadline)
    if article.kicker:
        meta["kicker"] = html_text(article.kicker)
    return {META_PREFIX + k: v for k, v in meta.items()}


def render_attachment(photo: Photo, attachment_id: int, parent_id: int, article: Article,
                      options: ExportOptions) -> str:
    """A photo as WordPress stores it: an ``attachment`` item under its post, downloaded from
    ``wp:attachment_url``; the caption is the attachment's excerpt (post_excerpt is where
    WordPress keeps captions), the credit its description, the alt text the
    ``_wp_attachment_image_alt`` meta the media library reads."""
    published = published_time(article)
    url = photo_url(photo, options)
    title = single_line(photo.caption) or single_line(photo.filename) or photo.export_name
    lines = [
        "\t\t<item>\n",
        f"\t\t\t<title>{cdata(html_text(title))}</title>\n",
        f"\t\t\t<link>{escape(xml_text(url))}</link>\n",
        f"\t\t\t<pubDate>{format_datetime(published.astimezone(UTC))}</pubDate>\n",
        f"\t\t\t<dc:creator>{cdata(html_text(author_login(article)))}</dc:creator>\n",
        f'\t\t\t<guid isPermaLink="false">{escape(xml_text(url))}</guid>\n',
        "\t\t\t<description></description>\n",
        f"\t\t\t<content:encoded>{cdata(html_text(credit_text(photo)))}</content:encoded>\n",
        f"\t\t\t<excerpt:encoded>{cdata(html_text(single_line(photo.caption)))}"
        "</excerpt:encoded>\n",
        f"\t\t\t<wp:post_id>{attachment_id}</wp:post_id>\n",
        f"\t\t\t<wp:post_date>{cdata(wp_date(published))}</wp:post_date>\n",
        f"\t\t\t<wp:post_date_gmt>{cdata(wp_date(published.astimezone(UTC)))}"
        "</wp:post_date_gmt>\n",
        f"\t\t\t<wp:comment_status>{cdata('closed')}</wp:comment_status>\n",
        f"\t\t\t<wp:ping_status>{cdata('closed')}</wp:ping_status>\n",
        f"\t\t\t<wp:post_name>{cdata(make_slug(title) or photo.media_id[:16])}"
        "</wp:post_name>\n",
        f"\t\t\t<wp:status>{cdata('inherit')}</wp:status>\n",
        f"\t\t\t<wp:post_parent>{parent_id}</wp:post_parent>\n",
        "\t\t\t<wp:menu_order>0</wp:menu_order>\n",
        f"\t\t\t<wp:post_type>{cdata('attachment')}</wp:post_type>\n",
        f"\t\t\t<wp:post_password>{cdata('')}</wp:post_password>\n",
        "\t\t\t<wp:is_sticky>0</wp:is_sticky>\n",
        f"\t\t\t<wp:attachment_url>{cdata(url)}</wp:attachment_url>\n",
        _meta("_wp_attached_file", photo_path(photo)),
    ]
    if photo.alt:
        lines.append(_meta("_wp_attachment_image_alt", single_line(photo.alt)))
    lines.append("\t\t</item>\n")
    return "".join(lines)


def render_item(article: Article, post_id: int, options: ExportOptions,
                thumbnail_id: int | None = None) -> str:
    published = published_time(article)
    modified = modified_time(article)
    status = WP_STATUS[article.status]
    slug = article_slug(article)
    guid = f"{options.base_url}/?p={post_id}"
    link = single_line(article.url)
    link = link if link and is_safe_url(link) else guid
    gmt = wp_date(published.astimezone(UTC))
    lines = [
        "\t\t<item>\n",
        f"\t\t\t<title>{cdata(html_text(single_line(article.headline)))}</title>\n",
        f"\t\t\t<link>{escape(xml_text(link))}</link>\n",
        f"\t\t\t<pubDate>{format_datetime(published.astimezone(UTC))}</pubDate>\n",
        f"\t\t\t<dc:creator>{cdata(html_text(author_login(article)))}</dc:creator>\n",
        f'\t\t\t<guid isPermaLink="false">{escape(guid)}</guid>\n',
        "\t\t\t<description></description>\n",
        f"\t\t\t<content:encoded>{cdata(body_html(article))}</content:encoded>\n",
        f"\t\t\t<excerpt:encoded>{cdata(html_text(article.summary))}</excerpt:encoded>\n",
        f"\t\t\t<wp:post_id>{post_id}</wp:post_id>\n",
        f"\t\t\t<wp:post_date>{cdata(wp_date(published))}</wp:post_date>\n",
        f"\t\t\t<wp:post_date_gmt>{cdata(gmt)}</wp:post_date_gmt>\n",
        f"\t\t\t<wp:post_modified>{cdata(wp_date(modified))}</wp:post_modified>\n",
        f"\t\t\t<wp:post_modified_gmt>{cdata(wp_date(modified.astimezone(UTC)))}"
        "</wp:post_modified_gmt>\n",
        f"\t\t\t<wp:comment_status>{cdata('closed')}</wp:comment_status>\n",
        f"\t\t\t<wp:ping_status>{cdata('closed')}</wp:ping_status>\n",
        f"\t\t\t<wp:post_name>{cdata(slug)}</wp:post_name>\n",
        f"\t\t\t<wp:status>{cdata(status)}</wp:status>\n",
        "\t\t\t<wp:post_parent>0</wp:post_parent>\n",
        "\t\t\t<wp:menu_order>0</wp:menu_order>\n",
        f"\t\t\t<wp:post_type>{cdata('post')}</wp:post_type>\n",
        f"\t\t\t<wp:post_password>{cdata('')}</wp:post_password>\n",
        "\t\t\t<wp:is_sticky>0</wp:is_sticky>\n",
    ]
    if article.category:
        name = single_line(article.category)
        lines.append(f'\t\t\t<category domain="category" nicename={quoteattr(term_slug(name))}>'
                     f"{cdata(html_text(name))}</category>\n")
    for tag in article.tags:
        name = single_line(tag)
        lines.append(f'\t\t\t<category domain="post_tag" nicename={quoteattr(term_slug(name))}>'
                     f"{cdata(html_text(name))}</category>\n")
    lines += [_meta(k, v) for k, v in post_meta(article).items()]
    if thumbnail_id is not None:
        lines.append(_meta("_thumbnail_id", str(thumbnail_id)))
    lines.append("\t\t</item>\n")
    return "".join(lines)


def render_wxr(articles: Sequence[Article], options: ExportOptions,
               progress: Progress | None = None, now: datetime | None = None) -> str:
    """The whole WXR document for ``articles``."""
    now = now or datetime.now(UTC)
    authors = list(dict.fromkeys(author_login(a) for a in articles))
    categories = {term_slug(c): c for c in (single_line(a.category) for a in articles) if c}
    tags = {term_slug(t): t for a in articles for t in (single_line(x) for x in a.tags) if t}
    out = [
        '<?xml version="1.0" encoding="UTF-8" ?>\n',
        "<!-- WordPress eXtended RSS (WXR) 1.2 dari Redaksi. Impor lewat Alat > Impor > "
        "WordPress. -->\n",
        '<rss version="2.0"\n\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"\n'
        '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
        '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '\txmlns:wp="http://wordpress.org/export/1.2/"\n>\n\n',
        "\t<channel>\n",
        f"\t\t<title>{escape(xml_text(single_line(options.site_name)))}</title>\n",
        f"\t\t<link>{escape(options.base_url)}</link>\n",
        "\t\t<description></description>\n",
        f"\t\t<pubDate>{format_datetime(now.astimezone(UTC))}</pubDate>\n",
        f"\t\t<language>{escape(options.language)}</language>\n",
        f"\t\t<wp:wxr_version>{WXR_VERSION}</wp:wxr_version>\n",
        f"\t\t<wp:base_site_url>{escape(options.base_url)}</wp:base_site_url>\n",
        f"\t\t<wp:base_blog_url>{escape(options.base_url)}</wp:base_blog_url>\n\n",
    ]
    for n, login in enumerate(authors, start=1):
        out.append(
            f"\t\t<wp:author>\n\t\t\t<wp:author_id>{n}</wp:author_id>\n"
            f"\t\t\t<wp:author_login>{cdata(html_text(login))}</wp:author_login>\n"
            f"\t\t\t<wp:author_email>{cdata('')}</wp:author_email>\n"
            f"\t\t\t<wp:author_display_name>{cdata(html_text(login))}"
            "</wp:author_display_name>\n"
            f"\t\t\t<wp:author_first_name>{cdata('')}</wp:author_first_name>\n"
            f"\t\t\t<wp:author_last_name>{cdata('')}</wp:author_last_name>\n\t\t</wp:author>\n"
        )
    term_id = 0
    for slug, name in categories.items():
        term_id += 1
        out.append(
            f"\t\t<wp:category>\n\t\t\t<wp:term_id>{term_id}</wp:term_id>\n"
            f"\t\t\t<wp:category_nicename>{cdata(slug)}</wp:category_nicename>\n"
            f"\t\t\t<wp:category_parent>{cdata('')}</wp:category_parent>\n"
            f"\t\t\t<wp:cat_name>{cdata(html_text(name))}</wp:cat_name>\n\t\t</wp:category>\n"
        )
    for slug, name in tags.items():
        term_id += 1
        out.append(
            f"\t\t<wp:tag>\n\t\t\t<wp:term_id>{term_id}</wp:term_id>\n"
            f"\t\t\t<wp:tag_slug>{cdata(slug)}</wp:tag_slug>\n"
            f"\t\t\t<wp:tag_name>{cdata(html_text(name))}</wp:tag_name>\n\t\t</wp:tag>\n"
        )
    out.append(f"\n\t\t<generator>Redaksi {__version__}</generator>\n\n")
    used_ids: set[int] = set()
    post_ids = []
    for article in articles:
        post_id = article.id if article.id is not None and article.id not in used_ids else 0
        while post_id == 0 or post_id in used_ids:
            post_id = max(used_ids, default=0) + 1
        used_ids.add(post_id)
        post_ids.append(post_id)
    next_attachment = max(used_ids, default=0) + 1  # attachments never take a post's id
    total = len(articles)
    for done, (article, post_id) in enumerate(zip(articles, post_ids, strict=True), start=1):
        first = next_attachment if article.photos else None
        out.append(render_item(article, post_id, options, thumbnail_id=first))
        for photo in article.photos:
            out.append(render_attachment(photo, next_attachment, post_id, article, options))
            next_attachment += 1
        if progress:
            progress(done, total)
    out.append("\t</channel>\n</rss>\n")
    return "".join(out)


class WxrExporter:
    """All articles go into one file, ``<file_stem>.xml``, as WordPress exports do."""

    format = "wxr"
    file_extension = "xml"
    label = "WordPress WXR 1.2"
    file_stem = "redaksi-wordpress"

    def __init__(self, options: ExportOptions | None = None) -> None:
        self.options = options or ExportOptions()

    def export(self, articles: Sequence[Article], out_dir: Path,
               progress: Progress | None = None) -> list[Path]:
        out_dir = prepare_out_dir(out_dir).resolve()
        document = render_wxr(articles, self.options, progress)
        return [write_atomic(out_dir / f"{self.file_stem}.{self.file_extension}", document),
                *write_media(articles, out_dir, self.options)]
