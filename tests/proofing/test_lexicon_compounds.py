"""A compound with a prefix and a suffix at once is one word (PUEBI): the lexicon knows it."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.lexicon import shared_lexicon


@pytest.mark.parametrize("word", [
    "diujicobakan", "mengujicobakan", "dikerjasamakan",     # joined forms of compounds.tsv
    "melepasliarkan", "melepasliarkannya", "menumbuhkembangkan",  # prefixed word + root
])
def test_a_compound_under_a_confix_is_a_word(word) -> None:
    assert shared_lexicon().is_known(word)


@pytest.mark.parametrize("typo", ["pembanunan", "pemerikasan", "melaprokan", "dikakbarkan"])
def test_typos_that_split_into_short_pieces_stay_unknown(typo) -> None:
    assert not shared_lexicon().is_known(typo)


def test_archive_sentences_with_such_compounds_are_clean() -> None:
    # articles 0-19999 of the shared archive
    pr = Proofreader()
    for text in ("Petugas menyita ribuan burung itu dan melepasliarkannya di hutan lindung.",
                 "Ia akan membantu menumbuhkembangkan anak agar sehat."):
        assert [i.rule_id for i in pr.check(text)
                if i.rule_id in ("ID_SALAH_KETIK", "ID_KATA_TIDAK_DIKENAL")] == []


@pytest.mark.parametrize("word", ["pascamelahirkan", "antarpemerintah", "pascapenangkapan"])
def test_a_bound_form_before_an_affixed_word_is_a_word(word) -> None:
    assert shared_lexicon().is_known(word)


def test_an_archive_sentence_with_a_bound_form_before_an_affixed_word_is_clean() -> None:
    # articles 0-19999 of the shared archive
    text = "Ia menikmati hari-harinya sebagai seorang ibu, pascamelahirkan anak pertamanya."
    assert [i.rule_id for i in Proofreader().check(text)
            if i.rule_id in ("ID_SALAH_KETIK", "ID_KATA_TIDAK_DIKENAL")] == []


@pytest.mark.parametrize("word", ["multilateralisme", "militeristik",
                                  "eksternalitas", "makronutrien"])
def test_a_root_with_a_suffix_of_learned_vocabulary_is_a_word(word) -> None:
    assert shared_lexicon().is_known(word)


@pytest.mark.parametrize("typo", ["infomasi", "organiasi", "kebijakanisme", "komuniasi",
                                  "kualiitas"])
def test_typos_ending_like_learned_words_stay_unknown(typo) -> None:
    assert not shared_lexicon().is_known(typo)
