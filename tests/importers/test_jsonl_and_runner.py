"""JSONL through the shared runner (hand-written and broken files), cancellation, progress,
and the `redaksi import` command for every format."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from editor.cli import main
from editor.publishing.importers import ImportCancelled, ImportFormatError, run_import

LINES = [
    {"id": "j-1", "title": "Banjir di Medan", "body": "Air naik.\nWarga mengungsi.",
     "date": "2019-09-10", "tags": ["banjir"], "category": "Regional"},
    {"id": "j-2", "title": "Gempa di Palu", "body": "Gempa terasa.", "date": "2019-09-11"},
    {"id": "j-3", "title": "Harga Cabai Naik", "body": "Pedagang mengeluh.", "date": "2019-09-12"},
]


def _jsonl(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "arsip.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_import_and_index(store, tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [json.dumps(o) for o in LINES])
    assert run_import(store, "jsonl", path).created == 3
    hits = store.search.search(["banjir"], limit=5)
    assert [h.article_id for h in hits] == [store.articles.resolve("j-1").id]


@pytest.mark.parametrize(
    ("bad", "message"),
    [("{not json", "JSON"), ('{"id": "x", "body": "tanpa judul"}', "judul"),
     ('{"id": "x", "title": "T", "date": "10/09/2019"}', "tanggal")],
)
def test_broken_jsonl_line_named_and_nothing_stored(store, tmp_path: Path, bad: str,
                                                     message: str) -> None:
    path = _jsonl(tmp_path, [json.dumps(LINES[0]), bad, json.dumps(LINES[1])])
    with pytest.raises(ImportFormatError, match=message) as info:
        run_import(store, "jsonl", path)
    assert info.value.line == 2
    assert store.articles.count() == 0
    assert store.search.document_count() == 0


def test_cancel_rolls_back(store, tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [json.dumps(o) for o in LINES])
    cancel = threading.Event()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, unit: str) -> None:
        seen.append((done, total, unit))
        cancel.set()  # the user presses "Batal" after the first item

    with pytest.raises(ImportCancelled):
        run_import(store, "jsonl", path, progress=progress, cancel=cancel)
    assert store.articles.count() == 0
    assert seen[0][1] == path.stat().st_size and seen[0][2] == "B"


def test_cli_imports_every_format(tmp_path: Path, capsys) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    path = _jsonl(tmp_path, [json.dumps(o) for o in LINES])
    assert main(["--db", db, "import", "jsonl", str(path)]) == 0
    wxr = Path(__file__).parent / "data" / "redaksi-export.xml"
    assert main(["--db", db, "import", "wxr", str(wxr)]) == 0
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: Satu\n---\nIsi.\n", encoding="utf-8")
    assert main(["--db", db, "import", "markdown", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "3 naskah diimpor" in out and "2 naskah diimpor" in out and "1 naskah" in out


def test_cli_broken_file_exit_2(tmp_path: Path, capsys) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    bad = tmp_path / "rusak.xml"
    bad.write_text("<rss><channel>", encoding="utf-8")
    assert main(["--db", db, "import", "wxr", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "rusak.xml" in err and "tidak ada naskah" in err
    assert main(["--db", db, "import", "markdown", str(tmp_path / "nope")]) == 2


def test_cli_progress_bars_on_a_terminal(tmp_path: Path, capsys, monkeypatch) -> None:
    import sys

    db = f"sqlite:///{tmp_path / 'cli.db'}"
    path = _jsonl(tmp_path, [json.dumps(o) for o in LINES])
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["--db", db, "import", "jsonl", str(path)]) == 0
    err = capsys.readouterr().err
    assert "arsip.jsonl" in err and "100%" in err      # bytes of the file
    assert "indeks" in err and "3/3" in err            # then the index, article by article


def test_index_progress_reported_through_run_import(store, tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [json.dumps(o) for o in LINES])
    seen: list[tuple[int, int, str]] = []
    run_import(store, "jsonl", path, progress=lambda d, t, u: seen.append((d, t, u)))
    assert seen[-1] == (3, 3, "naskah")
    assert store.search.progress is None                 # restored after the import
