"""Locate the data files in the top-level ``resources/`` folder.

Rules, word lists, house style and translations are data, not code (see DESIGN.md); they live
beside the package so editors can change them without touching Python.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a file under ``resources/`` (it need not exist)."""
    return RESOURCES_DIR.joinpath(*parts)
