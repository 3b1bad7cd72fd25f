"""Before Qt starts: is there a display, and are the system libraries Qt needs installed?

Without them Qt prints "could not load the Qt platform plugin" (often naming the wrong
library) and aborts. This check runs first and, when something is missing, returns one
message naming the Debian packages to install, or what to do without a display; the caller
prints it and exits with status 2. It loads no Qt module: only the C libraries themselves
are opened (with ``ctypes``), which is exactly what Qt's platform plugin would do.

Linux only (Windows and macOS wheels and bundles carry what Qt needs).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping, Sequence

# What Qt needs for any window, even offscreen (soname -> Debian package). From ``ldd`` on
# PySide6's libqoffscreen.so and libQt6Widgets.so.6; the packages below pull in the rest.
BASE_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1",
}

# What the X11 (xcb) platform plugin loads on top (``ldd`` on libqxcb.so).
XCB_LIBRARIES: dict[str, str] = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

WAYLAND_LIBRARIES: dict[str, str] = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

# Platforms that draw into memory or a framebuffer: only the base libraries matter.
HEADLESS_PLATFORMS = {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs"}


def desktop_packages() -> list[str]:
    """Every Debian package a desktop window (X11) needs, as listed in the README."""
    return sorted(set(BASE_LIBRARIES.values()) | set(XCB_LIBRARIES.values()))


def missing_libraries(libraries: Mapping[str, str]) -> list[str]:
    """The packages of the libraries in ``libraries`` that cannot be loaded here."""
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return sorted(set(missing))


def requested_platforms(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order (QT_QPA_PLATFORM, else Qt's default)."""
    value = env.get("QT_QPA_PLATFORM", "").strip()
    if value:
        names = [p.split(":", 1)[0].strip().lower() for p in value.split(";")]
        return [n for n in names if n] or ["xcb"]
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def x_display_reachable(display: str) -> bool:
    """Whether an X server answers at ``display`` (xcb_connect, as Qt would do)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(conn) and xcb.xcb_connection_has_error(conn) == 0
    finally:
        if conn:
            xcb.xcb_disconnect(conn)


def _install_hint(packages: Sequence[str]) -> str:
    return "    sudo apt-get install " + " ".join(packages)


NO_DISPLAY_ADVICE = (
    "Jalankan Redaksi dari sesi desktop (X11 atau Wayland). Tanpa layar, baris perintah tetap "
    "bekerja (redaksi check, import, export, ...), dan aplikasi bisa diuji dengan "
    "QT_QPA_PLATFORM=offscreen.")


def _platform_problem(platform: str, env: Mapping[str, str]) -> str | None:
    if platform in HEADLESS_PLATFORMS:
        return None
    if platform == "wayland":
        if not env.get("WAYLAND_DISPLAY"):
            return "tidak ada sesi Wayland (WAYLAND_DISPLAY kosong).\n" + NO_DISPLAY_ADVICE
        missing = missing_libraries(WAYLAND_LIBRARIES)
        if missing:
            return ("Qt memerlukan pustaka Wayland yang belum terpasang. Pasang:\n"
                    + _install_hint(missing))
        return None
    if platform == "xcb":
        missing = missing_libraries(XCB_LIBRARIES)
        if missing:
            return ("Qt memerlukan pustaka sistem untuk jendela X11 yang belum terpasang. "
                    "Pasang paket Debian/Ubuntu berikut:\n" + _install_hint(missing))
        display = env.get("DISPLAY", "")
        if not display:
            return "tidak ada layar (DISPLAY kosong).\n" + NO_DISPLAY_ADVICE
        if not x_display_reachable(display):
            return (f"layar X11 {display!r} (DISPLAY) tidak bisa dihubungi.\n"
                    + NO_DISPLAY_ADVICE)
        return None
    return None  # a plugin we know nothing about: let Qt try


def display_problem(env: Mapping[str, str] | None = None,
                    system: str | None = None) -> str | None:
    """None when Qt can start here; otherwise one message saying what to install or do."""
    env = os.environ if env is None else env
    if (system or sys.platform) != "linux":
        return None
    full_list = ("Semua paket Debian/Ubuntu untuk jendela desktop:\n"
                 + _install_hint(desktop_packages()))
    missing_base = missing_libraries(BASE_LIBRARIES)
    if missing_base:
        return ("Redaksi tidak bisa memulai Qt: pustaka sistem belum terpasang. Pasang paket "
                "Debian/Ubuntu berikut:\n" + _install_hint(missing_base) + "\n" + full_list)
    problems = []
    for platform in requested_platforms(env):
        problem = _platform_problem(platform, env)
        if problem is None:
            return None
        problems.append(problem)
    return "Redaksi tidak bisa membuka jendela: " + problems[0] + "\n" + full_list
