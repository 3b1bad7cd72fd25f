"""A standalone HTML page per article: sanitised body, meta tags and embedded JSON-LD.

Every piece of metadata is escaped for HTML (attribute values quoted), the body comes from
the one sanitiser, and the JSON-LD is escaped so it cannot close its ``<script>`` element.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from editor import __version__
from editor.domain.article import Article
from editor.publishing.exporters.base import (
    ExportOptions,
    FileNamer,
    Progress,
    body_html,
    iso,
    modified_time,
    photo_path,
    photo_url,
    prepare_out_dir,
    published_time,
    run_per_article,
    write_media,
)
from editor.publishing.exporters.jsonld import dumps, news_article
from editor.publishing.figures import figure_html
from editor.publishing.sanitize import single_line


def _meta(attr: str, key: str, value: str) -> str:
    return f'<meta {attr}="{escape(key)}" content="{escape(single_line(value))}">'


def render_page(article: Article, options: ExportOptions) -> str:
    """The full page as text (UTF-8, HTML5)."""
    ld = news_article(article, options)
    published = published_time(article)
    title = single_line(article.headline)
    metas = [
        _meta("name", "description", article.summary) if article.summary else "",
        _meta("name", "author", ", ".join(b.name for b in article.bylines))
        if article.bylines else "",
        _meta("name", "keywords", ", ".join(article.tags)) if article.tags else "",
        _meta("name", "generator", f"Redaksi {__version__}"),
        _meta("property", "og:type", "article"),
        _meta("property", "og:title", title),
        _meta("property", "og:description", article.summary) if article.summary else "",
        _meta("property", "og:url", ld["url"]) if "url" in ld else "",
        _meta("property", "og:site_name", options.site_name),
        _meta("property", "og:locale", "id_ID"),
        _meta("property", "article:published_time", iso(published)),
        _meta("property", "article:modified_time", iso(modified_time(article))),
        _meta("property", "article:section", article.category) if article.category else "",
    ]
    metas += [_meta("property", "article:tag", t) for t in article.tags]
    for photo in article.photos[:1]:
        metas += [_meta("property", "og:image", photo_url(photo, options)),
                  _meta("property", "og:image:alt", photo.alt) if photo.alt else ""]
    canonical = f'<link rel="canonical" href="{escape(ld["url"])}">' if "url" in ld else ""
    header = []
    if article.kicker:
        header.append(f'<p class="kicker">{escape(single_line(article.kicker))}</p>')
    header.append(f"<h1>{escape(title)}</h1>")
    if article.subheadline:
        header.append(f'<p class="subheadline">{escape(single_line(article.subheadline))}</p>')
    byline = ", ".join(escape(single_line(b.name)) for b in article.bylines)
    info = [f'<time datetime="{iso(published)}">{published:%d/%m/%Y %H:%M} '
            f"{escape(published.tzname() or '')}</time>"]
    if byline:
        info.insert(0, f'<span class="byline">{byline}</span>')
    header.append(f'<p class="meta">{" · ".join(info)}</p>')
    dateline = article.dateline.render()
    lead = f'<p class="dateline">{escape(single_line(dateline))}</p>\n' if dateline else ""
    lead += "".join(figure_html(p, photo_path(p)) + "\n" for p in article.photos)
    head = "\n".join(m for m in [*metas, canonical] if m)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(options.language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n{head}\n"
        f'<script type="application/ld+json">{dumps(ld, for_script=True)}</script>\n'
        "</head>\n<body>\n<article>\n<header>\n" + "\n".join(header) + "\n</header>\n"
        f"{lead}{body_html(article)}\n</article>\n</body>\n</html>\n"
    )


class HtmlExporter:
    format = "html"
    file_extension = "html"
    label = "Halaman HTML"

    def __init__(self, options: ExportOptions | None = None) -> None:
        self.options = options or ExportOptions()

    def render(self, article: Article) -> str:
        return render_page(article, self.options)

    def export(self, articles: Sequence[Article], out_dir: Path,
               progress: Progress | None = None) -> list[Path]:
        namer = FileNamer(prepare_out_dir(out_dir), self.file_extension)
        written = run_per_article(articles, namer, self.render, progress)
        return written + write_media(articles, out_dir, self.options)
