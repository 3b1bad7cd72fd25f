"""Settings keys are typed and spelt once (``editor/ui/settings_keys.py``)."""

from __future__ import annotations

import ast
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


#: QSettings methods that take a key as their first argument.
_KEYED = frozenset({"value", "setValue", "remove", "contains", "beginGroup",
                    "beginReadArray", "beginWriteArray"})


def _string_names(tree: ast.AST) -> set[str]:
    """Names bound to a string literal anywhere in the module (``KEY = "window/x"``)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def _settings_names(tree: ast.AST) -> set[str]:
    """Names that hold a QSettings: ``s = QSettings()``, ``settings or QSettings()``, or a
    parameter annotated ``QSettings``."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                and n.func.id == "QSettings" for n in ast.walk(node.value)):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        if isinstance(node, ast.arg) and node.annotation is not None and "QSettings" in \
                ast.unparse(node.annotation):
            names.add(node.arg)
    return names


def raw_settings_access(path: Path) -> list[str]:
    """Calls that hand QSettings a key not from ``settings_keys``: a string literal (or
    f-string, or a name bound to one) as the key of any keyed method, and any keyed call
    on a QSettings object itself (reading and writing go through ``Key.read/write``)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    strings, settings = _string_names(tree), _settings_names(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in _KEYED):
            continue
        receiver = node.func.value
        on_settings = (isinstance(receiver, ast.Name) and receiver.id in settings) or (
            isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Name)
            and receiver.func.id == "QSettings")
        key = node.args[0] if node.args else None
        literal = isinstance(key, ast.JoinedStr) or (
            isinstance(key, ast.Constant) and isinstance(key.value, str)) or (
            isinstance(key, ast.Name) and key.id in strings)
        if on_settings or literal:
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_raw_settings_key_outside_settings_keys() -> None:
    """Not only the known names: any key spelt as a string in the UI, or any direct
    QSettings read/write, outside ``settings_keys.py`` fails."""
    found = [hit for p in sorted((EDITOR / "ui").rglob("*.py")) if p.name != "settings_keys.py"
             for hit in raw_settings_access(p)]
    assert found == []


def test_the_raw_key_check_catches_each_spelling(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QSettings\n"
        "GEOMETRY = 'window/geometry'\n"
        "def f(settings: QSettings, name):\n"
        "    QSettings().value('window/new')\n"          # 4: a literal, on QSettings()
        "    settings.setValue(GEOMETRY, 1)\n"           # 5: a name bound to a literal
        "    s = QSettings()\n"
        "    s.value(name)\n"                            # 7: raw access on a QSettings
        "    other.remove(f'proofing/{name}')\n"         # 8: an f-string key
        "    progress.setValue(3)\n"                     # a progress bar: fine
        "    keys.THEME.write('dark', settings)\n",      # through a Key: fine
        encoding="utf-8")
    assert [hit.split(":")[1] for hit in raw_settings_access(sample)] == ["4", "5", "7", "8"]
