"""One language on screen: Qt's own buttons and edit menus in Indonesian (Redaksi's own
qtbase_id translation), the audit trail in words rather than ids (autosave runs folded),
rule names and descriptions in the proofing settings, and one way out of the export
dialog at a time."""

from __future__ import annotations

import threading

import pytest
from factories import complete_article
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
)

from editor.domain import Article, Status
from editor.proofing.engine import Proofreader
from editor.ui.app import install_translator


@pytest.fixture
def indonesian(qapp):
    translator = install_translator(qapp, "id")
    assert translator is not None, "qtbase_id.qm must be shipped in resources/translations"
    yield
    QCoreApplication.removeTranslator(translator)


def menu_texts(menu) -> list[str]:
    return [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]


def test_qt_message_box_and_dialog_buttons_are_indonesian(qtbot, indonesian):
    box = QMessageBox(QMessageBox.Icon.Question, "Redaksi", "Simpan dulu?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {box.button(b).text().replace("&", "") for b in (
        QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Cancel)}
    assert texts == {"Simpan", "Buang", "Batal"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Tutup"


def test_edit_context_menus_are_indonesian(qtbot, indonesian):
    line = QLineEdit("Banjir")
    text = QPlainTextEdit("Banjir rob")
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    expected = ["Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih semua"]
    assert menu_texts(line.createStandardContextMenu()) == expected
    assert menu_texts(text.createStandardContextMenu()) == expected


def test_audit_trail_uses_words_and_folds_autosaves(qtbot, store):
    from editor.ui.audit_view import AuditDialog

    store.users.add("ana", "reporter")
    article = store.articles.create(complete_article(headline="Banjir Medan", body="Air."),
                                    user="ana")
    for n in range(4):
        article = store.articles.update(article.with_changes(body=f"Air {n}."), user="ana",
                                        kind="autosave")
    article = store.articles.update(article.with_changes(body="Air naik."), user="ana")
    article = store.articles.update(article.with_changes(body="Air naik lagi."), user="ana",
                                    kind="autosave")
    store.workflow.transition(article.id, "submit", "ana", note="Mohon dicek")
    dialog = AuditDialog(store, article.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5, timeout=5000)
    rows = [[dialog.table.item(r, c).text() for c in (2, 4, 5)]
            for r in range(dialog.table.rowCount())]
    assert rows == [["Dibuat", "", ""], ["Simpan otomatis (4×)", "", ""], ["Disimpan", "", ""],
                    ["Simpan otomatis", "", ""], ["Diajukan", "Draf → Diajukan", "Mohon dicek"]]
    assert "–" in dialog.table.item(1, 0).text()  # a time range for the folded run
    assert dialog.table.horizontalHeaderItem(0).text() == "Waktu (WIB)"
    assert dialog.kind.itemText(dialog.kind.findData("autosave")) == "Simpan otomatis"
    assert len(store.events.query(article_id=article.id)) == 8  # the table keeps every event


def test_proofing_settings_name_and_describe_rules(qtbot):
    from editor.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Proofreader())
    qtbot.addWidget(dialog)
    tree = dialog.rules
    tops = {tree.topLevelItem(i).text(2): tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())}
    depan = tops["KATA_DEPAN"]
    assert depan.text(0) == "Kata depan" and depan.text(1)
    assert all(item.text(1) for item in tops.values())  # no empty description column
    children = {depan.child(j).text(2): depan.child(j) for j in range(depan.childCount())}
    assert children["ID_DI_PREPOSISI"].text(0) == "Kata depan ‘di’ ditulis terpisah"
    assert children["ID_DI_PREPOSISI"].text(1)
    assert not any(depan.child(j).text(0).startswith("ID_") for j in range(depan.childCount()))
    dialog.findChild(QTabWidget).setCurrentIndex(2)


def test_export_dialog_offers_cancel_only_while_exporting(qtbot, store, tmp_path,
                                                          monkeypatch):
    from editor.publishing.exporters import EXPORTERS, NinjsExporter
    from editor.ui.export_dialog import ExportDialog

    store.articles.create(Article(headline="Disetujui", body="Isi.", status=Status.APPROVED))
    release = threading.Event()

    class SlowNinjs(NinjsExporter):
        def export(self, articles, out_dir, progress=None):
            release.wait(5)
            return super().export(articles, out_dir, progress)

    monkeypatch.setitem(EXPORTERS, "ninjs", SlowNinjs)
    dialog = ExportDialog(store, destination=tmp_path / "out")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.article_list.count() == 1, timeout=5000)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("ninjs"))
    visible = lambda: [b.text() for b in dialog.buttons.buttons() if b.isVisible()]  # noqa: E731
    assert sorted(visible()) == ["Ekspor", "Tutup"]
    dialog.export_button.click()
    assert sorted(visible()) == ["Batal", "Ekspor"]
    with qtbot.waitSignal(dialog.exportFinished, timeout=10_000):
        release.set()
    assert sorted(visible()) == ["Ekspor", "Tutup"]
