"""`redaksi import jsonl`: transactional, idempotent, clear errors naming file and line."""

import gzip
import json
import lzma

import pytest

from editor.cli import main
from editor.store import open_store

GOOD = [
    {"id": "a-1", "title": "Banjir rendam Medan", "body": "Paragraf satu.\nParagraf dua.",
     "date": "2019-09-10", "tags": ["banjir", "Medan"], "category": "Peristiwa",
     "source": "contoh", "url": "https://contoh.id/1", "location": "Medan"},
    {"id": 2, "title": "Harga cabai 🌶️ naik", "body": "Isi.", "date": "2019-09-11T08:30:00+08:00",
     "tags": "pangan, harga", "category": "Ekonomi"},
    {"id": "a-3", "title": "Tanpa tanggal", "body": ""},
]


def write_jsonl(path, rows, opener=open):
    with opener(path, "wt", encoding="utf-8") as f:
        for row in rows:
            f.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")
    return path


@pytest.mark.parametrize(("suffix", "opener"), [("", open), (".gz", gzip.open), (".xz", lzma.open)])
def test_import_plain_and_compressed(tmp_path, db_url, capsys, suffix, opener):
    path = write_jsonl(tmp_path / f"arsip.jsonl{suffix}", GOOD, opener)
    assert main(["--db", db_url, "import", "jsonl", str(path)]) == 0
    assert "3 naskah diimpor" in capsys.readouterr().out
    store = open_store(db_url)
    a = store.articles.get_by_external_id("a-1")
    assert a.body == "Paragraf satu.\n\nParagraf dua."
    assert a.tags == ("banjir", "Medan") and a.location.name == "Medan"
    assert a.dateline.when.isoformat() == "2019-09-10T00:00:00+07:00"
    b = store.articles.get_by_external_id("2")
    assert b.tags == ("pangan", "harga") and b.headline == "Harga cabai 🌶️ naik"
    assert b.dateline.when.utcoffset().total_seconds() == 8 * 3600
    store.close()


def test_reimport_updates_never_duplicates(tmp_path, db_url, capsys):
    path = write_jsonl(tmp_path / "a.jsonl", GOOD)
    assert main(["--db", db_url, "import", "jsonl", str(path)]) == 0
    assert main(["--db", db_url, "import", "jsonl", str(path)]) == 0
    assert "0 baru, 0 diperbarui, 3 tidak berubah" in capsys.readouterr().out
    changed = [dict(GOOD[0], title="Banjir rendam Medan (diperbarui)")] + GOOD[1:]
    write_jsonl(path, changed)
    assert main(["--db", db_url, "import", "jsonl", str(path)]) == 0
    assert "0 baru, 1 diperbarui, 2 tidak berubah" in capsys.readouterr().out
    store = open_store(db_url)
    assert store.articles.count() == 3
    a = store.articles.get_by_external_id("a-1")
    assert a.headline.endswith("(diperbarui)") and a.version == 2
    assert [r.kind for r in store.articles.revisions(a.id)] == ["import", "import"]
    store.close()


@pytest.mark.parametrize(("bad_line", "expected"), [
    ('{"id": "x", "title": "Patah", ', "JSON tidak sah"),
    ('{"id": "x", "body": "tanpa judul"}', "judul"),
    ('{"id": "x", "title": "   "}', "judul"),
    ('{"id": "x", "title": "T", "date": "10/09/2019"}', "tanggal tidak sah"),
    ('{"id": "x", "title": "T", "tags": [1, 2]}', "tags"),
    ('["bukan", "objek"]', "objek"),
])
def test_malformed_line_stops_import_and_stores_nothing(tmp_path, db_url, capsys, bad_line,
                                                        expected):
    rows = [dict(GOOD[0], id=f"a-{i}") for i in range(600)] + [bad_line] + [GOOD[1]]
    # (past the first batch, so rollback matters)
    path = write_jsonl(tmp_path / "rusak.jsonl", rows)
    assert main(["--db", db_url, "import", "jsonl", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:601" in err and expected in err
    store = open_store(db_url)
    assert store.articles.count() == 0
    store.close()


def test_invalid_utf8_and_truncated_xz(tmp_path, db_url, capsys):
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(json.dumps(GOOD[0]).encode() + b"\n" + '{"title": "caf\xe9"}\n'.encode("latin-1"))
    assert main(["--db", db_url, "import", "jsonl", str(bad)]) == 2
    assert "latin1.jsonl:2" in capsys.readouterr().err
    xz = write_jsonl(tmp_path / "a.jsonl.xz", GOOD * 50, lzma.open)
    data = xz.read_bytes()
    xz.write_bytes(data[: len(data) // 2])
    assert main(["--db", db_url, "import", "jsonl", str(xz)]) == 2
    assert "rusak" in capsys.readouterr().err
    store = open_store(db_url)
    assert store.articles.count() == 0
    store.close()


def test_missing_file(db_url, capsys):
    assert main(["--db", db_url, "import", "jsonl", "/tidak/ada.jsonl"]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


def test_help_lists_the_whole_contract(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("check", "serve-lt", "import", "suggest", "export", "users", "workflow",
                    "history", "db"):
        assert command in out


def test_db_upgrade_and_users(db_url, capsys):
    assert main(["--db", db_url, "db", "upgrade"]) == 0
    assert main(["--db", db_url, "users", "add", "ana", "--role", "reporter"]) == 0
    assert main(["--db", db_url, "users", "add", "ana", "--role", "editor"]) == 2
    assert "sudah ada" in capsys.readouterr().err


def test_reimport_never_overwrites_newsroom_work(tmp_path, db_url, capsys):
    """An archive re-import must not undo a correction, a workflow step or a lock holder's
    work; articles only ever touched by imports are still updated."""
    path = write_jsonl(tmp_path / "a.jsonl", GOOD)
    assert main(["--db", db_url, "import", "jsonl", str(path)]) == 0
    store = open_store(db_url)
    store.users.add("ed", "editor")
    corrected = store.articles.get_by_external_id("a-1")
    store.articles.update(corrected.with_changes(body=corrected.body + "\n\nKOREKSI."),
                          user="ed")
    moved = store.articles.get_by_external_id("2")
    store.workflow.transition(moved.id, "reopen", "ed")
    opened = store.articles.get_by_external_id("a-3")
    store.locks.acquire(opened.id, "ed")
    store.close()

    changed = [dict(row, body=(row.get("body") or "") + " (versi arsip baru)") for row in GOOD]
    write_jsonl(path, changed)
    capsys.readouterr()
    assert main(["--db", db_url, "import", "jsonl", str(path)]) == 0
    assert "3 dilewati" in capsys.readouterr().out
    store = open_store(db_url)
    assert store.articles.get(corrected.id).body.endswith("KOREKSI.")
    assert store.articles.get(moved.id).status.value == "draft"
    assert "versi arsip baru" not in store.articles.get(opened.id).body
    store.locks.release(opened.id, "ed")
    store.close()
    write_jsonl(path, [dict(changed[2], body="lagi")])
    assert main(["--db", db_url, "import", "jsonl", str(path)]) == 0
    store = open_store(db_url)
    reimported = store.articles.get(opened.id)
    assert reimported.body == "lagi" and reimported.status.value == "published"
    store.close()
