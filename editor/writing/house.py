"""House settings for the writing desk (limits, required fields, categories).

Defaults come from ``resources/house/house.yaml``; the UI may override any of them per
workstation and passes the result around as one immutable :class:`HouseSettings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import yaml

from editor.resources import resource_path

KNOWN_FIELDS = ("headline", "body", "summary", "slug", "category", "tags", "bylines",
                "dateline_place", "location", "kicker", "subheadline")


@dataclass(frozen=True, slots=True)
class HouseSettings:
    headline_min: int = 20
    headline_warn: int = 70
    headline_max: int = 90
    summary_min: int = 60
    summary_warn: int = 160
    summary_max: int = 200
    reading_wpm: int = 200
    autosave_seconds: int = 4
    required_fields: tuple[str, ...] = ("headline", "body", "summary", "slug", "category")
    categories: tuple[str, ...] = field(default_factory=tuple)

    def with_changes(self, **changes: Any) -> HouseSettings:
        return replace(self, **changes)


def parse_house(data: Any, source: str = "house.yaml") -> HouseSettings:
    """Validate the YAML mapping; a bad value names the file and the key."""
    if not isinstance(data, dict):
        raise ValueError(f"{source}: expected a mapping at the top level")
    values: dict[str, Any] = {}
    for key in ("headline_min", "headline_warn", "headline_max", "summary_min", "summary_warn",
                "summary_max", "reading_wpm", "autosave_seconds"):
        if key in data:
            value = data[key]
            if not isinstance(value, int) or value <= 0:
                raise ValueError(f"{source}: {key} must be a positive whole number, not {value!r}")
            values[key] = value
    if "required_fields" in data:
        fields = tuple(str(f) for f in data["required_fields"] or ())
        unknown = [f for f in fields if f not in KNOWN_FIELDS]
        if unknown:
            raise ValueError(f"{source}: unknown required field(s) {', '.join(unknown)}; "
                             f"known: {', '.join(KNOWN_FIELDS)}")
        values["required_fields"] = fields
    if "categories" in data:
        values["categories"] = tuple(str(c).strip() for c in data["categories"] or ()
                                     if str(c).strip())
    return HouseSettings(**values)


@lru_cache(maxsize=1)
def default_house() -> HouseSettings:
    """The newsroom defaults from resources (loaded once)."""
    path = resource_path("house", "house.yaml")
    with open(path, encoding="utf-8") as handle:
        return parse_house(yaml.safe_load(handle), str(path))
