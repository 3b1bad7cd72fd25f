"""`redaksi serve-lt [--host 127.0.0.1] [--port 8081]`: the LanguageTool HTTP API v2 over the
Indonesian proofreader, for LibreOffice, browser add-ons and language-tool-python.

Loopback by default: the server has no authentication, so exposing it on a network is the
operator's explicit choice (``--host 0.0.0.0``).
"""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType

from editor.cli import EXIT_OK
from editor.commands.check import build_proofreader, release_stores
from editor.commands.common import fail
from editor.proofing.check_workers import CheckerFailed

#: Checks run in this many worker processes (hard time limit, memory cap); 0: in threads.
DEFAULT_WORKERS = 2


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    """SIGTERM (systemd, `kill`, a CI script) stops the server the way Ctrl+C does.

    Without it the default action kills the process on the spot: no ``server_close()``, so
    the check workers are only reaped when they notice their pipe is gone.
    """
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    from editor.proofing.languagetool_backend import backend_from_env
    from editor.proofing.server import make_server

    if not 0 <= args.port <= 65535:
        return fail(f"port {args.port} tidak sah (0-65535)")
    workers = getattr(args, "workers", DEFAULT_WORKERS)
    if workers is None or not 0 <= workers <= 64:
        return fail(f"--workers {workers} tidak sah (0-64)")
    proofreader = build_proofreader(args)
    backend = backend_from_env()
    try:
        server = make_server(proofreader, args.host, args.port, english_backend=backend,
                             allowed_origins=frozenset(getattr(args, "allow_origin", ()) or ()),
                             workers=workers)
    except OSError as exc:
        return fail(f"tidak bisa membuka {args.host}:{args.port}: {exc.strerror or exc}")
    except CheckerFailed as exc:
        return fail(f"proses pemeriksa tidak bisa dimulai: {exc}")
    print(f"Redaksi melayani API LanguageTool v2 di {server.url}/v2/ (bahasa: id, auto). "
          "Ctrl+C untuk berhenti.", file=sys.stderr, flush=True)
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    # Ctrl+C (SIGINT) stops the server even when it was started with SIGINT ignored: a
    # shell's background job, or a parent process that ignores it, passes SIG_IGN on, and
    # Python then installs no KeyboardInterrupt handler: `kill -INT` did nothing at all.
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("berhenti", file=sys.stderr)
    finally:
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
        server.server_close()
        if backend is not None:
            backend.close()
        release_stores()
    return EXIT_OK
