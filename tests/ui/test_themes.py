"""Themes are data: one file per theme holds every colour; the app applies it, the widgets and
the preview read their colours from it, and no Python module names a colour."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from editor.proofing.ruledata import category_info
from editor.themes import THEMES, current_theme, load_theme
from editor.ui.metadata_widgets import LEVEL_COLOURS
from editor.ui.theme import apply_theme
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
        assert set(category_info()) <= set(theme.proofing), name
        assert {"muted", "accent", "code"} <= set(theme.markdown)
        assert {"text", "background", "link", "muted", "rule"} <= set(theme.preview)
        for role in theme.palette:
            assert hasattr(QPalette.ColorRole, role), (name, role)
        assert "QPlainTextEdit#body" in theme.stylesheet


def test_no_python_module_names_a_colour() -> None:
    found = [f"{p.relative_to(EDITOR)}: {m}" for p in EDITOR.rglob("*.py")
             for m in HEX.findall(p.read_text("utf-8")) if p.name != "themes.py"]
    assert found == []


def test_applying_a_theme_uses_its_file(qapp: QApplication) -> None:
    try:
        apply_theme(qapp, "dark")
        dark = load_theme("dark")
        assert current_theme().name == "dark"
        assert qapp.styleSheet() == dark.stylesheet
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == dark.palette["Window"]
        assert dark.preview["background"] in preview_html("Isi.", theme="dark")
    finally:
        apply_theme(qapp, "light")
    light = load_theme("light")
    assert qapp.palette().color(QPalette.ColorRole.Base).name() == light.palette["Base"]
    assert light.preview["background"] in preview_html("Isi.", theme="light")
