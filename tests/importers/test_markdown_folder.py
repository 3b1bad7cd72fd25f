"""Markdown folder import: front matter fields, ids, idempotency, and broken files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from editor.domain.workflow import Status
from editor.publishing.importers import ImportFormatError, run_import
from editor.publishing.importers.base import WIB

GOOD = """---
title: "Banjir Rendam 300 Rumah: Warga Mengungsi"
id: arsip-md-1
date: 2018-09-04T10:00:00+07:00
slug: banjir-medan
summary: Ratusan rumah terendam.
subtitle: Hujan sejak malam
tags: [banjir, BPBD]
categories: [Regional, Bencana]
authors: [Rina Siregar]
location:
  name: Medan
  regency: Kota Medan
  province: Sumatera Utara
  code: "12.71"
dateline:
  place: Medan
---

Banjir merendam **300 rumah** di Kota Medan.

BPBD mengerahkan perahu karet.
"""

SECOND = """---
title: Jalan Rusak di Deli Serdang
date: 2018-09-05
draft: true
tags: jalan, infrastruktur
---
Warga mengeluh jalan rusak.
"""


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "konten"
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def test_front_matter_fields(store, tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.md": GOOD, "2018/jalan.markdown": SECOND, "x.txt": "abaikan"})
    result = run_import(store, "markdown", folder)
    assert result.created == 2
    a = store.articles.resolve("arsip-md-1")
    assert a.headline == "Banjir Rendam 300 Rumah: Warga Mengungsi"
    assert a.subheadline == "Hujan sejak malam"
    assert a.summary == "Ratusan rumah terendam."
    assert a.slug == "banjir-medan"
    assert a.tags == ("banjir", "BPBD", "Bencana")
    assert a.category == "Regional"
    assert [b.name for b in a.bylines] == ["Rina Siregar"]
    assert a.location.code == "12.71"
    assert a.dateline.place == "Medan"
    assert a.dateline.when == datetime(2018, 9, 4, 10, 0, tzinfo=WIB)
    assert a.status == Status.PUBLISHED and a.published_at == a.dateline.when
    assert a.body.startswith("Banjir merendam **300 rumah**")

    b = store.articles.resolve("markdown:2018/jalan.markdown")  # path is the id
    assert b.status == Status.DRAFT and b.published_at is None
    assert b.tags == ("jalan", "infrastruktur")
    assert b.dateline.when == datetime(2018, 9, 5, 0, 0, tzinfo=WIB)


def test_reimport_updates_changed_file_only(store, tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.md": GOOD, "b.md": SECOND})
    run_import(store, "markdown", folder)
    (folder / "b.md").write_text(SECOND.replace("rusak.", "rusak parah."), encoding="utf-8")
    again = run_import(store, "markdown", folder)
    assert (again.created, again.updated, again.unchanged) == (0, 1, 1)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("---\ntitle: [tidak ditutup\ndate: 2018-09-05\n---\nisi\n", 3, "baris 2"),
        ("---\ndate: 2018-09-05\n---\nisi tanpa judul\n", 1, "judul"),
        ("Tanpa front matter sama sekali\n", 1, "front matter"),
        ("---\ntitle: Judul\ndate: kemarin\n---\nisi\n", 1, "tanggal"),
        ("---\ntitle: Judul\ntags: {a: 1}\n---\nisi\n", 1, "tags"),
        ("---\ntitle: Judul\nstatus: terbit\n---\nisi\n", 1, "status"),
    ],
)
def test_broken_file_names_file_and_line_and_stores_nothing(
    store, tmp_path: Path, text: str, line: int, message: str
) -> None:
    folder = _folder(tmp_path, {"a.md": GOOD, "z-rusak.md": text})
    with pytest.raises(ImportFormatError, match=message) as info:
        run_import(store, "markdown", folder)
    assert info.value.path.endswith("z-rusak.md")
    assert info.value.line == line
    assert store.articles.count() == 0


def test_not_utf8(store, tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.md": GOOD})
    (folder / "b.md").write_bytes(b"---\ntitle: Caf\xe9\n---\n")
    with pytest.raises(ImportFormatError, match="UTF-8") as info:
        run_import(store, "markdown", folder)
    assert info.value.line == 2
    assert store.articles.count() == 0


def test_empty_or_missing_folder(store, tmp_path: Path) -> None:
    (tmp_path / "kosong").mkdir()
    with pytest.raises(ImportFormatError, match=".md"):
        run_import(store, "markdown", tmp_path / "kosong")
    with pytest.raises(ImportFormatError, match="folder"):
        run_import(store, "markdown", tmp_path / "tidak-ada")
