"""Every entry of the list-based rule data behaves: the wrong form is flagged with its pair,
the standard form passes the whole proofreader (so the lists agree with the lexicon)."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader
from editor.proofing.ruledata import RuleDataError, read_tsv

BAKU = read_tsv("baku.tsv")
PADANAN = read_tsv("padanan.tsv")
COMPOUNDS = read_tsv("compounds.tsv")


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()


def test_baku_list_is_large_and_unique() -> None:
    keys = [r[0] for r in BAKU]
    assert len(keys) >= 400
    assert len(set(keys)) == len(keys)
    assert all(r[0] != r[1].lower() for r in BAKU)


@pytest.mark.parametrize(
    ("table", "rule"), [(BAKU, "ID_KATA_BAKU"), (PADANAN, "ID_PADANAN"),
                        (COMPOUNDS, "ID_GABUNGAN_KATA")])
def test_every_pair(pr: Proofreader, table, rule) -> None:
    bad = []
    for wrong, right, *_ in table:
        text = f"Ia menulis {wrong} di sini."
        issues = pr.check(text)
        hits = [i for i in issues if text[i.offset : i.end].lower() == wrong]
        if not hits or hits[0].rule_id != rule or hits[0].replacements[0] != right:
            bad.append((wrong, [(i.rule_id, i.replacements[:1]) for i in issues]))
        fixed = f"Ia menulis {right} di sini."
        if pr.check(fixed):
            bad.append((right, [(i.rule_id, text) for i in pr.check(fixed)]))
    assert bad == []


def test_malformed_tsv_names_file_and_line(tmp_path, monkeypatch) -> None:
    import editor.proofing.ruledata as rd

    (tmp_path / "proofing").mkdir()
    (tmp_path / "proofing" / "bad.tsv").write_text("# c\nok\tfine\nbroken-line\n", "utf-8")
    monkeypatch.setattr(rd, "resource_path", lambda *p: tmp_path.joinpath(*p))
    with pytest.raises(RuleDataError, match=r"bad.tsv:3"):
        rd.read_tsv("bad.tsv")
