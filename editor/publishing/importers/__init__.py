"""Archive importers. Each parses one format into ImportRecords; the repository stores them."""

from editor.publishing.importers.base import ArchiveImporter, ImportFormatError
from editor.publishing.importers.jsonl import JsonlImporter
from editor.publishing.importers.markdown_folder import MarkdownFolderImporter
from editor.publishing.importers.runner import (
    FORMATS,
    ImportCancelled,
    ImportProgress,
    make_importer,
    progress_total,
    run_import,
)
from editor.publishing.importers.wxr import WxrImporter

__all__ = [
    "FORMATS",
    "ArchiveImporter",
    "ImportCancelled",
    "ImportFormatError",
    "ImportProgress",
    "JsonlImporter",
    "MarkdownFolderImporter",
    "WxrImporter",
    "make_importer",
    "progress_total",
    "run_import",
]
