"""Time from launching `redaksi` to its main window being shown (offscreen), over a few runs,
on an empty database and on one holding the real archive if given.
Run: python benchmarks/startup_time.py [--db URL] [--runs 5]"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_run(db_url: str) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REDAKSI_STARTUP_PROBE="1")
    start = time.time()
    out = subprocess.run([sys.executable, "-m", "editor.cli", "--db", db_url], env=env,
                         capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[1])
    total = time.time() - start
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("window shown at")), "")
    if not line:
        sys.exit(f"app did not report its window: {out.stderr[-2000:]}")
    return total, float(line.split()[3]) - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_url = args.db or f"sqlite:///{Path(tmp) / 'empty.db'}"
        one_run(db_url)  # first run creates and migrates the database
        runs = [one_run(db_url) for _ in range(args.runs)]
    launch = [r[0] for r in runs]
    in_app = [r[1] for r in runs]
    print(f"database: {db_url}")
    print(f"process launch -> window shown: median {statistics.median(in_app):.3f} s, "
          f"max {max(in_app):.3f} s (target <= 1.5 s)")
    print(f"whole run incl. shutdown: median {statistics.median(launch):.3f} s")


if __name__ == "__main__":
    main()
