"""Importing from the app: progress, result, bad input and cancel store nothing."""

from __future__ import annotations

import json

from editor.ui.import_dialog import ImportDialog


def write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_import_with_progress(qtbot, store, tmp_path):
    path = write(tmp_path / "a.jsonl", [{"id": f"n{i}", "title": f"Judul {i}", "body": "isi"}
                                        for i in range(1200)])
    dialog = ImportDialog(store, "ana")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.finished_import, timeout=30000) as done:
        dialog.start_button.click()
    assert done.args[0].created == 1200
    assert "1200 naskah" in dialog.message.text()
    assert store.articles.count() == 1200


def test_bad_line_stores_nothing(qtbot, store, tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text('{"id": "1", "title": "ok"}\n{"id": "2"}\n', encoding="utf-8")
    dialog = ImportDialog(store, "ana")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        dialog.start_button.click()
    assert "b.jsonl:2" in failed.args[0]
    assert store.articles.count() == 0


def test_cancel_rolls_back(qtbot, store, tmp_path):
    path = write(tmp_path / "c.jsonl", [{"id": f"n{i}", "title": f"Judul {i}", "body": "isi " * 50}
                                        for i in range(20000)])
    dialog = ImportDialog(store, "ana")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.start_button.click()
    dialog.cancel_button.click()  # cancel while the worker runs
    with qtbot.waitSignal(dialog.failed, timeout=60000) as failed:
        pass
    assert "dibatalkan" in failed.args[0]
    assert store.articles.count() == 0
