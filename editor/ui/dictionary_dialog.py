"""The newsroom dictionary: every word the desk taught the proofreader, who added it and
when; search it, and (editors and admins) remove words that should not have gone in.

Reading and removing run as ops (editor/ui/operations.py); the store refuses a removal by a reporter whatever the
dialog shows, and on PostgreSQL the database's grants refuse it too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.house import house_time
from editor.ops import queries
from editor.ops.queries import REMOVING_ROLES, DictionaryEntry
from editor.store import Store
from editor.ui.messages import message_for
from editor.ui.operations import run_op

SEARCH_DEBOUNCE_MS = 200


class DictionaryDialog(QDialog):
    loaded = Signal(int)            # rows shown
    removed = Signal(list)          # words removed

    def __init__(self, store: Store, user: str, role: str,
                 parent: QWidget | None = None, *,
                 on_removed: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dictionaryDialog")
        self.setWindowTitle(self.tr("Kamus redaksi"))
        self.resize(620, 480)
        self.store = store
        self.user = user
        self.can_remove = str(getattr(role, "value", role)) in REMOVING_ROLES
        self.on_removed = on_removed

        self.search = QLineEdit(objectName="dictionarySearch")
        self.search.setPlaceholderText(self.tr("Cari kata…"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 3, objectName="dictionaryTable")
        self.table.setHorizontalHeaderLabels([self.tr("Kata"), self.tr("Ditambahkan oleh"),
                                              self.tr("Tanggal")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.count_label = QLabel(objectName="dictionaryCount")
        self.message = QLabel(objectName="dictionaryMessage")
        self.message.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Hapus dari kamus"), objectName="removeWord")
        self.remove_button.setEnabled(False)
        if not self.can_remove:
            self.remove_button.setToolTip(self.tr("Hanya editor atau admin yang bisa menghapus "
                                                  "kata dari kamus redaksi."))
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh()

    def refresh(self) -> None:
        needle, store = self.search.text(), self.store
        run_op(self, lambda: queries.dictionary_entries(store, needle), self._fill, self._failed,
               key="search")  # a newer search wins

    def _fill(self, entries: list[DictionaryEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = f"{house_time(entry.created_at):%d/%m/%Y}" if entry.created_at else ""
            for column, value in enumerate((entry.word, entry.added_by, when)):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, entry.word)
                self.table.setItem(row, column, item)
        self.count_label.setText(self.tr("%1 kata").replace("%1", str(len(entries))))
        self._update_buttons()
        self.loaded.emit(len(entries))

    def selected_words(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.can_remove and bool(self.selected_words()))

    def remove_selected(self) -> None:
        words = self.selected_words()
        if not words or not self.can_remove:
            return
        store, user = self.store, self.user
        self.remove_button.setEnabled(False)
        run_op(self, lambda: queries.remove_words(store, words, user=user),
               self._removed, self._failed)

    def _removed(self, words: list[str]) -> None:
        for word in words:
            if self.on_removed is not None:
                self.on_removed(word)
        self.message.setText(self.tr("%1 kata dihapus dari kamus: %2")
                             .replace("%1", str(len(words))).replace("%2", ", ".join(words)))
        self.removed.emit(words)
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(message_for(exc))
        self._update_buttons()


def open_dictionary(window) -> DictionaryDialog:
    """Periksa → Kamus redaksi… (``window``: the main window; a removal also leaves its
    proofreader at once)."""
    proofing = getattr(window, "proofing", None)
    dialog = DictionaryDialog(window.store, window.user, window.role, window,
                              on_removed=proofing.remove_word if proofing else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
