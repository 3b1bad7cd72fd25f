"""The sentence-level rule families (issue 12) on real published news.

Two kinds of test:

* the misses named in issue 11 (acronym case, ``sejalan dengan``, a comma glued to a domain
  in a dateline), written as they were published;
* sentences of ``../shared/data/news-id/`` listed in ``benchmarks/data/proofing_realnews.jsonl``
  (the file points into the archive; the text is read from it here, never copied): every
  correct sentence of the dev split — names, acronyms, figures, quotes, lists — gives no issue
  from the new rules, and real errors of each family are found with the right first fix.
  These skip when ../shared is absent (set REDAKSI_SHARED_DIR to point elsewhere).
"""

from __future__ import annotations

import hashlib
import json
import lzma
import os
from pathlib import Path

import pytest

from editor.proofing.engine import Proofreader

SHARED = Path(__file__).resolve().parents[3] / "shared"  # ../shared beside the repository

REALNEWS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "proofing_realnews.jsonl"
NEW_RULES = frozenset({
    "ID_KOMA_KONJUNGSI", "ID_KOMA_ANAK_KALIMAT", "ID_KOMA_SUBJEK", "ID_KOMA_KLAUSA_DEPAN",
    "ID_PETIK_KOMA", "ID_TITIK_SINGKATAN", "ID_KAPITAL_AKRONIM", "ID_KAPITAL_PRONOMINA",
    "ID_KAPITAL_ARAH", "ID_KAPITAL_GEOGRAFI", "ID_WAKTU_TITIK", "ID_ANGKA_DEKADE", "ID_KOMA_PERINCIAN", "ID_RENTANG_TAHUN", "ID_KOMA_PETIKAN", "ID_BILANGAN_HURUF",
    "ID_TENTANG_TRANSITIF", "ID_BAHWA", "ID_SEJALAN_DENGAN", "ID_BERGANTUNG_PADA",
    "ID_PADA_WAKTU", "ID_ANTARA_DAN", "ID_BAIK_MAUPUN", "ID_DARIPADA", "ID_JAM_PUKUL",
    "ID_KOMA_APOSISI", "ID_KOMA_WILAYAH", "ID_KAPITAL_JABATAN", "ID_KAPITAL_JABATAN_INSTANSI",
    "ID_KAPITAL_SAPAAN",
    "ID_KAPITAL_KATA_UMUM", "ID_KAPITAL_UNSUR_UMUM",
})


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()


def _one(pr: Proofreader, text: str, wrong: str) -> tuple[str, str]:
    start = text.index(wrong)
    hits = [i for i in pr.check(text) if i.offset == start and i.end == start + len(wrong)]
    assert hits, f"nothing on {wrong!r}: {[(i.rule_id, text[i.offset:i.end]) for i in pr.check(text)]}"
    return hits[0].rule_id, hits[0].replacements[0]


# -- issue 11, item 5: the misses as published ------------------------------------------------

def test_acronym_spelled_as_the_archive_does(pr) -> None:
    text = "Indonesia bersiap menghadapi Masyarakat Ekonomi Asean yang berlaku akhir tahun ini."
    assert _one(pr, text, "Asean") == ("ID_KAPITAL_AKRONIM", "ASEAN")
    assert _one(pr, "Konferensi insinyur se-Asean digelar di Jakarta.", "Asean")[1] == "ASEAN"
    assert pr.check("Indonesia bersiap menghadapi Masyarakat Ekonomi ASEAN.") == []


def test_sejalan_takes_dengan(pr) -> None:
    text = "Pelatihan itu sejalan visi dan misi bupati untuk meningkatkan keterampilan warga."
    assert _one(pr, text, "sejalan") == ("ID_SEJALAN_DENGAN", "sejalan dengan")
    clean = "Pelatihan itu sejalan dengan visi dan misi bupati untuk meningkatkan keterampilan warga."
    assert [i.rule_id for i in pr.check(clean)] == []


def test_comma_glued_to_a_domain_in_a_dateline(pr) -> None:
    text = "Tanjungbalai,hetanews.com- Sebanyak 20 peserta mengikuti pelatihan itu."
    rule, fix = _one(pr, text, "Tanjungbalai,hetanews.com")
    assert (rule, fix) == ("ID_SPASI_SESUDAH_TANDA", "Tanjungbalai, hetanews.com")
    assert pr.check("Tanjungbalai, hetanews.com - Sebanyak 20 peserta mengikuti pelatihan itu.") == []
    # an e-mail or URL after a comma with a space stays clean
    assert pr.check("Kirim ke redaksi@hetanews.com, www.hetanews.com atau kantor kami.") == []


def test_word_choice_rules_are_silent_in_direct_speech(pr) -> None:
    said = '"Kami membahas tentang banyak hal di tahun 2019," kata Budi.'
    assert not [i for i in pr.check(said) if i.rule_id in NEW_RULES]
    written = "Rapat itu membahas tentang banyak hal pada 2019."
    assert _one(pr, written, "membahas tentang")[0] == "ID_TENTANG_TRANSITIF"


def test_house_style_switch_counts_in_words() -> None:
    text = "Sebanyak tiga warga dan 5 polisi terluka."
    assert Proofreader().check(text) == []  # waived by default (resources/house/proofing.yaml)
    pr = Proofreader()
    pr.enable_rule("ID_BILANGAN_HURUF")
    assert _one(pr, text, "5") == ("ID_BILANGAN_HURUF", "lima")


# -- sentences of the archive -------------------------------------------------------------------

def _shared() -> Path:
    base = Path(os.environ.get("REDAKSI_SHARED_DIR", SHARED))
    archive = base / "data" / "news-id" / "clickid_articles.jsonl.xz"
    if not archive.is_file():
        pytest.skip(f"news archive not found at {archive}")
    return archive


@pytest.fixture(scope="module")
def cases() -> list[dict]:
    archive = _shared()
    rows = [json.loads(line) for line in REALNEWS.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if "article" in r]
    wanted = {r["article"] for r in rows}
    paragraphs: dict[str, list[str]] = {}
    with lzma.open(archive, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in wanted:
                paragraphs[rec["id"]] = rec["body"].split("\n")
    for r in rows:
        para = paragraphs[r["article"]][r["para"]]
        sentence = para[r["start"] : r["end"]]
        assert hashlib.sha1(sentence.encode()).hexdigest()[:12] == r["sha1"], r["id"]
        r["paragraph"], r["sentence"] = para, sentence
    return rows


def _issues_in(pr: Proofreader, case: dict) -> list:
    return [i for i in pr.check(case["paragraph"])
            if i.offset < case["end"] and i.end > case["start"]]


def test_correct_real_sentences_get_no_flag_from_the_new_rules(pr, cases) -> None:
    correct = [c for c in cases if c["split"] == "dev" and not c["errors"]]
    assert len(correct) > 200
    noisy = []
    for c in correct:
        new = [i for i in _issues_in(pr, c) if i.rule_id in NEW_RULES]
        if new:
            noisy.append((c["id"], c["sentence"], [(i.rule_id, c["paragraph"][i.offset:i.end])
                                                   for i in new]))
    assert noisy == []


@pytest.mark.parametrize("kind", ["punct", "caps", "number", "grammar", "wordchoice"])
def test_real_errors_of_each_family_are_found_and_fixed(pr, cases, kind) -> None:
    found = total = 0
    # the regex-mined part of the set; the sentences drawn by a broad pattern
    # ("mined:<family>", every error annotated, recall printed by the benchmark) are apart
    for c in (c for c in cases if c["split"] == "dev"
              and not c.get("source", "").startswith("mined:")):
        for err in (e for e in c["errors"] if e["kind"] == kind):
            total += 1
            s0 = c["start"] + err["offset"]
            s1 = s0 + err["length"]
            hits = [i for i in _issues_in(pr, c) if i.offset < s1 and i.end > s0]
            if not hits:
                continue
            i = hits[0]
            para = c["paragraph"]
            fixed = para[: i.offset] + i.replacements[0] + para[i.end :]
            if any(g in fixed for g in err["good"]):
                found += 1
    assert total >= 20
    # the dev figures the benchmark prints: every family well above the issue's 0.75 target
    assert found / total >= 0.85, f"{kind}: {found}/{total}"
