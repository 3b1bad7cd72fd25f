"""Photos in the store: image bytes checked and kept once, references saved with the article
and its revisions, bad files refused with a clear message — on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image

from editor.domain import Article
from editor.store import ImageRefused, MediaNotFound
from editor.store.media import MAX_IMAGE_PIXELS, inspect_image

from .images import image_bytes


def test_add_image_and_read_it_back(any_store):
    data = image_bytes("PNG", (120, 80))
    photo = any_store.media.add(data, filename="banjir.png", user="andi")
    assert (photo.media_type, photo.width, photo.height, photo.size) == \
        ("image/png", 120, 80, len(data))
    assert len(photo.media_id) == 64
    assert any_store.media.read(photo.media_id) == data
    again = any_store.media.add(data, filename="salinan.png")
    assert again.media_id == photo.media_id  # same bytes are stored once


def test_article_keeps_photos_with_caption_credit_alt_in_revisions(any_store):
    photo = replace(any_store.media.add(image_bytes(), filename="a.jpg"),
                    caption="Warga mengungsi", credit="ANTARA/Budi", alt="Perahu karet")
    saved = any_store.articles.create(Article(headline="Banjir", photos=(photo,)), user="andi")
    loaded = any_store.articles.get(saved.id)
    assert loaded.photos == (photo,)
    edited = any_store.articles.update(
        loaded.with_changes(photos=(replace(photo, caption="Warga bertahan"),)),
        user="andi")
    revisions = any_store.articles.revisions(saved.id)
    assert [r.snapshot["photos"][0]["caption"] for r in revisions] == \
        ["Warga mengungsi", "Warga bertahan"]
    assert edited.photos[0].caption == "Warga bertahan"


@pytest.mark.parametrize("data, message", [
    (b"", "kosong"),
    (b"%PDF-1.7 not an image at all", "bukan berkas gambar"),
    (image_bytes("JPEG", (300, 300))[:400], "rusak atau terpotong"),
])
def test_bad_files_are_refused_and_nothing_is_stored(any_store, data, message):
    with pytest.raises(ImageRefused, match=message):
        any_store.media.add(data, filename="foto.jpg")
    with pytest.raises(MediaNotFound):
        any_store.media.read("0" * 64)


def test_unaccepted_format_and_oversized_images_are_refused():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="BMP")
    with pytest.raises(ImageRefused, match="format BMP tidak diterima"):
        inspect_image(buffer.getvalue(), "peta.bmp")
    # A PNG header claiming a huge canvas is refused before anything is decoded.
    side = int(MAX_IMAGE_PIXELS ** 0.5) + 100
    buffer = io.BytesIO()
    Image.new("1", (side, side)).save(buffer, format="PNG")
    with pytest.raises(ImageRefused, match="terlalu besar"):
        inspect_image(buffer.getvalue(), "bom.png")
