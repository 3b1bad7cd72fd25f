"""CMS and wire-format exporters behind one interface, found by format name.

``get_exporter("ninjs")`` gives an object with ``format``, ``file_extension``, ``label`` and
``export(articles, out_dir, progress=None) -> list[Path]``; the CLI (`redaksi export`) and the
export dialog both use this registry, so adding a format here adds it everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.publishing.exporters.base import (
    Exporter,
    ExportError,
    ExportOptions,
    Progress,
    write_atomic,
)
from editor.publishing.exporters.html import HtmlExporter
from editor.publishing.exporters.jsonld import JsonLdExporter
from editor.publishing.exporters.markdown import MarkdownExporter
from editor.publishing.exporters.newsml import NewsMlExporter
from editor.publishing.exporters.ninjs import NinjsExporter
from editor.publishing.exporters.wxr import WxrExporter

EXPORTERS: dict[str, Callable[[ExportOptions | None], Exporter]] = {
    "markdown": MarkdownExporter,
    "html": HtmlExporter,
    "wxr": WxrExporter,
    "ninjs": NinjsExporter,
    "newsml": NewsMlExporter,
    "jsonld": JsonLdExporter,
}


def export_formats() -> list[str]:
    """Format names in the order the CLI and the dialog list them."""
    return list(EXPORTERS)


def get_exporter(name: str, options: ExportOptions | None = None) -> Exporter:
    """The exporter for ``name``; raises ``KeyError`` naming the known formats."""
    try:
        factory = EXPORTERS[name]
    except KeyError:
        raise KeyError(f"format ekspor tidak dikenal: {name!r} "
                       f"(pilihan: {', '.join(EXPORTERS)})") from None
    return factory(options)


__all__ = [
    "EXPORTERS",
    "ExportError",
    "ExportOptions",
    "Exporter",
    "HtmlExporter",
    "JsonLdExporter",
    "MarkdownExporter",
    "NewsMlExporter",
    "NinjsExporter",
    "Progress",
    "WxrExporter",
    "export_formats",
    "get_exporter",
    "write_atomic",
]
