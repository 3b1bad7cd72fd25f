"""Generic heads written small (ID_KAPITAL_UNSUR_UMUM), titles before a ministry or a city's
short name, "Mantan" before a lower-case title, "bapak" before a person's name, and an
appositive inside the sentence after one that opens it: sentences as the archive's
journalists wrote them, and the look-alikes from correct news that must stay silent."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()


def _flags(pr: Proofreader, text: str, rule: str) -> list[tuple[str, str]]:
    return [(text[i.offset:i.end], i.replacements[0]) for i in pr.check(text) if i.rule_id == rule]


@pytest.mark.parametrize(("text", "wrong"), [
    ("Ini solusi alternatif cepat untuk keluar dari Bandara dan mendapatkan pengalaman terbaik.",
     "Bandara"),
    ("Ini jadi pekerjaan besar, tapi juga anak muda di Provinsi lain.", "Provinsi"),
    ("Perizinan semacam ini, kata Ade, hampir terjadi di semua Kabupaten yang ada.", "Kabupaten"),
    ("Tersangka kebetulan sedang melintas di Jalan tersebut.", "Jalan"),
    ("Kapal pemandu yang melintas di Selat tersebut diawasi.", "Selat"),
])
def test_generic_head_written_small(pr, text, wrong) -> None:
    assert _flags(pr, text, "ID_KAPITAL_UNSUR_UMUM") == [(wrong, wrong.lower())]


@pytest.mark.parametrize("text", [
    "Sebanyak 2.000 bangunan liar di Kabupaten dan Kota Bogor akan tergusur.",
    "Sampai saat ini baru Kota dan Kabupaten Bekasi yang sudah siap.",
    "Aturan itu bertentangan dengan Undang-Undang 38 Tahun 2004 tentang Jalan dan UU lain.",
    "Ia berkoordinasi dengan BBWSCC dan Direktur Sungai dan Pantai di Kementerian PUPR.",
    "Qatar mendapatkan banjir migran sejak negara Teluk itu mengembangkan industri minyak.",
    "PDIP membuka pendaftaran calon Wali Kota dan Wakil Wali Kota Solo.",
    "Warga yang akan beraktivitas di Ibu Kota diimbau naik transportasi umum.",
    "Ia melapor ke Polsek Bekasi Kota yang kemudian menangani kasus itu.",
    "Dinas Sosial Provinsi dan Kabupaten/Kota ikut membantu.",
    "Gerakan Bersih Laut dan Pantai juga dilakukan serentak.",
])
def test_generic_head_leaves_names(pr, text) -> None:
    assert _flags(pr, text, "ID_KAPITAL_UNSUR_UMUM") == []


@pytest.mark.parametrize(("text", "rule", "wrong", "fix"), [
    ("Dalam IFA 2019 di Berlin, Jerman, presiden Qualcomm Cristiano Amon mengatakan hal itu.",
     "ID_KAPITAL_JABATAN", "presiden", "Presiden"),
    ("Kesedihan itu juga dirasakan oleh Mantan perdana menteri itu.", "ID_KAPITAL_JABATAN",
     "Mantan", "mantan"),
    ("Airin Rachmi Diany, adik wali kota Tangsel itu, ikut mendaftar.",
     "ID_KAPITAL_JABATAN_INSTANSI", "wali kota", "Wali Kota"),
    ("Peraturan menteri Kominfo belum diputuskan secara resmi.", "ID_KAPITAL_JABATAN_INSTANSI",
     "menteri", "Menteri"),
    ("Jadi betul apa yang disampaikan bapak Abisai terkait sumber daya manusia.",
     "ID_KAPITAL_SAPAAN", "bapak", "Bapak"),
])
def test_titles_and_address(pr, text, rule, wrong, fix) -> None:
    assert _flags(pr, text, rule) == [(wrong, fix)]


@pytest.mark.parametrize("text", [
    "Tom Smith, presiden Wrap Industries Ltd mengatakan hal itu.",
    "Ia mendaftar sebagai calon wali kota Tangsel.",
    "Imam bukan satu-satunya menteri Jokowi yang tersandung kasus korupsi.",
    "Pasangan muda itu hanya bisa bergantung kepada ibu Bayu, Husnawati yang bekerja.",
    "Saya sebagai ibu Ahmad Dhani bersaksi di pengadilan.",
    "Ia dikenal sebagai bapak Demokrasi di daerahnya.",
    "Ia adalah mantan perdana menteri yang disegani.",
])
def test_titles_and_address_silent(pr, text) -> None:
    flagged = {i.rule_id for i in pr.check(text)}
    assert flagged.isdisjoint({"ID_KAPITAL_JABATAN", "ID_KAPITAL_JABATAN_INSTANSI",
                               "ID_KAPITAL_SAPAAN"}), text


def test_appositive_inside_after_opening_one(pr) -> None:
    text = ("Gubernur DKI Jakarta, Anies Rasyid Baswedan melayat ke rumah duka almarhum "
            "Presiden ketiga, Bacharuddin Jusuf Habibie di Jalan Patra Kuningan.")
    hits = [text[i.offset:i.end] for i in pr.check(text) if i.rule_id == "ID_KOMA_APOSISI"]
    assert hits == [", Anies Rasyid Baswedan", ", Bacharuddin Jusuf Habibie"]
