"""The live preview's HTML: the body rendered and sanitised exactly as exports do, plus the
headline, dateline and a small stylesheet that QTextBrowser understands."""

from __future__ import annotations

import html

from editor.domain.photo import Photo
from editor.publishing.figures import figure_html
from editor.publishing.sanitize import markdown_to_html
from editor.themes import load_theme

PHOTO_SCHEME = "redaksi-foto"
"""Image URLs in the preview (``redaksi-foto:<media id>``); the pane serves them itself."""
PREVIEW_PHOTO_WIDTH = 420



def preview_html(body: str, *, headline: str = "", dateline: str = "",
                 theme: str = "light", photos: tuple[Photo, ...] = (),
                 photo_width: int = PREVIEW_PHOTO_WIDTH, headline_px: int = 24) -> str:
    """A full HTML document for the preview pane. Safe: the body goes through
    :func:`~editor.publishing.sanitize.markdown_to_html`; other parts are escaped.
    ``headline_px``: the headline's size, chosen by the pane so its words fit its width."""
    colours = load_theme(theme).preview  # resources/themes/<theme>.toml
    fg, bg, link = colours["text"], colours["background"], colours["link"]
    muted, rule = colours["muted"], colours["rule"]
    css = (f"body {{ color:{fg}; background:{bg}; font-size:15px; }}"
           f"a {{ color:{link}; }} "
           f".headline {{ font-weight:bold; margin-top:12px; margin-bottom:4px; "
           f"line-height:120%; }}"
           f"blockquote {{ color:{muted}; margin-left:12px; }}"
           f".dateline {{ color:{muted}; font-weight:bold; }}"
           f"hr {{ color:{rule}; }} p {{ margin-bottom:10px; line-height:150%; }}"
           f".figcaption {{ color:{muted}; font-size:13px; margin-top:2px; }}"
           f".credit {{ font-style:italic; }} .photo {{ margin-bottom:0px; }}")
    # A paragraph, not <h1>: Qt's rich text gives a heading its own size over any CSS, and
    # the size must follow the pane's width.
    head = (f'<p class="headline" style="font-size:{int(headline_px)}px">'
            f"{html.escape(headline)}</p>" if headline.strip() else "")
    line = f'<p class="dateline">{html.escape(dateline)}</p>' if dateline.strip() else ""
    figures = "".join(figure_html(p, f"{PHOTO_SCHEME}:{p.media_id}",
                                  max_width=max(80, photo_width), rich_text=True)
                      for p in photos)
    return (f"<html><head><style>{css}</style></head><body>{head}{line}{figures}"
            f"{markdown_to_html(body)}</body></html>")
