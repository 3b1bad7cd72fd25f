"""House-style switches of the proofreader (``resources/house/proofing.yaml``).

Why a separate file from ``house.yaml``: these switches decide which PUEBI rules a newsroom
waives (counts in figures, "Dr" without a full stop …); the writing desk's length limits do
not need to know about them, and a newsroom can replace one file without the other. Each
switch maps to the rule ids it turns on or off; ``Proofreader`` starts with the switched-off
rules disabled (``enable_rule`` turns one back on), so the rules themselves never ask.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from editor.resources import resource_path

#: switch name -> (rule ids it governs, default when the file does not say)
SWITCHES: dict[str, tuple[tuple[str, ...], bool]] = {
    "numbers_in_words": (("ID_BILANGAN_HURUF",), False),
    "title_period": (("ID_TITIK_SINGKATAN",), True),
    "comma_before_subordinate": (("ID_KOMA_ANAK_KALIMAT",), True),
    "clock_period": (("ID_WAKTU_TITIK",), True),
    "appositive_comma": (("ID_KOMA_APOSISI",), True),
    "title_before_office": (("ID_KAPITAL_JABATAN_INSTANSI",), True),
}


class HouseStyleError(ValueError):
    """``proofing.yaml`` is malformed (the message names the file and the key)."""


@lru_cache(maxsize=1)
def switches() -> dict[str, bool]:
    """Every switch with its value (file value, else the default)."""
    path = resource_path("house", "proofing.yaml")
    raw: object = {}
    if path.is_file():
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise HouseStyleError(f"{path}: invalid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise HouseStyleError(f"{path}: expected a mapping of switch: true|false")
    out = {}
    for name, (_rules, default) in SWITCHES.items():
        value = raw.get(name, default)
        if not isinstance(value, bool):
            raise HouseStyleError(f"{path}: {name} must be true or false, got {value!r}")
        out[name] = value
    unknown = sorted(set(raw) - set(SWITCHES))
    if unknown:
        raise HouseStyleError(f"{path}: unknown switch(es) {', '.join(map(str, unknown))}")
    return out


def enabled(name: str) -> bool:
    return switches()[name]


@lru_cache(maxsize=1)
def waived_rules() -> frozenset[str]:
    """Rule ids the house style switches off."""
    on = switches()
    return frozenset(r for name, (rules, _d) in SWITCHES.items() if not on[name] for r in rules)
