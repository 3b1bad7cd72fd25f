"""Themes are data: one file per theme holds every colour; the app applies it, the widgets and
the preview read their colours from it, and no Python module names a colour."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QPalette

from editor.proofing.ruledata import category_info
from editor.themes import THEMES, load_theme
from editor.ui.metadata_widgets import LEVEL_COLOURS
from editor.writing.preview import preview_html

EDITOR = Path(__file__).resolve().parents[2] / "editor"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def _named_colours_in_code() -> set[str]:
    names = set(LEVEL_COLOURS.values())
    for path in EDITOR.rglob("*.py"):
        names |= set(re.findall(r"\bcolour\(\s*['\"](\w+)['\"]\s*\)", path.read_text("utf-8")))
    return names


def test_every_theme_has_every_colour_the_code_asks_for() -> None:
    used = _named_colours_in_code()
    assert {"error", "warning", "note_background", "diff_deleted_text"} <= used
    for name in THEMES:
        theme = load_theme(name)
        assert used <= set(theme.colours), (name, used - set(theme.colours))
        # Colours for known categories only (a category without one is drawn in the default).
        assert set(theme.proofing) - {"default"} <= set(category_info()), name
        assert {"muted", "accent", "code"} <= set(theme.markdown)
        assert {"text", "background", "link", "muted", "rule"} <= set(theme.preview)
        for role in theme.palette:
            assert hasattr(QPalette.ColorRole, role), (name, role)
        assert "QPlainTextEdit#body" in theme.stylesheet


def test_no_python_module_names_a_colour() -> None:
    found = [f"{p.relative_to(EDITOR)}: {m}" for p in EDITOR.rglob("*.py")
             for m in HEX.findall(p.read_text("utf-8")) if p.name != "themes.py"]
    assert found == []


_APPLY = """
import json, sys
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from editor.themes import current_theme
from editor.ui.theme import apply_theme
app = QApplication([])
out = {}
for name in ("dark", "light"):
    apply_theme(app, name)
    out[name] = {"current": current_theme().name, "stylesheet": app.styleSheet(),
                 "window": app.palette().color(QPalette.ColorRole.Window).name(),
                 "base": app.palette().color(QPalette.ColorRole.Base).name()}
print(json.dumps(out))
"""


def test_applying_a_theme_uses_its_file() -> None:
    """In a fresh process: restyling the whole application under the other UI tests' widgets
    is not what this test is about."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _APPLY], env=env, capture_output=True,
                          text=True, timeout=60, cwd=EDITOR.parent)
    assert done.returncode == 0, done.stderr
    applied = json.loads(done.stdout.strip().splitlines()[-1])
    for name in ("dark", "light"):
        theme = load_theme(name)
        assert applied[name]["current"] == name
        assert applied[name]["stylesheet"] == theme.stylesheet
        assert applied[name]["window"] == theme.palette["Window"]
        assert applied[name]["base"] == theme.palette["Base"]
        assert theme.preview["background"] in preview_html("Isi.", theme=name)
