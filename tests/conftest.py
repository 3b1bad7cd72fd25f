"""Shared fixtures. Stores are real SQLite files in a temporary folder (no mocks)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"
if not SHARED.is_dir():
    SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder (standards, data); tests needing it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}: standards and data are not available")
    return SHARED


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'redaksi-test.db'}"


@pytest.fixture
def store(db_url: str):
    from editor.store import open_store

    s = open_store(db_url)
    yield s
    s.close()
