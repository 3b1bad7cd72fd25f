"""Helpers every sub-command shares: opening the store, and reporting errors the same way."""

from __future__ import annotations

import argparse
import sys

from editor.cli import EXIT_ERROR
from editor.store import Store, StoreError, open_store


def fail(message: str, code: int = EXIT_ERROR) -> int:
    """Print ``redaksi: message`` on stderr and return ``code``."""
    print(f"redaksi: {message}", file=sys.stderr)
    return code


def store_from_args(args: argparse.Namespace) -> Store:
    return open_store(getattr(args, "db", None))


def not_yet_available(feature: str) -> int:
    """For contract commands whose issue is not done yet: say so, never fake a result."""
    return fail(f"'{feature}' belum tersedia di versi ini")


__all__ = ["StoreError", "fail", "not_yet_available", "store_from_args"]
