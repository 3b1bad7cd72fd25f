"""`redaksi serve-lt` stops on SIGTERM (systemd, `kill`, CI scripts) the way it does on
Ctrl+C: exit 0, "berhenti", its check workers closed — not killed mid-way with exit 143."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("workers", [0, 1])
def test_serve_lt_stops_cleanly_on_sigterm(tmp_path, workers):
    env = {**os.environ, "HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from editor.cli import main; sys.exit(main())",
         "serve-lt", "--port", "0", "--workers", str(workers)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    try:
        line = proc.stderr.readline()           # printed once the port is open
        assert re.search(r"http://127\.0\.0\.1:\d+/v2/", line), line
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        rest = proc.communicate(timeout=30)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, rest
    assert "berhenti" in rest
