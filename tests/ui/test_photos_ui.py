"""Photos in the writing desk: insert an image file, give it alt text, caption and credit,
see it in the preview, save it with the article; a file that is not an image is refused
with a clear message and nothing changes."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from editor.domain import Article


def jpeg(path, size=(800, 600)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(buffer, format="JPEG")
    path.write_bytes(buffer.getvalue())
    return path


def open_first(qtbot, window):
    window.list_panel.table.selectRow(0)
    with qtbot.waitSignal(window.article_loaded, timeout=5000):
        window.open_selected()


def test_insert_photo_with_words_shows_in_preview_and_saves(qtbot, make_window, store,
                                                            tmp_path):
    store.articles.create(Article(headline="Banjir merendam Medan", slug="banjir-merendam-medan", body="Air naik."))
    window = make_window(store)
    open_first(qtbot, window)
    panel = window.form.photos_panel
    assert window.insert_photo_action in window.findChild(
        type(window.menuBar().actions()[0].menu()), "menuInsert").actions()
    with qtbot.waitSignal(panel.inserted, timeout=5000):
        panel.insert_file(jpeg(tmp_path / "banjir.jpg"))
    assert window.is_dirty
    panel.list.setCurrentRow(0)
    for field, text in ((panel.alt, "Perahu karet di jalan"),
                        (panel.caption, "Warga mengungsi"), (panel.credit, "ANTARA/Budi")):
        field.setFocus()
        qtbot.keyClicks(field, text)
    preview = window.form.preview
    preview.show()
    preview.render_now()
    qtbot.waitUntil(lambda: "Warga mengungsi" in preview.toPlainText()
                    and "Foto: ANTARA/Budi" in preview.toPlainText(), timeout=5000)
    media_id = panel.photos()[0].media_id
    image = preview.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                 QUrl(f"redaksi-foto:{media_id}"))
    assert not image.isNull() and image.width() == 480  # scaled copy, never the original
    with qtbot.waitSignal(window.saved, timeout=5000) as saved:
        window.save()
    photo = saved.args[0].photos[0]
    assert (photo.alt, photo.caption, photo.credit) == \
        ("Perahu karet di jalan", "Warga mengungsi", "ANTARA/Budi")
    assert (photo.width, photo.height, photo.media_type) == (800, 600, "image/jpeg")
    assert store.articles.get(saved.args[0].id).photos == (photo,)


def test_a_file_that_is_not_an_image_is_refused_clearly(qtbot, make_window, store, tmp_path):
    store.articles.create(Article(headline="Banjir merendam Medan", slug="banjir-merendam-medan", body="Air naik."))
    window = make_window(store)
    open_first(qtbot, window)
    panel = window.form.photos_panel
    fake = tmp_path / "foto.jpg"
    fake.write_text("bukan gambar sama sekali", encoding="utf-8")
    panel.insert_file(fake)
    qtbot.waitUntil(lambda: "bukan berkas gambar" in panel.message.text(), timeout=5000)
    assert not panel.message.isHidden() and "foto.jpg" in panel.message.text()
    assert panel.photos() == () and not window.is_dirty


def test_photos_come_back_with_the_article_and_can_be_removed(qtbot, make_window, store,
                                                              tmp_path):
    photo = store.media.add_file(jpeg(tmp_path / "a.jpg", (200, 100)))
    store.articles.create(Article(headline="Banjir merendam Medan", slug="banjir-merendam-medan",
                                  photos=(photo,)))
    window = make_window(store)
    open_first(qtbot, window)
    panel = window.form.photos_panel
    assert panel.photos() == (photo,) and not window.is_dirty
    qtbot.waitUntil(lambda: not panel.list.item(0).icon().isNull(), timeout=5000)
    assert not window.is_dirty  # loading thumbnails is not an edit
    panel.list.setCurrentRow(0)
    panel.remove_button.click()
    assert window.form.article().photos == () and window.is_dirty
