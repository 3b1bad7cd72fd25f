"""Rules that read the archive's counts (the store's term lexicon) and not only data files:
common words capitalised mid-sentence, titles after a kinship word."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.spelling.counts import LanguageCounts, TextCounts, count_text

# An archive in miniature: the newsroom writes these words in lower case inside sentences,
# "Presiden Joko Widodo" often, and names (Salah, Antara) with their capital.
_ARCHIVE = [
    "Program itu untuk narapidana teroris dan narapidana lain di lapas.",
    "Bantuan bagi narapidana teroris diberikan lagi tahun ini.",
    "Dukungan bagi narapidana terus mengalir ke lembaga itu.",
    "Hadir pula Presiden Joko Widodo di istana dan Presiden Joko Widodo tersenyum.",
    "Gol dicetak Mohamed Salah dan Mane berlari bersama Salah ke sudut lapangan.",
    "Ia mengatakan kepada Antara di Jakarta bahwa semua beres.",
]


@pytest.fixture(scope="module")
def archive_proofreader() -> Proofreader:
    total = TextCounts()
    for _ in range(40):  # every word seen often enough for the archive to say something
        for text in _ARCHIVE:
            count_text(text, into=total)
    # "Sana": a singer's name 20 times, the word "sana" (there) 1,180 times: rare as a capital
    # (1.7 %) but too often capitalised to be a stray capital
    for _ in range(20):
        count_text("Kemarin Sana tampil di panggung.", into=total)
    for _ in range(590):
        count_text("Mereka ke sana, tapi sana ramai.", into=total)
    return Proofreader(counts=LanguageCounts.from_counts(total))


def _flags(pr: Proofreader, text: str, rule: str) -> list[str]:
    return [text[i.offset : i.end] for i in pr.check(text) if i.rule_id == rule]


def test_common_word_known_from_the_archive(archive_proofreader) -> None:
    text = "BNPT meningkatkan dukungan bagi Narapidana teroris di lapas."
    assert _flags(archive_proofreader, text, "ID_KAPITAL_KATA_UMUM") == ["Narapidana"]
    # without an archive the word is unknown: nothing is guessed from its capital
    assert _flags(Proofreader(), text, "ID_KAPITAL_KATA_UMUM") == []


def test_archive_names_and_lost_full_stops_stay_clean(archive_proofreader) -> None:
    for text in (
        "Saat itu waktu yang tepat bagi Salah dan Mane untuk beristirahat.",
        "Pakai itu saja, kata Bimo kepada Antara di Jakarta.",
        # the archive never writes "lapas narapidana" in one clause: a lost full stop
        "Petugas menjaga lapas Narapidana itu lalu dipindahkan.",
        "Aku tahu ini aneh, tapi Sana punya suara yang bagus.",
    ):
        assert _flags(archive_proofreader, text, "ID_KAPITAL_KATA_UMUM") == [], text


def test_title_after_kinship_word_needs_a_holder_the_archive_knows(archive_proofreader) -> None:
    known = "Putra sulung presiden Joko Widodo, justru antusias."
    assert _flags(archive_proofreader, known, "ID_KAPITAL_JABATAN") == ["presiden"]
    assert _flags(Proofreader(), known, "ID_KAPITAL_JABATAN") == []
    unknown = "Ia bermain dengan cucu pertama presiden Jan Ethes di halaman."
    assert _flags(archive_proofreader, unknown, "ID_KAPITAL_JABATAN") == []
