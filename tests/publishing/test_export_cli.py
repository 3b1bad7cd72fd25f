"""`redaksi export` against a real SQLite store: selection by status and id, errors, output."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from editor.cli import main
from editor.domain import Article, Dateline, Location, Status


@pytest.fixture
def stored(store):
    when = datetime(2024, 5, 2, 3, 0, tzinfo=UTC)

    def make(headline: str, status: Status, external_id: str | None = None) -> Article:
        return store.articles.create(Article(
            headline=headline, body=f"Isi {headline}.", status=status, external_id=external_id,
            dateline=Dateline("Denpasar", when), location=Location(name="Denpasar", code="51.71"),
        ))

    return {
        "approved": make("Naskah disetujui", Status.APPROVED, "ext-1"),
        "approved2": make("Disetujui kedua", Status.APPROVED),
        "draft": make("Masih draf", Status.DRAFT, "ext-2"),
        "published": make("Sudah terbit", Status.PUBLISHED, "77"),
    }


def exported_headlines(out) -> set[str]:
    return {json.loads(p.read_text())["headlines"][0]["value"] for p in out.glob("*.json")}


def test_default_exports_approved_articles_only(stored, db_url, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["--db", db_url, "export", "ninjs", "--out", str(out)]) == 0
    assert exported_headlines(out) == {"Naskah disetujui", "Disetujui kedua"}
    assert "2 naskah diekspor" in capsys.readouterr().out
    doc = json.loads((out / "naskah-disetujui.json").read_text())
    assert doc["contentcreated"] == "2024-05-02T11:00:00+08:00"  # Denpasar: WITA


def test_status_option_selects_another_state(stored, db_url, tmp_path):
    out = tmp_path / "out"
    assert main(["--db", db_url, "export", "ninjs", "--status", "published", "--out",
                 str(out)]) == 0
    assert exported_headlines(out) == {"Sudah terbit"}


def test_ids_resolve_external_first_then_internal(stored, db_url, tmp_path):
    out = tmp_path / "out"
    draft_internal = str(stored["draft"].id)
    # "77" is the external id of the published article, so it wins over internal id 77.
    assert main(["--db", db_url, "export", "ninjs", "--id", "ext-1", "--id", draft_internal,
                 "--id", "77", "--out", str(out)]) == 0
    assert exported_headlines(out) == {"Naskah disetujui", "Masih draf", "Sudah terbit"}


def test_ids_with_status_skip_the_others_and_say_so(stored, db_url, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["--db", db_url, "export", "ninjs", "--status", "approved", "--id", "ext-1",
                 "--id", "ext-2", "--out", str(out)]) == 0
    assert exported_headlines(out) == {"Naskah disetujui"}
    assert "ext-2 dilewati" in capsys.readouterr().err


def test_unknown_id_exits_2_and_writes_nothing(stored, db_url, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["--db", db_url, "export", "html", "--id", "ext-1", "--id", "tidak-ada",
                 "--out", str(out)])
    assert code == 2
    assert "tidak-ada" in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())


def test_bad_status_and_bad_destination_exit_2(stored, db_url, tmp_path, capsys):
    assert main(["--db", db_url, "export", "html", "--status", "terbit", "--out",
                 str(tmp_path / "o")]) == 2
    assert "status tidak dikenal" in capsys.readouterr().err
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    assert main(["--db", db_url, "export", "html", "--out", str(blocker)]) == 2
    assert "bukan folder" in capsys.readouterr().err


def test_nothing_to_export_is_not_an_error(db_url, store, tmp_path, capsys):
    assert main(["--db", db_url, "export", "markdown", "--out", str(tmp_path / "o")]) == 0
    assert "tidak ada naskah" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["markdown", "html", "wxr", "ninjs", "newsml", "jsonld"])
def test_every_format_runs_from_the_command_line(fmt, stored, db_url, tmp_path):
    out = tmp_path / fmt
    assert main(["--db", db_url, "export", fmt, "--out", str(out)]) == 0
    files = list(out.iterdir())
    assert files and not [f for f in files if f.name.startswith(".")]
    assert len(files) == (1 if fmt == "wxr" else 2)
