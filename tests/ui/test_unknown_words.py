"""Unknown words in the editor: quiet underline, "Tambah ke kamus" first, names from the
article's metadata and from the archive are known."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from test_writing import wait_checked

from editor.domain import Article


def _underline_style(editor, position: int):
    block = editor.document().findBlock(position)
    for r in block.layout().formats():
        if r.start <= position - block.position() < r.start + r.length:
            return r.format.underlineStyle()
    return None


def test_unknown_word_menu_puts_add_to_dictionary_first(qtbot, make_window, store):
    window = make_window(store)
    body = window.form.body
    text = "Warga menyebutnya sebagai tradisi mbrokohan di desa itu."
    body.setPlainText(text)
    wait_checked(qtbot, window, text)
    issues = window.proofing.issues_for(text)
    assert [i.rule_id for i in issues] == ["ID_KATA_TIDAK_DIKENAL"]
    pos = text.index("mbrokohan")
    qtbot.waitUntil(lambda: _underline_style(body, pos + 1) is not None, timeout=5000)
    assert _underline_style(body, pos + 1) == QTextCharFormat.UnderlineStyle.DotLine
    menu = body.issue_menu(pos + 2)
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert actions[0].text() == issues[0].message and not actions[0].isEnabled()
    assert actions[1].objectName() == "addWordAction"
    actions[1].trigger()
    wait_checked(qtbot, window, text)
    assert window.proofing.issues_for(text) == ()
    qtbot.waitUntil(lambda: "mbrokohan" in store.dictionary.words(), timeout=5000)


def test_typo_menu_keeps_fixes_first(qtbot, make_window, store):
    window = make_window(store)
    body = window.form.body
    text = "Warga sudah mengungsi sejak semalam karena bnjir besar."
    body.setPlainText(text)
    wait_checked(qtbot, window, text)
    menu = body.issue_menu(text.index("bnjir"))
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert actions[1].objectName() == "fixAction" and actions[1].text() == "banjir"
    names = [a.objectName() for a in actions]
    assert names.index("addWordAction") > names.index("ignoreAllAction")


def test_bylines_and_archive_names_are_known(qtbot, make_window, store):
    store.articles.create(Article(headline="Rapat",
                                  body="Rapat dipimpin oleh Kasatpolpp Wirjo di aula."))
    window = make_window(store)
    qtbot.waitUntil(lambda: window.proofing.proofreader is not None, timeout=20_000)
    text = "Wirjo hadir di aula bersama Pelatiahn."
    window.form.body.setPlainText(text)
    wait_checked(qtbot, window, text)
    # Wirjo: the archive knows the name; Pelatiahn mid-sentence: plausibly a name too.
    assert window.proofing.issues_for(text) == ()
    text2 = "Sekolha membuka acara itu."  # a name one slip from "sekolah", opening a sentence
    window.form.body.setPlainText(text2)
    wait_checked(qtbot, window, text2)
    assert [i.rule_id for i in window.proofing.issues_for(text2)] == ["ID_SALAH_KETIK"]
    window.form.bylines.setText("Sekolha Siregar")
    window.form.bylines.editingFinished.emit()
    wait_checked(qtbot, window, text2)
    assert window.proofing.issues_for(text2) == ()


def test_opening_an_article_with_flags_never_marks_it_changed(qtbot, make_window, store):
    """Underlines drawn after opening (format-only changes) are not edits: no save later."""
    store.users.add("ana", "reporter")
    store.articles.create(Article(headline="Banjir di Medan",
                                  body="Warga mengungsi karena bnjir, kata Syharul di pendopo.",
                                  bylines=()), user="ana")
    window = make_window(store, user="ana")
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.edit_session.lock_state_changed, timeout=5000):
        window.open_selected()
    text = window.form.body.toPlainText()
    wait_checked(qtbot, window, text)
    qtbot.waitUntil(lambda: bool(window.proofing.issues_for(text)), timeout=5000)
    qtbot.wait(300)
    assert not window.is_dirty


def test_an_abbreviation_defined_in_one_paragraph_is_known_in_the_others(qtbot, make_window,
                                                                         store):
    window = make_window(store)
    qtbot.waitUntil(lambda: window.proofing.proofreader is not None, timeout=20_000)
    later = "Sejak pagi lalin di sekitar pasar masih padat."
    window.form.body.setPlainText(later)
    wait_checked(qtbot, window, later)
    assert [i.rule_id for i in window.proofing.issues_for(later)] == ["ID_SALAH_KETIK"]
    first = "Polisi melakukan rekayasa lalu lintas (lalin) di Jalan Sudirman."
    window.form.body.setPlainText(f"{first}\n\n{later}")
    qtbot.waitUntil(lambda: "lalin" in window.proofing.names, timeout=5000)
    wait_checked(qtbot, window, later)
    assert window.proofing.issues_for(later) == ()
    assert window.proofing.issues_for(first) == ()


def test_the_article_around_a_paragraph_ranks_its_suggestions(qtbot, make_window, store):
    """Checked paragraph by paragraph, the editor still ranks by the article's own words:
    an article about a museum means "museum" by "meusum", not "mesum"."""
    window = make_window(store)
    qtbot.waitUntil(lambda: window.proofing.proofreader is not None, timeout=20_000)
    typo = "Hasil lelang akan disumbangkan untuk meusum itu."
    window.form.body.setPlainText(typo)
    wait_checked(qtbot, window, typo)
    alone = window.proofing.issues_for(typo)
    assert alone and alone[0].replacements[0] == "mesum"
    about = ("Pengunjung museum itu terus bertambah. Museum tersebut dibuka sejak 2010 dan "
             "tiket museum ini gratis.")
    window.form.body.setPlainText(f"{about}\n\n{typo}")
    window.proofing.invalidate()  # the paragraph's text is unchanged: ask again
    wait_checked(qtbot, window, typo)
    assert window.proofing.issues_for(typo)[0].replacements[0] == "museum"
