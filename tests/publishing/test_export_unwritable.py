"""`redaksi export` into a folder that exists but cannot be written: a clear message and
exit 2 (DESIGN.md CLI contract), never a traceback, and no temporary files left behind.

Tests run as root in CI, where ``chmod 0o500`` does not stop writes, so the real case uses
``/proc/self`` (a folder nobody can create files in) and the unit case makes ``mkstemp``
fail the way a read-only mount does."""

from __future__ import annotations

import errno
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from editor.cli import main
from editor.domain import Article, Dateline, Status
from editor.publishing.exporters import ExportError, get_exporter
from editor.publishing.exporters.base import write_atomic

FORMATS = ["markdown", "html", "wxr", "ninjs", "newsml", "jsonld"]


@pytest.fixture
def approved(store):
    return store.articles.create(Article(
        headline="Naskah disetujui", body="Isi.", status=Status.APPROVED,
        dateline=Dateline("Medan", datetime(2024, 5, 2, 3, 0, tzinfo=UTC)),
    ))


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_unwritable_folder_exits_2(fmt, approved, db_url, capsys):
    assert main(["--db", db_url, "export", fmt, "--out", "/proc/self"]) == 2
    err = capsys.readouterr().err
    assert "tidak bisa ditulisi" in err and "Traceback" not in err


@pytest.mark.parametrize("fmt", FORMATS)
def test_mkstemp_failure_becomes_export_error(fmt, approved, store, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="tidak bisa ditulisi.*Read-only"):
        get_exporter(fmt).export([store.articles.get(approved.id)], tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_cli_read_only_mount_exits_2(approved, db_url, tmp_path, monkeypatch, capsys):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert main(["--db", db_url, "export", "wxr", "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'o'}: folder tujuan tidak bisa ditulisi (Permission denied)" in err


def test_write_atomic_still_writes(tmp_path):
    target = write_atomic(tmp_path / "a.txt", "isi")
    assert target.read_text() == "isi" and target.stat().st_mode & 0o777 == 0o644
