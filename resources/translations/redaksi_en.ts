<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../../editor/ui/article_form.py" line="49" />
        <source>Judul</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="56" />
        <source>Tulis naskah di sini (Markdown)…</source>
        <translation>Write the story here (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="71" />
        <source>otomatis dari judul</source>
        <translation>generated from the headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="75" />
        <location filename="../../editor/ui/article_form.py" line="77" />
        <source>pisahkan dengan koma</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="100" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="101" />
        <source>Kicker</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="102" />
        <source>Subjudul</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="103" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="104" />
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="105" />
        <source>Rubrik</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="106" />
        <source>Tag</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="107" />
        <source>Penulis</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="108" />
        <source>Tempat dateline</source>
        <translation>Dateline place</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="109" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="110" />
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="111" />
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="112" />
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="218" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../editor/ui/article_list.py" line="107" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="112" />
        <source>Cari judul…</source>
        <translation>Search headlines…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="168" />
        <source> (500 pertama)</source>
        <translation> (first 500)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/article_list.py" line="169" />
        <source>%n naskah</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../editor/ui/article_list.py" line="44" />
        <source>Judul</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="44" />
        <source>Rubrik</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="45" />
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/app.py" line="74" />
        <source>Bahasa antarmuka berganti saat Redaksi dibuka lagi.</source>
        <translation>The interface language changes the next time Redaksi starts.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="55" />
        <source>Siap. Pengguna: %1</source>
        <translation>Ready. User: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="78" />
        <source>&amp;Baru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="79" />
        <source>&amp;Buka naskah terpilih</source>
        <translation>&amp;Open selected article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="81" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="82" />
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="84" />
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="86" />
        <source>&amp;Muat ulang daftar</source>
        <translation>&amp;Reload list</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="88" />
        <source>&amp;Cari naskah</source>
        <translation>&amp;Find article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="90" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="91" />
        <source>Ke &amp;badan naskah</source>
        <translation>Go to &amp;body</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="93" />
        <source>Ke &amp;daftar naskah</source>
        <translation>Go to article &amp;list</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="101" />
        <source>&amp;Tentang Redaksi</source>
        <translation>&amp;About Redaksi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="106" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="116" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="121" />
        <source>&amp;Bahasa antarmuka</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="124" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="135" />
        <source>Naskah baru</source>
        <translation>New article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="152" />
        <source>Tentang Redaksi</source>
        <translation>About Redaksi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="153" />
        <source>Redaksi — meja redaksi untuk newsroom Indonesia.
Basis data: %1</source>
        <translation>Redaksi — the editorial desk for Indonesian newsrooms.
Database: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="173" />
        <location filename="../../editor/ui/main_window.py" line="331" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="174" />
        <source>Naskah ini punya perubahan yang belum disimpan. Simpan dulu?</source>
        <translation>This article has unsaved changes. Save first?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="200" />
        <source>Membuka naskah…</source>
        <translation>Opening article…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="211" />
        <source>Naskah %1, versi %2</source>
        <translation>Article %1, version %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="221" />
        <source>Judul kosong</source>
        <translation>Headline missing</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="222" />
        <source>Naskah perlu judul sebelum disimpan.</source>
        <translation>An article needs a headline before it can be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="227" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="249" />
        <source>Tersimpan: versi %1</source>
        <translation>Saved: version %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="264" />
        <source>Naskah ini sudah diubah orang lain sejak Anda membukanya, jadi suntingan Anda tidak disimpan agar tidak menimpa pekerjaannya. Teks Anda tetap di editor: salin bagian yang perlu, lalu buka ulang naskahnya.</source>
        <translation>Someone else changed this article after you opened it, so your edit was not saved, to avoid overwriting their work. Your text is still in the editor: copy what you need, then reopen the article.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="269" />
        <source>Naskah tidak bisa disimpan. Teks Anda tetap di editor.</source>
        <translation>The article could not be saved. Your text is still in the editor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="271" />
        <location filename="../../editor/ui/main_window.py" line="272" />
        <source>Gagal menyimpan</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="289" />
        <source>Hapus naskah</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="290" />
        <source>Hapus “%1” beserta semua revisinya? Ini tidak bisa dibatalkan.</source>
        <translation>Delete “%1” and all its revisions? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="300" />
        <source>Naskah dihapus</source>
        <translation>Article deleted</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="332" />
        <source>Ada perubahan yang belum disimpan. Keluar tanpa menyimpan?</source>
        <translation>There are unsaved changes. Quit without saving?</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/ui/labels.py" line="15" />
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="16" />
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="17" />
        <source>Direview</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="18" />
        <source>Perlu revisi</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="19" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="20" />
        <source>Terbit</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="21" />
        <source>Dibatalkan</source>
        <translation>Killed</translation>
    </message>
</context>
</TS>