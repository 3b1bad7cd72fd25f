"""Light and dark themes: a palette for native widgets plus a small stylesheet, both read
from the theme's one data file (``resources/themes/<name>.toml``, see :mod:`editor.themes`)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from editor.themes import use_theme


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to ``"light"`` or ``"dark"``."""
    loaded = use_theme(theme)
    app.setStyle("Fusion")
    palette = QPalette()
    for role, value in loaded.palette.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(value))
    app.setPalette(palette)
    app.setStyleSheet(loaded.stylesheet)
