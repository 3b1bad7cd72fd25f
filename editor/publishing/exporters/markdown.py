"""Markdown with YAML front matter, as Hugo, Jekyll and Astro content files.

Front matter is written by ``yaml.safe_dump`` (so any title is quoted correctly) with the
keys these generators share: ``title``, ``date`` (ISO 8601 with the WIB/WITA/WIT offset),
``lastmod``, ``slug``, ``summary``/``description``, ``tags``, ``categories``, ``authors``,
plus Redaksi's ``location`` and ``dateline``. ``render_with_liquid: false`` stops Jekyll 4 from
running Liquid tags in copy, and ``{`` before ``{ % # <`` is written ``&#123;`` for Jekyll 3
and Hugo shortcodes. The body is :func:`editor.publishing.sanitize.safe_markdown`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from editor.domain.article import Article
from editor.publishing.exporters.base import (
    ExportOptions,
    FileNamer,
    Progress,
    article_slug,
    article_zone,
    iso,
    modified_time,
    photo_path,
    prepare_out_dir,
    published_time,
    run_per_article,
    write_media,
)
from editor.publishing.sanitize import safe_markdown, single_line


def front_matter(article: Article) -> dict[str, Any]:
    """The front-matter mapping (plain data, in the order it is written)."""
    data: dict[str, Any] = {
        "title": single_line(article.headline),
        "date": iso(published_time(article)),
        "lastmod": iso(modified_time(article)),
        "slug": article_slug(article),
        "draft": False,
    }
    if article.subheadline:
        data["subtitle"] = single_line(article.subheadline)
    if article.kicker:
        data["kicker"] = single_line(article.kicker)
    if article.summary:
        data["summary"] = single_line(article.summary)
        data["description"] = single_line(article.summary)
    if article.tags:
        data["tags"] = [single_line(t) for t in article.tags]
    if article.category:
        data["categories"] = [single_line(article.category)]
    if article.bylines:
        data["authors"] = [single_line(b.name) for b in article.bylines]
    if not article.location.is_empty:
        data["location"] = {k: single_line(v) for k, v in article.location.to_dict().items() if v}
    if not article.dateline.is_empty:
        data["dateline"] = {
            "place": single_line(article.dateline.place),
            "text": single_line(article.dateline.render()),
        }
    if article.photos:
        # ``images`` is what Hugo's and Jekyll's SEO/OpenGraph templates read; ``photos``
        # keeps each photo's words for a theme's figure shortcode.
        data["images"] = [photo_path(p) for p in article.photos]
        data["photos"] = [{"src": photo_path(p), "alt": single_line(p.alt),
                           "caption": single_line(p.caption), "credit": single_line(p.credit),
                           "width": p.width, "height": p.height} for p in article.photos]
    data["timezone"] = article_zone(article).name
    if article.external_id:
        data["external_id"] = single_line(article.external_id)
    data["render_with_liquid"] = False
    return data


def render_markdown(article: Article) -> str:
    """The whole content file: ``---`` YAML ``---`` then the neutralised Markdown body."""
    meta = yaml.safe_dump(front_matter(article), allow_unicode=True, sort_keys=False,
                          default_flow_style=False, width=10_000)
    body = without_template_tags(safe_markdown(article.body).strip())
    return f"---\n{meta}---\n\n{body}\n"


_TEMPLATE_OPENERS = re.compile(r"\{(?=[{%#<])")


def without_template_tags(markdown: str) -> str:
    """Copy that says ``{{ x }}`` or ``{% x %}`` must not run as Jekyll Liquid (Jekyll 3
    ignores ``render_with_liquid``) nor as a Hugo shortcode (``{{< x >}}``): the opening
    brace becomes the entity ``&#123;``, which every Markdown renderer shows as "{"."""
    return _TEMPLATE_OPENERS.sub("&#123;", markdown)


class MarkdownExporter:
    format = "markdown"
    file_extension = "md"
    label = "Markdown + YAML (Hugo/Jekyll/Astro)"

    def __init__(self, options: ExportOptions | None = None) -> None:
        self.options = options or ExportOptions()

    def render(self, article: Article) -> str:
        return render_markdown(article)

    def export(self, articles: Sequence[Article], out_dir: Path,
               progress: Progress | None = None) -> list[Path]:
        namer = FileNamer(prepare_out_dir(out_dir), self.file_extension)
        written = run_per_article(articles, namer, self.render, progress)
        return written + write_media(articles, out_dir, self.options)
