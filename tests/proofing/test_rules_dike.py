"""di-/ke-: detached passives are found for common verbs; prepositions before places stay."""

from __future__ import annotations

import pytest

from editor.proofing.engine import Proofreader

PASSIVES = ("ketahui percaya sebut duga minta harapkan gelar lakukan temukan laporkan periksa "
            "amankan bawa serahkan berikan gunakan tangkap rawat makamkan bangun resmikan jual "
            "terima tolak sahkan bahas undang cari lihat tulis kirim simpan buang tanam").split()
PLACES = ("balik sela atas bawah dalam luar samping tengah antara sekitar puncak tepi kaki "
          "rumah kantor sekolah jalan pasar lapangan desa kota ruang lokasi tempat").split()


@pytest.fixture(scope="module")
def pr() -> Proofreader:
    return Proofreader()


@pytest.mark.parametrize("verb", PASSIVES)
def test_detached_passive_with_agent(pr: Proofreader, verb: str) -> None:
    text = f"Barang itu di {verb} oleh petugas."
    issues = pr.check(text)
    assert [(i.rule_id, i.replacements[0]) for i in issues] == [("ID_DI_PREFIKS", "di" + verb)]


@pytest.mark.parametrize("place", PLACES)
def test_preposition_before_place_is_clean_and_glued_form_is_flagged(pr, place) -> None:
    assert pr.check(f"Mereka menunggu di {place} itu sejak pagi.") == []
    glued = f"Mereka menunggu di{place} itu sejak pagi."
    if place in ("balik", "sela"):
        return  # dibalik/disela are also passives (flipped, interrupted): left alone
    issues = pr.check(glued)
    assert [i.replacements[0] for i in issues] == [f"di {place}"]
