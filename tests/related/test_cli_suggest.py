"""`redaksi suggest` as DESIGN.md fixes it."""

from __future__ import annotations

import json
from pathlib import Path

from editor.cli import main
from editor.store import ImportRecord, open_store

from .conftest import ARCHIVE


def _db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = open_store(url)
    store.articles.import_articles(ImportRecord(a, n) for n, a in enumerate(ARCHIVE.values()))
    store.close()
    return url


def test_suggest_by_id_json(tmp_path: Path, capsys) -> None:
    db = _db(tmp_path)
    assert main(["--db", db, "suggest", "--id", "s-1", "--format", "json", "--limit", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["id"] == "s-1"
    assert all(set(s) == {"id", "title", "score", "reasons"} for s in out["suggestions"])
    assert "s-1" not in [s["id"] for s in out["suggestions"]]     # never itself
    assert "s-6" not in [s["id"] for s in out["suggestions"]]     # killed
    assert len(out["suggestions"]) <= 3


def test_suggest_file_markdown_and_text(tmp_path: Path, capsys) -> None:
    db = _db(tmp_path)
    md = tmp_path / "draf.md"
    md.write_text("---\ntitle: Banjir Rendam Medan Johor\ntags: [banjir, Medan, BPBD]\n"
                  "location: {name: Medan Johor, regency: Kota Medan, code: '12.71.01'}\n"
                  "date: 2024-01-10\n---\nBPBD Kota Medan siagakan perahu karet. Bobby "
                  "Nasution minta warga waspada.\n", encoding="utf-8")
    assert main(["--db", db, "suggest", str(md), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["suggestions"][0]["id"] == "s-1"
    assert "3 tag sama: banjir, Medan, BPBD" in out["suggestions"][0]["reasons"]
    assert "lokasi sama" not in out["suggestions"][0]["reasons"]  # same kota, other district
    assert "kabupaten/kota sama: Kota Medan" in out["suggestions"][0]["reasons"]

    txt = tmp_path / "draf.txt"
    txt.write_text("Banjir di Medan Johor\nBPBD Kota Medan mengevakuasi warga.\n",
                   encoding="utf-8")
    assert main(["--db", db, "suggest", str(txt)]) == 0
    assert "s-1" in capsys.readouterr().out


def test_suggest_jsonl_batch(tmp_path: Path, capsys) -> None:
    db = _db(tmp_path)
    batch = tmp_path / "q.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "s-1"}),
        json.dumps({"id": "s-1", "title": "BPBD Evakuasi Warga Medan Johor dari Banjir",
                    "body": "Banjir di Medan Johor.", "tags": ["banjir"], "date": "2024-01-08"}),
        json.dumps({"id": "baru-1", "title": "Banjir Medan Johor", "body": "BPBD Kota Medan.",
                    "tags": ["banjir", "Medan"], "date": "2024-01-10"}),
        "{rusak",
        json.dumps({"id": "tidak-ada"}),
    ]) + "\n", encoding="utf-8")
    assert main(["--db", db, "suggest", "--jsonl", str(batch), "--format", "json"]) == 2
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines()]
    assert [x["id"] for x in lines] == ["s-1", "s-1", "baru-1", None, "tidak-ada"]
    assert "s-1" not in [s["id"] for s in lines[0]["suggestions"]]
    assert "s-1" not in [s["id"] for s in lines[1]["suggestions"]]   # draft naming itself
    assert lines[2]["suggestions"][0]["id"] == "s-1"
    assert "error" in lines[3] and "error" in lines[4]
    assert "q.jsonl:4" in captured.err and "q.jsonl:5" in captured.err


def test_suggest_errors(tmp_path: Path, capsys) -> None:
    db = _db(tmp_path)
    assert main(["--db", db, "suggest", "--id", "tidak-ada"]) == 2
    assert main(["--db", db, "suggest", str(tmp_path / "hilang.md")]) == 2
    assert "hilang.md" in capsys.readouterr().err


def test_suggest_file_naming_an_archive_article_leaves_it_out(tmp_path: Path, capsys) -> None:
    db = _db(tmp_path)
    md = tmp_path / "s1.md"
    md.write_text("---\ntitle: BPBD Evakuasi Warga Medan Johor dari Banjir\nid: s-1\n"
                  "tags: [banjir, Medan, BPBD]\n---\nBanjir di Medan Johor, Kota Medan.\n",
                  encoding="utf-8")
    assert main(["--db", db, "suggest", str(md), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["id"] == "s-1"
    assert "s-1" not in [s["id"] for s in out["suggestions"]]
