"""`redaksi export`: not implemented yet (see the open issue); exits 2 without output."""

from __future__ import annotations

import argparse

from editor.commands.common import not_yet_available


def run(args: argparse.Namespace) -> int:
    return not_yet_available("export")
