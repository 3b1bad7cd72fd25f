"""Locate Redaksi's data files (the top-level ``resources/`` folder).

Rules, word lists, house style, themes and translations are data, not code (see DESIGN.md).
The folder is installed as the package ``redaksi_resources`` and found through
:mod:`importlib.resources`, so the same call works from a source checkout (editable install
or ``pythonpath = .``), an installed wheel or sdist, and a PyInstaller bundle. Redaksi is never
run from a zip file, so the files are real paths that libraries such as Qt can open.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

RESOURCES_PACKAGE = "redaksi_resources"


def _resources_dir() -> Path:
    try:
        root = resources.files(RESOURCES_PACKAGE)
    except ModuleNotFoundError:
        # Run from a checkout without installing (``python main.py``): the folder beside
        # the package, which is what the installed package maps too.
        return Path(__file__).resolve().parent.parent / "resources"
    if not isinstance(root, Path):  # pragma: no cover - a zipped install
        raise RuntimeError(f"{RESOURCES_PACKAGE} must be installed as files, not in {root}")
    return root


RESOURCES_DIR = _resources_dir()


def resource_path(*parts: str) -> Path:
    """Return the path of a file under ``resources/`` (it need not exist)."""
    return RESOURCES_DIR.joinpath(*parts)


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))
