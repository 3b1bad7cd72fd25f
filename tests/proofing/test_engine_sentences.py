"""Sentences of every kind, written apart from the dev cases, to check the rules generalise."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader

CASES: list[tuple[str, str | None, str | None]] = [
 ("Anak-anak bermain dikebun belakang rumah.", "dikebun", "di kebun"),
 ("Rapat akan digelar dikantor kecamatan besok.", "dikantor", "di kantor"),
 ("Ia menaruh tas diatas meja.", "diatas", "di atas"),
 ("Kami tidak tahu kemana ia pergi.", "kemana", "ke mana"),
 ("Mereka berangkat kesekolah pukul enam.", "kesekolah", "ke sekolah"),
 ("Disini tidak ada sinyal telepon.", "Disini", "Di sini"),
 ("Surat itu sudah di tandatangani bupati.", "di tandatangani", "ditandatangani"),
 ("Jalan itu akan di perbaiki tahun depan.", "di perbaiki", "diperbaiki"),
 ("Bantuan itu di salurkan lewat kelurahan.", "di salurkan", "disalurkan"),
 ("Korban di larikan ke rumah sakit terdekat.", "di larikan", "dilarikan"),
 ("Warga diminta menjaga kebersihan lingkungan.", None, None),
 ("Kegiatan itu dilaksanakan di lapangan desa.", None, None),
 ("Ia dipukul di bagian kepala.", None, None),
 ("Pemerintah menjamin kwalitas beras impor.", "kwalitas", "kualitas"),
 ("Masyarakat diimbau tidak panik menghadapi situasi ini.", None, None),
 ("Pemerintah menghimbau warga agar tetap tenang.", "menghimbau", "mengimbau"),
 ("Proyek itu memiliki resiko besar.", "resiko", "risiko"),
 ("Obat itu sudah kadaluarsa sejak bulan lalu.", "kadaluarsa", "kedaluwarsa"),
 ("Ia berhasil meraih karir yang cemerlang.", "karir", "karier"),
 ("Sistim pembayaran itu sering bermasalah.", "Sistim", "Sistem"),
 ("Dokter menyarankan pasien untuk istirahat total.", None, None),
 ("Ia memperkosa korban di kebun.", "memperkosa", "memerkosa"),
 ("Kebijakan itu mempengaruhi harga beras.", "mempengaruhi", "memengaruhi"),
 ("Pemerintah akan mensosialisasikan aturan baru.", "mensosialisasikan", "menyosialisasikan"),
 ("Warga mengkonsumsi air sungai yang tercemar.", "mengkonsumsi", "mengonsumsi"),
 ("Polisi mentertibkan pedagang kaki lima.", "mentertibkan", "menertibkan"),
 ("Ia memproduksi kerajinan dari bambu.", None, None),
 ("Perusahaan itu mentransfer dana ke rekening desa.", None, None),
 ("Guru itu mengkritik kebijakan sekolah.", None, None),
 ("Rumah rumah warga terendam banjir.", "Rumah rumah", "Rumah-rumah"),
 ("Mereka saling bahu membahu membersihkan desa.", "bahu membahu", "bahu-membahu"),
 ("Jalan itu rusak dan berlubang-lubang.", None, None),
 ("Pemandangan di pantai itu sangat indah sekali.", "sangat indah sekali", "sangat indah"),
 ("Para siswa-siswa mengikuti upacara bendera.", "Para siswa-siswa", "Para siswa"),
 ("Ia belajar keras agar supaya lulus ujian.", "agar supaya", "agar"),
 ("Kota itu adalah merupakan pusat perdagangan.", "adalah merupakan", "adalah"),
 ("Sejak dari awal ia sudah curiga.", "Sejak dari", "Sejak"),
 ("Harga cabai naik ,kata pedagang.", " ,", ", "),
 ("Siapa yang datang ?", " ?", "?"),
 ("Ia membeli beras,gula, dan minyak.", "beras,gula", "beras, gula"),
 ("Ia pulang.Lalu ia tidur.", "pulang.Lalu", "pulang. Lalu"),
 ("warga menolak rencana itu.", "warga", "Warga"),
 ("Pertandingan digelar hari sabtu malam.", "sabtu", "Sabtu"),
 ("Ia lahir pada bulan januari.", "januari", "Januari"),
 ("Umat islam merayakan Idulfitri.", "islam", "Islam"),
 ("Harga tiket Rp 50 ribu per orang.", "Rp ", "Rp"),
 ("Anggaran mencapai 3 milyar rupiah.", "milyar", "miliar"),
 ("5 orang tewas dalam kecelakaan itu.", "5", "Lima"),
 ("Kedua negara menjalin kerjasama ekonomi.", "kerjasama", "kerja sama"),
 ("Ia harus bertanggungjawab atas kerugian itu.", "bertanggungjawab", "bertanggung jawab"),
 ("Siapapun boleh ikut lomba itu.", "Siapapun", "Siapa pun"),
 ("Walau pun hujan, ia tetap berangkat.", "Walau pun", "Walaupun"),
 ("Pertemuan antar warga digelar malam ini.", "antar warga", "antarwarga"),
 ("Ia melanjutkan studi pasca sarjana di Yogyakarta.", "pasca sarjana", "pascasarjana"),
 ("Pelatihan digelar secara offline di aula.", "offline", "luring"),
 ("Warga bisa download aplikasinya di ponsel.", "download", "unduh"),
 ("Pemerintah membangun jembatn baru di desa itu.", "jembatn", "jembatan"),
 ("Petani mengeluhkan harga pupuk yang mahl.", "mahl", "mahal"),
 ("Warga melaporkan kejadian itu kepda polisi.", "kepda", "kepada"),
 ("Bupati Syharul meresmikan pasar di Tanjungpinang.", None, None),
 ("Kapolres AKBP Rahmat memimpin apel pagi.", None, None),
 ("Ia membeli tiket seharga Rp25.000 di loket.", None, None),
 ("Pada 2019, jumlah wisatawan naik 10 persen.", None, None),
]


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()


@pytest.mark.parametrize(("text", "span", "fix"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(pr: Proofreader, text: str, span: str | None, fix: str | None) -> None:
    issues = pr.check(text)
    shown = [(i.rule_id, text[i.offset : i.end], i.replacements[:2]) for i in issues]
    if span is None:
        assert issues == [], shown
        return
    start = text.find(span)
    assert len(issues) == 1, shown
    issue = issues[0]
    assert issue.offset < start + len(span) and start < issue.end, shown
    fixed = text[: issue.offset] + issue.replacements[0] + text[issue.end :]
    assert fix in fixed, (fixed, shown)
    assert pr.check(fixed) == [], (fixed, pr.check(fixed))
