"""`redaksi check` as DESIGN.md fixes it: text/JSON output, --jsonl, exit codes, bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main

WRONG = "Kami 😀 tinggal dirumah dan aktifitas warga berjalan baik.\n"
CLEAN = "Presiden meresmikan jembatan baru di Kalimantan Timur pada hari Senin.\n"
EN_PARA = ("The minister said on Tuesday that teh government would raise fuel prices next "
           "month, according to officials.")


@pytest.fixture(autouse=True)
def isolated_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the default database at a file that does not exist (and must stay so)."""
    path = tmp_path / "default" / "redaksi.db"
    monkeypatch.setenv("REDAKSI_DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.delenv("REDAKSI_LANGUAGETOOL_URL", raising=False)
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_matches_with_python_offsets(tmp_path: Path, capsys, isolated_db: Path) -> None:
    path = write(tmp_path, "a.md", WRONG)
    code, out, err = run(["check", str(path), "--format", "json"], capsys)
    assert code == 1, err
    body = json.loads(out)
    assert list(body) == ["matches"]
    spans = {}
    for m in body["matches"]:
        assert set(m) == {"offset", "length", "message", "replacements", "rule"}
        assert set(m["rule"]) == {"id", "category"}
        spans[WRONG[m["offset"]:m["offset"] + m["length"]]] = m
    assert spans["dirumah"]["replacements"][0] == "di rumah"
    assert spans["aktifitas"]["replacements"][0] == "aktivitas"
    assert not isolated_db.exists(), "check must not create the default database"


def test_clean_text_exits_0(tmp_path: Path, capsys) -> None:
    code, out, _ = run(["check", str(write(tmp_path, "a.txt", CLEAN)), "--format", "json"],
                       capsys)
    assert code == 0 and json.loads(out) == {"matches": []}
    code, out, _ = run(["check", str(write(tmp_path, "b.txt", CLEAN))], capsys)
    assert code == 0 and "tidak ada masalah" in out


def test_text_format_names_line_and_column(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, "a.md", "# Judul\n\n" + WRONG)
    code, out, _ = run(["check", str(path)], capsys)
    assert code == 1
    col = WRONG.index("dirumah") + 1
    assert f"{path}:3:{col}: " in out
    assert "saran: di rumah" in out
    assert "^^^^^^^" in out
    assert "masalah ditemukan" in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(WRONG.encode())))
    code, out, _ = run(["check", "-", "--format", "json"], capsys)
    assert code == 1 and json.loads(out)["matches"]


@pytest.mark.parametrize(("content", "words"), [
    (b"Baris satu.\nBaris \xff dua.\n", ":2: bukan UTF-8"),
])
def test_invalid_utf8_is_a_clear_error(tmp_path: Path, capsys, content: bytes, words: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run(["check", str(path)], capsys)
    assert code == 2 and out == ""
    assert f"{path}{words}" in err


def test_missing_file_and_directory(tmp_path: Path, capsys) -> None:
    code, out, err = run(["check", str(tmp_path / "nope.txt")], capsys)
    assert code == 2 and out == "" and "nope.txt" in err and "tidak bisa dibaca" in err
    code, out, err = run(["check", str(tmp_path)], capsys)
    assert code == 2 and out == "" and "folder" in err


def test_newsroom_dictionary_from_the_store(tmp_path: Path, capsys, store, db_url: str) -> None:
    from editor.proofing.engine import Proofreader

    # "jukung" (a Balinese outrigger boat) is newsroom vocabulary the lexicon does not know.
    text = "Para nelayan menaiki jukung menuju pulau.\n"
    flagged = [text[i.offset:i.end] for i in Proofreader().check(text)]
    assert flagged == ["jukung"], "the sample must contain exactly one unknown word"
    store.dictionary.add("jukung")
    path = write(tmp_path, "a.txt", text)
    code, out, err = run(["check", "--db", db_url, str(path), "--format", "json"], capsys)
    assert code == 0, (out, err)
    assert err == ""


def test_the_archives_stories_rank_a_correction(tmp_path: Path, capsys, store,
                                                db_url: str) -> None:
    """With a store, the search index says which candidate the sentence's topic writes
    (editor/proofing/spelling/topic.py): berkat is the channel's choice for brkat, bakat the
    archive's, whose singers have talent."""
    from editor.domain import Article
    from editor.domain.records import ImportRecord

    text = "Penyanyi itu gagal karena kurangnya brkat dan latihan vokal.\n"
    path = write(tmp_path, "a.txt", text)

    def first_fix() -> str:
        code, out, err = run(["check", "--db", db_url, str(path), "--format", "json"], capsys)
        assert code == 1, (out, err)
        found = [m for m in json.loads(out)["matches"]
                 if text[m["offset"]:m["offset"] + m["length"]] == "brkat"]
        return found[0]["replacements"][0]

    assert first_fix() == "berkat"  # an empty archive: the channel's order
    bodies = ([("Bakat Penyanyi Muda", "Penyanyi muda itu punya bakat besar dan rajin "
                "latihan vokal setiap hari.")] * 150
              + [("Banjir Surut", "Berkat doa keluarga, korban banjir selamat dan pulang.")]
              * 150
              + [("Harga Cabai", "Harga cabai di pasar tradisional naik tajam pekan ini.")]
              * 300)
    store.articles.import_articles(
        ImportRecord(Article(headline=h, body=b, external_id=f"topic-{n}"), line=n)
        for n, (h, b) in enumerate(bodies))
    assert first_fix() == "bakat"
    # The LanguageTool server's worker processes get the counts pickled: a copy opens its
    # own connection to the same database and counts the same.
    import pickle

    counts = store.proofing_counts()
    clone = pickle.loads(pickle.dumps(counts))
    pairs = [("penyanyi", "bakat"), ("bakat", "berkat"), ("harga", "cabai")]
    assert clone.documents.documents() == counts.documents.documents() == 600
    assert clone.documents.together(pairs) == counts.documents.together(pairs) == {
        ("penyanyi", "bakat"): 150, ("bakat", "berkat"): 0, ("harga", "cabai"): 300}


def test_unreadable_database_is_a_warning_not_a_failure(tmp_path: Path, capsys) -> None:
    not_a_db = write(tmp_path, "junk.db", "this is not sqlite " * 200)
    path = write(tmp_path, "a.txt", WRONG)
    code, out, err = run(["check", "--db", f"sqlite:///{not_a_db}", str(path),
                          "--format", "json"], capsys)
    assert code == 1 and json.loads(out)["matches"]
    assert "kamus redaksi tidak dimuat" in err


def test_english_paragraph_is_not_flagged_and_user_told(tmp_path: Path, capsys) -> None:
    text = WRONG + "\n" + EN_PARA + "\n"
    code, out, err = run(["check", str(write(tmp_path, "a.md", text)), "--format", "json"],
                         capsys)
    start = text.index(EN_PARA)
    assert code == 1
    assert all(m["offset"] < start for m in json.loads(out)["matches"])
    assert "REDAKSI_LANGUAGETOOL_URL" in err and err.count("catatan") == 1


# -- --jsonl --------------------------------------------------------------------------------
def test_jsonl_one_line_out_per_line_in_order(tmp_path: Path, capsys) -> None:
    lines = [{"id": "b", "text": WRONG}, {"id": 7, "text": CLEAN}, {"id": "a", "text": WRONG}]
    path = write(tmp_path, "in.jsonl",
                 "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n")
    code, out, _ = run(["check", "--jsonl", str(path)], capsys)
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["b", 7, "a"]
    assert rows[1]["matches"] == [] and rows[0]["matches"] == rows[2]["matches"]
    assert {WRONG[m["offset"]:m["offset"] + m["length"]] for m in rows[0]["matches"]} >= {
        "dirumah", "aktifitas"}


def test_jsonl_clean_exits_0(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, "in.jsonl", json.dumps({"id": "x", "text": CLEAN}) + "\n")
    code, out, _ = run(["check", "--jsonl", str(path)], capsys)
    assert code == 0 and json.loads(out) == {"id": "x", "matches": []}


@pytest.mark.parametrize(("second_line", "words"), [
    ('{"id": "b", "text": ', ":2: JSON tidak sah"),
    ('["b", "teks"]', ":2: harus objek JSON"),
    ('{"text": "Halo."}', ':2: kolom "id"'),
    ('{"id": "b", "text": 5}', ':2: kolom "text"'),
    ('{"id": true, "text": "Halo."}', ':2: kolom "id" harus'),
    ("[" * 100_000 + "]" * 100_000, ":2: JSON bersarang terlalu dalam"),
])
def test_jsonl_bad_line_is_reported_in_its_place_and_the_rest_is_checked(
    tmp_path: Path, capsys, second_line: str, words: str
) -> None:
    """Issue 15: a bad line names its line, takes its place in the output, and the lines
    after it are still checked (nothing is lost); the exit code says something failed."""
    path = write(tmp_path, "in.jsonl", json.dumps({"id": "a", "text": WRONG}) + "\n"
                 + second_line + "\n" + json.dumps({"id": "c", "text": WRONG}) + "\n")
    code, out, err = run(["check", "--jsonl", str(path)], capsys)
    assert code == 2
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, "c"]
    assert rows[0]["matches"] and rows[2]["matches"] == rows[0]["matches"]
    assert rows[1]["line"] == 2 and f"{path}{words}" in rows[1]["error"]
    assert f"{path}{words}" in err


def _jsonl_bytes(*lines: bytes) -> bytes:
    return b"".join(line + b"\n" for line in lines)


def test_jsonl_too_long_line_is_skipped_and_named(tmp_path: Path, capsys) -> None:
    good = json.dumps({"id": "a", "text": WRONG}).encode()
    huge = json.dumps({"id": "besar", "text": "kata " * 1_000_000}).encode()  # 5 MB
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl_bytes(good, huge, good, huge[:300]))  # the last: no newline
    code, out, err = run(["check", "--jsonl", str(path)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 2 and len(rows) == 4
    assert rows[1]["line"] == 2 and "terlalu panjang" in rows[1]["error"]
    assert f"{path}:2: baris terlalu panjang (5.000.0" in err
    assert rows[0]["id"] == rows[2]["id"] == "a" and rows[0]["matches"]
    assert rows[3]["line"] == 4 and "JSON tidak sah" in rows[3]["error"]
    # The bound is the caller's to choose.
    code, out, _ = run(["check", "--jsonl", str(path), "--max-line-bytes", "50"], capsys)
    assert [("error" in json.loads(line)) for line in out.splitlines()] == [True] * 4
    code, out, _ = run(["check", "--jsonl", str(path), "--max-line-bytes", "6000000"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[1]["id"] == "besar" and "matches" in rows[1]


def test_jsonl_bad_encoding_bom_and_line_separators(tmp_path: Path, capsys) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"id": 1, "text": CLEAN}).encode() + b"\r\n"
        + b'{"id": 2, "text": "rusak \xc3\x28"}\n'
        + json.dumps({"id": 3, "text": "Satu\u2028dua dirumah."}, ensure_ascii=False)
        .encode() + b"\n")
    code, out, err = run(["check", "--jsonl", str(path)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 2 and [r.get("id") for r in rows] == [1, None, 3]
    assert rows[0]["matches"] == [] and rows[2]["matches"]
    assert rows[1] == {"line": 2, "error": rows[1]["error"]} and "UTF-8" in rows[1]["error"]
    assert f"{path}:2: bukan UTF-8" in err


def _peak_rss_kib(args: list[str], cwd: Path) -> tuple[int, int, str]:
    code = ("import resource, subprocess, sys; "
            "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
            "stderr=subprocess.PIPE, text=True); "
            "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
            "repr(p.stderr[-300:]))")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         timeout=300, cwd=cwd).stdout.split(" ", 2)
    return int(out[0]), int(out[1]), out[2]


def test_jsonl_memory_stays_flat_whatever_the_line_length(tmp_path: Path) -> None:
    """A 60 MB line costs the checker no more memory than a short one: it is skipped in
    1 MB chunks, never read whole."""
    root = Path(__file__).resolve().parents[2]
    good = json.dumps({"id": "a", "text": WRONG}).encode()
    small = tmp_path / "small.jsonl"
    small.write_bytes(_jsonl_bytes(good, good))
    big = tmp_path / "big.jsonl"
    with big.open("wb") as f:
        f.write(good + b'\n{"id": "x", "text": "')
        for _ in range(60):
            f.write(b"a" * 1_000_000)
        f.write(b'"}\n' + good + b"\n")
    base_cmd = [sys.executable, "-m", "editor.cli", "check", "--jsonl"]
    code, small_kib, _ = _peak_rss_kib([*base_cmd, str(small)], root)
    assert code == 1
    code, big_kib, err = _peak_rss_kib([*base_cmd, str(big)], root)
    assert code == 2 and "terlalu panjang" in err
    assert big_kib - small_kib < 20_000, (small_kib, big_kib)


def test_file_and_jsonl_together_is_an_error(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, "a.txt", CLEAN)
    code, _, err = run(["check", str(path), "--jsonl", str(path)], capsys)
    assert code == 2 and "tidak keduanya" in err


def test_console_entry_point_exit_codes(tmp_path: Path) -> None:
    """The real process: exit code, JSON on stdout, nothing on stderr."""
    path = write(tmp_path, "a.txt", WRONG)
    proc = subprocess.run([sys.executable, "-m", "editor.cli", "check", str(path),
                           "--format", "json"], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["matches"]
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3\x28")
    proc = subprocess.run([sys.executable, "-m", "editor.cli", "check", str(bad)],
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 2 and "UTF-8" in proc.stderr and proc.stdout == ""
