"""The desktop app's log file: one place to look when something went wrong on a laptop.

The first line of every session names the Redaksi version (the one in ``editor.__version__``),
Python and the platform, so a log sent in by a reporter says which build it came from.
"""

from __future__ import annotations

import logging
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from editor import __version__

LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("redaksi")


def log_file() -> Path:
    """``~/.local/state/redaksi/log/redaksi.log`` on Linux (platformdirs' user log folder)."""
    return Path(user_log_dir("redaksi", "Redaksi")) / "redaksi.log"


def start_log(path: Path | None = None) -> Path | None:
    """Send the app's log records to a rotating file and write the session header.

    Returns the file used, or None when it cannot be written (a read-only home): the app
    then runs without a log file rather than not at all.
    """
    path = path or log_file()
    root = logging.getLogger()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8")
    except OSError as exc:
        print(f"redaksi: catatan log tidak bisa ditulis ke {path}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    log.info("Redaksi %s started (Python %s, %s%s)", __version__, platform.python_version(),
             platform.platform(), ", bundle" if getattr(sys, "frozen", False) else "")
    return path
