""""Perbaiki semua" fixes every sure finding (all rules, one undo step, typo guesses left
for a person, with a message), "Perbaiki aturan ini" the selected rule; approving with open
findings warns first."""

from __future__ import annotations

from factories import complete_article

from editor.domain.workflow import Action

TEXT = ("Dia pergi kepasar pagi dengan bnjir.\n\n"
        "Rapat digelar diruang bupati pada hari kamis.")


def wait_checked(qtbot, window, text):
    for para in text.split("\n\n"):
        qtbot.waitUntil(lambda p=para: window.proofing.is_checked(p), timeout=10_000)
    qtbot.waitUntil(lambda: window.form.issues_panel.list.count() > 0, timeout=5000)


def test_fix_all_with_nothing_selected_fixes_every_sure_finding(qtbot, make_window, store):
    window = make_window(store)
    body = window.form.body
    body.setPlainText(TEXT)
    wait_checked(qtbot, window, TEXT)
    panel = window.form.issues_panel
    panel.list.setCurrentRow(-1)
    panel.refresh()
    assert panel.fix_all_button.isEnabled() and not panel.fix_rule_button.isEnabled()
    panel.fix_all_button.click()
    fixed = body.toPlainText()
    assert "ke pasar" in fixed and "di ruang" in fixed and "Kamis" in fixed
    assert "bnjir" in fixed  # a typo guess is not applied blindly
    assert "diperbaiki" in panel.result.text() and "perlu diperiksa sendiri" in \
        panel.result.text()
    body.undo()
    assert body.toPlainText() == TEXT  # one undo step


def test_fix_rule_fixes_only_the_selected_rule(qtbot, make_window, store):
    window = make_window(store)
    body = window.form.body
    body.setPlainText(TEXT)
    wait_checked(qtbot, window, TEXT)
    panel = window.form.issues_panel
    row = next(r for r in range(panel.list.count())
               if "kepasar" in panel.list.item(r).text())
    panel.list.setCurrentRow(row)
    assert panel.fix_rule_button.isEnabled()
    panel.fix_rule_button.click()
    assert "ke pasar" in body.toPlainText() and "diruang" in body.toPlainText()


def test_approving_with_open_findings_warns_first(qtbot, make_window, store):
    store.users.add("ana", "reporter")
    store.users.add("sari", "editor")
    article = store.articles.create(complete_article(headline="Rapat di kantor bupati",
                                                     body="Rapat digelar diruang bupati."),
                                    user="ana")
    store.workflow.transition(article.id, "submit", "ana")
    store.workflow.transition(article.id, "start-review", "sari")
    window = make_window(store, user="sari")
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()
    qtbot.waitUntil(lambda: window.form.issues_panel.open_count() > 0, timeout=10_000)
    bar = window.workflow_bar
    requested: list[str] = []
    bar.transition_requested.connect(requested.append)
    bar.buttons[Action.APPROVE].click()
    assert requested == [] and "temuan" in bar.message.text()
    bar.buttons[Action.APPROVE].click()
    assert requested == ["approve"]


def test_the_approve_warning_fits_a_1280_screen(qtbot, make_window, store):
    """The long warning once sat in the button row: the window's minimum width grew past
    the screen (seen at 1280x800: 1399 px, "Perbaiki semua" and the tabs off screen)."""
    store.users.add("ana", "reporter")
    store.users.add("sari", "editor")
    article = store.articles.create(complete_article(headline="Rapat di kantor bupati",
                                                     body="Rapat digelar diruang bupati."),
                                    user="ana")
    store.workflow.transition(article.id, "submit", "ana")
    window = make_window(store, user="sari")
    window.resize(1280, 720)
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()
    qtbot.waitUntil(lambda: window.form.issues_panel.open_count() > 0, timeout=10_000)
    bar = window.workflow_bar
    before = window.minimumSizeHint().width()
    bar_before = bar.minimumSizeHint().width()
    bar.buttons[Action.APPROVE].click()
    assert "sekali lagi" in bar.message.text() and bar.message.isVisibleTo(window)
    qtbot.wait(50)
    assert bar.minimumSizeHint().width() <= bar_before  # the message needs no width of its own
    assert window.minimumSizeHint().width() <= max(before, 1280)
    assert window.width() <= 1280
    assert bar.message.width() <= bar.width()  # wrapped inside the bar, not cut off
    fix_all = window.form.issues_panel.fix_all_button
    assert fix_all.mapTo(window, fix_all.rect().topRight()).x() <= window.width()


def test_the_approve_warning_goes_when_the_findings_are_fixed(qtbot, make_window, store):
    """Seen on screen: "Masih ada 2 temuan" stayed after "Perbaiki semua" fixed both."""
    store.users.add("ana", "reporter")
    store.users.add("sari", "editor")
    article = store.articles.create(complete_article(headline="Rapat di kantor bupati",
                                                     body="Rapat digelar diruang bupati."),
                                    user="ana")
    store.workflow.transition(article.id, "submit", "ana")
    store.workflow.transition(article.id, "start-review", "sari")
    window = make_window(store, user="sari")
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()
    panel = window.form.issues_panel
    qtbot.waitUntil(lambda: panel.open_count() > 0, timeout=10_000)
    bar = window.workflow_bar
    bar.buttons[Action.APPROVE].click()
    assert "sekali lagi" in bar.message.text()
    panel.list.setCurrentRow(-1)
    panel.refresh()
    assert panel.fix_all_button.isEnabled()
    panel.fix_all_button.click()
    qtbot.waitUntil(lambda: panel.open_count() == 0, timeout=10_000)
    # at once, not only when the next autosave (4 s idle) reloads the bar
    qtbot.waitUntil(lambda: bar.message.text() == "", timeout=1500)
    assert bar.message.isHidden()
