"""Fail when the UI has strings the English translation does not cover (exit 1).

Runs ``pyside6-lupdate`` over every tracked ``editor/*.py`` into a temporary copy of
``resources/translations/redaksi_en.ts`` (the committed file is not touched) and counts the
messages left unfinished: a new ``tr()`` string arrives unfinished, so does one whose source
text changed. Also checks that the committed ``.qm`` is what ``pyside6-lrelease`` makes of the
committed ``.ts`` (a translation edited but not released would not show in the app).

    python scripts/check_translations.py

To fix a failure: ``pyside6-lupdate $(git ls-files 'editor/*.py') -ts
resources/translations/redaksi_en.ts -no-obsolete``, translate the unfinished messages, then
``pyside6-lrelease resources/translations/redaksi_en.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "redaksi_en.ts"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"check_translations: {name} not found (pip install PySide6)")
    return found


def unfinished(ts: Path) -> list[str]:
    """``context: source`` of every message without a finished translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" \
                    or not (translation.text or "").strip() and not translation.findall("*"):
                out.append(f"{name}: {message.findtext('source')!r}")
    return out


def check(sources: list[str], ts: Path = TS) -> list[str]:
    """What is wrong with the translation ``ts`` of ``sources`` (empty: nothing)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        shutil.copy(ts, copy)
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete",
                        "-silent"], cwd=ROOT, check=True)
        problems += [f"untranslated: {m}" for m in unfinished(copy)]
        qm = Path(tmp) / "released.qm"
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm), "-silent"],
                       check=True)
        if qm.read_bytes() != ts.with_suffix(".qm").read_bytes():
            problems.append(f"{ts.with_suffix('.qm').name} is not the release of {ts.name} "
                            "(run pyside6-lrelease)")
    return problems


def main() -> int:
    sources = subprocess.run(["git", "ls-files", "editor/*.py"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split()
    problems = check(sources)
    for problem in problems:
        print(problem)
    if problems:
        print(f"check_translations: {len(problems)} problem(s); see the docstring to fix")
        return 1
    print(f"check_translations: every UI string translated ({len(sources)} source files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
