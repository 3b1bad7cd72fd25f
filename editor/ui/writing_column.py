"""The writing column of the form: the read-only note, kicker, headline with its length meter
and issues, the find bar and the Markdown body with its highlighter.

Built apart from :class:`~editor.ui.article_form.ArticleForm`, which turns an article into
these widgets and back; its strings keep the form's translation context ("ArticleForm").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from editor.house import HouseSettings
from editor.themes import colour
from editor.ui.find_bar import FindBar
from editor.ui.headline_edit import HeadlineEdit
from editor.ui.highlighter import MarkdownHighlighter
from editor.ui.markdown_editor import ProofedTextEdit
from editor.ui.metadata_widgets import LengthMeter


class WritingColumn(QWidget):
    """Headline above body, in one column (``objectName`` "writingColumn")."""

    def __init__(self, house: HouseSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writingColumn")
        self.kicker = QLineEdit(objectName="kicker")
        self.kicker.setPlaceholderText(QCoreApplication.translate("ArticleForm", "Kicker"))
        self.headline = HeadlineEdit(objectName="headline")
        self.headline.setPlaceholderText(QCoreApplication.translate("ArticleForm", "Judul"))
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline_meter = LengthMeter(house.headline_min, house.headline_warn,
                                          house.headline_max)
        self.headline_meter.setObjectName("headlineMeter")
        self.headline_issues = QLabel(objectName="headlineIssues")
        self.headline_issues.setWordWrap(True)
        self.headline_issues.hide()
        self.body = ProofedTextEdit()
        self.body.setObjectName("body")
        self.body.setPlaceholderText(
            QCoreApplication.translate("ArticleForm", "Tulis naskah di sini (Markdown)…"))
        self.body.setTabChangesFocus(False)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.15)
        self.body.setFont(body_font)
        self.find_bar = FindBar(self.body)
        self.read_only_note = QLabel(objectName="readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(
            f"background: {colour('info_background')}; color: {colour('info_text')}; "
            f"padding: 4px; border: 1px solid {colour('info_border')}; border-radius: 4px;")
        self.read_only_note.hide()
        self.highlighter = MarkdownHighlighter(self.body.document())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.read_only_note, self.kicker, self.headline, self.headline_meter,
                       self.headline_issues, self.find_bar):
            layout.addWidget(widget)
        layout.addWidget(self.body, 1)
