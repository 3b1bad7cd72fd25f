"""HTML bodies (WordPress ``content:encoded``) to the Markdown Redaksi keeps.

``markdownify`` does the conversion. Two things are settled here so every importer agrees:
WordPress often stores bodies without ``<p>`` tags (its ``wpautop`` adds them when the page is
shown), so blank-line-separated text is wrapped in paragraphs first; and underscores are not
escaped, because Markdown written in Redaksi (rendered by python-markdown) uses ``a_b``
literally and must come back the same after an export and re-import (asterisks likewise:
a lone ``*`` in copy is literal text in Redaksi's renderer too).
"""

from __future__ import annotations

import re

from markdownify import MarkdownConverter

_BLOCK_TAG = re.compile(r"(?i)<(p|div|h[1-6]|ul|ol|li|blockquote|table|pre|figure|hr)\b")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_SCRIPT_OR_STYLE = re.compile(r"(?is)<(script|style)\b[^>]*>.*?</\1\s*>")


class _Converter(MarkdownConverter):
    """markdownify, except that "loose" lists (items wrapped in ``<p>``, which python-markdown
    writes for items separated by blank lines) stay loose, so they render the same again."""

    def convert_li(self, el, text, parent_tags):  # type: ignore[no-untyped-def]
        out = super().convert_li(el, text, parent_tags)
        if el.find("p", recursive=False) is not None and el.find_next_sibling("li") is not None:
            out += "\n"
        return out


def autop(html: str) -> str:
    """Wrap text separated by blank lines in ``<p>``, single newlines become ``<br>``
    (what WordPress's ``wpautop`` does for bodies typed without block tags)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", html.replace("\r\n", "\n")) if p.strip()]
    return "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paragraphs)


def html_to_markdown(html: str) -> str:
    """Markdown of an HTML fragment; scripts and styles are dropped with their content."""
    if not html.strip():
        return ""
    html = _SCRIPT_OR_STYLE.sub("", html)
    if not _BLOCK_TAG.search(html):
        html = autop(html)
    try:
        text = _Converter(
            heading_style="ATX",
            bullets="-",
            escape_underscores=False,
            escape_asterisks=False,
            strip=["script", "style", "iframe", "object", "embed"],
        ).convert(html)
    except RecursionError:  # e.g. 100,000 nested <div>: no article is built like that
        raise ValueError("isi HTML bersarang terlalu dalam untuk diubah ke Markdown") from None
    lines = [line.rstrip() if not line.endswith("  ") else line for line in text.split("\n")]
    text = "\n".join(lines)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()
