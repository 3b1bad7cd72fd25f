"""House settings for the writing desk (limits, required fields, categories).

Defaults come from ``resources/house/house.yaml``; the UI may override any of them per
workstation and passes the result around as one immutable :class:`HouseSettings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import yaml

from editor.domain.dateline import IndonesianTimeZone
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
    time_zone: str = "WIB"
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
    if "time_zone" in data:
        zone = str(data["time_zone"]).strip().upper()
        if zone not in IndonesianTimeZone.__members__:
            raise ValueError(f"{source}: time_zone must be WIB, WITA or WIT, not "
                             f"{data['time_zone']!r}")
        values["time_zone"] = zone
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


def house_zone() -> IndonesianTimeZone:
    """The newsroom's time zone (``time_zone`` in house.yaml; WIB when unset)."""
    return IndonesianTimeZone[default_house().time_zone]


def house_time(moment: datetime) -> datetime:
    """``moment`` on the newsroom's clock (naive values are taken as UTC, as the store
    writes), independent of the computer's time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(house_zone().tzinfo)


def house_now() -> datetime:
    """The current time on the newsroom's clock."""
    return datetime.now(house_zone().tzinfo)
