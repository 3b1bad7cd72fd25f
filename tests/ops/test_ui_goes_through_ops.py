"""The UI reads and writes through ``editor.ops`` only: it imports nothing from the store but
a few value and error types, and never reaches into a repository (``store.articles`` …).

So every rule the operations hold (unique slugs, required fields, one save pipeline, the
edit lock) holds for the UI too, and a change of the store's inside does not reach Qt code.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "editor" / "ui"

#: What the UI may take from ``editor.store``: the handle it passes on, values it shows, and
#: errors it words for people. Nothing that reads or writes.
STORE_TYPES = {"Store", "ArticleSummary", "Revision", "Event", "User", "Comment", "Lock",
               "ArticleLocked", "ArticleNotFound", "UserNotFound", "VersionConflict",
               "StoreError", "DeskChanges", "DeskStamp"}
#: The store's repositories and its engine: reached through ``editor.ops`` only.
REPOSITORIES = {"articles", "workflow", "comments", "locks", "media", "events", "users",
                "dictionary", "search", "terms", "engine", "candidates", "candidate_dates"}


def _holder_is_store(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return "store" in node.id.lower()
    if isinstance(node, ast.Attribute):
        return "store" in node.attr.lower()
    return False


def violations(source: str, name: str) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("editor.store"):
            if node.module != "editor.store":
                out.append(f"{name}:{node.lineno}: imports {node.module}")
            out += [f"{name}:{node.lineno}: imports {alias.name} from editor.store"
                    for alias in node.names if alias.name not in STORE_TYPES]
        elif isinstance(node, ast.Import):
            out += [f"{name}:{node.lineno}: imports {alias.name}" for alias in node.names
                    if alias.name.startswith("editor.store")]
        elif isinstance(node, ast.Attribute) and node.attr in REPOSITORIES \
                and _holder_is_store(node.value):
            out.append(f"{name}:{node.lineno}: reaches into the store ({node.attr})")
    return out


def test_the_ui_goes_through_the_operations() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += violations(path.read_text(encoding="utf-8"), path.name)
    assert found == [], "\n".join(found)


def test_the_check_sees_what_it_forbids() -> None:
    source = (
        "from editor.store import Store, open_store\n"
        "from editor.store.events import coalesce_autosaves\n"
        "import editor.store.db\n"
        "def f(self, store):\n"
        "    self.store.articles.list()\n"
        "    return store.engine.url\n")
    found = violations(source, "x.py")
    assert len(found) == 6, found
