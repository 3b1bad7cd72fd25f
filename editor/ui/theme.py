"""Light and dark themes: a palette for native widgets plus a small stylesheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from editor.resources import resource_path


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to ``"light"`` or ``"dark"``."""
    theme = theme if theme in ("light", "dark") else "light"
    app.setStyle("Fusion")
    palette = QPalette()
    if theme == "dark":
        colours = {
            QPalette.ColorRole.Window: "#1b1c1f", QPalette.ColorRole.WindowText: "#d8dadd",
            QPalette.ColorRole.Base: "#232428", QPalette.ColorRole.AlternateBase: "#26272b",
            QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#2b2d31",
            QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#2f4f7a",
            QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase:
            "#2b2d31", QPalette.ColorRole.ToolTipText: "#e6e6e6",
            QPalette.ColorRole.PlaceholderText: "#7d828a", QPalette.ColorRole.Link: "#8ab4f8",
        }
    else:
        colours = {
            QPalette.ColorRole.Window: "#f6f7f9", QPalette.ColorRole.WindowText: "#1f2328",
            QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f6f8fa",
            QPalette.ColorRole.Text: "#1f2328", QPalette.ColorRole.Button: "#f3f4f6",
            QPalette.ColorRole.ButtonText: "#1f2328", QPalette.ColorRole.Highlight: "#2f6fdb",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.PlaceholderText: "#8c959f", QPalette.ColorRole.Link: "#0b5cad",
        }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(resource_path("themes", f"{theme}.qss").read_text("utf-8"))
