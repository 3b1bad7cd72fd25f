"""The writing desk driven like a reporter would: type, see preview and underlines, fix,
add words, pick a location, get a slug, check required fields, survive a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from editor.domain import Article
from editor.ui.operations import wait_for_ops
from editor.writing.journal import RecoveryJournal


def wait_checked(qtbot, window, text: str) -> None:
    """Until the worker has returned a result for ``text`` (a paragraph)."""
    qtbot.waitUntil(lambda: window.proofing.is_checked(text), timeout=10_000)


def underlined_ranges(editor) -> list[tuple[int, int]]:
    """(start, end) document ranges drawn with the spell-check wavy underline."""
    ranges = []
    block = editor.document().firstBlock()
    while block.isValid():
        for fr in block.layout().formats():
            if fr.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                ranges.append((block.position() + fr.start,
                               block.position() + fr.start + fr.length))
        block = block.next()
    return ranges


def test_typing_updates_sanitised_preview_and_counts(qtbot, make_window, store):
    window = make_window(store)
    window.form.headline.setFocus()
    qtbot.keyClicks(window.form.headline, "Banjir rob di Belawan")
    window.form.body.setFocus()
    qtbot.keyClicks(window.form.body, "## Warga mengungsi")
    qtbot.keyClick(window.form.body, Qt.Key.Key_Return)
    qtbot.keyClick(window.form.body, Qt.Key.Key_Return)
    qtbot.keyClicks(window.form.body, "Air **pasang** sejak pagi. <script>alert(1)</script>")
    window.form.body.insertPlainText(" Ketinggian air 50 cm di Jalan Pelabuhan—kata Ana.")
    preview = window.form.preview
    qtbot.waitUntil(lambda: "pasang" in preview.toPlainText(), timeout=5000)
    html = preview.toHtml()
    assert "<script" not in html and "alert(1)" not in preview.toPlainText()
    assert "Warga mengungsi" in preview.toPlainText()
    assert "Banjir rob di Belawan" in preview.toPlainText()
    assert preview.document().find("pasang").charFormat().fontWeight() >= 600
    qtbot.waitUntil(lambda: "kata" in window.words_label.text(), timeout=3000)
    assert window.words_label.text().startswith("15 kata")
    assert window.reading_label.text() == "1 menit baca"
    assert window.form.headline_meter.label.text() == "21 / 90"


def test_underlines_appear_after_the_worker_returns(qtbot, make_window, store):
    window = make_window(store)
    text = "Warga sudah mengungsi sejak semalam karena bnjir besar."
    window.form.body.setPlainText(text)
    wait_checked(qtbot, window, text)
    start = text.index("bnjir")
    qtbot.waitUntil(lambda: (start, start + 5) in underlined_ranges(window.form.body),
                    timeout=10_000)
    window.form.issues_panel.refresh()
    assert window.form.issues_panel.list.count() == 1
    assert "bnjir → banjir" in window.form.issues_panel.list.item(0).text()
    # A stale result is dropped: the paragraph edited meanwhile shows no old underline.
    window.form.body.setPlainText(text.replace("bnjir", "banjir"))
    assert underlined_ranges(window.form.body) == []


def test_suggestion_from_context_menu_is_one_undo_step(qtbot, make_window, store):
    window = make_window(store)
    body = window.form.body
    text = "Dia pergi kepasar untuk membeli sayur."
    body.setPlainText(text)
    wait_checked(qtbot, window, text)
    menu = body.issue_menu(text.index("kepasar") + 2)
    fixes = [a for a in menu.actions() if a.objectName() == "fixAction"]
    assert fixes and fixes[0].text() == "ke pasar"
    assert {"Abaikan", "Abaikan semua", "Tambah ke kamus"} <= {a.text() for a in menu.actions()}
    fixes[0].trigger()
    assert body.toPlainText() == "Dia pergi ke pasar untuk membeli sayur."
    body.undo()
    assert body.toPlainText() == text


def test_add_to_dictionary_silences_word_and_persists(qtbot, make_window, store):
    window = make_window(store)
    text = "Warga sudah mengungsi sejak semalam karena bnjir besar."
    window.form.body.setPlainText(text)
    wait_checked(qtbot, window, text)
    menu = window.form.body.issue_menu(text.index("bnjir"))
    add = next(a for a in menu.actions() if a.objectName() == "addWordAction")
    add.trigger()
    wait_checked(qtbot, window, text)
    assert window.proofing.issues_for(text) == ()
    assert underlined_ranges(window.form.body) == []
    qtbot.waitUntil(lambda: "bnjir" in store.dictionary.words(), timeout=5000)


def test_fix_all_for_a_rule_is_one_undo_step(qtbot, make_window, store):
    window = make_window(store)
    body = window.form.body
    text = "Dia pergi kepasar pagi.\n\nLalu ia kembali kepasar sore."
    body.setPlainText(text)
    for para in text.split("\n\n"):
        wait_checked(qtbot, window, para)
    assert window.form.issues_panel.fix_all("ID_KE_PREPOSISI") == 2
    assert body.toPlainText().count("ke pasar") == 2
    body.undo()
    assert body.toPlainText() == text


def test_location_search_is_typo_tolerant_and_sets_code(qtbot, make_window, store):
    window = make_window(store)
    picker = window.form.location
    picker.edit.setFocus()
    with qtbot.waitSignal(picker.results_ready, timeout=10_000) as found:
        qtbot.keyClicks(picker.edit, "Tanjng Balai")
    regions = found.args[0]
    assert "12.74" in [r.code for r in regions[:3]]
    picker.results.setCurrentRow([r.code for r in regions].index("12.74"))
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    location = window.form.article().location
    assert location.code == "12.74" and location.province == "Sumatera Utara"
    assert window.form.dateline_place.text() == "Tanjungbalai"
    assert window.form.timezone.currentData().name == "WIB"
    assert window.is_dirty


def test_slug_follows_headline_until_edited_and_is_unique_on_save(qtbot, make_window, store):
    store.articles.create(Article(headline="Gempa Palu", slug="gempa-palu"))
    window = make_window(store)
    window.new_action.trigger()
    window.form.headline.setFocus()
    qtbot.keyClicks(window.form.headline, "Gempa Palu")
    assert window.form.slug.text() == "gempa-palu"
    qtbot.waitUntil(lambda: "sudah dipakai" in window.form.slug_note.text(), timeout=5000)
    with qtbot.waitSignal(window.saved, timeout=5000) as saved:
        window.save()
    assert saved.args[0].slug == "gempa-palu-2"
    assert window.form.slug.text() == "gempa-palu-2"
    window.form.slug.setFocus()
    window.form.slug.selectAll()
    qtbot.keyClicks(window.form.slug, "palu-diguncang")
    qtbot.keyClicks(window.form.headline, " lagi")
    assert window.form.slug.text() == "palu-diguncang"


def test_required_fields_are_named_before_submission(qtbot, make_window, store):
    window = make_window(store)
    window.form.headline.setText("Banjir rob di Belawan")
    window.form.body.setPlainText("Air laut pasang.")
    assert window.check_required() is False
    note = window.form.required_note.text()
    assert "ringkasan" in note and "rubrik" in note and "judul" not in note
    assert window.form.required_note.isVisibleTo(window.form)
    window.form.summary.setPlainText("Banjir rob merendam permukiman di Belawan sejak pagi.")
    window.form.category.setCurrentText("Peristiwa")
    window.form.tags.set_tags(["banjir"])
    window.form.bylines.setText("Ana")
    window.form.dateline_place.setText("Medan")
    assert window.check_required() is True
    assert not window.form.required_note.isVisibleTo(window.form)


def test_recovery_after_a_simulated_crash(qtbot, make_window, store, tmp_path):
    article = store.articles.create(Article(headline="Rapat DPRD", body="versi awal"))
    journal_dir = tmp_path / "journal"
    from editor.ui.main_window import MainWindow

    crashed = MainWindow(store, "ana", journal=RecoveryJournal(journal_dir))
    qtbot.addWidget(crashed)
    with qtbot.waitSignal(crashed.article_loaded, timeout=5000):
        crashed.open_article(article.id)
    crashed.guard.set_idle_seconds(3600)  # no autosave: only the journal holds the edits
    crashed.form.body.moveCursor(QTextCursor.MoveOperation.End)
    crashed.form.body.insertPlainText(" — tambahan yang belum disimpan ✓")
    with qtbot.waitSignal(crashed.guard.journal_written, timeout=5000):
        pass
    # "Kill" the process: the window is dropped without closeEvent, nothing saved.
    crashed.guard.stop()
    crashed.guard.journal = RecoveryJournal(tmp_path / "elsewhere")
    crashed._dirty = False
    wait_for_ops()
    assert store.articles.get(article.id).body == "versi awal"

    window = MainWindow(store, "ana", journal=RecoveryJournal(journal_dir))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_dirty", False))
    entries = window.recoverable()
    assert len(entries) == 1
    window.recover(entries[0])
    assert window.form.body.toPlainText() == "versi awal — tambahan yang belum disimpan ✓"
    assert window.is_dirty and window.form.base.id == article.id
    with qtbot.waitSignal(window.saved, timeout=5000) as saved:
        window.save()
    assert saved.args[0].body.endswith("belum disimpan ✓")
    qtbot.waitUntil(lambda: window.recoverable() == [], timeout=5000)


def test_autosave_coalesces_revisions(qtbot, make_window, store):
    article = store.articles.create(Article(headline="Rapat DPRD", body="awal"), user="ana")
    window = make_window(store)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_article(article.id)
    window.guard.set_idle_seconds(1)
    for word in (" satu", " dua"):
        window.form.body.moveCursor(QTextCursor.MoveOperation.End)
        window.form.body.insertPlainText(word)
        with qtbot.waitSignal(window.autosaved, timeout=15_000):
            pass
    assert not window.is_dirty
    assert [r.kind for r in store.articles.revisions(article.id)] == ["create", "autosave"]
    assert store.articles.get(article.id).body == "awal satu dua"
