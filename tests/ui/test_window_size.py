"""On first start the window fits the screen (a 1280×720 laptop gets no window taller than
its screen)."""

from __future__ import annotations


def test_first_start_window_fits_the_screen(qtbot, make_window, store):
    window = make_window(store)
    available = window.screen().availableGeometry()
    assert window.height() <= available.height() and window.width() <= available.width()
    assert window.minimumSizeHint().height() <= 720
