"""The export dialog with a real store: approved articles by default, format and destination,
progress for a batch, and the work done in the thread pool, never on the UI thread."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime

import pytest

pytest.importorskip("PySide6")

from editor.domain import Article, Dateline, Status  # noqa: E402
from editor.publishing.exporters import EXPORTERS, NinjsExporter  # noqa: E402
from editor.ui.export_dialog import ExportDialog  # noqa: E402


@pytest.fixture
def filled_store(store):
    when = datetime(2024, 1, 2, 3, 0, tzinfo=UTC)
    for n in range(5):
        store.articles.create(Article(headline=f"Disetujui {n} 🎉", body=f"Isi {n}.",
                                      status=Status.APPROVED, dateline=Dateline("Medan", when)))
    store.articles.create(Article(headline="Masih draf", status=Status.DRAFT))
    return store


def open_dialog(qtbot, store, **kwargs) -> ExportDialog:
    dialog = ExportDialog(store, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_lists_approved_articles_by_default(qtbot, filled_store):
    dialog = open_dialog(qtbot, filled_store)
    qtbot.waitUntil(lambda: dialog.article_list.count() == 5, timeout=5000)
    assert dialog.count_label.text().startswith("5 naskah")
    assert dialog.selected_status() == Status.APPROVED
    headlines = {dialog.article_list.item(i).text() for i in range(dialog.article_list.count())}
    assert headlines == {f"Disetujui {n} 🎉" for n in range(5)}
    assert len(dialog.checked_ids()) == 5
    assert [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())] == \
        list(EXPORTERS)
    assert not dialog.export_button.isEnabled()  # no destination yet


def test_changing_status_reloads_the_list(qtbot, filled_store):
    dialog = open_dialog(qtbot, filled_store)
    qtbot.waitUntil(lambda: dialog.article_list.count() == 5, timeout=5000)
    with qtbot.waitSignal(dialog.articlesLoaded, timeout=5000) as blocker:
        dialog.status_box.setCurrentIndex(dialog.status_box.findData(Status.DRAFT.value))
    assert blocker.args == [1]
    assert dialog.article_list.item(0).text() == "Masih draf"


def test_exports_checked_articles_in_a_worker_with_progress(qtbot, filled_store, tmp_path,
                                                            monkeypatch):
    export_threads: list[str] = []

    class RecordingNinjs(NinjsExporter):
        def export(self, articles, out_dir, progress=None):
            export_threads.append(threading.current_thread().name)
            return super().export(articles, out_dir, progress)

    monkeypatch.setitem(EXPORTERS, "ninjs", RecordingNinjs)
    out = tmp_path / "keluar"
    dialog = open_dialog(qtbot, filled_store, destination=out)
    qtbot.waitUntil(lambda: dialog.article_list.count() == 5, timeout=5000)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("ninjs"))
    from PySide6.QtCore import Qt

    dialog.article_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.export_button.isEnabled()

    progress: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(dialog.exportFinished, timeout=10000) as blocker:
        dialog.export_button.click()
        assert not dialog.export_button.isEnabled()  # no second export while one runs
    paths = blocker.args[0]
    assert len(paths) == 4 and all(p.parent == out.resolve() for p in paths)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    assert all(d["headlines"][0]["value"].endswith("🎉") for d in docs)
    assert progress[-1] == (4, 4) and len(progress) == 4
    assert dialog.progress_bar.value() == 4
    main_thread = threading.main_thread().name
    assert export_threads and main_thread not in export_threads
    assert dialog.worker_thread_names and main_thread not in dialog.worker_thread_names
    assert "4 berkas" in dialog.message_label.text()
    assert dialog.export_button.isEnabled()


def test_a_failed_export_is_reported_not_raised(qtbot, filled_store, tmp_path):
    blocker_file = tmp_path / "berkas"
    blocker_file.write_text("x")
    dialog = open_dialog(qtbot, filled_store, destination=blocker_file)
    qtbot.waitUntil(lambda: dialog.article_list.count() == 5, timeout=5000)
    with qtbot.waitSignal(dialog.exportFailed, timeout=10000) as blocker:
        dialog.export_button.click()
    assert "bukan folder" in blocker.args[0]
    assert "Gagal" in dialog.message_label.text()
    assert dialog.export_button.isEnabled()
