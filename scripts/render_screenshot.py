"""Render the main window with a sample article and its proofing issues to a PNG (offscreen).

    QT_QPA_PLATFORM=offscreen python scripts/render_screenshot.py [out.png] [--dark]

Uses a throw-away SQLite store in a temporary folder; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SAMPLE_BODY = """Air laut pasang merendam ratusan rumah di pesisir Belawan sejak Selasa pagi. \
Warga sudah mengungsi sejak semalam karena bnjir besar yang datang tiba-tiba.

## Warga mengungsi ke masjid

Menurut Kepala Lingkungan 12, **sedikitnya 300 kepala keluarga** terdampak. "Kami pergi \
kepasar pun tidak bisa," kata Rahmat, seorang nelayan.

> Ketinggian air mencapai 50 cm di Jalan Pelabuhan Raya.

- Posko kesehatan dibuka di Kantor Camat Medan Belawan
- Bantuan makanan disalurkan oleh BPBD Kota Medan

Petugas memperkirakan air baru surut pada hari kamis malam.
"""


def main(argv: list[str]) -> int:
    out = Path(next((a for a in argv if not a.startswith("--")), "screenshot.png"))
    theme = "dark" if "--dark" in argv else "light"
    tmp = tempfile.mkdtemp(prefix="redaksi-shot-")
    os.environ["REDAKSI_RECOVERY_DIR"] = str(Path(tmp) / "recovery")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from editor.domain import Article
    from editor.domain.article import Byline
    from editor.domain.dateline import Dateline, IndonesianTimeZone
    from editor.store import open_store
    from editor.ui.app import configure_application
    from editor.ui.main_window import MainWindow
    from editor.ui.operations import wait_for_ops
    from editor.ui.theme import apply_theme
    from editor.writing.gazetteer import shared_gazetteer

    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings().setValue("ui/theme", theme)
    apply_theme(app, theme)
    store = open_store(f"sqlite:///{tmp}/shot.db")
    for headline in ("Rob kembali rendam Belawan, warga minta tanggul permanen",
                     "BPBD Medan siagakan perahu karet di pesisir utara",
                     "Harga ikan naik setelah nelayan tak melaut sepekan"):
        store.articles.create(Article(headline=headline, category="Peristiwa",
                                      tags=("banjir rob",)))
    location = shared_gazetteer().get("12.71.03").to_location()
    article = store.articles.create(Article(
        headline="Banjir rob rendam ratusan rumah di Belawan",
        kicker="Pesisir Medan",
        summary="Air laut pasang merendam ratusan rumah di Belawan; warga mengungsi ke masjid.",
        body=SAMPLE_BODY, category="Peristiwa", tags=("banjir rob", "Belawan", "BPBD"),
        bylines=(Byline("Ana Siregar"),), location=location,
        dateline=Dateline("Medan", datetime(2026, 11, 24, 9, 30,
                                            tzinfo=IndonesianTimeZone.WIB.tzinfo))))
    window = MainWindow(store, "ana")
    window.resize(1500, 900)
    window.show()
    window.open_article(article.id)

    import time

    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not (
            window.form.base and window.form.issues_panel.list.count() >= 3
            and "Belawan" in window.form.preview.toPlainText()):
        app.processEvents()
        time.sleep(0.02)
    settle = time.monotonic() + 0.5
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.02)
    cursor = window.form.body.textCursor()
    cursor.setPosition(SAMPLE_BODY.index("bnjir"))
    window.form.body.setTextCursor(cursor)
    app.processEvents()
    window.grab().save(str(out))
    print(f"wrote {out} ({window.form.issues_panel.list.count()} issues shown)")
    window._dirty = False
    window.close()
    wait_for_ops()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
