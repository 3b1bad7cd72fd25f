"""The newsroom dictionary dialog: list, search and remove words the desk added; removing is
for editors and admins (the store refuses a reporter), and a removed word is flagged again."""

from __future__ import annotations

import pytest

from editor.store.dictionary import DictionaryRefused
from editor.ui.dictionary_dialog import DictionaryDialog


@pytest.fixture
def words(store):
    store.users.add("ana", "reporter")
    store.users.add("sari", "editor")
    for word, user in (("bnjir", "ana"), ("Tanjungbalai", "ana"), ("hetanews", "sari"),
                       ("banjirbandang", "sari")):
        store.dictionary.add(word, user=user)
    return store


def rows(dialog):
    return [[dialog.table.item(r, c).text() for c in range(2)]
            for r in range(dialog.table.rowCount())]


def test_lists_and_searches_words_with_who_added_them(qtbot, words):
    dialog = DictionaryDialog(words, "ana", "reporter")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=5000)
    assert rows(dialog) == [["banjirbandang", "sari"], ["bnjir", "ana"], ["hetanews", "sari"],
                            ["Tanjungbalai", "ana"]]
    with qtbot.waitSignal(dialog.loaded, timeout=5000) as loaded:
        qtbot.keyClicks(dialog.search, "BANJIR")
    assert loaded.args == [1] and rows(dialog) == [["banjirbandang", "sari"]]
    assert dialog.count_label.text() == "1 kata"
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()  # a reporter cannot remove


def test_editor_removes_selected_words_and_proofing_forgets_them(qtbot, words):
    forgotten: list[str] = []
    dialog = DictionaryDialog(words, "sari", "editor", on_removed=forgotten.append)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=5000)
    dialog.table.selectRow(1)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.removed, timeout=5000) as removed:
        dialog.remove_button.click()
    assert removed.args == [["bnjir"]] and forgotten == ["bnjir"]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
    assert "bnjir" not in words.dictionary.words()
    assert "bnjir" in dialog.message.text()


def test_the_store_refuses_a_reporter_removing_words(words):
    with pytest.raises(DictionaryRefused, match="hanya editor atau admin"):
        words.dictionary.remove("bnjir", user="ana")
    assert "bnjir" in words.dictionary.words()


def test_menu_opens_the_dialog_and_removal_reaches_the_proofreader(qtbot, make_window, words):
    window = make_window(words, user="sari")
    from PySide6.QtWidgets import QMenu

    assert window.dictionary_action in window.findChild(QMenu, "menuCheck").actions()
    qtbot.waitUntil(lambda: window.proofing.proofreader is not None, timeout=10_000)
    window.dictionary_action.trigger()
    dialog = window.dictionary_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=5000)
    assert "bnjir" in window.proofing.proofreader.dictionary_words
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.removed, timeout=5000):
        dialog.remove_button.click()
    assert "bnjir" not in window.proofing.proofreader.dictionary_words
    dialog.close()
