<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../editor/ui/about_dialog.py" line="33"/>
        <source>Meja redaksi untuk newsroom Indonesia.</source>
        <translation>Editorial workstation for Indonesian newsrooms.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/about_dialog.py" line="34"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../editor/ui/about_dialog.py" line="37"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../editor/ui/about_dialog.py" line="41"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../editor/ui/about_dialog.py" line="42"/>
        <source>Catatan log</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../editor/ui/about_dialog.py" line="50"/>
        <source>Tentang Redaksi</source>
        <translation>About Redaksi</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../../editor/ui/writing_column.py" line="32"/>
        <source>Judul</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_column.py" line="46"/>
        <source>Tulis naskah di sini (Markdown)…</source>
        <translation>Write the story here (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_column.py" line="30"/>
        <source>Kicker</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="91"/>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="92"/>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="80"/>
        <source>Sisipkan &amp;foto…</source>
        <translation>Insert &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="155"/>
        <source>Temuan</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="315"/>
        <source>Slug “%1” sudah dipakai naskah lain; saat disimpan diberi nomor.</source>
        <translation>Slug “%1” is already used by another story; a number will be added when saving.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="338"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../editor/ui/article_list.py" line="178"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="183"/>
        <source>Cari judul dan isi…</source>
        <translation>Search headlines and text…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="309"/>
        <source>(%1 dimuat; gulir untuk memuat lagi)</source>
        <translation>(%1 loaded; scroll to load more)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/article_list.py" line="307"/>
        <source>%n naskah</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="216"/>
        <source>Terbaru</source>
        <translation>Newest</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="217"/>
        <source>Terlama</source>
        <translation>Oldest</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="218"/>
        <source>Judul A–Z</source>
        <translation>Headline A–Z</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="219"/>
        <source>Judul Z–A</source>
        <translation>Headline Z–A</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="220"/>
        <source>Baru disunting</source>
        <translation>Recently edited</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="229"/>
        <source>Urutkan daftar</source>
        <translation>Sort the list</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../editor/ui/article_list.py" line="74"/>
        <source>Naskah</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="74"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="145"/>
        <source>Diperbarui %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../editor/ui/labels.py" line="66"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="67"/>
        <source>Review dimulai</source>
        <translation>Review started</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="68"/>
        <source>Diminta revisi</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="69"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="70"/>
        <source>Diterbitkan</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="71"/>
        <source>Dibatalkan</source>
        <translation>Killed</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="72"/>
        <source>Dibuka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="76"/>
        <source>Status diubah</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="77"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="78"/>
        <source>Disimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="79"/>
        <source>Simpan otomatis</source>
        <translation>Autosave</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="80"/>
        <source>Versi lama dipulihkan</source>
        <translation>Old version restored</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="81"/>
        <source>Komentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="82"/>
        <source>Balasan komentar</source>
        <translation>Comment reply</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="83"/>
        <source>Komentar diselesaikan</source>
        <translation>Comment resolved</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="84"/>
        <source>Kunci diambil alih</source>
        <translation>Lock taken over</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="85"/>
        <source>Kunci kedaluwarsa</source>
        <translation>Lock expired</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="86"/>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="87"/>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="39"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="43"/>
        <source>Seluruh meja redaksi</source>
        <translation>Whole desk</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="45"/>
        <source>Naskah ini</source>
        <translation>This article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="49"/>
        <source>Semua peristiwa</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="52"/>
        <location filename="../../editor/ui/audit_view.py" line="56"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="54"/>
        <source>Waktu (%1)</source>
        <translation>Time (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="84"/>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="55"/>
        <source>Naskah</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="56"/>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="57"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../editor/ui/first_run.py" line="103"/>
        <source>Selamat datang di Redaksi</source>
        <translation>Welcome to Redaksi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="104"/>
        <source>Di mana Anda menulis?</source>
        <translation>Where do you write?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="105"/>
        <source>Di laptop ini saja (basis data lokal, tanpa server)</source>
        <translation>On this laptop only (local database, no server)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="108"/>
        <source>Bersama newsroom (server PostgreSQL redaksi)</source>
        <translation>With the newsroom (the desk&apos;s PostgreSQL server)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="118"/>
        <source>Basis data sudah ditentukan dengan --db atau REDAKSI_DATABASE_URL.</source>
        <translation>The database is already set with --db or REDAKSI_DATABASE_URL.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="51"/>
        <source>Tampilkan yang selesai</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="53"/>
        <source>Komentar pada teks terpilih, atau balasan</source>
        <translation>Comment on the selected text, or reply</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="54"/>
        <source>Komentari</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="55"/>
        <source>Balas</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="56"/>
        <source>Selesai</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="64"/>
        <source>&lt;b&gt;Komentar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comments&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="101"/>
        <source>(teks sudah dihapus) </source>
        <translation>(text deleted) </translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="106"/>
        <source>[selesai] </source>
        <translation>[resolved] </translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="179"/>
        <source>Teks terpilih belum disimpan: simpan naskah dulu, lalu beri komentar.</source>
        <translation>The selected text is not saved yet: save the article first, then comment.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="192"/>
        <source>Pilih komentar dan tulis balasan.</source>
        <translation>Select a comment and write a reply.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../editor/ui/crash_report.py" line="62"/>
        <source>Terjadi kesalahan tak terduga: %1

Suntingan Anda tetap di editor. Rinciannya tercatat di %2.</source>
        <translation>Something unexpected went wrong: %1

Your edits stay in the editor. The details are in %2.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="58"/>
        <source>Terkait</source>
        <translation>Related</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="59"/>
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="108"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="138"/>
        <source>%1 naskah baru di %2: %3</source>
        <translation>%1 new article(s) in %2: %3</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="174"/>
        <source>Simpan dulu perubahan Anda, lalu buka riwayat revisi lagi.</source>
        <translation>Save your changes first, then open the revision history again.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="187"/>
        <source>Revisi dipulihkan di basis data; suntingan Anda tetap di editor.</source>
        <translation>Revision restored in the database; your edits stay in the editor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="215"/>
        <source>Hanya admin yang mengelola pengguna dan peran.</source>
        <translation>Only an admin manages users and roles.</translation>
    </message>
</context>
<context>
    <name>DeskOverviewDialog</name>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="49"/>
        <source>%1 mnt</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="51"/>
        <source>%1 j %2 mnt</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="81"/>
        <source>Ikhtisar meja hari ini</source>
        <translation>Today&apos;s desk overview</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="91"/>
        <source>Saring judul…</source>
        <translation>Filter headlines…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="103"/>
        <source>Judul</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="103"/>
        <location filename="../../editor/ui/desk_overview.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="103"/>
        <location filename="../../editor/ui/desk_overview.py" line="118"/>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="103"/>
        <location filename="../../editor/ui/desk_overview.py" line="119"/>
        <source>Rubrik</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="104"/>
        <source>Kata</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="104"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="158"/>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="159"/>
        <source>(tanpa rubrik)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="164"/>
        <source>Semua (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_overview.py" line="209"/>
        <source>%1 naskah hari ini · %2 · %3 kata</source>
        <translation>%1 stories today · %2 · %3 words</translation>
    </message>
</context>
<context>
    <name>DictionaryDialog</name>
    <message>
        <location filename="../../editor/ui/dictionary_dialog.py" line="47"/>
        <source>Kamus redaksi</source>
        <translation>Newsroom dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dictionary_dialog.py" line="55"/>
        <source>Cari kata…</source>
        <translation>Search words…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dictionary_dialog.py" line="58"/>
        <source>Kata</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dictionary_dialog.py" line="58"/>
        <source>Ditambahkan oleh</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dictionary_dialog.py" line="59"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dictionary_dialog.py" line="68"/>
        <source>Hapus dari kamus</source>
        <translation>Remove from dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dictionary_dialog.py" line="71"/>
        <source>Hanya editor atau admin yang bisa menghapus kata dari kamus redaksi.</source>
        <translation>Only an editor or admin can remove words from the newsroom dictionary.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dictionary_dialog.py" line="74"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dictionary_dialog.py" line="107"/>
        <source>%1 kata</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dictionary_dialog.py" line="131"/>
        <source>%1 kata dihapus dari kamus: %2</source>
        <translation>%1 words removed from the dictionary: %2</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../../editor/ui/edit_session.py" line="86"/>
        <source>Sedang disunting oleh %1 sejak %2</source>
        <translation>Being edited by %1 since %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/edit_session.py" line="104"/>
        <source>Naskah diambil alih oleh %1</source>
        <translation>Article taken over by %1</translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="64"/>
        <source>Jurnal pemulihan tidak bisa ditulis: %1</source>
        <extracomment>Why the edit table refuses this user the open article (None: they may edit it).</extracomment>
        <translation>The recovery journal could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="96"/>
        <source>Hanya baca: Anda tidak boleh mengubah naskah ini (%1).</source>
        <translation>Read-only: you may not change this story (%1).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="119"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="120"/>
        <source>Naskah ini punya perubahan yang belum disimpan. Simpan dulu?</source>
        <translation>This article has unsaved changes. Save first?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="139"/>
        <source>Membuka naskah…</source>
        <translation>Opening article…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="182"/>
        <source>hak sunting sedang diperiksa</source>
        <translation>checking whether you may edit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="193"/>
        <source>Naskah %1, versi %2</source>
        <translation>Article %1, version %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="207"/>
        <source>Naskah ini hanya bisa dibaca: tidak disimpan.</source>
        <translation>This story is read-only: not saved.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="212"/>
        <source>Judul kosong</source>
        <translation>Headline missing</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="213"/>
        <source>Naskah perlu judul sebelum disimpan.</source>
        <translation>An article needs a headline before it can be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="230"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="232"/>
        <source>Menyimpan otomatis…</source>
        <translation>Autosaving…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="256"/>
        <source>Tersimpan: versi %1</source>
        <translation>Saved: version %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="259"/>
        <source>Tersimpan otomatis %1</source>
        <translation>Autosaved %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="277"/>
        <source>Simpan otomatis berhenti: naskah diubah orang lain</source>
        <translation>Autosave stopped: someone else changed the story</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="278"/>
        <source>Simpan otomatis gagal</source>
        <translation>Autosave failed</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="284"/>
        <source>Naskah ini sudah diubah orang lain sejak Anda membukanya, jadi suntingan Anda tidak disimpan agar tidak menimpa pekerjaannya. Teks Anda tetap di editor: salin bagian yang perlu, lalu buka ulang naskahnya.</source>
        <translation>Someone else changed this article after you opened it, so your edit was not saved, to avoid overwriting their work. Your text is still in the editor: copy what you need, then reopen the article.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="288"/>
        <source>Naskah tidak bisa disimpan. Teks Anda tetap di editor.</source>
        <translation>The article could not be saved. Your text is still in the editor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="290"/>
        <location filename="../../editor/ui/editor_session.py" line="291"/>
        <source>Gagal menyimpan</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="304"/>
        <source>Hapus naskah</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="305"/>
        <source>Hapus “%1” beserta semua revisinya? Ini tidak bisa dibatalkan.</source>
        <translation>Delete “%1” and all its revisions? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="313"/>
        <source>Naskah dihapus</source>
        <translation>Article deleted</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="329"/>
        <source>Suntingan yang belum tersimpan dipulihkan</source>
        <translation>Unsaved edits restored</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="338"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="340"/>
        <source>Pulihkan suntingan?</source>
        <translation>Restore edits?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="341"/>
        <source>Redaksi tidak ditutup dengan benar. Ada suntingan “%1” yang belum tersimpan (%2). Pulihkan?</source>
        <translation>Redaksi was not closed properly. There are unsaved edits to “%1” (%2). Restore them?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="60"/>
        <source>Ekspor naskah</source>
        <translation>Export articles</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="77"/>
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="78"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="84"/>
        <location filename="../../editor/ui/export_dialog.py" line="172"/>
        <source>Memuat naskah…</source>
        <translation>Loading articles…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="92"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="95"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="97"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="106"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="108"/>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="138"/>
        <source>Folder tujuan ekspor</source>
        <translation>Export destination folder</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="203"/>
        <source>Mengekspor %1 naskah…</source>
        <translation>Exporting %1 articles…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="220"/>
        <source>%1 berkas ditulis ke %2</source>
        <translation>%1 files written to %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="231"/>
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="246"/>
        <source>%1 naskah berstatus %2</source>
        <translation>%1 articles with status %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="226"/>
        <source>Ekspor dibatalkan.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../editor/ui/labels.py" line="31"/>
        <source>judul</source>
        <translation>headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="32"/>
        <source>isi naskah</source>
        <translation>body</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="33"/>
        <source>ringkasan</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="34"/>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="35"/>
        <source>rubrik</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="36"/>
        <source>tag</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="37"/>
        <source>penulis</source>
        <translation>byline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="38"/>
        <source>tempat dateline</source>
        <translation>dateline place</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="39"/>
        <source>lokasi</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="40"/>
        <source>kicker</source>
        <translation>kicker</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="41"/>
        <source>subjudul</source>
        <translation>subheadline</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="26"/>
        <source>Cari</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="28"/>
        <source>Ganti dengan</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="29"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="30"/>
        <source>Cocokkan huruf besar/kecil</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="33"/>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="35"/>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="38"/>
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="39"/>
        <source>Ganti semua</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="41"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="104"/>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/find_bar.py" line="134"/>
        <source>%n diganti</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../editor/ui/first_run.py" line="297"/>
        <source>Redaksi — penyiapan</source>
        <translation>Redaksi — setup</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="310"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="311"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="312"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="313"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/ui/session_start.py" line="171"/>
        <source>Pengguna ditentukan oleh REDAKSI_USER atau oleh login dalam alamat basis data (--db / REDAKSI_DATABASE_URL); ubah itu untuk berganti pengguna.</source>
        <translation>The user is set by REDAKSI_USER or by the login in the database address (--db / REDAKSI_DATABASE_URL); change that to switch user.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="141"/>
        <location filename="../../editor/ui/session_start.py" line="189"/>
        <source>&amp;Ganti pengguna atau basis data…</source>
        <translation>&amp;Switch user or database…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="47"/>
        <source>Impor arsip</source>
        <translation>Import archive</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="56"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="65"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="66"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="70"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="71"/>
        <source>Berkas/folder</source>
        <translation>File/folder</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="85"/>
        <source>Folder arsip</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="87"/>
        <source>Berkas arsip</source>
        <translation>Archive file</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="96"/>
        <source>Pilih berkas atau folder arsip dulu.</source>
        <translation>Choose an archive file or folder first.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="104"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="125"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="141"/>
        <source>%1 naskah: %2 baru, %3 diperbarui, %4 tidak berubah</source>
        <translation>%1 articles: %2 new, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="145"/>
        <source>, %1 dilewati (sudah disunting atau sedang dibuka di Redaksi)</source>
        <translation>, %1 skipped (already edited or open in Redaksi)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="155"/>
        <source>Impor dibatalkan; tidak ada naskah yang disimpan.</source>
        <translation>Import cancelled; no article was stored.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="157"/>
        <source>Tidak ada naskah dari berkas ini yang disimpan.</source>
        <translation>No article from this file was stored.</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../../editor/ui/issues_panel.py" line="50"/>
        <source>Perbaiki semua</source>
        <translation>Fix all</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issues_panel.py" line="51"/>
        <source>Terapkan saran pertama untuk semua temuan yang pasti (bukan tebakan salah ketik), satu langkah urung</source>
        <translation>Apply the first suggestion to every certain finding (not typo guesses), as one undo step</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issues_panel.py" line="55"/>
        <source>Perbaiki aturan ini</source>
        <translation>Fix this rule</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issues_panel.py" line="57"/>
        <source>Terapkan saran pertama untuk semua temuan aturan temuan terpilih</source>
        <translation>Apply the first suggestion to every finding of the selected finding&apos;s rule</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/issues_panel.py" line="107"/>
        <source>%n temuan</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/issues_panel.py" line="108"/>
        <source>Tidak ada temuan</source>
        <translation>No issues</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issues_panel.py" line="130"/>
        <source>%1 temuan diperbaiki.</source>
        <translation>%1 findings fixed.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issues_panel.py" line="132"/>
        <source>%1 perlu diperiksa sendiri (tebakan salah ketik atau tanpa saran).</source>
        <translation>%1 need checking by hand (typo guesses or no suggestion).</translation>
    </message>
</context>
<context>
    <name>LengthMeter</name>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="65"/>
        <source>Kosong</source>
        <extracomment>The theme&apos;s named colour (``resources/themes/&lt;name&gt;.toml``) of each meter level.</extracomment>
        <translation>Empty</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="65"/>
        <source>Terlalu pendek</source>
        <translation>Too short</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="66"/>
        <source>Panjang pas</source>
        <translation>Good length</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="66"/>
        <source>Mendekati batas</source>
        <translation>Close to the limit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="67"/>
        <source>Melebihi batas rumah</source>
        <translation>Over the house limit</translation>
    </message>
</context>
<context>
    <name>LocalPage</name>
    <message>
        <location filename="../../editor/ui/first_run.py" line="131"/>
        <source>Nama dan peran Anda</source>
        <translation>Your name and role</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="132"/>
        <source>Nama pengguna dicatat pada setiap simpanan, komentar dan langkah alur kerja.</source>
        <translation>Your user name is recorded with every save, comment and workflow step.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="141"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="142"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="155"/>
        <source>%1 sudah ada di basis data ini dengan peran tersebut.</source>
        <translation>%1 already exists in this database with that role.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="162"/>
        <location filename="../../editor/ui/first_run.py" line="172"/>
        <source>Huruf kecil, angka, titik, garis bawah atau tanda hubung; diawali huruf.</source>
        <translation>Lower-case letters, digits, dots, underscores or hyphens, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="164"/>
        <source>Pengguna baru mulai sebagai reporter; admin mengubah peran lewat Meja → Pengguna dan peran.</source>
        <translation>Newcomers start as reporters; an admin changes roles in Desk → Users and roles.</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="243"/>
        <source>Cari provinsi, kabupaten/kota, kecamatan…</source>
        <translation>Search province, regency/city, district…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="277"/>
        <source>Kode Kemendagri: %1</source>
        <translation>Kemendagri code: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/app.py" line="116"/>
        <source>Bahasa antarmuka berganti saat Redaksi dibuka lagi.</source>
        <translation>The interface language changes the next time Redaksi starts.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="97"/>
        <source>Siap. Pengguna: %1</source>
        <translation>Ready. User: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="54"/>
        <source>&amp;Baru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="55"/>
        <source>&amp;Buka naskah terpilih</source>
        <translation>&amp;Open selected article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="57"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="62"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="58"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="95"/>
        <source>&amp;Muat ulang daftar</source>
        <translation>&amp;Reload list</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="94"/>
        <source>&amp;Cari naskah</source>
        <translation>&amp;Find article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="64"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="99"/>
        <source>Ke &amp;badan naskah</source>
        <translation>Go to &amp;body</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="97"/>
        <source>Ke &amp;daftar naskah</source>
        <translation>Go to article &amp;list</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="139"/>
        <source>&amp;Tentang Redaksi</source>
        <translation>&amp;About Redaksi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="153"/>
        <source>&amp;Berkas</source>
        <extracomment>The workflow steps in the Desk menu (enabled when the workflow bar offers them). (objectName, title, entries): an entry is an action&apos;s attr, &quot;-&quot; (separator) or a nested (title, entries, objectName) sub-menu.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="162"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="165"/>
        <source>&amp;Bahasa antarmuka</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="171"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="135"/>
        <source>Naskah baru</source>
        <translation>New article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="318"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="319"/>
        <source>Ada perubahan yang belum disimpan. Simpan sebelum keluar?</source>
        <translation>There are unsaved changes. Save before quitting?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="66"/>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="68"/>
        <source>&amp;Ulangi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="70"/>
        <source>&amp;Cari di naskah…</source>
        <translation>&amp;Find in story…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="72"/>
        <source>Cari dan &amp;ganti…</source>
        <translation>Find and &amp;replace…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="103"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="104"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="105"/>
        <source>Ukuran semula</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="107"/>
        <source>Mode &amp;fokus</source>
        <translation>&amp;Focus mode</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="109"/>
        <source>Tema &amp;gelap</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="60"/>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="78"/>
        <source>Tautan “&amp;Baca juga”…</source>
        <translation>“&amp;Read also” link…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="89"/>
        <source>Periksa &amp;kelengkapan</source>
        <translation>Check required &amp;fields</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="83"/>
        <source>Periksa &amp;ejaan saat mengetik</source>
        <translation>&amp;Proofread while typing</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="85"/>
        <source>&amp;Temuan berikutnya</source>
        <translation>&amp;Next issue</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="87"/>
        <source>&amp;Saran untuk temuan di kursor</source>
        <translation>&amp;Suggestions for the issue at the cursor</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="101"/>
        <source>Ke &amp;metadata</source>
        <translation>To &amp;metadata</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="124"/>
        <source>&amp;Ikhtisar meja hari ini…</source>
        <translation>Today&apos;s desk &amp;overview…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="156"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="159"/>
        <source>S&amp;isipkan</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="160"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="128"/>
        <source>&amp;Riwayat revisi…</source>
        <translation>&amp;Revision history…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="130"/>
        <source>&amp;Jejak audit…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="134"/>
        <source>&amp;Pengguna dan peran…</source>
        <translation>&amp;Users and roles…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="132"/>
        <source>&amp;Impor arsip…</source>
        <translation>&amp;Import archive…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="126"/>
        <source>&amp;Komentari teks terpilih</source>
        <translation>&amp;Comment on selection</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="167"/>
        <source>&amp;Meja</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="91"/>
        <source>&amp;Kamus redaksi…</source>
        <translation>Newsroom &amp;dictionary…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="41"/>
        <source>&amp;Tebal</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="43"/>
        <source>&amp;Miring</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="45"/>
        <source>&amp;Judul bagian</source>
        <translation>Section &amp;heading</translation>
    </message>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="47"/>
        <source>Daftar &amp;berpoin</source>
        <translation>&amp;Bulleted list</translation>
    </message>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="49"/>
        <source>Daftar &amp;bernomor</source>
        <translation>&amp;Numbered list</translation>
    </message>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="51"/>
        <source>&amp;Tautan</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="158"/>
        <source>&amp;Format</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="137"/>
        <source>&amp;Pintasan papan ketik</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../editor/ui/messages.py" line="30"/>
        <source>Naskah perlu judul sebelum disimpan.</source>
        <translation>An article needs a headline before it can be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="32"/>
        <source>Tidak ada slug bebas untuk “%1”.</source>
        <translation>No free slug for “%1”.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="34"/>
        <source>Komentar kosong.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="36"/>
        <source>Balasan kosong.</source>
        <translation>The reply is empty.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="45"/>
        <source>Peran %1 tidak boleh melakukan langkah “%2” (hanya: %3).</source>
        <translation>The %1 role may not take the step “%2” (only: %3).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="49"/>
        <source>Langkah “%1” tidak bisa dilakukan pada naskah berstatus %2.</source>
        <translation>The step “%1” cannot be taken on a story that is %2.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="53"/>
        <source>Langkah “%1” memerlukan catatan.</source>
        <translation>The step “%1” needs a note.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="57"/>
        <source>Belum bisa diajukan, belum diisi: %1.</source>
        <translation>Cannot be submitted yet; still empty: %1.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="64"/>
        <source>Status naskah hanya bisa diubah lewat alur kerja.</source>
        <translation>A story&apos;s status changes only through the workflow.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="66"/>
        <source>Hanya editor atau admin yang boleh mengambil alih naskah.</source>
        <translation>Only an editor or admin may take over a story.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="68"/>
        <source>peran %1 tidak boleh mengubah naskah berstatus %2</source>
        <translation>the %1 role may not change a story that is %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="71"/>
        <source>naskah ini milik reporter %1; peran %2 tidak boleh mengubahnya</source>
        <translation>this story belongs to reporter %1; the %2 role may not change it</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="74"/>
        <source>Hanya editor atau admin yang boleh menghapus naskah.</source>
        <translation>Only an editor or admin may delete a story.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="76"/>
        <source>Reporter hanya boleh menyelesaikan atau membuka lagi komentarnya sendiri (komentar ini dari %1).</source>
        <translation>Reporters may resolve or reopen only their own comments (this comment is from %1).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="79"/>
        <source>Jenis simpanan “%1” tidak dikenal.</source>
        <translation>Unknown kind of save “%1”.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="98"/>
        <source>Naskah ini sudah diubah oleh %1 (%2, versi %3); tidak ada yang ditimpa.</source>
        <translation>This article was changed by %1 (%2, version %3); nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="100"/>
        <source>Naskah ini sudah diubah orang lain (versi %1); tidak ada yang ditimpa.</source>
        <translation>This article was changed by someone else (version %1); nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="62"/>
        <location filename="../../editor/ui/messages.py" line="103"/>
        <source>Naskah sedang disunting oleh %1 sejak %2.</source>
        <translation>The article is being edited by %1 since %2.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="106"/>
        <source>Naskah %1 tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Article %1 not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="108"/>
        <source>Pengguna “%1” tidak dikenal.</source>
        <translation>Unknown user “%1”.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="110"/>
        <source>Ditolak: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="113"/>
        <source>Ditolak oleh basis data: %1</source>
        <translation>Refused by the database: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="114"/>
        <source>Terjadi kesalahan: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="58"/>
        <source>otomatis dari judul</source>
        <translation>generated from the headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="67"/>
        <source>pisahkan dengan koma</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="69"/>
        <source>mis. Medan</source>
        <translation>e.g. Medan</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="107"/>
        <source>Naskah</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="108"/>
        <source>Subjudul</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="109"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="111"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="113"/>
        <source>Rubrik</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="114"/>
        <source>Tag</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="115"/>
        <source>Penulis</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="116"/>
        <source>Dateline dan lokasi</source>
        <translation>Dateline and location</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="117"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="118"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="119"/>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="120"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>NewsroomPage</name>
    <message>
        <location filename="../../editor/ui/first_run.py" line="192"/>
        <source>Server newsroom</source>
        <translation>Newsroom server</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="193"/>
        <source>Alamat dan login PostgreSQL Anda sendiri (dari admin redaksi). Peran Anda ditentukan oleh server.</source>
        <translation>The address and your own PostgreSQL login (from the desk&apos;s admin). Your role is set by the server.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="202"/>
        <source>Simpan kata sandi di %1</source>
        <translation>Save the password in %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="204"/>
        <source>Uji sambungan</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="207"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="208"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="209"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="210"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="211"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="238"/>
        <source>Uji sambungan lagi setelah mengubah isian.</source>
        <translation>Test the connection again after changing a field.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="247"/>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="255"/>
        <source>Tersambung sebagai %1. Peran dari server: %2 (PostgreSQL %3).</source>
        <translation>Connected as %1. Role from the server: %2 (PostgreSQL %3).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/first_run.py" line="266"/>
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>NoteBanner</name>
    <message>
        <location filename="../../editor/ui/note_banner.py" line="44"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../editor/ui/note_banner.py" line="87"/>
        <source>&lt;b&gt;Catatan dari %1&lt;/b&gt; — %2, %3</source>
        <translation>&lt;b&gt;Note from %1&lt;/b&gt; — %2, %3</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="68"/>
        <source>Sisipkan foto…</source>
        <translation>Insert photo…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="69"/>
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="70"/>
        <source>Naikkan</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="72"/>
        <source>apa yang terlihat di foto (untuk pembaca layar)</source>
        <translation>what the photo shows (for screen readers)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="74"/>
        <source>keterangan di bawah foto</source>
        <translation>caption under the photo</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="76"/>
        <source>mis. ANTARA/Budi Santoso</source>
        <translation>e.g. ANTARA/Budi Santoso</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="86"/>
        <source>Teks alternatif</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="87"/>
        <source>Keterangan</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="88"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="127"/>
        <source>Sisipkan foto</source>
        <translation>Insert photo</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="128"/>
        <source>Gambar (*.jpg *.jpeg *.png *.gif *.webp);;Semua berkas (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="142"/>
        <source>Menyimpan %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="157"/>
        <source>Foto tidak disisipkan: %1</source>
        <translation>Photo not inserted: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="182"/>
        <source>(tanpa keterangan)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="183"/>
        <source>teks alternatif belum diisi</source>
        <translation>alt text missing</translation>
    </message>
    <message>
        <location filename="../../editor/ui/photos_panel.py" line="185"/>
        <source>kredit belum diisi</source>
        <translation>credit missing</translation>
    </message>
</context>
<context>
    <name>ProofedTextEdit</name>
    <message>
        <location filename="../../editor/ui/markdown_editor.py" line="135"/>
        <source>(hapus)</source>
        <translation>(delete)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/markdown_editor.py" line="140"/>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../editor/ui/markdown_editor.py" line="143"/>
        <source>Abaikan semua</source>
        <translation>Ignore all</translation>
    </message>
    <message>
        <location filename="../../editor/ui/markdown_editor.py" line="130"/>
        <location filename="../../editor/ui/markdown_editor.py" line="148"/>
        <source>Tambah ke kamus</source>
        <translation>Add to dictionary</translation>
    </message>
</context>
<context>
    <name>ProofingController</name>
    <message>
        <location filename="../../editor/ui/proofing.py" line="118"/>
        <source>Pemeriksa ejaan tidak bisa dimuat; pemeriksaan saat mengetik mati. %1</source>
        <extracomment>the open article&apos;s own names (bylines, dateline place, location, tags): known words</extracomment>
        <translation>The proofreader could not be loaded; checking as you type is off. %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="177"/>
        <source>Pemeriksaan ejaan gagal: %1</source>
        <translation>Proofreading failed: %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../editor/ui/labels.py" line="52"/>
        <source>Semua naskah</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="53"/>
        <source>Naskah saya</source>
        <translation>My articles</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="54"/>
        <source>Menunggu review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="55"/>
        <source>Perlu revisi</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="56"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>RelatedLinkDialog</name>
    <message>
        <location filename="../../editor/ui/link_dialog.py" line="35"/>
        <source>Sisipkan “Baca juga”</source>
        <translation>Insert “Read also”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/link_dialog.py" line="40"/>
        <source>Cari judul naskah…</source>
        <translation>Search story headlines…</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="85"/>
        <source>Ketik naskah untuk melihat artikel terkait.</source>
        <extracomment>Pause in typing before the query starts: with a query&apos;s p95 of a few tens of ms (benchmarks/related_speed.py) the list is updated within 300 ms of the pause.</extracomment>
        <translation>Type the story to see related articles.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="94"/>
        <source>Sisipkan tautan</source>
        <translation>Insert link</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="95"/>
        <location filename="../../editor/ui/related_panel.py" line="180"/>
        <source>Sematkan</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="96"/>
        <source>Abaikan</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="124"/>
        <source>Saran tidak tersedia: %1</source>
        <translation>Suggestions unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="135"/>
        <source>Mencari artikel terkait…</source>
        <translation>Finding related articles…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="156"/>
        <source>%1 artikel terkait</source>
        <translation>%1 related articles</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="157"/>
        <source>Belum ada artikel terkait yang cukup kuat.</source>
        <translation>No strongly related article yet.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="179"/>
        <source>Lepas</source>
        <translation>Unpin</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../editor/ui/revisions_dialog.py" line="68"/>
        <source>Riwayat revisi</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <location filename="../../editor/ui/revisions_dialog.py" line="77"/>
        <source>Pulihkan revisi kiri</source>
        <translation>Restore left revision</translation>
    </message>
    <message>
        <location filename="../../editor/ui/revisions_dialog.py" line="79"/>
        <source>Lama:</source>
        <translation>Old:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/revisions_dialog.py" line="81"/>
        <source>Baru:</source>
        <translation>New:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/revisions_dialog.py" line="130"/>
        <source>%1 bagian dihapus, %2 bagian ditambah</source>
        <translation>%1 passages deleted, %2 passages added</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="70"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="78"/>
        <source>Judul: peringatan mulai (karakter)</source>
        <translation>Headline: warn from (characters)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="79"/>
        <source>Judul: batas (karakter)</source>
        <translation>Headline: limit (characters)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="80"/>
        <source>Ringkasan: peringatan mulai (karakter)</source>
        <translation>Summary: warn from (characters)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="81"/>
        <source>Ringkasan: batas (karakter)</source>
        <translation>Summary: limit (characters)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="82"/>
        <source>Kecepatan baca (kata per menit)</source>
        <translation>Reading speed (words per minute)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="83"/>
        <source>Simpan otomatis setelah diam (detik)</source>
        <translation>Autosave after idle (seconds)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="92"/>
        <source>Terang</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="93"/>
        <source>Gelap</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="95"/>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="96"/>
        <source>Gaya rumah</source>
        <translation>House style</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="99"/>
        <source>Satu rubrik per baris</source>
        <translation>One category per line</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="101"/>
        <source>Rubrik</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="104"/>
        <source>Aturan</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="104"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="104"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="130"/>
        <source>Pemeriksa ejaan</source>
        <translation>Proofreader</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="102"/>
        <source>Pintasan papan ketik</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="122"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="122"/>
        <source>Perintah</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="123"/>
        <source>Pintasan</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../editor/ui/format_actions.py" line="133"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/ui/labels.py" line="15"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="16"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="17"/>
        <source>Direview</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="18"/>
        <source>Perlu revisi</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="19"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="20"/>
        <source>Terbit</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="21"/>
        <source>Dibatalkan</source>
        <translation>Killed</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="146"/>
        <source>Tambah tag, Enter atau koma</source>
        <translation>Add a tag, Enter or comma</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="216"/>
        <source>Hapus tag “%1”</source>
        <translation>Remove tag “%1”</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="32"/>
        <source>Pengguna dan peran</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="36"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="36"/>
        <source>Nama tampilan</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="37"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="40"/>
        <source>nama login, mis. ana</source>
        <translation>login name, e.g. ana</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="44"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="82"/>
        <source>Pengguna %1 ditambahkan</source>
        <translation>User %1 added</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <location filename="../../editor/ui/labels.py" line="115"/>
        <source>Ajukan</source>
        <extracomment>The workflow&apos;s steps as buttons and menus name them (context &quot;WorkflowBar&quot;).</extracomment>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="116"/>
        <source>Mulai review</source>
        <translation>Start review</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="117"/>
        <source>Minta revisi</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="118"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="119"/>
        <source>Terbitkan</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="120"/>
        <source>Batalkan naskah</source>
        <translation>Kill</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="121"/>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="40"/>
        <source>Catatan untuk langkah ini</source>
        <translation>Note for this step</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="42"/>
        <source>Ambil alih</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="98"/>
        <source>Tulis catatan untuk reporter dulu.</source>
        <translation>Write a note for the reporter first.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="106"/>
        <source>Masih ada %1 temuan pemeriksa ejaan. Klik “%2” sekali lagi untuk tetap melanjutkan.</source>
        <translation>There are still %1 proofing findings. Click “%2” again to go ahead anyway.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="130"/>
        <source>Berhasil.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>WritingController</name>
    <message>
        <location filename="../../editor/ui/writing_controller.py" line="54"/>
        <source>%1 kata · %2 karakter</source>
        <translation>%1 words · %2 characters</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/writing_controller.py" line="57"/>
        <source>%n menit baca</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_controller.py" line="85"/>
        <source>“%1” masuk kamus redaksi</source>
        <translation>“%1” added to the newsroom dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_controller.py" line="170"/>
        <source>Semua kolom wajib sudah terisi</source>
        <translation>All required fields are filled in</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_controller.py" line="174"/>
        <location filename="../../editor/ui/writing_controller.py" line="175"/>
        <source>Belum diisi: %1</source>
        <translation>Missing: %1</translation>
    </message>
</context>
</TS>
