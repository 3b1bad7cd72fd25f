"""Abbreviated units after a figure are not typos; slips of unit words still are."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()


def _spelling(pr: Proofreader, text: str) -> list[str]:
    return [text[i.offset:i.end] for i in pr.check(text)
            if i.rule_id in {"ID_SALAH_KETIK", "ID_KATA_TIDAK_DIKENAL"}]


@pytest.mark.parametrize("text", [
    "Kecepatan angin mencapai lebih dari 25 kt di wilayah Filipina.",
    "Harganya 5 rb per ikat di pasar itu.",
    "Pemakaian listrik 1.200 kwh sebulan.",
])
def test_a_unit_abbreviation_after_a_figure_is_not_a_typo(pr, text) -> None:
    assert _spelling(pr, text) == []


def test_slips_after_a_figure_and_bare_abbreviations_are_still_flagged(pr) -> None:
    assert _spelling(pr, "Ada 3 oarng di sana.") == ["oarng"]
    assert _spelling(pr, "Harganya 5 rbu per ikat.") == ["rbu"]  # a vowel: a slip of ribu
    assert _spelling(pr, "Angin kencang kt wilayah itu.") == ["kt"]  # no figure before it
