"""Photos in newsroom mode: every login may add and read image bytes; nobody rewrites them."""

from __future__ import annotations

import pytest
from photos.images import image_bytes


def test_a_reporter_login_may_add_and_read_photos(newsroom):
    newsroom.add("andi", "reporter")
    reporter = newsroom.open("andi")
    photo = reporter.media.add(image_bytes(), filename="a.jpg", user="andi")
    assert reporter.media.read(photo.media_id) == image_bytes()
    conn = newsroom.connect("andi")
    with pytest.raises(Exception, match="permission denied"):
        conn.execute("UPDATE media SET data = 'x'")
