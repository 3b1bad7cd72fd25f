"""Indonesian is the default interface; English comes from the shipped Qt translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QTranslator

from editor.resources import resource_path
from editor.ui.app import install_translator, interface_language


def test_default_language_is_indonesian(make_window, store, monkeypatch):
    monkeypatch.delenv("REDAKSI_LANG", raising=False)
    assert interface_language() == "id"
    window = make_window(store)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "&Berkas"


def test_english_translation(qapp, make_window, store):
    translator = install_translator(qapp, "en")
    assert isinstance(translator, QTranslator)
    try:
        window = make_window(store)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles == ["&File", "&Edit", "&Insert", "&Check", "&View", "&Desk", "&Help"]
        assert window.list_panel.status_filter.itemText(0) == "All statuses"
        assert window.list_panel.status_filter.itemText(1) == "Draft"
        assert window.form.headline.placeholderText() == "Headline"
        sort = window.list_panel.sort_box
        assert [sort.itemText(i) for i in range(sort.count())] == [
            "Newest", "Oldest", "Headline A–Z", "Headline Z–A", "Recently edited"]
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_string_is_translated():
    tree = ET.parse(resource_path("translations", "redaksi_en.ts"))
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_refusals_are_worded_in_the_ui_language(qapp, store):
    """Store and workflow refusals carry a code and arguments; the English UI words them in
    English (their str() stays Indonesian for logs and the CLI)."""
    import pytest
    from factories import complete_article

    from editor.domain.workflow import Action, Role, Status, TransitionRefused, check_transition
    from editor.ui.messages import message_for, refusal_text

    store.users.add("rina", "reporter")
    article = store.articles.create(complete_article(), user="rina")
    with pytest.raises(TransitionRefused) as wrong_role:
        check_transition(Action.PUBLISH, Status.APPROVED, Role.REPORTER)
    with pytest.raises(TransitionRefused) as no_note:
        check_transition(Action.REQUEST_CHANGES, Status.IN_REVIEW, Role.EDITOR)
    published = store.articles.get(article.id).with_changes(status=Status.PUBLISHED)
    assert message_for(wrong_role.value).startswith("Ditolak: Peran reporter tidak boleh")
    translator = install_translator(qapp, "en")
    try:
        assert message_for(wrong_role.value).startswith(
            "Refused: The reporter role may not take the step")
        assert "needs a note" in message_for(no_note.value)
        with pytest.raises(TransitionRefused) as via_save:
            store.articles.update(published, user="rina")
        assert via_save.value.code == "status-via-workflow"
        assert "only through the workflow" in message_for(via_save.value)
        assert "alur kerja" in str(via_save.value)  # the CLI keeps its Indonesian sentence
        store.workflow.transition(article.id, "submit", "rina")
        store.users.add("eko", "editor")
        store.workflow.transition(article.id, "start-review", "eko")
        store.workflow.transition(article.id, "approve", "eko")
        refusal = store.articles.edit_refusal(article.id, "rina")
        assert refusal is not None and refusal.code == "role-state"
        assert refusal_text(refusal) == "the reporter role may not change a story that is approved"
    finally:
        QCoreApplication.removeTranslator(translator)
