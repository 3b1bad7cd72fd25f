"""A photo as HTML (``<figure>`` with alt text, caption and credit), shared by the HTML export
and the live preview so the reporter sees what the page will show."""

from __future__ import annotations

from html import escape

from editor.domain.photo import Photo
from editor.publishing.sanitize import single_line


def credit_text(photo: Photo) -> str:
    """"Foto: ANTARA/Budi" — how the credit is printed under a caption ("" without one)."""
    credit = single_line(photo.credit)
    return f"Foto: {credit}" if credit else ""


def figure_html(photo: Photo, src: str, *, max_width: int | None = None,
                rich_text: bool = False) -> str:
    """``<figure>`` for ``photo`` loaded from ``src``; every text is escaped. ``max_width``
    scales the shown size down (the preview), keeping the aspect ratio. ``rich_text`` gives
    the paragraph form Qt's rich-text engine lays out without gaps (it has no ``figure``)."""
    width, height = photo.width, photo.height
    if max_width and width > max_width:
        height = round(height * max_width / width)
        width = max_width
    size = f' width="{width}" height="{height}"' if width and height else ""
    caption = escape(single_line(photo.caption))
    credit = escape(credit_text(photo))
    parts = [p for p in (caption, f'<span class="credit">{credit}</span>' if credit else "") if p]
    if rich_text:
        # Qt's rich text has no <figure>; the paragraph keeps line-height 100% so the
        # preview's 150% text spacing does not add half an image of space below the photo.
        caption_p = f'<p class="figcaption">{" ".join(parts)}</p>' if parts else ""
        shown = f' width="{width}"' if width else ""
        return (f'<p class="photo" style="line-height:100%"><img src="{escape(src)}" '
                f'alt="{escape(single_line(photo.alt))}"{shown}></p>{caption_p}')
    figcaption = f"<figcaption>{' '.join(parts)}</figcaption>" if parts else ""
    return (f'<figure class="photo"><img src="{escape(src)}" '
            f'alt="{escape(single_line(photo.alt))}"{size}>{figcaption}</figure>')
