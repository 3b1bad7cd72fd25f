"""Hostile archive input (issue 15, items 8-10): a clear refusal naming file and line (exit 2
on the command line), nothing stored, never a traceback; and the quiet fixes (BOM, symlinks)."""

from __future__ import annotations

import json

import pytest

from editor.cli import main
from editor.publishing.importers import ImportFormatError, run_import

WXR_HEAD = ('<rss xmlns:wp="http://wordpress.org/export/1.2/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            "<wp:wxr_version>1.2</wp:wxr_version>\n")


def _jsonl(tmp_path, *lines: str):
    path = tmp_path / "arsip.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _refused(store, fmt, path, line, match):
    with pytest.raises(ImportFormatError) as info:
        run_import(store, fmt, path)
    assert info.value.line == line, info.value
    assert match in info.value.reason, info.value
    assert store.articles.count() == 0
    return info.value


def test_duplicate_id_names_both_lines(tmp_path, store):
    path = _jsonl(tmp_path, '{"id": "a", "title": "Satu"}', '{"id": "b", "title": "Dua"}',
                  '{"id": "a", "title": "Satu lagi"}')
    _refused(store, "jsonl", path, 3, "sudah dipakai di baris/butir 1")


@pytest.mark.parametrize(("line", "match"), [
    ('{"id": "x", "title": "T", "x": ' + "[" * 3000 + "]" * 3000 + "}", "bersarang"),
    ('{"id": ' + "9" * 5000 + ', "title": "T"}', "JSON tidak sah"),
    ('{"id": true, "title": "T"}', "id harus"),
    ('{"id": "' + "x" * 300 + '", "title": "T"}', "id terlalu panjang"),
    (json.dumps({"id": "t", "title": "T", "tags": [f"tag{i}" for i in range(501)]}),
     "terlalu banyak tag"),
])
def test_jsonl_refusals(tmp_path, store, line, match):
    path = _jsonl(tmp_path, '{"id": "ok", "title": "Baik"}', line)
    _refused(store, "jsonl", path, 2, match)


def test_million_tags_exit_2_without_traceback(tmp_path, db_url, capsys):
    row = json.dumps({"id": "t", "title": "T", "tags": [f"t{i}" for i in range(1_000_000)]})
    path = _jsonl(tmp_path, row)
    assert main(["--db", db_url, "import", "jsonl", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:1" in err and "Traceback" not in err


def test_jsonl_byte_order_mark_is_not_part_of_the_first_line(tmp_path, store):
    path = tmp_path / "bom.jsonl"
    path.write_text('\ufeff{"id": "a", "title": "Berjudul"}\n', encoding="utf-8")
    run_import(store, "jsonl", path)
    assert store.articles.get_by_external_id("a").headline == "Berjudul"


def test_markdown_bom_nul_escape_and_symlink(tmp_path, store):
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "satu.md").write_text('\ufeff---\ntitle: "Dengan BOM"\n---\nIsi.\n',
                                    encoding="utf-8")
    outside = tmp_path / "rahasia.md"
    outside.write_text("---\ntitle: Rahasia\n---\nkunci\n", encoding="utf-8")
    (folder / "tautan.md").symlink_to(outside)
    run_import(store, "markdown", folder)
    headlines = {a.headline for a in store.articles.list()}
    assert headlines == {"Dengan BOM"}  # the symlink out of the folder was not followed
    bad = tmp_path / "md2"
    bad.mkdir()
    (bad / "nul.md").write_text('---\ntitle: "T\\0x"\n---\nIsi.\n', encoding="utf-8")
    with pytest.raises(ImportFormatError, match="NUL"):
        run_import(store, "markdown", bad)


def test_wxr_deeply_nested_html_and_nul_in_post_meta(tmp_path, store):
    nested = "<div>" * 100_000 + "isi" + "</div>" * 100_000
    path = tmp_path / "dalam.xml"
    path.write_text(WXR_HEAD + "<item><title>T</title><wp:post_type>post</wp:post_type>"
                    f"<content:encoded><![CDATA[{nested}]]></content:encoded></item>"
                    "</channel></rss>", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="bersarang"):
        run_import(store, "wxr", path)
    # XML cannot carry NUL, but the JSON in Redaksi's post meta can: refused like in JSONL.
    path = tmp_path / "meta.xml"
    path.write_text(WXR_HEAD + "<item><title>T</title><wp:post_type>post</wp:post_type>"
                    "<wp:postmeta><wp:meta_key>redaksi_location</wp:meta_key>"
                    '<wp:meta_value>{"name": "Me\\u0000dan"}</wp:meta_value></wp:postmeta>'
                    "</item></channel></rss>", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="NUL"):
        run_import(store, "wxr", path)
    assert store.articles.count() == 0
