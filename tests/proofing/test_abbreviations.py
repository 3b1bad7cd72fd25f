"""Abbreviations a text defines in parentheses are no slips (lalu lintas (lalin))."""

from __future__ import annotations

import pytest

from editor.proofing.abbreviations import defined_abbreviations
from editor.proofing.engine import Proofreader


@pytest.mark.parametrize("text", [
    "Polisi melakukan rekayasa lalu lintas (lalin) di Jalan Sudirman.",
    "Pemerintah menyiapkan hunian sementara (huntara) bagi pengungsi.",
    "KPK mengintensifkan koordinasi dan supervisi (korsup) di daerah.",
    "Pasukan melakukan analisa dan evaluasi (anev) terkait kendala.",
    "Ada enam rombongan belajar (rombel) di sekolah itu.",
])
def test_a_defined_abbreviation_is_found(text) -> None:
    abbr = text[text.index("(") + 1 : text.index(")")]
    assert defined_abbreviations(text) == {abbr}


@pytest.mark.parametrize("text", [
    "Ia merasa lebih (lbih) kenyang.",        # one word before it: never enough
    "Hasilnya efisien lebih besar (lbih).",   # spelled out by one word of the phrase
    "Ekspor tumbuh sebesar 5 persen (yoy).",  # letters not in the phrase
])
def test_a_word_in_parentheses_is_not_taken_for_an_abbreviation(text) -> None:
    assert defined_abbreviations(text) == frozenset()


def test_the_defined_abbreviation_is_not_flagged_anywhere_in_the_text() -> None:
    pr = Proofreader()
    text = ("Polisi melakukan rekayasa lalu lintas (lalin) di Jalan Sudirman. Lalin "
            "dialihkan ke jalan lain dan lalin tetap padat, tetapi lbih lancar.")
    flagged = [text[i.offset:i.end] for i in pr.check(text)]
    assert flagged == ["lbih"]


@pytest.mark.parametrize(("text", "abbr"), [
    ("Gudang penyimpanan barang bukti handak (bahan peledak) terbakar.", "handak"),
    ("Ia memadukan imtak (iman dan takwa) dan iptek.", "imtak"),
    ("Petugas memantau karhutla (kebakaran hutan dan lahan) di Riau.", "karhutla"),
])
def test_an_abbreviation_explained_in_parentheses_after_it_is_found(text, abbr) -> None:
    assert defined_abbreviations(text) == {abbr}
    assert not [i for i in Proofreader().check(text) if text[i.offset:i.end] == abbr]


@pytest.mark.parametrize("text", [
    "Ia membeli sepatu (warna hitam) kemarin.",    # sepatu: letters not in the phrase
    "Harga cabai (cabe merah) naik lagi.",         # c-a-b-a-i: no i in the phrase
])
def test_a_word_before_a_parenthesis_is_not_taken_for_an_abbreviation(text) -> None:
    assert defined_abbreviations(text) == frozenset()
