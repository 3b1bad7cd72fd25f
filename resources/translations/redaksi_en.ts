<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../../editor/ui/article_form.py" line="72" />
        <source>Judul</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="85" />
        <source>Tulis naskah di sini (Markdown)…</source>
        <translation>Write the story here (Markdown)…</translation>
    </message>
    <message>
        <source>otomatis dari judul</source>
        <translation type="vanished">generated from the headline</translation>
    </message>
    <message>
        <source>pisahkan dengan koma</source>
        <translation type="vanished">separate with commas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="70" />
        <source>Kicker</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <source>mis. Medan</source>
        <translation type="vanished">e.g. Medan</translation>
    </message>
    <message>
        <source>Naskah</source>
        <translation type="vanished">Story</translation>
    </message>
    <message>
        <source>Subjudul</source>
        <translation type="vanished">Subheadline</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation type="vanished">Summary</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="vanished">Slug</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation type="vanished">Category</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="vanished">Tags</translation>
    </message>
    <message>
        <source>Penulis</source>
        <translation type="vanished">Byline</translation>
    </message>
    <message>
        <source>Dateline dan lokasi</source>
        <translation type="vanished">Dateline and location</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation type="vanished">Place</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="vanished">Time</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="vanished">Dateline</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation type="vanished">Location</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="122" />
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="177" />
        <source>Temuan</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="334" />
        <source>Slug “%1” sudah dipakai naskah lain; saat disimpan diberi nomor.</source>
        <translation>Slug “%1” is already used by another story; a number will be added when saving.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_form.py" line="357" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../editor/ui/article_list.py" line="115" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="120" />
        <source>Cari judul…</source>
        <translation>Search headlines…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="181" />
        <source> (500 pertama)</source>
        <translation> (first 500)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/article_list.py" line="182" />
        <source>%n naskah</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../editor/ui/article_list.py" line="46" />
        <source>Judul</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="46" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="46" />
        <source>Rubrik</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../editor/ui/article_list.py" line="47" />
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="32" />
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="36" />
        <source>Seluruh meja redaksi</source>
        <translation>Whole desk</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="38" />
        <source>Naskah ini</source>
        <translation>This article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="42" />
        <source>Semua peristiwa</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="44" />
        <location filename="../../editor/ui/audit_view.py" line="47" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="46" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="46" />
        <source>Naskah</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="47" />
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/audit_view.py" line="48" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="51" />
        <source>Tampilkan yang selesai</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="53" />
        <source>Komentar pada teks terpilih, atau balasan</source>
        <translation>Comment on the selected text, or reply</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="54" />
        <source>Komentari</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="55" />
        <source>Balas</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="56" />
        <source>Selesai</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="64" />
        <source>&lt;b&gt;Komentar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comments&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="101" />
        <source>(teks sudah dihapus) </source>
        <translation>(text deleted) </translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="106" />
        <source>[selesai] </source>
        <translation>[resolved] </translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="179" />
        <source>Teks terpilih belum disimpan: simpan naskah dulu, lalu beri komentar.</source>
        <translation>The selected text is not saved yet: save the article first, then comment.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/comments_panel.py" line="192" />
        <source>Pilih komentar dan tulis balasan.</source>
        <translation>Select a comment and write a reply.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../editor/ui/crash_report.py" line="66" />
        <source>Terjadi kesalahan tak terduga: %1

Suntingan Anda tetap di editor. Rinciannya tercatat di %2.</source>
        <translation>Something unexpected went wrong: %1

Your edits stay in the editor. The details are in %2.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="56" />
        <source>Terkait</source>
        <translation>Related</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="57" />
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="106" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="136" />
        <source>%1 naskah baru di %2: %3</source>
        <translation>%1 new article(s) in %2: %3</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="173" />
        <source>Simpan dulu perubahan Anda, lalu buka riwayat revisi lagi.</source>
        <translation>Save your changes first, then open the revision history again.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="186" />
        <source>Revisi dipulihkan di basis data; suntingan Anda tetap di editor.</source>
        <translation>Revision restored in the database; your edits stay in the editor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/desk_controller.py" line="199" />
        <source>Hanya admin yang mengelola pengguna dan peran.</source>
        <translation>Only an admin manages users and roles.</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../../editor/ui/edit_session.py" line="83" />
        <source>Sedang disunting oleh %1 sejak %2</source>
        <translation>Being edited by %1 since %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/edit_session.py" line="104" />
        <source>Naskah diambil alih oleh %1</source>
        <translation>Article taken over by %1</translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="59" />
        <source>Jurnal pemulihan tidak bisa ditulis: %1</source>
        <translation>The recovery journal could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="95" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="96" />
        <source>Naskah ini punya perubahan yang belum disimpan. Simpan dulu?</source>
        <translation>This article has unsaved changes. Save first?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="115" />
        <source>Membuka naskah…</source>
        <translation>Opening article…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="150" />
        <source>Naskah %1, versi %2</source>
        <translation>Article %1, version %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="165" />
        <source>Judul kosong</source>
        <translation>Headline missing</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="166" />
        <source>Naskah perlu judul sebelum disimpan.</source>
        <translation>An article needs a headline before it can be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="183" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="185" />
        <source>Menyimpan otomatis…</source>
        <translation>Autosaving…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="209" />
        <source>Tersimpan: versi %1</source>
        <translation>Saved: version %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="212" />
        <source>Tersimpan otomatis %1</source>
        <translation>Autosaved %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="230" />
        <source>Simpan otomatis berhenti: naskah diubah orang lain</source>
        <translation>Autosave stopped: someone else changed the story</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="231" />
        <source>Simpan otomatis gagal</source>
        <translation>Autosave failed</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="237" />
        <source>Naskah ini sudah diubah orang lain sejak Anda membukanya, jadi suntingan Anda tidak disimpan agar tidak menimpa pekerjaannya. Teks Anda tetap di editor: salin bagian yang perlu, lalu buka ulang naskahnya.</source>
        <translation>Someone else changed this article after you opened it, so your edit was not saved, to avoid overwriting their work. Your text is still in the editor: copy what you need, then reopen the article.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="241" />
        <source>Naskah tidak bisa disimpan. Teks Anda tetap di editor.</source>
        <translation>The article could not be saved. Your text is still in the editor.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="243" />
        <location filename="../../editor/ui/editor_session.py" line="244" />
        <source>Gagal menyimpan</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="257" />
        <source>Hapus naskah</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="258" />
        <source>Hapus “%1” beserta semua revisinya? Ini tidak bisa dibatalkan.</source>
        <translation>Delete “%1” and all its revisions? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="266" />
        <source>Naskah dihapus</source>
        <translation>Article deleted</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="282" />
        <source>Suntingan yang belum tersimpan dipulihkan</source>
        <translation>Unsaved edits restored</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="291" />
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="293" />
        <source>Pulihkan suntingan?</source>
        <translation>Restore edits?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor_session.py" line="294" />
        <source>Redaksi tidak ditutup dengan benar. Ada suntingan “%1” yang belum tersimpan (%2). Pulihkan?</source>
        <translation>Redaksi was not closed properly. There are unsaved edits to “%1” (%2). Restore them?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="60" />
        <source>Ekspor naskah</source>
        <translation>Export articles</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="76" />
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="77" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="83" />
        <location filename="../../editor/ui/export_dialog.py" line="166" />
        <source>Memuat naskah…</source>
        <translation>Loading articles…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="91" />
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="93" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="102" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="103" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="104" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="134" />
        <source>Folder tujuan ekspor</source>
        <translation>Export destination folder</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="196" />
        <source>Mengekspor %1 naskah…</source>
        <translation>Exporting %1 articles…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="213" />
        <source>%1 berkas ditulis ke %2</source>
        <translation>%1 files written to %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="219" />
        <source>Ekspor dibatalkan.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="224" />
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="239" />
        <source>%1 naskah berstatus %2</source>
        <translation>%1 articles with status %2</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../editor/ui/labels.py" line="31" />
        <source>judul</source>
        <translation>headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="32" />
        <source>isi naskah</source>
        <translation>body</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="33" />
        <source>ringkasan</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="34" />
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="35" />
        <source>rubrik</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="36" />
        <source>tag</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="37" />
        <source>penulis</source>
        <translation>byline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="38" />
        <source>tempat dateline</source>
        <translation>dateline place</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="39" />
        <source>lokasi</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="40" />
        <source>kicker</source>
        <translation>kicker</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="41" />
        <source>subjudul</source>
        <translation>subheadline</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="24" />
        <source>Cari</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="26" />
        <source>Ganti dengan</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="27" />
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="28" />
        <source>Cocokkan huruf besar/kecil</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="30" />
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="31" />
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="32" />
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="33" />
        <source>Ganti semua</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="35" />
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="85" />
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/find_bar.py" line="115" />
        <source>%n diganti</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="47" />
        <source>Impor arsip</source>
        <translation>Import archive</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="56" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="65" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="66" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="70" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="71" />
        <source>Berkas/folder</source>
        <translation>File/folder</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="85" />
        <source>Folder arsip</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="87" />
        <source>Berkas arsip</source>
        <translation>Archive file</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="96" />
        <source>Pilih berkas atau folder arsip dulu.</source>
        <translation>Choose an archive file or folder first.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="104" />
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="125" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="141" />
        <source>%1 naskah: %2 baru, %3 diperbarui, %4 tidak berubah</source>
        <translation>%1 articles: %2 new, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="145" />
        <source>, %1 dilewati (sudah disunting atau sedang dibuka di Redaksi)</source>
        <translation>, %1 skipped (edited or open in Redaksi)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="155" />
        <source>Impor dibatalkan; tidak ada naskah yang disimpan.</source>
        <translation>Import cancelled; no article was stored.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_dialog.py" line="157" />
        <source>Tidak ada naskah dari berkas ini yang disimpan.</source>
        <translation>No article from this file was stored.</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../../editor/ui/issues_panel.py" line="37" />
        <source>Perbaiki semua</source>
        <translation>Fix all</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issues_panel.py" line="38" />
        <source>Terapkan saran pertama untuk semua temuan aturan ini (satu langkah urung)</source>
        <translation>Apply the first suggestion to every issue of this rule (one undo step)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/issues_panel.py" line="82" />
        <source>%n temuan</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/issues_panel.py" line="83" />
        <source>Tidak ada temuan</source>
        <translation>No issues</translation>
    </message>
</context>
<context>
    <name>LengthMeter</name>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="63" />
        <source>Kosong</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="63" />
        <source>Terlalu pendek</source>
        <translation>Too short</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="64" />
        <source>Panjang pas</source>
        <translation>Good length</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="64" />
        <source>Mendekati batas</source>
        <translation>Close to the limit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="65" />
        <source>Melebihi batas rumah</source>
        <translation>Over the house limit</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="241" />
        <source>Cari provinsi, kabupaten/kota, kecamatan…</source>
        <translation>Search province, regency/city, district…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="275" />
        <source>Kode Kemendagri: %1</source>
        <translation>Kemendagri code: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/app.py" line="92" />
        <source>Bahasa antarmuka berganti saat Redaksi dibuka lagi.</source>
        <translation>The interface language changes the next time Redaksi starts.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="85" />
        <source>Siap. Pengguna: %1</source>
        <translation>Ready. User: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="48" />
        <source>&amp;Baru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="49" />
        <source>&amp;Buka naskah terpilih</source>
        <translation>&amp;Open selected article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="51" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="56" />
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="52" />
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="82" />
        <source>&amp;Muat ulang daftar</source>
        <translation>&amp;Reload list</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="81" />
        <source>&amp;Cari naskah</source>
        <translation>&amp;Find article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="58" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="86" />
        <source>Ke &amp;badan naskah</source>
        <translation>Go to &amp;body</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="84" />
        <source>Ke &amp;daftar naskah</source>
        <translation>Go to article &amp;list</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="121" />
        <source>&amp;Tentang Redaksi</source>
        <translation>&amp;About Redaksi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="131" />
        <source>&amp;Berkas</source>
        <extracomment>The workflow steps in the Desk menu (enabled when the workflow bar offers them). (objectName, title, entries): an entry is an action's attr, "-" (separator) or a nested (title, entries) sub-menu.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="139" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="142" />
        <source>&amp;Bahasa antarmuka</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="147" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="120" />
        <source>Naskah baru</source>
        <translation>New article</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="210" />
        <source>Tentang Redaksi</source>
        <translation>About Redaksi</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="211" />
        <source>Redaksi — meja redaksi untuk newsroom Indonesia.
Basis data: %1</source>
        <translation>Redaksi — the editorial desk for Indonesian newsrooms.
Database: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="254" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Naskah ini punya perubahan yang belum disimpan. Simpan dulu?</source>
        <translation type="vanished">This article has unsaved changes. Save first?</translation>
    </message>
    <message>
        <source>Membuka naskah…</source>
        <translation type="vanished">Opening article…</translation>
    </message>
    <message>
        <source>Naskah %1, versi %2</source>
        <translation type="vanished">Article %1, version %2</translation>
    </message>
    <message>
        <source>Judul kosong</source>
        <translation type="vanished">Headline missing</translation>
    </message>
    <message>
        <source>Naskah perlu judul sebelum disimpan.</source>
        <translation type="vanished">An article needs a headline before it can be saved.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation type="vanished">Saving…</translation>
    </message>
    <message>
        <source>Tersimpan: versi %1</source>
        <translation type="vanished">Saved: version %1</translation>
    </message>
    <message>
        <source>Naskah ini sudah diubah orang lain sejak Anda membukanya, jadi suntingan Anda tidak disimpan agar tidak menimpa pekerjaannya. Teks Anda tetap di editor: salin bagian yang perlu, lalu buka ulang naskahnya.</source>
        <translation type="vanished">Someone else changed this article after you opened it, so your edit was not saved, to avoid overwriting their work. Your text is still in the editor: copy what you need, then reopen the article.</translation>
    </message>
    <message>
        <source>Naskah tidak bisa disimpan. Teks Anda tetap di editor.</source>
        <translation type="vanished">The article could not be saved. Your text is still in the editor.</translation>
    </message>
    <message>
        <source>Gagal menyimpan</source>
        <translation type="vanished">Save failed</translation>
    </message>
    <message>
        <source>Hapus naskah</source>
        <translation type="vanished">Delete article</translation>
    </message>
    <message>
        <source>Hapus “%1” beserta semua revisinya? Ini tidak bisa dibatalkan.</source>
        <translation type="vanished">Delete “%1” and all its revisions? This cannot be undone.</translation>
    </message>
    <message>
        <source>Naskah dihapus</source>
        <translation type="vanished">Article deleted</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="255" />
        <source>Ada perubahan yang belum disimpan. Simpan sebelum keluar?</source>
        <translation>There are unsaved changes. Save before quitting?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="60" />
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="62" />
        <source>&amp;Ulangi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="64" />
        <source>&amp;Cari di naskah…</source>
        <translation>&amp;Find in story…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="66" />
        <source>Cari dan &amp;ganti…</source>
        <translation>Find and &amp;replace…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="90" />
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="91" />
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="92" />
        <source>Ukuran semula</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="94" />
        <source>Mode &amp;fokus</source>
        <translation>&amp;Focus mode</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="96" />
        <source>Tema &amp;gelap</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="54" />
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="69" />
        <source>Tautan “&amp;Baca juga”…</source>
        <translation>“&amp;Read also” link…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="78" />
        <source>Periksa &amp;kelengkapan</source>
        <translation>Check required &amp;fields</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="72" />
        <source>Periksa &amp;ejaan saat mengetik</source>
        <translation>&amp;Proofread while typing</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="74" />
        <source>&amp;Temuan berikutnya</source>
        <translation>&amp;Next issue</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="76" />
        <source>&amp;Saran untuk temuan di kursor</source>
        <translation>&amp;Suggestions for the issue at the cursor</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="88" />
        <source>Ke &amp;metadata</source>
        <translation>To &amp;metadata</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="134" />
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="136" />
        <source>S&amp;isipkan</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="137" />
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>%1 kata · %2 karakter</source>
        <translation type="vanished">%1 words · %2 characters</translation>
    </message>
    <message numerus="yes">
        <source>%n menit baca</source>
        <translation type="vanished">
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” masuk kamus redaksi</source>
        <translation type="vanished">“%1” added to the newsroom dictionary</translation>
    </message>
    <message>
        <source>Semua kolom wajib sudah terisi</source>
        <translation type="vanished">All required fields are filled in</translation>
    </message>
    <message>
        <source>Belum diisi: %1</source>
        <translation type="vanished">Missing: %1</translation>
    </message>
    <message>
        <source>Menyimpan otomatis…</source>
        <translation type="vanished">Autosaving…</translation>
    </message>
    <message>
        <source>Tersimpan otomatis %1</source>
        <translation type="vanished">Autosaved %1</translation>
    </message>
    <message>
        <source>Simpan otomatis berhenti: naskah diubah orang lain</source>
        <translation type="vanished">Autosave stopped: someone else changed the story</translation>
    </message>
    <message>
        <source>Simpan otomatis gagal</source>
        <translation type="vanished">Autosave failed</translation>
    </message>
    <message>
        <source>Suntingan yang belum tersimpan dipulihkan</source>
        <translation type="vanished">Unsaved edits restored</translation>
    </message>
    <message>
        <source>(tanpa judul)</source>
        <translation type="vanished">(untitled)</translation>
    </message>
    <message>
        <source>Pulihkan suntingan?</source>
        <translation type="vanished">Restore edits?</translation>
    </message>
    <message>
        <source>Redaksi tidak ditutup dengan benar. Ada suntingan “%1” yang belum tersimpan (%2). Pulihkan?</source>
        <translation type="vanished">Redaksi was not closed properly. There are unsaved edits to “%1” (%2). Restore them?</translation>
    </message>
    <message>
        <source>Terkait</source>
        <translation type="vanished">Related</translation>
    </message>
    <message>
        <source>Komentar</source>
        <translation type="vanished">Comments</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="112" />
        <source>&amp;Riwayat revisi…</source>
        <translation>&amp;Revision history…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="114" />
        <source>&amp;Jejak audit…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="118" />
        <source>&amp;Pengguna dan peran…</source>
        <translation>&amp;Users and roles…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="116" />
        <source>&amp;Impor arsip…</source>
        <translation>&amp;Import archive…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="110" />
        <source>&amp;Komentari teks terpilih</source>
        <translation>&amp;Comment on selection</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="143" />
        <source>&amp;Meja</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="vanished">Status: %1</translation>
    </message>
    <message>
        <source>Hanya admin yang mengelola pengguna dan peran.</source>
        <translation type="vanished">Only an admin manages users and roles.</translation>
    </message>
    <message>
        <source>%1 naskah baru di %2: %3</source>
        <translation type="vanished">%1 new article(s) in %2: %3</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../editor/ui/messages.py" line="27" />
        <source>Naskah perlu judul sebelum disimpan.</source>
        <translation>An article needs a headline before it can be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="29" />
        <source>Tidak ada slug bebas untuk “%1”.</source>
        <translation>No free slug for “%1”.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="31" />
        <source>Komentar kosong.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="33" />
        <source>Balasan kosong.</source>
        <translation>The reply is empty.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="45" />
        <source>Naskah ini sudah diubah oleh %1 (%2, versi %3); tidak ada yang ditimpa.</source>
        <translation>This article was changed by %1 (%2, version %3); nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="47" />
        <source>Naskah ini sudah diubah orang lain (versi %1); tidak ada yang ditimpa.</source>
        <translation>This article was changed by someone else (version %1); nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="50" />
        <source>Naskah sedang disunting oleh %1 sejak %2.</source>
        <translation>The article is being edited by %1 since %2.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="53" />
        <source>Naskah %1 tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Article %1 not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="55" />
        <source>Pengguna “%1” tidak dikenal.</source>
        <translation>Unknown user “%1”.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="57" />
        <source>Ditolak: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="59" />
        <source>Ditolak oleh basis data: %1</source>
        <translation>Refused by the database: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/messages.py" line="60" />
        <source>Terjadi kesalahan: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="55" />
        <source>otomatis dari judul</source>
        <translation>generated from the headline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="64" />
        <source>pisahkan dengan koma</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="66" />
        <source>mis. Medan</source>
        <translation>e.g. Medan</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="103" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="104" />
        <source>Naskah</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="105" />
        <source>Subjudul</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="106" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="108" />
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="110" />
        <source>Rubrik</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="111" />
        <source>Tag</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="112" />
        <source>Penulis</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="113" />
        <source>Dateline dan lokasi</source>
        <translation>Dateline and location</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="114" />
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="115" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="116" />
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_panel.py" line="117" />
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>ProofedTextEdit</name>
    <message>
        <location filename="../../editor/ui/markdown_editor.py" line="127" />
        <source>(hapus)</source>
        <translation>(delete)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/markdown_editor.py" line="132" />
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../editor/ui/markdown_editor.py" line="135" />
        <source>Abaikan semua</source>
        <translation>Ignore all</translation>
    </message>
    <message>
        <location filename="../../editor/ui/markdown_editor.py" line="138" />
        <source>Tambah ke kamus</source>
        <translation>Add to dictionary</translation>
    </message>
</context>
<context>
    <name>ProofingController</name>
    <message>
        <location filename="../../editor/ui/proofing.py" line="106" />
        <source>Pemeriksa ejaan tidak bisa dimuat; pemeriksaan saat mengetik mati. %1</source>
        <translation>The proofreader could not be loaded; checking as you type is off. %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofing.py" line="165" />
        <source>Pemeriksaan ejaan gagal: %1</source>
        <translation>Proofreading failed: %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../editor/ui/labels.py" line="52" />
        <source>Semua naskah</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="53" />
        <source>Naskah saya</source>
        <translation>My articles</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="54" />
        <source>Menunggu review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="55" />
        <source>Perlu revisi</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../editor/ui/labels.py" line="56" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>RelatedLinkDialog</name>
    <message>
        <location filename="../../editor/ui/link_dialog.py" line="34" />
        <source>Sisipkan “Baca juga”</source>
        <translation>Insert “Read also”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/link_dialog.py" line="39" />
        <source>Cari judul naskah…</source>
        <translation>Search story headlines…</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="82" />
        <source>Ketik naskah untuk melihat artikel terkait.</source>
        <translation>Type the story to see related articles.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="90" />
        <source>Sisipkan tautan</source>
        <translation>Insert link</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="91" />
        <location filename="../../editor/ui/related_panel.py" line="174" />
        <source>Sematkan</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="92" />
        <source>Abaikan</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="120" />
        <source>Saran tidak tersedia: %1</source>
        <translation>Suggestions unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="131" />
        <source>Mencari artikel terkait…</source>
        <translation>Finding related articles…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="150" />
        <source>%1 artikel terkait</source>
        <translation>%1 related articles</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="151" />
        <source>Belum ada artikel terkait yang cukup kuat.</source>
        <translation>No strongly related article yet.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/related_panel.py" line="173" />
        <source>Lepas</source>
        <translation>Unpin</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../editor/ui/revisions_dialog.py" line="58" />
        <source>Riwayat revisi</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <location filename="../../editor/ui/revisions_dialog.py" line="67" />
        <source>Pulihkan revisi kiri</source>
        <translation>Restore left revision</translation>
    </message>
    <message>
        <location filename="../../editor/ui/revisions_dialog.py" line="69" />
        <source>Lama:</source>
        <translation>Old:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/revisions_dialog.py" line="71" />
        <source>Baru:</source>
        <translation>New:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/revisions_dialog.py" line="119" />
        <source>%1 bagian dihapus, %2 bagian ditambah</source>
        <translation>%1 passages deleted, %2 passages added</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="69" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="77" />
        <source>Judul: peringatan mulai (karakter)</source>
        <translation>Headline: warn from (characters)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="78" />
        <source>Judul: batas (karakter)</source>
        <translation>Headline: limit (characters)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="79" />
        <source>Ringkasan: peringatan mulai (karakter)</source>
        <translation>Summary: warn from (characters)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="80" />
        <source>Ringkasan: batas (karakter)</source>
        <translation>Summary: limit (characters)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="81" />
        <source>Kecepatan baca (kata per menit)</source>
        <translation>Reading speed (words per minute)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="82" />
        <source>Simpan otomatis setelah diam (detik)</source>
        <translation>Autosave after idle (seconds)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="91" />
        <source>Terang</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="92" />
        <source>Gelap</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="94" />
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="95" />
        <source>Gaya rumah</source>
        <translation>House style</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="98" />
        <source>Satu rubrik per baris</source>
        <translation>One category per line</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="100" />
        <source>Rubrik</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="103" />
        <source>Aturan</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="103" />
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../editor/ui/settings_dialog.py" line="121" />
        <source>Pemeriksa ejaan</source>
        <translation>Proofreader</translation>
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
<context>
    <name>TagChips</name>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="144" />
        <source>Tambah tag, Enter atau koma</source>
        <translation>Add a tag, Enter or comma</translation>
    </message>
    <message>
        <location filename="../../editor/ui/metadata_widgets.py" line="214" />
        <source>Hapus tag “%1”</source>
        <translation>Remove tag “%1”</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="30" />
        <source>Pengguna dan peran</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="34" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="34" />
        <source>Nama tampilan</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="35" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="38" />
        <source>nama login, mis. ana</source>
        <translation>login name, e.g. ana</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="42" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../editor/ui/users_dialog.py" line="78" />
        <source>Pengguna %1 ditambahkan</source>
        <translation>User %1 added</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="23" />
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="24" />
        <source>Mulai review</source>
        <translation>Start review</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="25" />
        <source>Minta revisi</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="26" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="27" />
        <source>Terbitkan</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="28" />
        <source>Batalkan naskah</source>
        <translation>Kill</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="29" />
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="50" />
        <source>Catatan untuk langkah ini</source>
        <translation>Note for this step</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="52" />
        <source>Ambil alih</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="102" />
        <source>Tulis catatan untuk reporter dulu.</source>
        <translation>Write a note for the reporter first.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workflow_bar.py" line="120" />
        <source>Berhasil.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>WritingController</name>
    <message>
        <location filename="../../editor/ui/writing_controller.py" line="51" />
        <source>%1 kata · %2 karakter</source>
        <translation>%1 words · %2 characters</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/writing_controller.py" line="54" />
        <source>%n menit baca</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_controller.py" line="77" />
        <source>“%1” masuk kamus redaksi</source>
        <translation>“%1” added to the newsroom dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_controller.py" line="162" />
        <source>Semua kolom wajib sudah terisi</source>
        <translation>All required fields are filled in</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_controller.py" line="166" />
        <location filename="../../editor/ui/writing_controller.py" line="167" />
        <source>Belum diisi: %1</source>
        <translation>Missing: %1</translation>
    </message>
</context>
</TS>