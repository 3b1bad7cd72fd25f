"""Help → About: what is running (the one version number), where its data and log are.

A reporter asked "which version do you have?" finds the answer here, the same number as
``redaksi --version``, the log's first line and the exports' generator fields.
"""

from __future__ import annotations

import platform
from html import escape

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from editor import __version__
from editor.logs import log_file


def shown_url(url: str) -> str:
    """The database address without its password."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def about_text(db_url: str, user: str = "", role: str = "") -> str:
    lines = [
        f"<h3>Redaksi {__version__}</h3>",
        "<p>" + QCoreApplication.translate("AboutDialog", "Meja redaksi untuk newsroom Indonesia.") + "</p>",
        "<p>" + QCoreApplication.translate("AboutDialog", "Versi") + f": {__version__}<br>",
        f"Python {platform.python_version()}, Qt {qVersion()}, "
        f"PySide6 {PySide6.__version__}<br>",
        QCoreApplication.translate("AboutDialog", "Basis data") + f": {escape(shown_url(db_url))}<br>",
    ]
    if user:
        who = escape(user) + (f" ({escape(role)})" if role else "")
        lines.append(QCoreApplication.translate("AboutDialog", "Pengguna") + f": {who}<br>")
    lines.append(QCoreApplication.translate("AboutDialog", "Catatan log") + f": {escape(str(log_file()))}</p>")
    return "".join(lines)


def show_about(parent: QWidget, db_url: str, user: str = "", role: str = "") -> QMessageBox:
    """Open the About box (non-blocking) and return it (tests read its text)."""
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(QCoreApplication.translate("AboutDialog", "Tentang Redaksi"))
    box.setText(about_text(db_url, user, role))
    if not parent.windowIcon().isNull():
        box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
