"""Bad input the importers must refuse cleanly (ImportFormatError naming file and line,
nothing stored) instead of crashing at INSERT: out-of-range dates, lone surrogates and NUL in
JSON strings, and front-matter dates PyYAML itself cannot build."""

from __future__ import annotations

from datetime import datetime

import pytest

from editor.publishing.importers import ImportFormatError, run_import
from editor.publishing.importers.base import WIB, checked_date, parse_date

WXR_HEAD = ('<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
            "<wp:wxr_version>1.2</wp:wxr_version>\n")


def _jsonl(tmp_path, *lines: str):
    path = tmp_path / "arsip.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _refused(store, fmt, path, line):
    with pytest.raises(ImportFormatError) as info:
        run_import(store, fmt, path)
    err = info.value
    assert err.path.endswith(path.name if fmt != "markdown" else ".md") or str(path) in err.path
    assert err.line == line
    assert store.articles.count() == 0
    return err


@pytest.mark.parametrize("value", ["0001-01-01", "0001-01-01T00:00:00+07:00",
                                   "9999-12-31T23:59:59-07:00", "9999-12-31"])
def test_parse_date_refuses_dates_that_overflow_in_utc(value):
    with pytest.raises(ValueError, match="di luar jangkauan"):
        parse_date(value)


def test_ordinary_dates_still_pass():
    assert parse_date("1945-08-17") == datetime(1945, 8, 17, tzinfo=WIB)
    assert checked_date(None) is None
    assert parse_date("2019-09-10T08:30:00+08:00").utcoffset().total_seconds() == 8 * 3600


@pytest.mark.parametrize("date", ["0001-01-01T00:00:00+07:00", "9999-12-31T23:59:59-07:00"])
def test_jsonl_out_of_range_date(tmp_path, store, date):
    path = _jsonl(tmp_path, '{"id":"ok","title":"Baik","date":"2020-01-01"}',
                  f'{{"id":"b","title":"T","date":"{date}"}}')
    err = _refused(store, "jsonl", path, 2)
    assert "jangkauan" in err.reason


@pytest.mark.parametrize(("row", "field"), [
    ('{"id":"f","title":"T","body":"\\ud800"}', "body"),
    ('{"id":"f","title":"T\\udfff"}', "title"),
    ('{"id":"f","title":"T","tags":["ok","x\\ud83d"]}', "tags"),
    ('{"id":"f","title":"T","location":{"name":"M\\ud800"}}', "location.name"),
    ('{"id":"f","title":"T","summary":"a\\u0000b"}', "summary"),
])
def test_jsonl_unstorable_text(tmp_path, store, row, field):
    path = _jsonl(tmp_path, row)
    err = _refused(store, "jsonl", path, 1)
    assert err.reason.startswith(f"{field}:")


def test_jsonl_surrogate_pair_is_fine(tmp_path, store):
    path = _jsonl(tmp_path, '{"id":"e","title":"Cabai \\ud83c\\udf36"}')
    run_import(store, "jsonl", path)
    assert store.articles.get_by_external_id("e").headline == "Cabai \U0001f336"


@pytest.mark.parametrize(("front", "line", "needle"), [
    ("title: T\ndate: 2020-13-45\n", 3, "month"),
    ("title: T\ndate: 0001-01-01\n", 1, "jangkauan"),
    ("title: T\ndate: 9999-12-31T23:59:59-07:00\n", 1, "jangkauan"),
])
def test_markdown_bad_dates(tmp_path, store, front, line, needle):
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "x.md").write_text(f"---\n{front}---\nbody\n", encoding="utf-8")
    err = _refused(store, "markdown", folder, line)
    assert err.path.endswith("x.md") and needle in err.reason


@pytest.mark.parametrize("dates", [
    "<wp:post_date>0001-01-01 00:00:00</wp:post_date>",
    "<wp:post_date_gmt>9999-12-31 23:59:59</wp:post_date_gmt>",
])
def test_wxr_out_of_range_dates(tmp_path, store, dates):
    path = tmp_path / "wp.xml"
    path.write_text(WXR_HEAD + "<item><title>T</title><wp:post_type>post</wp:post_type>"
                    f"{dates}<wp:status>publish</wp:status></item></channel></rss>",
                    encoding="utf-8")
    err = _refused(store, "wxr", path, 2)
    assert "jangkauan" in err.reason


def test_wxr_out_of_range_dateline_meta(tmp_path, store):
    path = tmp_path / "wp.xml"
    path.write_text(WXR_HEAD + "<item><title>T</title><wp:post_type>post</wp:post_type>"
                    "<wp:status>draft</wp:status><wp:postmeta><wp:meta_key>redaksi_dateline"
                    '</wp:meta_key><wp:meta_value>{"place": "X", "when": "0001-01-01T00:00:00'
                    '+07:00"}</wp:meta_value></wp:postmeta></item></channel></rss>',
                    encoding="utf-8")
    err = _refused(store, "wxr", path, 2)
    assert "jangkauan" in err.reason
