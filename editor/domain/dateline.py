"""Datelines: the place and date that open a news story, rendered in house style.

Indonesian newsrooms write datelines in a few fixed shapes, for example
``"TANJUNGBALAI, Selasa (4/9/2018) -"`` or ``"Tanjungbalai, hetanews.com -"``. The shape is a
house decision, so it is a :class:`DatelineStyle` value rather than code spread over the app.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTH_NAMES = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


class IndonesianTimeZone(enum.Enum):
    """Indonesia's three civil time zones, named as newsrooms write them."""

    WIB = 7
    WITA = 8
    WIT = 9

    @property
    def tzinfo(self) -> timezone:
        return timezone(timedelta(hours=self.value), self.name)

    @classmethod
    def for_province_code(cls, code: str) -> IndonesianTimeZone:
        """Time zone of a region from the first two digits of its Kemendagri code."""
        prefix = (code or "")[:2]
        if prefix in {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}:
            return cls.WITA
        if prefix in {"81", "82"} or prefix.startswith("9"):
            return cls.WIT
        return cls.WIB


def day_name(d: date) -> str:
    """Indonesian day name ("Selasa") of a date."""
    return DAY_NAMES[d.weekday()]


def long_date(d: date) -> str:
    """"Selasa, 4 September 2018"."""
    return f"{day_name(d)}, {d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


@dataclass(frozen=True, slots=True)
class Dateline:
    """Place and moment of a story. ``when`` is timezone-aware; naive values are taken as WIB."""

    place: str = ""
    when: datetime | None = None

    def __post_init__(self) -> None:
        if self.when is not None and self.when.tzinfo is None:
            object.__setattr__(self, "when", self.when.replace(tzinfo=IndonesianTimeZone.WIB.tzinfo))

    @property
    def is_empty(self) -> bool:
        return not self.place and self.when is None

    def render(self, style: DatelineStyle | None = None) -> str:
        """The dateline as printed at the head of the story, in ``style`` (house default)."""
        return (style or DatelineStyle()).render(self)

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "when": self.when.isoformat() if self.when else None}

    @classmethod
    def from_value(cls, value: Any) -> Dateline:
        if value is None or value == "":
            return cls()
        if isinstance(value, Dateline):
            return value
        if isinstance(value, dict):
            when = value.get("when")
            if isinstance(when, str) and when:
                when = datetime.fromisoformat(when)
            return cls(place=str(value.get("place") or ""), when=when or None)
        raise ValueError(f"dateline must be an object, not {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class DatelineStyle:
    """How the house prints a dateline.

    ``day_and_date`` gives ``"TANJUNGBALAI, Selasa (4/9/2018) -"``; with ``outlet`` set and
    ``day_and_date`` off it gives ``"Tanjungbalai, hetanews.com -"``.
    """

    uppercase_place: bool = True
    day_and_date: bool = True
    outlet: str = ""
    separator: str = " -"

    def render(self, dateline: Dateline) -> str:
        place = dateline.place.strip()
        if self.uppercase_place:
            place = place.upper()
        parts = [place] if place else []
        tail = ""
        if self.outlet:
            parts.append(self.outlet)
        if self.day_and_date and dateline.when is not None:
            d = dateline.when.date()
            tail = f"{day_name(d)} ({d.day}/{d.month}/{d.year})"
            parts.append(tail)
        if not parts:
            return ""
        return ", ".join(parts) + self.separator


def utc_now() -> datetime:
    """Aware current time in UTC: the one clock the store writes."""
    return datetime.now(UTC)
