"""Archive importers. Each parses one format into ImportRecords; the repository stores them."""

from editor.publishing.importers.base import ArchiveImporter, ImportFormatError
from editor.publishing.importers.jsonl import JsonlImporter

__all__ = ["ArchiveImporter", "ImportFormatError", "JsonlImporter"]
