"""`redaksi` / `redaksi app`: start the desktop application."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    # Before Qt loads: a missing display or system library gets one clear message (with the
    # Debian packages to install) instead of Qt's abort.
    from editor.ui.startup_check import display_problem

    problem = display_problem()
    if problem:
        print(f"redaksi: {problem}", file=sys.stderr)
        return 2
    from editor.ui.app import run_app

    return run_app(db_url=getattr(args, "db", None))
