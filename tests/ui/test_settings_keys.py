"""Settings keys are typed and spelt once (``editor/ui/settings_keys.py``)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings

from editor.ui import settings_keys as keys

EDITOR = Path(__file__).resolve().parents[2] / "editor"


def test_values_come_back_typed_through_an_ini_file(tmp_path) -> None:
    settings = QSettings(str(tmp_path / "redaksi.ini"), QSettings.Format.IniFormat)
    assert keys.THEME.read(settings) == "light" and keys.DISABLED_RULES.read(settings) == []
    keys.THEME.write("dark", settings)
    keys.DISABLED_RULES.write(["ID_SPASI_GANDA", "ID_KATA_BAKU"], settings)
    keys.HOUSE_INTS["headline_max"].write(120, settings)
    settings.sync()
    again = QSettings(str(tmp_path / "redaksi.ini"), QSettings.Format.IniFormat)
    assert keys.THEME.read(again) == "dark"
    assert keys.DISABLED_RULES.read(again) == ["ID_SPASI_GANDA", "ID_KATA_BAKU"]
    assert keys.HOUSE_INTS["headline_max"].read(again) == 120  # an int, not "120"
    assert keys.HOUSE_INTS["summary_max"].read(again) is None
    again.setValue(keys.THEME.name, "ungu")
    again.setValue(keys.HOUSE_INTS["reading_wpm"].name, "banyak")
    assert keys.THEME.read(again) == "light"  # an unknown theme: the default
    assert keys.HOUSE_INTS["reading_wpm"].read(again) is None
    keys.THEME.remove(again)
    assert again.value(keys.THEME.name) is None


def test_no_other_module_spells_a_settings_key() -> None:
    names = {k.name for k in vars(keys).values() if isinstance(k, keys.Key)}
    names |= {k.name for k in keys.HOUSE_INTS.values()}
    found = [f"{p.relative_to(EDITOR)}: {name}" for p in EDITOR.rglob("*.py")
             if p.name != "settings_keys.py"
             for name in names if re.search(rf"['\"]{re.escape(name)}['\"]", p.read_text("utf-8"))]
    assert found == []
