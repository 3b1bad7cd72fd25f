"""Loanwords absorbed by PUEBI's rules are words, not typos; respelt slips stay flagged."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.spelling.loanwords import adapted_loanword, english_source

SPELLING = {"ID_SALAH_KETIK", "ID_KATA_TIDAK_DIKENAL", "ID_KATA_TERGABUNG"}


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()


def _spelling_flags(pr: Proofreader, text: str) -> list[str]:
    return [text[i.offset:i.end] for i in pr.check(text) if i.rule_id in SPELLING]


@pytest.mark.parametrize(("word", "source"), [
    ("otokratis", "autocratic"), ("introspektif", "introspective"),
    ("sirkular", "circular"), ("hiperbolik", "hyperbolic"), ("atribusi", "attribution"),
    ("eksklusivitas", "exclusivity"), ("akuarium", "aquarium"), ("frekuensi", "frequency"),
])
def test_puebi_adaptations_are_traced_to_their_english_word(word, source) -> None:
    assert english_source(word) == source


@pytest.mark.parametrize("word", [
    "aktifis",      # activist keeps its v: aktivis
    "kolestrol",    # cholesterol keeps its e
    "progressif",   # PUEBI drops the doubled consonant: progresif
    "telephon",     # ph becomes f: telepon
    "frekwensi",    # qu becomes ku: frekuensi
    "susana",       # a slip of suasana; Susanna is a name, not an adaptation
    "possesion",    # an English misspelling, only a letter undoubled
    "kadres",       # an English plural is never what Indonesian takes in
    "sarkas",       # s before a is never an English c (carcass)
    "konsei",       # Chauncey: a name, not in the English dictionary in lower case
    "kreativ",      # -ive is -if: kreatif
    "negativ",
    "komuniti",     # -ty is -tas: komunitas
    "sekuriti",
])
def test_slips_and_respellings_are_not_loanwords(word) -> None:
    assert adapted_loanword(word) is None


@pytest.mark.parametrize(("word", "source"), [
    ("kritisisme", "criticism"),   # the s of criticism stands before the ending -isme
    ("koefisien", "coefficient"),  # oe as two vowels
    ("aerobik", "aerobic"),
])
def test_adaptations_around_the_ending_and_vowel_pairs(word, source) -> None:
    assert adapted_loanword(word) == source


@pytest.mark.parametrize(("text", "word"), [
    ("Anak itu sangat kreativ dan efektiv bekerja.", "kreativ"),
    ("Anak itu sangat kreativ dan efektiv bekerja.", "efektiv"),
    ("Warga membentuk komuniti pencinta lingkungan.", "komuniti"),
    ("Film itu mengandalkan imaginasi penonton.", "imaginasi"),
])
def test_misspelt_loanwords_are_flagged(pr, text, word) -> None:
    flagged = [text[i.offset:i.end] for i in pr.check(text)]
    assert word in flagged


def test_affixed_loanwords_need_a_loanword_ending() -> None:
    assert adapted_loanword("mendekonstruksi") == "deconstruction"
    assert adapted_loanword("antidiabetik") == "diabetic"
    # -ar is no loanword ending: under affixes the stem alone proves too little
    assert adapted_loanword("sirkularnya") is None


@pytest.mark.parametrize("text", [
    # sentences of the shared news archive (articles 0-19999) that were flagged before
    "Zine el Abidine Ben Ali, mantan presiden otokratis Tunisia itu meninggal.",
    "Ketika mereka berada dalam mode introspektif, mereka sering mengulang ingatan.",
    "Ekonomi sirkular pada dasarnya menggunakan limbah.",
    "Orbitnya yang hiperbolik mengindikasikan bahwa benda itu datang dari luar.",
    "Sepatu itu disebut sebagai salah satu cara mendekonstruksi imej merek tersebut.",
    "Tanaman itu memiliki keunggulan farmakologis, seperti antidiabetik dan antioksidan.",
])
def test_loanwords_in_real_sentences_are_not_flagged(pr, text) -> None:
    assert _spelling_flags(pr, text) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Mantan aktifis mahasiswa itu kini menjadi menteri.", "aktifis"),
    ("Makanan itu berkaitan dengan kolestrol dan lemak jenuh.", "kolestrol"),
    ("Raphael mulai bosan dengan susana saat makan.", "susana"),
])
def test_typos_that_look_foreign_are_still_flagged(pr, text, word) -> None:
    assert word in _spelling_flags(pr, text)


@pytest.mark.parametrize(("text", "word"), [
    # sentences of the shared news archive (articles 0-19999): English words too rare for
    # wordfreq's cut, which hunspell en_US holds
    ("Koleksinya mulai dari outerwear, kemeja, celana, topi, hingga tas.", "outerwear"),
    ("Ia mengatakan tindakan slipstream merupakan tindakan paling berbahaya.", "slipstream"),
    ("Sayuran dari keluarga Apiaceae, seperti parsnip dan celeriac.", "celeriac"),
])
def test_english_words_are_not_unknown_words(pr, text, word) -> None:
    assert word not in _spelling_flags(pr, text)


def test_a_word_english_lacks_is_still_an_unknown_word(pr) -> None:
    text = "Khususnya untuk segmen unbanked yang belum terjangkau."
    assert "unbanked" in _spelling_flags(pr, text)


def test_english_words_that_only_look_indonesian_are_not_slips() -> None:
    # archive counts as a store holds them; 'grading' and 'tartan' are English words of
    # their own, 'barrel' is the English form of barel (a useful fix)
    from editor.proofing.spelling.counts import LanguageCounts

    counts = LanguageCounts({"gading": 40, "tarian": 60, "barel": 30, "minyak": 900,
                             "sistem": 800, "blazer": 5, "juta": 900, "grading": 1,
                             "tartan": 1, "barrel": 1})
    pr = Proofreader(counts=counts)
    text = "Sistem grading itu baru, blazer tartan itu bagus, produksi 5 juta barrel minyak."
    # without the archive too (where the English words are no archive words at all)
    plain = Proofreader().check(text)
    assert not {text[i.offset:i.end] for i in plain} & {"grading", "tartan"}
    flagged = {text[i.offset:i.end]: i.replacements for i in pr.check(text)}
    assert "grading" not in flagged and "tartan" not in flagged
    assert flagged.get("barrel", ("",))[0] == "barel"


def test_respelling_follows_puebi_letters() -> None:
    from editor.proofing.spelling.loanwords import respelt

    assert [respelt(w) for w in ("barrel", "politic", "photo", "technology")] == \
        ["barel", "politik", "foto", "teknologi"]


def test_an_adaptation_news_writes_with_the_other_ending_is_a_misspelling(pr) -> None:
    # otomatik adapts "automatic" by the rules, but the word is otomatis
    text = "Mobil itu memakai transmisi otomatik."
    flags = [(text[i.offset:i.end], i.replacements) for i in pr.check(text)]
    assert flags and flags[0][0] == "otomatik" and flags[0][1][0] == "otomatis"
    # both endings rare (hiperbolik, hiperbolis: both KBBI): the adaptation stands
    assert _spelling_flags(pr, "Orbitnya yang hiperbolik itu aneh.") == []


@pytest.mark.parametrize("text", [
    # archive sentences (articles 0-19999): technology English written as one word
    "Namun tentunya, kualitas deepfake tergantung bagaimana dibuat.",
    "Produsen itu menggunakan drivetrain berteknologi elektrifikasi.",
    "Dugaan itu muncul dari photocard album yang sudah diumumkan.",
])
def test_two_english_words_written_as_one_are_english(pr, text) -> None:
    assert _spelling_flags(pr, text) == []


def test_a_typo_that_splits_into_short_english_words_is_still_a_typo(pr) -> None:
    from editor.proofing.spelling.loanwords import english_compound

    # keepmat (keempat), teatap (tetap): three-letter parts are never taken for a compound
    assert english_compound("keepmat") is None and english_compound("teatap") is None
    assert english_compound("deepfake") == ("deep", "fake")
    assert _spelling_flags(pr, "Ia datang pada hari keepmat.") == ["keepmat"]


def test_an_english_word_two_slips_from_an_indonesian_one_is_english(pr) -> None:
    # archive sentence: supermoon is not superman, perigee not periode (two slips each)
    text = "Titik terdekatnya disebut bulan perigee, itu menjadi supermoon."
    assert _spelling_flags(pr, text) == []
