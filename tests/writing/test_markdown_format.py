"""Formatting commands as text edits: toggle on, toggle off, edges and empty selections."""

from __future__ import annotations

from editor.writing.markdown_format import (
    make_link,
    toggle_heading,
    toggle_list,
    toggle_wrap,
)


def test_bold_wraps_trims_spaces_and_toggles_off():
    edit = toggle_wrap("Air naik ", 4, 9, "**")
    assert edit.text == "Air **naik** " and edit.text[edit.start:edit.end] == "naik"
    again = toggle_wrap(edit.text, edit.start, edit.end, "**")
    assert again.text == "Air naik " and again.text[again.start:again.end] == "naik"
    inside = toggle_wrap("Air **naik**", 4, 12, "**")
    assert inside.text == "Air naik"


def test_no_selection_wraps_the_word_or_inserts_a_pair():
    assert toggle_wrap("Air naik", 6, 6, "*").text == "Air *naik*"
    edit = toggle_wrap("Air  naik", 4, 4, "**")
    assert edit.text == "Air **** naik" and edit.start == edit.end == 6


def test_italic_is_not_confused_with_bold():
    edit = toggle_wrap("**tebal**", 2, 7, "*")
    assert edit.text == "***tebal***"


def test_heading_toggles_and_replaces_levels():
    edit = toggle_heading("Warga mengungsi", 5, 5)
    assert edit.text == "## Warga mengungsi" and edit.start == 8
    assert toggle_heading("## Warga mengungsi", 0, 0).text == "Warga mengungsi"
    assert toggle_heading("### Warga", 0, 0).text == "## Warga"


def test_lists_number_lines_and_toggle_off():
    region = "Posko dibuka\n\nBantuan disalurkan"
    bullets = toggle_list(region, 0, len(region))
    assert bullets.text == "- Posko dibuka\n\n- Bantuan disalurkan"
    assert (bullets.start, bullets.end) == (0, len(bullets.text))
    assert toggle_list(bullets.text, 0, len(bullets.text)).text == region
    numbered = toggle_list(bullets.text, 0, len(bullets.text), numbered=True)
    assert numbered.text == "1. Posko dibuka\n\n2. Bantuan disalurkan"


def test_link_selects_what_to_type_next():
    edit = make_link("Lihat situs BPBD", 12, 16)
    assert edit.text == "Lihat situs [BPBD](https://)"
    assert edit.text[edit.start:edit.end] == "https://"
    empty = make_link("Lihat ", 6, 6)
    assert empty.text == "Lihat [teks tautan](https://)"
    assert empty.text[empty.start:empty.end] == "teks tautan"
