"""Issue 13: widgets follow the ChangeHub; no part of the UI refreshes another by hand.

``scripts/ui_refresh_audit.py`` reads ``editor/ui`` and lists every hand-written refresh
(see its docstring for the rule); there must be none. The audit itself is checked on code
that has each pattern, so a zero is not the audit missing them.
"""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _audit():
    spec = importlib.util.spec_from_file_location("ui_refresh_audit",
                                                  ROOT / "scripts" / "ui_refresh_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclass looks the module up
    spec.loader.exec_module(module)
    return module


def test_the_ui_has_no_hand_written_refreshes() -> None:
    found = _audit().audit([ROOT / "editor" / "ui"])
    assert [str(r) for r in found] == []


def test_the_audit_finds_each_kind_of_manual_refresh(tmp_path: Path) -> None:
    (tmp_path / "window.py").write_text(textwrap.dedent('''
        class Window:
            def __init__(self, hub):
                self.list_panel.refresh()           # first load: allowed
                hub.subscribe(self, self._changed)
                hub.subscribe(self, lambda c: self.comments.reload())   # allowed
                self.saved.connect(lambda _a: self.comments.reload())   # 1: not the hub

            def _changed(self, changes):
                self.list_panel.refresh()           # subscriber: allowed

            def save(self):
                self.list_panel.refresh()           # 2: another part, after a write
                self._load_categories()             # 3: defined in another class (mixin)
                self.form.load(article)             # shows what it is given: not a refresh

            def _sort(self):
                self.refresh()                      # own view: allowed

            def refresh(self):
                pass

        def build_desk(window):
            window.related_panel.refresh_now()      # 4: free wiring function
    '''), encoding="utf-8")
    found = _audit().audit([tmp_path])
    assert [r.line for r in found] == [7, 13, 14, 24]
