"""Where a story happened: an Indonesian administrative region or free text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Location:
    """An Indonesian region (province / kabupaten-kota / kecamatan) or a free-text place.

    ``code`` is the official Kemendagri code where known (``"12"`` for Sumatera Utara,
    ``"12.71"`` for Kota Medan, ``"12.71.01"`` for a kecamatan in it); the name fields keep
    the readable hierarchy so a location stays meaningful without the gazetteer.
    """

    name: str = ""
    province: str = ""
    regency: str = ""
    district: str = ""
    code: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.province or self.regency or self.district or self.code)

    @property
    def display_name(self) -> str:
        """The most specific name, followed by its parents: "Medan Baru, Kota Medan, Sumatera Utara"."""
        parts = [p for p in (self.district, self.regency, self.province) if p]
        if self.name and (not parts or self.name != parts[0]):
            parts.insert(0, self.name)
        return ", ".join(parts)

    def to_dict(self) -> dict[str, str]:
        return {
            "name": self.name,
            "province": self.province,
            "regency": self.regency,
            "district": self.district,
            "code": self.code,
        }

    @classmethod
    def from_value(cls, value: Any) -> Location:
        """Build a location from a dict (as stored/imported), a plain string, or None."""
        if value is None or value == "":
            return cls()
        if isinstance(value, Location):
            return value
        if isinstance(value, str):
            return cls(name=value.strip())
        if isinstance(value, dict):
            return cls(
                name=str(value.get("name") or ""),
                province=str(value.get("province") or ""),
                regency=str(value.get("regency") or value.get("kabupaten") or value.get("kota") or ""),
                district=str(value.get("district") or value.get("kecamatan") or ""),
                code=str(value.get("code") or ""),
            )
        raise ValueError(f"location must be a string or an object, not {type(value).__name__}")
