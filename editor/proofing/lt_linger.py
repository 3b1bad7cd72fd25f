"""Closing a connection whose request body was refused unread, so the client sees the answer.

``serve-lt`` answers an oversized request (413) or a foreign origin (403) from the headers
alone and never reads the body. If the socket is then closed while unread body bytes sit in
the kernel's receive buffer, the kernel sends a reset instead of a normal close, and a
client still sending its body (``urllib``, ``requests``, ``http.client``: none waits for an
early answer) gets "Broken pipe" or "Connection reset" instead of the 413 (seen in ~1 of 2
runs of the bundle smoke test with a 3 MB body). Like nginx's *lingering close*: finish
the answer with a FIN, then read and throw away what the client still sends — bounded in
bytes and time, so a hostile client cannot keep the thread.
"""

from __future__ import annotations

import socket
import time

#: At most this much of a refused body is read and thrown away ...
LINGER_MAX_BYTES = 8_000_000
#: ... for at most this long; after either the connection is closed regardless.
LINGER_SECONDS = 2.0


def linger_close(sock: socket.socket, *, max_bytes: int = LINGER_MAX_BYTES,
                 seconds: float = LINGER_SECONDS) -> int:
    """Half-close ``sock`` after a complete answer and drain the unread request body.

    Returns how many bytes were thrown away. Never raises: the client may be gone already.
    """
    try:
        sock.shutdown(socket.SHUT_WR)  # the answer is complete: the client reads it, then EOF
    except OSError:
        return 0
    drained = 0
    deadline = time.monotonic() + seconds
    while drained < max_bytes:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        try:
            sock.settimeout(left)
            chunk = sock.recv(min(65536, max_bytes - drained))
        except OSError:  # timeout, reset
            break
        if not chunk:    # the client closed its side: a clean close follows
            break
        drained += len(chunk)
    return drained
