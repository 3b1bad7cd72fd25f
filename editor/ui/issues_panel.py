"""The side list of every proofing issue: click to jump, "Perbaiki semua" per rule."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.proofing.api import Issue
from editor.ui.highlighter import CATEGORY_COLOURS, DEFAULT_COLOUR
from editor.ui.markdown_editor import ProofedTextEdit, cursor_to, issue_tooltip
from editor.ui.proofing import ProofingController


class IssuesPanel(QWidget):
    jumped = Signal()

    def __init__(self, editor: ProofedTextEdit, proofing: ProofingController,
                 headline_text=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuesPanel")
        self.editor = editor
        self.proofing = proofing
        self.headline_text = headline_text
        self.title = QLabel(objectName="issuesTitle")
        self.list = QListWidget(objectName="issuesList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fix_all_button = QPushButton(self.tr("Perbaiki semua"), objectName="fixAllButton")
        self.fix_all_button.setToolTip(self.tr("Terapkan saran pertama untuk semua temuan "
                                               "aturan ini (satu langkah urung)"))
        self.fix_all_button.setEnabled(False)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._jump)
        self.list.itemClicked.connect(self._jump)
        self.list.currentItemChanged.connect(self._update_button)
        self.fix_all_button.clicked.connect(self.fix_all_current_rule)
        self._refresh_timer = QTimer(self, singleShot=True, interval=120)
        self._refresh_timer.timeout.connect(self.refresh)
        proofing.results_changed.connect(self._refresh_timer.start)
        editor.document().contentsChanged.connect(self._refresh_timer.start)
        self.refresh()

    def refresh(self) -> None:
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.list.clear()
        entries: list[tuple[str, int, Issue]] = []
        if self.headline_text is not None:
            entries += [("headline", 0, i) for i in self.proofing.issues_for(self.headline_text())]
        entries += [("body", pos, i) for pos, i in self.editor.issues()]
        for where, pos, issue in entries:
            if where == "body":
                block = self.editor.document().findBlock(pos)
                snippet = block.text()[issue.offset:issue.end]
            else:
                snippet = self.headline_text()[issue.offset:issue.end]
                snippet = f"{self.tr('Judul')}: {snippet}"
            fix = f" → {issue.replacements[0]}" if issue.replacements else ""
            item = QListWidgetItem(f"{snippet}{fix}\n{issue.message}")
            item.setData(Qt.ItemDataRole.UserRole, (where, pos, issue))
            item.setToolTip(issue_tooltip(issue))
            item.setForeground(QColor(CATEGORY_COLOURS.get(issue.category, DEFAULT_COLOUR)))
            self.list.addItem(item)
            if keep is not None and keep == (where, pos, issue):
                self.list.setCurrentItem(item)
        count = len(entries)
        self.title.setText(self.tr("%n temuan", "", count) if count
                           else self.tr("Tidak ada temuan"))
        self._update_button()

    def _update_button(self, *_args) -> None:
        item = self.list.currentItem()
        issue = item.data(Qt.ItemDataRole.UserRole)[2] if item else None
        self.fix_all_button.setEnabled(bool(issue and issue.replacements))

    def _jump(self, item: QListWidgetItem) -> None:
        where, pos, issue = item.data(Qt.ItemDataRole.UserRole)
        if where == "body":
            cursor_to(self.editor, pos + issue.offset, issue.length)
            self.jumped.emit()

    def fix_all_current_rule(self) -> int:
        item = self.list.currentItem()
        if item is None:
            return 0
        rule_id = item.data(Qt.ItemDataRole.UserRole)[2].rule_id
        return self.fix_all(rule_id)

    def fix_all(self, rule_id: str) -> int:
        """First suggestion for every body issue of ``rule_id``, as one undo step."""
        fixes = [(pos, issue, issue.replacements[0]) for pos, issue in self.editor.issues()
                 if issue.rule_id == rule_id and issue.replacements]
        return self.editor.apply_fixes(fixes)
