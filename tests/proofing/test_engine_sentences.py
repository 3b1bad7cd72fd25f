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
 ("Pengungsi ditampung digedung olahraga.", "digedung", "di gedung"),
 ("Ia pergi kepasar membeli sayur.", "kepasar", "ke pasar"),
 ("Warga yang tinggal dipinggir sungai diminta waspada.", "dipinggir", "di pinggir"),
 ("Kita tidak tahu darimana asal api itu.", "darimana", "dari mana"),
 ("Sampah itu harus di buang ke tempatnya.", "di buang", "dibuang"),
 ("Hasil panen di jual ke kota.", "di jual", "dijual"),
 ("Para korban di evakuasi ke tempat aman.", "di evakuasi", "dievakuasi"),
 ("Ia mendapat ijazah dari universitas itu, bukan ijasah palsu.", "ijasah", "ijazah"),
 ("Mereka mengadakan sholat berjemaah di lapangan.", "sholat", "salat"),
 ("Ia mengikuti lomba atletik dan menjadi atlit terbaik.", "atlit", "atlet"),
 ("Warga antri sejak pagi untuk mendapat bantuan.", "antri", "antre"),
 ("Pemerintah merubah aturan itu tahun lalu.", "merubah", "mengubah"),
 ("Hasil analisanya belum diumumkan.", "analisanya", "analisisnya"),
 ("Perusahaan itu mengkoordinasikan semua kegiatan.", "mengkoordinasikan", "mengoordinasikan"),
 ("Pemerintah mensubsidi harga pupuk.", "mensubsidi", "menyubsidi"),
 ("Ia mempopulerkan lagu itu pada 1990-an.", "mempopulerkan", "memopulerkan"),
 ("Polisi menangkap pengedar narkoba dan pentolan geng itu.", None, None),
 ("Sayur sayuran dijual murah di pasar.", "Sayur sayuran", "Sayur-sayuran"),
 ("Mobil mobil mewah itu disita negara.", "Mobil mobil", "Mobil-mobil"),
 ("Mereka berlari lari di taman.", "berlari lari", "berlari-lari"),
 ("Semua warga-warga diminta berkumpul.", "Semua warga-warga", "Semua warga"),
 ("Ia naik ke atas panggung untuk menerima hadiah.", "naik ke atas", "naik"),
 ("Sejumlah pedagang-pedagang menolak relokasi.", "Sejumlah pedagang-pedagang", "Sejumlah pedagang"),
 ("Kami menunggu selama dua jam ;kemudian pulang.", " ;", "; "),
 ("Banjir melanda Jakarta , Bekasi, dan Tangerang.", " ,", ","),
 ("Ia berkata:kami siap.", "berkata:kami", "berkata: kami"),
 ("Banyak warga kehilangan rumah!!", "!!", "!"),
 ("Upacara digelar pada hari kamis pagi.", "kamis", "Kamis"),
 ("Ia pindah ke jakarta tahun lalu.", "jakarta", "Jakarta"),
 ("Pemain itu berasal dari suku batak.", "batak", "Batak"),
 ("Kerugian ditaksir mencapai Rp. 2 miliar.", "Rp. ", "Rp"),
 ("Harga sepatu itu Rp150.000,- per pasang.", "150.000,-", "150.000"),
 ("12 orang dilaporkan hilang.", "12", "Dua belas"),
 ("Proyek senilai 1,5 trilyun itu mangkrak.", "trilyun", "triliun"),
 ("Ia menjabat sebagai walikota selama dua periode.", "walikota", "wali kota"),
 ("Kapanpun dibutuhkan, kami siap membantu.", "Kapanpun", "Kapan pun"),
 ("Ia tetap tersenyum walau pun lelah.", "walau pun", "walaupun"),
 ("Program itu menyasar warga non muslim.", "non muslim", "nonmuslim"),
 ("Kompetisi antar daerah itu diikuti 20 tim.", "antar daerah", "antardaerah"),
 ("Acara itu disiarkan secara live streaming.", "live streaming", "siaran langsung"),
 ("Ia membaca berita itu di website resmi.", "website", "situs web"),
 ("Masyarakat perlu mewaspadai penyebaran hoax.", "hoax", "hoaks"),
 ("Pemerintah akan membangun sekolah di setiap kecamtan.", "kecamtan", "kecamatan"),
 ("Ia mengalami kecelakan di jalan tol.", "kecelakan", "kecelakaan"),
 ("Pihak kepolisan masih menyelidiki kasus itu.", "kepolisan", "kepolisian"),
 ("Harga bahan pokok terus mengalamai kenaikan.", "mengalamai", "mengalami"),
 ("Barang bukti disimpan dilemari besi.", "dilemari", "di lemari"),
 ("Mereka duduk dibawah pohon rindang.", "dibawah", "di bawah"),
 ("Kapal itu berlayar keutara.", "keutara", "ke utara"),
 ("Ia sedang menunggu diluar gedung.", "diluar", "di luar"),
 ("Surat itu sudah di kirimkan kemarin.", "di kirimkan", "dikirimkan"),
 ("Pemenang lomba akan di umumkan besok.", "di umumkan", "diumumkan"),
 ("Rumah itu di jual dengan harga murah.", "di jual", "dijual"),
 ("Petugas di tempatkan di pos jaga.", "di tempatkan", "ditempatkan"),
 ("Kegiatan itu di selenggarakan oleh pemuda desa.", "di selenggarakan", "diselenggarakan"),
 ("Ia dikenal sebagai sosok yang kharismatik.", "kharismatik", "karismatik"),
 ("Pemerintah menerapkan sistim zonasi.", "sistim", "sistem"),
 ("Ia membeli obat di apotik.", "apotik", "apotek"),
 ("Harga sembako naik menjelang hari raya, sehingga warga kuatir.", "kuatir", "khawatir"),
 ("Perusahaan itu mengalami defisit yang cukup komplek.", "komplek", "kompleks"),
 ("Pemerintah memberikan ijin kepada investor.", "ijin", "izin"),
 ("Mereka merayakan ulang tahun di restoran.", None, None),
 ("Ia terlibat dalam praktek korupsi.", "praktek", "praktik"),
 ("Kepala sekolah mentolerir keterlambatan siswa.", "mentolerir", "menolerir"),
 ("Pemerintah akan mengkaji ulang kebijakan itu.", None, None),
 ("Ia mengkampanyekan hidup sehat.", "mengkampanyekan", "mengampanyekan"),
 ("Pedagang mempromosikan produknya di media sosial.", None, None),
 ("Kami mensyukuri hasil panen tahun ini.", None, None),
 ("Pemerintah mensukseskan program vaksinasi.", "mensukseskan", "menyukseskan"),
 ("Ia membaca buku buku sejarah.", "buku buku", "buku-buku"),
 ("Mereka bercanda ria sambil tertawa tawa.", "tertawa tawa", "tertawa-tawa"),
 ("Hati hati di jalan.", "Hati hati", "Hati-hati"),
 ("Sebagian besar para pengungsi-pengungsi sudah pulang.", "para pengungsi-pengungsi", "para pengungsi"),
 ("Pertunjukan itu sangat meriah sekali.", "sangat meriah sekali", "sangat meriah"),
 ("Ia bekerja keras demi untuk masa depan anaknya.", "demi untuk", "demi"),
 ("Jakarta adalah merupakan kota terbesar di Indonesia.", "adalah merupakan", "adalah"),
 ("Harga beras naik ; pedagang mengeluh.", " ;", ";"),
 ("Ia bertanya , apakah rapat jadi digelar?", " ,", ","),
 ("Acara dimulai pukul 08.00  WIB.", "  ", " "),
 ("Polisi menangkap tiga tersangka..", "..", "."),
 ("kami tidak menyangka hasilnya seperti ini.", "kami", "Kami"),
 ("Rapat digelar pada bulan desember.", "desember", "Desember"),
 ("Warga kristen berdoa di gereja.", "kristen", "Kristen"),
 ("Gaji mereka Rp 4 juta per bulan.", "Rp ", "Rp"),
 ("Nilai proyek itu mencapai Rp.10 miliar.", "Rp.", "Rp"),
 ("20 siswa mengikuti lomba itu.", "20", "Dua puluh"),
 ("Suhu udara mencapai 40 derajat celcius.", "celcius", "Celsius"),
 ("Ia menjadi duta besar untuk Jepang.", None, None),
 ("Polisi meminta pertanggungjawaban pengelola.", None, None),
 ("Kedua pihak sepakat bekerjasama.", "bekerjasama", "bekerja sama"),
 ("Mereka mengundang siapa pun yang berminat.", None, None),
 ("Ia tetap bekerja walaupun sakit.", None, None),
 ("Ia mengikuti kegiatan pra nikah di KUA.", "pra nikah", "pranikah"),
 ("Pelatihan itu menggunakan metode daring dan luring.", None, None),
 ("Rapat digelar secara online melalui zoom.", "online", "daring"),
 ("Warga dapat mengupload dokumen melalui situs itu.", None, None),
 ("Ia sangat kecewa dengan keputusn itu.", "keputusn", "keputusan"),
 ("Program itu bertujuan meningkatkan kesejahtraan petani.", "kesejahtraan", "kesejahteraan"),
 ("Pemerintah daerah menyalurkan bantuan kepada masyrakat.", "masyrakat", "masyarakat"),
 ("Kepala desa memimpin rapat di balai desa.", None, None),
 ("Ia tinggal di jawa barat sejak kecil.", "jawa barat", "Jawa Barat"),
 ("Harganya Rp3 juta rupiah.", " rupiah", "Rp3 juta."),
 ("Wajahnya kemerah merahan karena malu.", "kemerah merahan", "kemerah-merahan"),
 ("Kedua negara menjalin kerja-sama.", "kerja-sama", "kerja sama"),
 ("Ia bermain main di taman.", "bermain main", "bermain-main"),
 ("Ia menyimpan uang dibank.", "dibank", "di bank"),
 ("Kegiatan itu berlangsung disekolah kami.", "disekolah", "di sekolah"),
 ("Dia baru pulang dari luar kota dan langsung kekantor.", "kekantor", "ke kantor"),
 ("Tersangka di tahan di Polres Bekasi.", "di tahan", "ditahan"),
 ("Anggaran itu di gunakan untuk membangun jalan.", "di gunakan", "digunakan"),
 ("Pekerjaan itu sudah selesai dikerjakan kemarin.", None, None),
 ("Mereka sedang menunggu didepan pintu.", "didepan", "di depan"),
 ("Data itu bersifat rahasia dan tidak boleh disebarluaskan.", None, None),
 ("Pihaknya tengah mengidentifikasi korban.", None, None),
 ("Ia terpilih sebagai ketua organisasi kemahasiswaan.", None, None),
 ("Warga mengeluhkan pelayanan yang tidak efektif dan efisien.", None, None),
 ("Pemerintah telah mengesahkan undang-undang itu.", None, None),
 ("Penyidik memeriksa tiga orang saksi.", None, None),
 ("Tim medis memberikan pertolongan pertama kepada korban.", None, None),
 ("Sekolah itu kekurangan tenaga pengajar.", None, None),
 ("Ia sering terlambat masuk kantor.", None, None),
 ("Hal itu disampaikan oleh juru bicara kepolisian.", None, None),
 ("Ia menegaskan bahwa pihaknya tidak akan mundur.", None, None),
 ("Kami berkomitmen untuk terus memperbaiki pelayanan publik.", None, None),
 ("Pengusaha itu mempekerjakan 200 orang karyawan.", None, None),
 ("Hasil survey menunjukkan tingkat kepuasan yang tinggi.", "survey", "survei"),
 ("Petugas mengecek kwitansi pembayaran.", "kwitansi", "kuitansi"),
 ("Pak lurah memberi nasehat kepada para pemuda.", "nasehat", "nasihat"),
 ("Jadual kereta berubah mulai besok.", "Jadual", "Jadwal"),
 ("Ia menjadi atlit nasional sejak muda.", "atlit", "atlet"),
 ("Anggota dewan meminta kejelasan status hukum kasus itu.", None, None),
 ("Pihak sekolah mensosialisasikan aturan baru kepada orang tua.", "mensosialisasikan", "menyosialisasikan"),
 ("Pemerintah mentargetkan pertumbuhan ekonomi lima persen.", "mentargetkan", "menargetkan"),
 ("Petani mengkhawatirkan gagal panen.", None, None),
 ("Ia memperkenalkan produk baru kepada konsumen.", None, None),
 ("Saudara saudara kami datang dari jauh.", "Saudara saudara", "Saudara-saudara"),
 ("Harga barang barang naik menjelang Lebaran.", "barang barang", "barang-barang"),
 ("Mereka bersalam salaman setelah salat Id.", "bersalam salaman", "bersalam-salaman"),
 ("Penduduk desa itu hidup rukun dan damai sekali.", None, None),
 ("Pasar itu sangat ramai sekali menjelang Lebaran.", "sangat ramai sekali", "sangat ramai"),
 ("Para tamu-tamu disambut dengan tarian adat.", "Para tamu-tamu", "Para tamu"),
 ("Banjir itu disebabkan karena hujan deras.", "disebabkan karena", "disebabkan oleh"),
 ("Apakah kamu sudah makan ?", " ?", "?"),
 ("Ia membeli buku , pensil, dan penghapus.", " ,", ","),
 ("Harga naik 5 %.", "5 %", "5%"),
 ("Ia datang hari selasa.", "selasa", "Selasa"),
 ("Kami berlibur ke bali bulan lalu.", "bali", "Bali"),
 ("Umat buddha merayakan Waisak.", "buddha", "Buddha"),
 ("Dana sebesar Rp 500 juta dikucurkan.", "Rp ", "Rp"),
 ("Ia mendapat hadiah Rp50.000,-.", "50.000,-", "50.000"),
 ("7 orang dilaporkan hilang.", "7", "Tujuh"),
 ("Tanggungjawab itu berat.", "Tanggungjawab", "Tanggung jawab"),
 ("Ia mengikuti seleksi pasca sarjana.", "pasca sarjana", "pascasarjana"),
 ("Siapa pun boleh ikut, apapun latar belakangnya.", "apapun", "apa pun"),
 ("Kegiatan ini bersifat non formal.", "non formal", "nonformal"),
 ("Pemerintah menggelar meeting dengan pengusaha.", "meeting", "rapat"),
 ("Formulir bisa di download di situs resmi.", "download", "unduh"),
 ("Ia mengalami cedera serius di bagian lutut dan harus mejalani operasi.", "mejalani", "menjalani"),
 ("Kepolisian menetapkan tiga orang tersangak.", "tersangak", "tersangka"),
 ("Pemerintah berupaya menekan angka kemiskinan di perdesan.", "perdesan", "perdesaan"),
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


CORRECT = """"Saya tidak tahu apa-apa," kata Rudi kepada wartawan, Jumat (20/9/2019).
Menurut dia, kerugian akibat kebakaran itu ditaksir mencapai Rp1,5 miliar.
Ia menambahkan, pihaknya akan berkoordinasi dengan dinas terkait.
Sebanyak 12 unit mobil pemadam kebakaran dikerahkan ke lokasi.
Pukul 05.30 WIB, warga mulai berdatangan ke posko pengungsian.
Kapolda Metro Jaya Irjen Gatot Eddy Pramono memimpin langsung operasi tersebut.
Dua hari kemudian, tim gabungan menemukan jasad korban di hilir sungai.
Di tengah pandemi, para pedagang tetap berjualan di pasar tradisional.
Ke depan, pemerintah akan memperbanyak ruang terbuka hijau.
Di mana pun kita berada, kita harus menjaga kebersihan.
Ia pun tak kuasa menahan tangis saat mendengar kabar itu.
Mereka saling membantu membersihkan rumah yang terendam lumpur.
Tim nasional U-23 Indonesia akan berlaga di Piala AFF pekan depan.
Penerbangan dari Bandara Soekarno-Hatta sempat tertunda selama dua jam.
Hujan deras disertai angin kencang melanda sebagian wilayah Jawa Tengah.
Ia divonis lima tahun penjara dan denda Rp200 juta.
Harga cabai rawit di tingkat petani turun menjadi Rp15.000 per kilogram.
Pemerintah kota menyiapkan 500 paket sembako bagi warga terdampak.
Anak-anak belajar di bawah tenda darurat karena sekolah mereka rusak.
Warga bergotong royong membangun kembali jembatan yang putus.
Bupati meminta camat dan lurah mendata warga yang belum menerima bantuan.
Kasus itu kini ditangani Satuan Reserse Kriminal Polres Bogor.
Apakah pemerintah siap menghadapi musim hujan tahun ini?
Ia mengaku sudah tiga kali melapor ke kantor polisi, tetapi belum ada tanggapan.
Pertandingan itu berakhir imbang 1-1.
Mahasiswa itu meraih gelar sarjana dengan predikat cum laude.
Anda mungkin mengenalnya dengan permainan truth or dare.
Ini pengukuran eksperimental pertama yang berhasil menguji teorema secara langsung.
Masalah tersebut kerap menghantui para bumil, seiring bertambahnya berat badan.
Kedua tersangka dijerat Pasal 340 KUHP tentang pembunuhan berencana.
Menteri Kesehatan meminta masyarakat tidak panik dan tetap waspada.
Jalan Tol Cipali sempat macet sepanjang lima kilometer.
Wisatawan asing mulai berdatangan ke Bali setelah pembatasan dicabut.
Perusahaan rintisan itu memperoleh pendanaan sebesar 10 juta dolar AS.
Ketua RT setempat, Ahmad, membenarkan peristiwa tersebut.
Aparat gabungan TNI dan Polri disiagakan di sejumlah titik rawan.
Walaupun hujan turun sejak pagi, ribuan warga tetap memadati alun-alun.
Bagaimanapun, keputusan itu sudah final, ujarnya.
Ia berharap kejadian serupa tidak terulang lagi pada masa mendatang.
Gempa berkekuatan magnitudo 5,6 mengguncang Cianjur pada Senin siang.
Sekitar 2.000 personel gabungan diterjunkan untuk mengamankan jalannya unjuk rasa.
Polisi masih memburu dua pelaku lain yang melarikan diri.
Ia dikenal sebagai sosok yang ramah dan rendah hati.
Kepala Dinas Kesehatan Kota Bandung, dr. Ahyani Raksanagara, mengatakan pihaknya telah menyiapkan 30 puskesmas.
Pemerintah Provinsi Jawa Barat mengalokasikan anggaran Rp1,2 triliun untuk perbaikan jalan.
"Kami sudah berkoordinasi dengan kepolisian," ujar Kapolsek Cibinong, AKP Suryadi, Senin (16/9/2019).
Banjir merendam ratusan rumah di Kecamatan Dayeuhkolot sejak Minggu malam.
Presiden Joko Widodo meresmikan Bendungan Sindang Heula di Kabupaten Serang, Banten.
Harga bawang merah di Pasar Induk Kramat Jati naik menjadi Rp40.000 per kilogram.
Menurut data BMKG, gempa bermagnitudo 5,2 itu berpusat di laut pada kedalaman 10 kilometer.
Tim SAR gabungan masih mencari dua nelayan yang hilang di perairan Selat Sunda.
Sebanyak 1.250 peserta mengikuti tes CPNS di gedung olahraga kampus tersebut.
Ia menilai kebijakan itu memengaruhi daya beli masyarakat di perdesaan.
Polisi menyita barang bukti berupa sabu seberat 2,5 gram dari tangan pelaku.
Pertandingan antarkampung itu berlangsung meriah dan ditonton ribuan warga.
Kebakaran hutan dan lahan di Riau menyebabkan kualitas udara memburuk.
Wali Kota Surabaya Tri Rismaharini meninjau lokasi pembangunan taman kota.
Anak-anak di desa itu harus menyeberangi sungai untuk pergi ke sekolah.
Ia mengaku tidak mengetahui asal-usul uang tersebut.
Bantuan sosial disalurkan melalui rekening bank milik negara.
Para petani mengeluhkan harga gabah yang anjlok pada musim panen tahun ini.
Pemilihan kepala daerah serentak akan digelar pada September mendatang.
Kendaraan roda empat dilarang melintas di jalan tersebut selama perbaikan.
Di sisi lain, jumlah wisatawan mancanegara meningkat 12 persen dibandingkan tahun lalu.
Mahasiswa menggelar unjuk rasa di depan gedung DPRD untuk menolak revisi undang-undang itu.
Ia ditetapkan sebagai tersangka karena diduga menerima suap senilai Rp500 juta.
Suhu udara di Jakarta mencapai 35 derajat Celsius pada siang hari.
Pihak sekolah meminta orang tua murid ikut mengawasi anak-anaknya.
Tim kuasa hukum akan mengajukan banding atas putusan tersebut.
Dia mengatakan, proses evakuasi terkendala cuaca buruk dan gelombang tinggi.
Kami berharap pemerintah segera turun tangan menyelesaikan masalah ini.
Pada tahun 2018, perusahaan itu membukukan laba bersih Rp3,4 triliun.
Mereka bergotong royong membersihkan saluran air di kampung itu.
Acara itu dihadiri sejumlah pejabat, antara lain Sekretaris Daerah dan Kepala Bappeda.
Ia tewas di tempat setelah sepeda motornya ditabrak truk.
Siswa yang tidak memiliki telepon genggam dapat belajar di perpustakaan.
Gubernur meminta bupati dan wali kota memperketat pengawasan di perbatasan.
Pengunjung dapat membeli tiket secara daring melalui situs resmi museum.
Petugas memadamkan api sekitar pukul 14.30 WIB.
Warga berharap pemerintah memperbaiki jembatan yang rusak akibat banjir bandang.
Ia menyebut peristiwa itu sebagai pelajaran berharga bagi semua pihak.
Sementara itu, harga emas Antam turun Rp2.000 per gram hari ini.
Menteri Keuangan Sri Mulyani Indrawati menyampaikan pidato di hadapan anggota dewan.""".split("\n")


@pytest.mark.parametrize("text", CORRECT, ids=[c[:40] for c in CORRECT])
def test_correct_news_sentence_is_clean(pr: Proofreader, text: str) -> None:
    issues = pr.check(text)
    assert issues == [], [(i.rule_id, text[i.offset : i.end]) for i in issues]


@pytest.mark.parametrize("text", [
    # archive sentences (articles 0-19999): a meN- verb and its -an object, no reduplication
    "Sebab, kewenangan untuk membangun bangunan pengganti ada di pemerintah pusat.",
    "Petani mulai menanam tanaman palawija di lahan itu.",
    # the numeral se- and its classifier, then the noun; a pronoun is no noun + -an
    "Ia merasa benar-benar sukses sebagai seorang orang tua.",
    "Percikan cinta seakan mulai memudar tiap kali kalian berkencan.",
    # a word ending in a function word is no prefixed reduplication of it (me+dan)
    "Pelari itu menaklukkan medan dan tantangan kebugaran diri.",
])
def test_a_verb_and_its_object_are_no_split_reduplication(text) -> None:
    assert "ID_REDUPLIKASI" not in [i.rule_id for i in Proofreader().check(text)]


def test_a_doubled_adverb_is_a_doubled_word_not_a_reduplication() -> None:
    text = "Jaket itu tidak terlalu terlalu besar."
    issues = [i for i in Proofreader().check(text) if text[i.offset:i.end] == "terlalu terlalu"]
    assert [(i.rule_id, i.replacements[0]) for i in issues] == [("ID_KATA_GANDA", "terlalu")]


def test_se_reduplications_are_still_found() -> None:
    pr = Proofreader()
    for text, fix in (("Kegiatan sehari hari warga desa.", "sehari-hari"),
                      ("Ia datang sekali kali saja.", "sekali-kali")):
        assert [i.replacements[0] for i in pr.check(text) if i.rule_id == "ID_REDUPLIKASI"] \
            == [fix]


@pytest.mark.parametrize("text, twice", [
    ("Prosesi acara itu selesai pukul pukul 11.40 WIB.", "pukul"),  # before a figure
    ("Ia berfoto bersama beberapa beberapa warga.", "beberapa"),
])
def test_a_word_written_twice_by_mistake_is_a_doubled_word(text, twice) -> None:
    issues = [i for i in Proofreader().check(text) if text[i.offset:i.end] == f"{twice} {twice}"]
    assert [(i.rule_id, i.replacements[0]) for i in issues] == [("ID_KATA_GANDA", twice)]


def test_a_spoon_in_a_recipe_is_no_acronym() -> None:
    # archive recipe (articles 0-19999): sdm = sendok makan, sdt = sendok teh
    pr = Proofreader()
    text = "Siapkan 2 lembar daun salam, 5 sdm kecap manis, dan 1 sdt garam."
    assert [i.rule_id for i in pr.check(text) if i.rule_id == "ID_KAPITAL_AKRONIM"] == []
    text = "Peningkatan sdm harus menjadi prioritas."
    assert [i.replacements[0] for i in pr.check(text) if i.rule_id == "ID_KAPITAL_AKRONIM"] \
        == ["SDM"]


def test_a_doubled_negation_is_a_doubled_word() -> None:
    text = "Ia bisa melihat sesuatu yang tak tak terlihat oleh mata."
    issues = [i for i in Proofreader().check(text) if text[i.offset:i.end] == "tak tak"]
    assert [(i.rule_id, i.replacements[0]) for i in issues] == [("ID_KATA_GANDA", "tak")]


@pytest.mark.parametrize("text", [
    # archive sentences (articles 0-19999)
    "Termasuk layanan pesan antar secara online menggunakan aplikasi GoFood dan GrabFood.",
    "Sementara Tomas, diplot menggantikan Bruno Matos yang baru-baru ini resmi hengkang.",
    "Ingatlah nikmat Allah atasmu ketika kamu bermusuhan dan Dia menyatukan hatimu.",
    "Gojek sudah dikenal secara global sangat menarik, karena itulah perusahaan lain meniru.",
    "Banyak yang mengira potret itu diambil pasca Sandra melahirkan anak kedua.",
    # PUEBI: a place naming a kind is lower case (asam jawa, like gula jawa)
    "Kita perlu melarutkan asam jawa dengan air hangat secukupnya.",
])
def test_archive_sentences_without_a_rule_error(text) -> None:
    issues = [i for i in Proofreader().check(text) if i.rule_id in
              ("ID_UNSUR_TERIKAT", "ID_DI_PREPOSISI", "ID_KAPITAL_PRONOMINA",
               "ID_KAPITAL_KATA_UMUM", "ID_KOMA_ANAK_KALIMAT", "ID_KAPITAL_NAMA")]
    assert issues == [], [(i.rule_id, text[i.offset:i.end]) for i in issues]


@pytest.mark.parametrize(("text", "rule", "fix"), [
    ("Negara itu bangkit pasca Orde Baru.", "ID_UNSUR_TERIKAT", "pasca-Orde"),
    ("Ia tinggal di luar jawa sejak kecil.", "ID_KAPITAL_NAMA", "Jawa"),
    ("Barang itu disimpan dilemari dapur.", "ID_DI_PREPOSISI", "di lemari"),
    ("Kita sangat kehilangan, Dia sangat baik kepada semua orang.", "ID_KAPITAL_PRONOMINA",
     "dia"),
])
def test_the_rules_still_fire_without_those_signs(text, rule, fix) -> None:
    pr = Proofreader()
    assert [i.replacements[0] for i in pr.check(text) if i.rule_id == rule] == [fix]


def test_foreign_terms_in_direct_speech_keep_the_speakers_words() -> None:
    # archive sentences (articles 0-19999): the padanan is offered in narration only
    pr = Proofreader()
    quoted = '"Yang jelas kegiatan itu hoax jadi masyarakat tidak perlu khawatir," kata Ferdy.'
    assert "ID_PADANAN" not in [i.rule_id for i in pr.check(quoted)]
    narration = "Ferdy menyebut kegiatan itu hoax, kata polisi."
    assert [i.replacements[0] for i in pr.check(narration) if i.rule_id == "ID_PADANAN"] \
        == ["hoaks"]


def test_a_noun_before_the_verb_of_another_root_is_no_reduplication() -> None:
    # articles 0-9999, seed-4949 sample: ajang (venue) + memajang (pajang), not ajang-memajang
    pr = Proofreader()
    text = "Fotografi tak sekadar jadi ajang memajang foto, tapi lebih mirip pameran."
    assert [i.rule_id for i in pr.check(text)] == []
    text = "Warga bahu membahu membersihkan desa."
    assert [i.replacements[0] for i in pr.check(text)] == ["bahu-membahu"]


def test_antar_before_satu_is_no_bound_form() -> None:
    pr = Proofreader()
    text = "Atletnya bisa saling mengeratkan hubungan antar satu sama lain."
    assert "ID_UNSUR_TERIKAT" not in [i.rule_id for i in pr.check(text)]


def test_kampak_and_halaqah_are_not_standard() -> None:
    pr = Proofreader()
    for text, fix in (("Polisi menyita sabit, kampak, dan parang.", "kapak"),
                      ("Dalam halaqah ini, cobalah belajar.", "halakah")):
        hits = [i for i in pr.check(text) if i.rule_id == "ID_KATA_BAKU"]
        assert hits and hits[0].replacements[0] == fix
    text = "Kopi tanpa susu, gula, atau krimer adalah pilihan terbaik."
    assert [i.rule_id for i in pr.check(text)] == []
