"""The side list of every proofing issue: click to jump; "Perbaiki semua" applies every sure
fix in one undo step, "Perbaiki aturan ini" every fix of the selected finding's rule.

Typo guesses (category ``SALAH_KETIK``) are never fixed in bulk: their suggestion is a guess
at what the reporter meant, so each one is left for a person to decide, and the panel says
how many were left and why.
"""

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
from editor.themes import current_theme
from editor.ui.markdown_editor import ProofedTextEdit, cursor_to, issue_tooltip
from editor.ui.proofing import ProofingController

GUESS_CATEGORIES = frozenset({"SALAH_KETIK"})
"""Categories whose suggestion is a guess, never applied in bulk."""


def _bulk_fixable(issue: Issue) -> bool:
    return bool(issue.replacements) and issue.category not in GUESS_CATEGORIES


class IssuesPanel(QWidget):
    jumped = Signal()
    counted = Signal(int)  # findings open after each refresh (the approve warning follows it)

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
        self.fix_all_button.setToolTip(self.tr("Terapkan saran pertama untuk semua temuan yang "
                                               "pasti (bukan tebakan salah ketik), satu langkah "
                                               "urung"))
        self.fix_all_button.setEnabled(False)
        self.fix_rule_button = QPushButton(self.tr("Perbaiki aturan ini"),
                                           objectName="fixRuleButton")
        self.fix_rule_button.setToolTip(self.tr("Terapkan saran pertama untuk semua temuan "
                                                "aturan temuan terpilih"))
        self.fix_rule_button.setEnabled(False)
        self.result = QLabel(objectName="fixResult")
        self.result.setWordWrap(True)
        self.result.hide()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.fix_rule_button)
        head.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.result)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._jump)
        self.list.itemClicked.connect(self._jump)
        self.list.currentItemChanged.connect(self._update_button)
        self.fix_all_button.clicked.connect(self.fix_everything)
        self.fix_rule_button.clicked.connect(self.fix_all_current_rule)
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
            item.setForeground(QColor(current_theme().category_colour(issue.category)))
            self.list.addItem(item)
            if keep is not None and keep == (where, pos, issue):
                self.list.setCurrentItem(item)
        count = len(entries)
        self.title.setText(self.tr("%n temuan", "", count) if count
                           else self.tr("Tidak ada temuan"))
        self._update_button()
        self.counted.emit(count)

    def _update_button(self, *_args) -> None:
        item = self.list.currentItem()
        issue = item.data(Qt.ItemDataRole.UserRole)[2] if item else None
        self.fix_rule_button.setEnabled(bool(issue and issue.replacements))
        self.fix_all_button.setEnabled(any(_bulk_fixable(i) for _, i in self.editor.issues()))

    def open_count(self) -> int:
        """Findings still open in the headline and body (what an approver is warned of)."""
        headline = len(self.proofing.issues_for(self.headline_text())) \
            if self.headline_text is not None else 0
        return headline + len(self.editor.issues())

    def fix_everything(self) -> int:
        """Every sure fix in the body, all rules, as one undo step; says what was left."""
        issues = self.editor.issues()
        fixes = [(pos, issue, issue.replacements[0]) for pos, issue in issues
                 if _bulk_fixable(issue)]
        done = self.editor.apply_fixes(fixes) if fixes else 0
        left = len(issues) - done
        text = self.tr("%1 temuan diperbaiki.").replace("%1", str(done))
        if left:
            text += " " + self.tr("%1 perlu diperiksa sendiri (tebakan salah ketik atau tanpa "
                                  "saran).").replace("%1", str(left))
        self.result.setText(text)
        self.result.show()
        return done

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
