"""The operations every front end calls: the CLI (``editor.commands``), the UI and the
server go through these functions, never straight to the repositories, so each rule (unique
slugs, required fields, autosave coalescing) holds on every path.

Each operation returns its result together with a :class:`Changes` value saying which
articles it touched and what about them changed; the UI's change hub broadcasts it.
No Qt here: everything is importable and testable without a display.
"""

from editor.ops import queries  # ``ops.queries.…`` works without importing it elsewhere
from editor.ops.archive import Imported, export_articles, import_archive, select_for_export
from editor.ops.articles import SaveResult, can_save, delete_article, free_slug, save_article
from editor.ops.changes import Change, Changes, changes_from_notice
from editor.ops.errors import HeadlineMissing, OperationError
from editor.ops.workflow import (
    Commented,
    Restored,
    TransitionDone,
    comment,
    reply,
    resolve_comment,
    restore,
    transition,
)

__all__ = [
    "Change",
    "Changes",
    "Commented",
    "HeadlineMissing",
    "Imported",
    "OperationError",
    "Restored",
    "SaveResult",
    "TransitionDone",
    "can_save",
    "changes_from_notice",
    "comment",
    "delete_article",
    "export_articles",
    "free_slug",
    "import_archive",
    "queries",
    "reply",
    "resolve_comment",
    "restore",
    "save_article",
    "select_for_export",
    "transition",
]
