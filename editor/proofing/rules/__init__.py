"""The rule families, in the order they run, and how overlaps are resolved.

When two rules flag overlapping text, the one with the lower priority number wins: specific
grammar/spelling rules beat the generic typo rule, so "mempengaruhi" is reported as a meN-
error with the right fix rather than as an unknown word.
"""

from __future__ import annotations

from editor.proofing.rules import (
    apposition,
    capitalization,
    caps,
    clitics,
    compounds,
    dike,
    grammar,
    number_style,
    numbers,
    office_names,
    place_commas,
    punct,
    punctuation,
    regions,
    titles,
    typo,
    word_choice,
    words,
)
from editor.proofing.rules.base import Rule

RULES: tuple[Rule, ...] = (
    dike.di_ke_joined,
    dike.di_detached,
    words.baku,
    words.padanan,
    grammar.kpst,
    grammar.reduplication,
    grammar.pleonasm,
    grammar.double_conjunction,
    compounds.compounds,
    caps.capitals,
    numbers.numbers,
    punct.spacing,
    punctuation.punctuation,
    apposition.appositives,
    place_commas.place_commas,
    titles.titles,
    office_names.office_names,
    capitalization.capitalization,
    number_style.number_style,
    word_choice.word_choice,
    clitics.split_clitic,
    typo.typo,
)

_PRIORITY = {
    "ID_KATA_BAKU": 10,
    "ID_DI_PREPOSISI": 20,
    "ID_KE_PREPOSISI": 20,
    "ID_DI_PREFIKS": 7,
    "ID_PLEONASME": 5,
    "ID_KATA_GANDA": 6,
    "ID_GABUNGAN_KATA": 8,
    "ID_MEN_KPST": 12,
    "ID_REDUPLIKASI": 15,
    "ID_PADANAN": 40,
    "ID_KAPITAL_AKRONIM": 9,
    "ID_KLITIK_TERPISAH": 9,
    "ID_KATA_TERGABUNG": 88,
    "ID_SALAH_KETIK": 90,
    "ID_KATA_TIDAK_DIKENAL": 95,
}


def priority(rule_id: str) -> int:
    return _PRIORITY.get(rule_id, 50)


def preload() -> None:
    """Load every list the rules use (so the first check is as fast as the rest)."""
    words.baku_map()
    words.padanan_map()
    dike._data()
    grammar._kpst_exceptions()
    grammar._redup_data()
    grammar._pleonasm_data()
    compounds.compound_map()
    compounds._phrase_data()
    caps._data()
    caps._before()
    typo.id_frequencies()
    punctuation._connectors()
    punctuation._titles()
    capitalization.acronym_map()
    capitalization.lowercase_words()
    capitalization.comma_openers()
    capitalization.units()
    capitalization._generic_heads()
    word_choice._data()
    apposition.positions()
    regions.place_pairs()
    place_commas.all_pairs()
    titles._data()
    office_names._data()
