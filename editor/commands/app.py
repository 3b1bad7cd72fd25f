"""`redaksi` / `redaksi app`: start the desktop application."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from editor.ui.app import run_app

    return run_app(db_url=getattr(args, "db", None))
