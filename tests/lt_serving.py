"""Running a LanguageTool-API server for a test module: one place for the thread, the clean
stop and the proxy setting that keeps HTTP clients on 127.0.0.1."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator

from editor.proofing.server import LanguageToolHTTPServer


def serve(srv: LanguageToolHTTPServer, *, bypass_proxy: bool = False
          ) -> Iterator[LanguageToolHTTPServer]:
    """Serve ``srv`` in a daemon thread while the fixture lives, then stop and close it.

    ``bypass_proxy`` sets NO_PROXY for loopback (clients that read the environment, such as
    requests, would otherwise send local requests to a proxy) and restores it after."""
    old = os.environ.get("NO_PROXY")
    if bypass_proxy:
        os.environ["NO_PROXY"] = "127.0.0.1,localhost"
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        if bypass_proxy:
            if old is None:
                os.environ.pop("NO_PROXY", None)
            else:
                os.environ["NO_PROXY"] = old
