"""House-style switches of the proofreader (resources/house/proofing.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.proofing import house_style
from editor.proofing.engine import Proofreader


def _with_file(monkeypatch, tmp_path: Path, text: str) -> None:
    path = tmp_path / "proofing.yaml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(house_style, "resource_path", lambda *_parts: path)
    house_style.switches.cache_clear()
    house_style.waived_rules.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_cache():
    yield
    house_style.switches.cache_clear()
    house_style.waived_rules.cache_clear()


def test_shipped_defaults() -> None:
    on = house_style.switches()
    assert on == {"numbers_in_words": False, "title_period": True,
                  "comma_before_subordinate": True, "clock_period": True,
                  "appositive_comma": True, "title_before_office": True}
    assert house_style.waived_rules() == {"ID_BILANGAN_HURUF"}


def test_a_newsroom_waives_titles_before_an_office_name(monkeypatch, tmp_path) -> None:
    text = "Mantan bupati Bantaeng ini ingin mengelola stadion itu."
    assert [i.rule_id for i in Proofreader().check(text)] == ["ID_KAPITAL_JABATAN_INSTANSI"]
    _with_file(monkeypatch, tmp_path, "title_before_office: false\n")
    assert "ID_KAPITAL_JABATAN_INSTANSI" in house_style.waived_rules()
    assert [i.rule_id for i in Proofreader().check(text)] == []


def test_a_newsroom_waives_the_closing_appositive_comma(monkeypatch, tmp_path) -> None:
    text = "Kepala Dinas Kesehatan, Ani Suryani mengatakan stok vaksin cukup."
    hits = [i for i in Proofreader().check(text) if i.rule_id == "ID_KOMA_APOSISI"]
    assert [(text[h.offset:h.end], h.replacements) for h in hits] == [
        (", Ani Suryani", (", Ani Suryani,", " Ani Suryani"))]
    _with_file(monkeypatch, tmp_path, "appositive_comma: false\n")
    assert not [i for i in Proofreader().check(text) if i.rule_id == "ID_KOMA_APOSISI"]


def test_a_newsroom_waives_the_title_period(monkeypatch, tmp_path) -> None:
    _with_file(monkeypatch, tmp_path, "title_period: false\n")
    text = "Penelitian itu dipimpin Prof Budi Santoso dari Bandung."
    assert Proofreader().check(text) == []
    pr = Proofreader()
    pr.enable_rule("ID_TITIK_SINGKATAN")
    assert [i.rule_id for i in pr.check(text)] == ["ID_TITIK_SINGKATAN"]


@pytest.mark.parametrize("text", ["title_period: maybe\n", "- a list\n", "spelling: false\n",
                                  "title_period: [\n"])
def test_malformed_file_names_the_file(monkeypatch, tmp_path, text) -> None:
    _with_file(monkeypatch, tmp_path, text)
    with pytest.raises(house_style.HouseStyleError, match="proofing.yaml"):
        house_style.switches()
