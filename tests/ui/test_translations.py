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
