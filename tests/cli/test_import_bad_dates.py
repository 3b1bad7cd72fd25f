"""`redaksi import`: dates that overflow in UTC, lone surrogates and unreadable YAML dates
stop the import with exit 2 and a message naming the file (and line); nothing is stored."""

from __future__ import annotations

import pytest

from editor.cli import main
from editor.store import open_store

WXR = ('<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
       "<wp:wxr_version>1.2</wp:wxr_version>\n"
       "<item><title>T</title><wp:post_type>post</wp:post_type>"
       "<wp:post_date>{date}</wp:post_date><wp:status>publish</wp:status></item>"
       "</channel></rss>")


def _count(db_url):
    store = open_store(db_url)
    try:
        return store.articles.count()
    finally:
        store.close()


def _run_refused(db_url, capsys, fmt, path, where):
    assert main(["--db", db_url, "import", fmt, str(path)]) == 2
    err = capsys.readouterr().err
    assert where in err
    assert "Traceback" not in err
    assert _count(db_url) == 0
    return err


@pytest.mark.parametrize("row", [
    '{"id":"a","title":"T","date":"0001-01-01T00:00:00+07:00"}',
    '{"id":"b","title":"T","date":"9999-12-31T23:59:59-07:00"}',
    '{"id":"c","title":"T","date":"0001-01-01"}',
])
def test_jsonl_out_of_range_date(tmp_path, db_url, capsys, row):
    path = tmp_path / "arsip.jsonl"
    path.write_text('{"id":"ok","title":"Baik"}\n' + row + "\n", encoding="utf-8")
    err = _run_refused(db_url, capsys, "jsonl", path, f"{path}:2:")
    assert "tanggal di luar jangkauan" in err


def test_jsonl_lone_surrogate(tmp_path, db_url, capsys):
    path = tmp_path / "arsip.jsonl"
    path.write_text('{"id":"f","title":"T","body":"\\ud800"}\n', encoding="utf-8")
    err = _run_refused(db_url, capsys, "jsonl", path, f"{path}:1: body:")
    assert "surrogat" in err


@pytest.mark.parametrize(("date", "where"), [("2020-13-45", ":3:"), ("0001-01-01", ":1:")])
def test_markdown_bad_date(tmp_path, db_url, capsys, date, where):
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "x.md").write_text(f"---\ntitle: T\ndate: {date}\n---\nbody\n", encoding="utf-8")
    _run_refused(db_url, capsys, "markdown", folder, f"{folder / 'x.md'}{where}")


@pytest.mark.parametrize("date", ["0001-01-01 00:00:00", "9999-12-31 23:59:59"])
def test_wxr_out_of_range_date(tmp_path, db_url, capsys, date):
    path = tmp_path / "wp.xml"
    path.write_text(WXR.format(date=date), encoding="utf-8")
    err = _run_refused(db_url, capsys, "wxr", path, f"{path}:2:")
    assert "jangkauan" in err
