"""Helpers every sub-command shares: opening the store, and reporting errors the same way."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from editor.cli import EXIT_ERROR

if TYPE_CHECKING:  # the store is imported when a command opens it (`check` may never)
    from editor.store import Store


def fail(message: str, code: int = EXIT_ERROR) -> int:
    """Print ``redaksi: message`` on stderr and return ``code``."""
    print(f"redaksi: {message}", file=sys.stderr)
    return code


def store_from_args(args: argparse.Namespace) -> Store:
    from editor.store import open_store

    return open_store(getattr(args, "db", None))


def run_with_store(args: argparse.Namespace, body: Callable[[Store], int]) -> int:
    """Open the store named by ``--db`` (or the default), run ``body``, always close it.

    A database that cannot be opened is reported the same way by every sub-command.
    """
    from editor.store import StoreError

    try:
        store = store_from_args(args)
    except StoreError as exc:
        return fail(str(exc))
    try:
        return body(store)
    finally:
        store.close()


def not_yet_available(feature: str) -> int:
    """For contract commands whose issue is not done yet: say so, never fake a result."""
    return fail(f"'{feature}' belum tersedia di versi ini")


__all__ = ["fail", "not_yet_available", "run_with_store", "store_from_args"]
