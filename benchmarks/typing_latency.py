"""Typing latency in the editor with proofreading on, and start-up time to a usable window.

    QT_QPA_PLATFORM=offscreen python benchmarks/typing_latency.py [--chars 500] [--gap-ms 60]

Builds a ~5,000-word article (paragraphs of real news from ../shared/data/news-id when
present, else a repeated sample), opens it, waits for the first full proofreading pass, then
types ``--chars`` characters with QTest, one key every ``--gap-ms`` (a fast typist). For
every keystroke it measures the time the UI thread was busy: the key event itself plus all
event processing (timers, worker results, repaints) until the next key. Prints figures only.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "news-id" / "clickid_articles.jsonl.xz"


def article_body(words: int = 5000) -> tuple[str, str]:
    paragraphs: list[str] = []
    source = "synthetic"
    if DATA.exists():
        source = str(DATA)
        with lzma.open(DATA, "rt", encoding="utf-8") as handle:
            for line in handle:
                body = json.loads(line).get("body") or ""
                paragraphs += [p.strip() for p in body.split("\n") if len(p.split()) > 20]
                if sum(len(p.split()) for p in paragraphs) >= words:
                    break
    if not paragraphs:
        paragraphs = ["Warga sudah mengungsi sejak semalam karena bnjir besar yang datang "
                      "tiba-tiba, kata petugas BPBD kepada wartawan di posko pengungsian."] * 250
    out, count = [], 0
    for p in paragraphs:
        out.append(p)
        count += len(p.split())
        if count >= words:
            break
    return "\n\n".join(out), source


def pump(app, seconds: float, stalls: list[float]) -> float:
    """Process events for ``seconds``; returns UI busy time, records each stall."""
    busy = 0.0
    end = time.perf_counter() + seconds
    while True:
        t0 = time.perf_counter()
        app.processEvents()
        spent = time.perf_counter() - t0
        busy += spent
        stalls.append(spent)
        if time.perf_counter() >= end:
            return busy
        time.sleep(0.001)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=500)
    parser.add_argument("--gap-ms", type=float, default=60.0)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="redaksi-bench-")
    os.environ["REDAKSI_RECOVERY_DIR"] = str(Path(tmp) / "recovery")

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.domain import Article
    from editor.store import open_store
    from editor.ui.app import configure_application
    from editor.ui.main_window import MainWindow
    from editor.ui.operations import wait_for_ops
    from editor.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    apply_theme(app, "light")
    store = open_store(f"sqlite:///{tmp}/bench.db")
    window = MainWindow(store, "bench")
    window.show()
    app.processEvents()
    startup = time.perf_counter() - STARTED
    proof_ready = None
    t_ready = time.perf_counter()
    while window.proofing.proofreader is None and time.perf_counter() - t_ready < 30:
        app.processEvents()
        time.sleep(0.005)
    proof_ready = time.perf_counter() - STARTED

    body, source = article_body()
    article = store.articles.create(Article(headline="Uji ketik naskah panjang", body=body))
    window.open_article(article.id)
    t0 = time.perf_counter()
    while window.form.base is None:
        app.processEvents()
        time.sleep(0.002)
    blocks = window.form.body.document().blockCount()
    while time.perf_counter() - t0 < 120:
        pump(app, 0.05, [])
        texts = {b for b in window.proofing._live_texts() if b.strip()}
        if all(window.proofing.is_checked(t) for t in texts):
            break
    first_pass = time.perf_counter() - t0
    issues = len(window.form.body.issues())

    editor = window.form.body
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(blocks // 2).position())
    editor.setTextCursor(cursor)
    editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    sample = ("Menurut warga kepasar sudah tidak bisa dilewati sejak pagi hari ini. ")
    per_key: list[float] = []
    stalls: list[float] = []
    gap = args.gap_ms / 1000
    for i in range(args.chars):
        ch = sample[i % len(sample)]
        t_key = time.perf_counter()
        if ch == " ":
            QTest.keyClick(editor, Qt.Key.Key_Space)
        else:
            QTest.keyClicks(editor, ch)
        key_time = time.perf_counter() - t_key
        stalls.append(key_time)
        per_key.append(key_time + pump(app, gap, stalls))
    settle_start = time.perf_counter()
    pump(app, 1.0, stalls)
    wait_for_ops()
    per_key_ms = sorted(x * 1000 for x in per_key)
    p99 = per_key_ms[min(len(per_key_ms) - 1, int(len(per_key_ms) * 0.99))]
    words = len(editor.toPlainText().split())
    print(f"article: {words} words in {blocks} paragraphs (source: {source})")
    print(f"start-up to usable window: {startup:.3f} s (proofreader ready at {proof_ready:.3f} s)")
    print(f"first full proofreading pass: {first_pass:.2f} s, {issues} issues underlined")
    print(f"typed {args.chars} chars, one every {args.gap_ms:.0f} ms, proofreading on")
    print(f"UI-thread busy per keystroke: median {statistics.median(per_key_ms):.2f} ms, "
          f"p99 {p99:.2f} ms, max {per_key_ms[-1]:.2f} ms")
    print(f"longest single UI stall (one event batch): {max(stalls) * 1000:.2f} ms")
    print(f"issues after typing: {len(editor.issues())}; settle {time.perf_counter() - settle_start:.2f} s")
    window._dirty = False
    window.close()
    store.close()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide's finaliser can crash on objects Qt already freed,
    # which would only hide the figures above behind a core dump.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
