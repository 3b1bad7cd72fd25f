"""Every setting the app keeps in QSettings, typed, in one place.

A key knows its name, its default and how to read back what Qt stored (QSettings hands
strings back from an INI file and native values from the registry), so callers never spell a
key or convert a value themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from editor.themes import DEFAULT_THEME, THEMES

T = TypeVar("T")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _lines(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [v for v in value.split("\n") if v]
    return [str(v) for v in value]


def _positive_int(value: Any) -> int | None:
    try:
        return max(1, int(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def _same(value: Any) -> Any:
    return value


def _join_lines(value: Any) -> Any:
    return "\n".join(value) if isinstance(value, (list, tuple)) else value


@dataclass(frozen=True)
class Key(Generic[T]):
    """One setting: ``read()`` gives a ``T`` (the default when unset or unreadable)."""

    name: str
    default: T
    parse: Callable[[Any], T] = field(default=_same, compare=False)
    dump: Callable[[Any], Any] = field(default=_same, compare=False)

    def read(self, settings: QSettings | None = None) -> T:
        value = (settings or QSettings()).value(self.name)
        if value is None:
            return self.default
        parsed = self.parse(value)
        return self.default if parsed is None else parsed

    def write(self, value: T, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(self.name, self.dump(value))

    def remove(self, settings: QSettings | None = None) -> None:
        (settings or QSettings()).remove(self.name)


def _theme(value: Any) -> str:
    return value if value in THEMES else DEFAULT_THEME


# -- appearance and language ------------------------------------------------------------------
THEME: Key[str] = Key("ui/theme", DEFAULT_THEME, _theme)
LANGUAGE: Key[str] = Key("ui/language", "id", _text)

# -- who this workstation is (the first-run wizard) ---------------------------------------------
IDENTITY_MODE: Key[str] = Key("identity/mode", "", _text)
IDENTITY_USER: Key[str] = Key("identity/user", "", _text)
IDENTITY_ROLE: Key[str] = Key("identity/role", "", _text)
IDENTITY_DATABASE_URL: Key[str] = Key("identity/database_url", "", _text)

# -- the main window's layout (Qt's own saved states) ---------------------------------------------
WINDOW_GEOMETRY: Key[Any] = Key("window/geometry", None)
WINDOW_STATE: Key[Any] = Key("window/state", None)
MAIN_SPLITTER: Key[Any] = Key("window/mainSplitter", None)
FORM_SPLITTER: Key[Any] = Key("window/formSplitter", None)

# -- house limits and the proofreader's switches (the settings dialog) ---------------------------
HOUSE_INT_FIELDS = ("headline_warn", "headline_max", "summary_warn", "summary_max",
                    "reading_wpm", "autosave_seconds")
HOUSE_INTS: dict[str, Key[int | None]] = {
    name: Key(f"house/{name}", None, _positive_int) for name in HOUSE_INT_FIELDS}
HOUSE_CATEGORIES: Key[list[str]] = Key("house/categories", [], _lines, _join_lines)
DISABLED_RULES: Key[list[str]] = Key("proofing/disabledRules", [], _lines, _join_lines)
DISABLED_CATEGORIES: Key[list[str]] = Key("proofing/disabledCategories", [], _lines,
                                          _join_lines)
