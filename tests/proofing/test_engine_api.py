"""The Proofreader API: names, newsroom dictionary, ignore list, enabling rules, threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from editor.proofing.api import Issue
from editor.proofing.engine import Proofreader

TYPO = "Peserta mengikuti pelatiahn selama tiga hari."


@pytest.fixture
def pr() -> Proofreader:
    return Proofreader()


def test_issue_shape_and_sorting(pr: Proofreader) -> None:
    text = "Ia tinggal dirumah. Resiko itu besar."
    issues = pr.check(text)
    assert all(isinstance(i, Issue) for i in issues)
    assert [i.offset for i in issues] == sorted(i.offset for i in issues)
    first = issues[0]
    assert (first.rule_id, first.category, first.replacements[0]) == (
        "ID_DI_PREPOSISI", "KATA_DEPAN", "di rumah")
    assert first.message and first.explanation and first.basis
    assert first.to_json()["rule"] == {"id": "ID_DI_PREPOSISI", "category": "KATA_DEPAN"}


def test_names_capitals_and_acronyms_are_not_spelling_errors(pr: Proofreader) -> None:
    text = "Kadis Disdagper Tanjungbalai dan Pemko menyerahkan sertifikat kepada Tukimin."
    assert pr.check(text) == []
    assert pr.check("Syharul hadir di pendopo.") == []  # sentence-initial name
    text2 = "Menurut syharul, acara berjalan lancar."
    assert pr.check(text2, names=["Syharul"]) == []


def test_dictionary_words_and_add_word(pr: Proofreader) -> None:
    assert [i.rule_id for i in pr.check(TYPO)] == ["ID_SALAH_KETIK"]
    pr.add_word("pelatiahn")
    assert pr.check(TYPO) == []
    assert Proofreader(dictionary_words=["pelatiahn"]).check(TYPO) == []
    pr.remove_word("pelatiahn")
    assert pr.check(TYPO) != []


def test_ignore_silences_every_rule_on_that_word(pr: Proofreader) -> None:
    pr.ignore("resiko")
    assert pr.check("Resiko itu besar.") == []


def test_disable_and_enable_rules_and_categories(pr: Proofreader) -> None:
    text = "Ia tinggal dirumah. Resiko itu besar."
    pr.disable_rule("ID_KATA_BAKU")
    assert [i.rule_id for i in pr.check(text)] == ["ID_DI_PREPOSISI"]
    pr.enable_rule("ID_KATA_BAKU")
    pr.disable_category("KATA_DEPAN")
    assert [i.rule_id for i in pr.check(text)] == ["ID_KATA_BAKU"]
    pr.enable_category("KATA_DEPAN")
    assert len(pr.check(text)) == 2
    assert len(Proofreader(disabled_categories=["KATA_BAKU"]).check(text)) == 1


def test_rules_metadata(pr: Proofreader) -> None:
    rules = pr.rules()
    ids = {r.id for r in rules}
    assert {"ID_DI_PREPOSISI", "ID_KATA_BAKU", "ID_MEN_KPST", "ID_SALAH_KETIK"} <= ids
    for r in rules:
        d = r.to_dict()
        assert d["examples"]["wrong"] and d["examples"]["correct"]


def test_check_is_thread_safe(pr: Proofreader) -> None:
    texts = [TYPO, "Ia tinggal dirumah.", "Panitia mensukseskan acara.", "Rumah rumah rusak."] * 25
    expected = [pr.check(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(pr.check, texts))
    assert got == expected
