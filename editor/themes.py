"""Themes as data: one file per theme, ``resources/themes/<name>.toml``, holds every colour the
app paints with (Qt's palette, the stylesheet, named widget colours, the proofreader's
underlines, the Markdown colouring, the preview's HTML). No Qt here: the preview's HTML
(``editor.writing``) reads the same file as the widgets (``editor.ui.theme``).

A theme is chosen for the whole application (:func:`use_theme`, called when the UI applies
it); widgets ask :func:`colour` for a named colour of the theme in use.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from editor.resources import resource_path

THEMES = ("light", "dark")
DEFAULT_THEME = "light"
_SECTIONS = ("palette", "colours", "proofing", "markdown", "preview")


@dataclass(frozen=True)
class Theme:
    """One theme file, read."""

    name: str
    stylesheet: str
    palette: MappingProxyType[str, str]
    colours: MappingProxyType[str, str]
    proofing: MappingProxyType[str, str]
    markdown: MappingProxyType[str, str]
    preview: MappingProxyType[str, str]

    def category_colour(self, category: str) -> str:
        """The underline colour of a proofing category (``default`` for any other)."""
        return self.proofing.get(category, self.proofing["default"])


def _checked(path: object, section: str, value: Any) -> MappingProxyType[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) and v.startswith("#")
                                              for v in value.values()):
        raise ValueError(f"{path}: [{section}] must map names to colours like \"#1f2328\"")
    return MappingProxyType({str(k): str(v) for k, v in value.items()})


@cache
def load_theme(name: str) -> Theme:
    """The theme ``name`` (an unknown name gives the default theme)."""
    name = name if name in THEMES else DEFAULT_THEME
    path = resource_path("themes", f"{name}.toml")
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    sections = {s: _checked(path, s, data.get(s)) for s in _SECTIONS}
    if "default" not in sections["proofing"]:
        raise ValueError(f"{path}: [proofing] needs a default colour")
    return Theme(name, str(data.get("stylesheet", "")), **sections)


_current = DEFAULT_THEME


def use_theme(name: str) -> Theme:
    """Make ``name`` the theme in use (what :func:`current_theme` and :func:`colour` give)."""
    global _current
    theme = load_theme(name)
    _current = theme.name
    return theme


def current_theme() -> Theme:
    return load_theme(_current)


def colour(name: str) -> str:
    """A named colour (``[colours]``) of the theme in use."""
    return current_theme().colours[name]
