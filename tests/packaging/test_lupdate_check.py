"""Every string the UI shows has its English translation (what `.ci/run` checks with
``scripts/check_translations.py``), and the check does catch a new untranslated string."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "check_translations.py"


def _module():
    spec = importlib.util.spec_from_file_location("check_translations", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pytestmark = pytest.mark.skipif(
    not Path(sys.executable).with_name("pyside6-lupdate").exists()
    and shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")


def test_every_ui_string_is_translated() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT)], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_new_string_without_translation_is_caught(tmp_path) -> None:
    check = _module()
    ts = tmp_path / "redaksi_en.ts"
    shutil.copy(check.TS, ts)
    shutil.copy(check.TS.with_suffix(".qm"), ts.with_suffix(".qm"))
    source = tmp_path / "new_widget.py"
    source.write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class NewWidget(QWidget):\n"
        "    def label(self) -> str:\n"
        "        return self.tr('Naskah baru yang belum diterjemahkan')\n", encoding="utf-8")
    problems = check.check([str(source)], ts)
    assert any("Naskah baru yang belum diterjemahkan" in p for p in problems), problems
    ts.with_suffix(".qm").write_bytes(b"stale")
    assert any("pyside6-lrelease" in p for p in check.check([str(source)], ts))
