"""The shipped news vocabulary: words Indonesian news writes that no dictionary lists are
known on a fresh installation (no archive in the store yet), while typos stay typos."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.ruledata import read_tsv
from editor.proofing.spelling.news_vocabulary import (
    established_in_news,
    in_news_use,
    news_vocabulary,
)


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()  # no archive counts: a fresh installation


def _spelling(pr: Proofreader, text: str) -> list[tuple[str, str]]:
    return [(text[i.offset:i.end], i.rule_id) for i in pr.check(text)
            if i.rule_id in {"ID_SALAH_KETIK", "ID_KATA_TIDAK_DIKENAL", "ID_KATA_TERGABUNG"}]


def test_the_data_file_reads_and_marks_established_words() -> None:
    rows = read_tsv("news_vocabulary.tsv", columns=3)
    assert len(rows) == len(news_vocabulary()) > 500
    assert all(w.isalpha() and w.islower() for w, *_ in rows)
    assert in_news_use("karhutla") and established_in_news("karhutla")
    assert not in_news_use("rumah")  # dictionary words are not repeated here


@pytest.mark.parametrize("text", [
    "Kebakaran hutan dan lahan (karhutla) terjadi lagi di Riau.",
    "Komisi antirasuah itu memeriksa tiga saksi.",
    "Polisi menyita satu pucuk senpi laras pendek.",
    "Komentar netter yang lain beragam.",
])
def test_news_words_are_not_reported_without_an_archive(pr, text) -> None:
    assert _spelling(pr, text) == []


def test_typos_and_run_together_words_are_still_flagged(pr) -> None:
    text = "Kebakaran lahn terjadi di ibukota provinsi itu, dekat sebagaiman biasa."
    flags = {text[i.offset:i.end]: (i.rule_id, i.replacements) for i in pr.check(text)}
    assert flags["lahn"][0] == "ID_SALAH_KETIK"
    assert flags["ibukota"][1][0] == "ibu kota"  # kept out of the list on purpose
    # listed (five articles wrote it) but a slip of a far more frequent word all the same
    assert in_news_use("sebagaiman") and flags["sebagaiman"][1][0] == "sebagaimana"
    assert not in_news_use("ibukota") and not in_news_use("kerjasama")


def test_kbbi_words_missing_from_both_word_lists_are_known(pr) -> None:
    # rubi (batu permata) and maruk (loba, rakus) are KBBI entries that neither PySastrawi
    # nor hunspell-id lists; both were flagged as slips of rugi and masuk
    assert _spelling(pr, "Cincin itu bertatah batu rubi merah.") == []
    assert _spelling(pr, "Ia terlalu maruk dengan harta.") == []
