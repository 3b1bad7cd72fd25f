"""Shipping figures: wheel size, bundle size, bundle start-up to a usable window, and the
system packages the bundle takes from the machine.

    python benchmarks/bundle.py [--build] [--bundle dist/redaksi] [--runs 5]

--build first runs scripts/build_bundle.sh. Start-up is timed from launching the bundle's
`redaksi` (a new process each run, environment emptied with only HOME/DISPLAY set) to the
main window having been shown and the event loop running (REDAKSI_STARTUP_PROBE prints the
moment from inside the first event-loop turn). On an X server (Xvfb, started here when
installed) it is a real xcb window; otherwise offscreen. "First start" is a fresh profile
(the SQLite database is created and migrated); "next start" reuses it. The OS file cache is
warm after the first run (it is not dropped: the machine is shared), so "cold" here means a
new process and a new profile, not a cold disk. The system packages are found with `ldd`
over every ELF file in the bundle (resolving inside the bundle first, as the bundle's loader
does) and `dpkg -S`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def wheel_size() -> tuple[str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp,
                        str(ROOT)], check=True, capture_output=True)
        (wheel,) = Path(tmp).glob("redaksi-*.whl")
        return wheel.name, wheel.stat().st_size


def start_xvfb() -> tuple[subprocess.Popen | None, str]:
    if not shutil.which("Xvfb"):
        return None, ""
    display = f":{70 + os.getpid() % 20}"
    proc = subprocess.Popen(["Xvfb", display, "-nolisten", "tcp", "-screen", "0",
                             "1280x800x24"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    return proc, display


def one_start(binary: Path, home: Path, display: str) -> float:
    env = {"HOME": str(home), "LANG": "C.UTF-8", "REDAKSI_STARTUP_PROBE": "1",
           "REDAKSI_USER": "bench"}
    if display:
        env["DISPLAY"] = display
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.time()
    out = subprocess.run([str(binary)], env=env, capture_output=True, text=True, timeout=120)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("window shown at")), "")
    if not line:
        sys.exit(f"bundle did not show its window (exit {out.returncode}): "
                 f"{out.stderr[-2000:]}")
    return float(line.split()[3]) - start


def system_packages(bundle: Path) -> tuple[list[str], list[str]]:
    """Debian packages of the libraries the bundle loads from the system, and sonames that
    no one provides (optional plugins, e.g. the GTK3 platform theme)."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    outside: set[str] = set()
    missing: set[str] = set()
    for path in [bundle / "redaksi", *internal.rglob("*.so*")]:
        if not path.is_file() or path.is_symlink():
            continue
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True)
        for line in out.stdout.splitlines():
            parts = line.split()
            if "=>" in parts and "not found" in line:
                missing.add(f"{parts[0]} (for {path.relative_to(bundle)})")
            elif "=>" in parts and len(parts) >= 3 and parts[2].startswith("/"):
                if not parts[2].startswith(str(bundle)):
                    outside.add(os.path.realpath(parts[2]))
    packages: set[str] = set()
    for lib in sorted(outside):
        # merged /usr: dpkg may know the file under /lib rather than /usr/lib
        for candidate in (lib, lib.removeprefix("/usr")):
            out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if out.returncode == 0:
                packages.add(out.stdout.split(":")[0])
                break
        else:
            packages.add(f"? {lib}")
    return sorted(packages), sorted(missing)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", action="store_true", help="run scripts/build_bundle.sh")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "redaksi")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.build:
        started = time.monotonic()
        subprocess.run(["bash", str(ROOT / "scripts" / "build_bundle.sh")], check=True)
        print(f"bundle build: {time.monotonic() - started:.0f} s")
    binary = args.bundle / "redaksi"
    if not binary.exists():
        sys.exit(f"no bundle at {args.bundle} (run with --build)")

    name, wsize = wheel_size()
    print(f"wheel: {name} {wsize / 1024:.0f} KiB")
    print(f"bundle: {args.bundle} {mib(size_of(args.bundle))} on disk "
          f"({sum(1 for p in args.bundle.rglob('*') if p.is_file())} files)")

    xvfb, display = start_xvfb()
    try:
        where = f"X11 (Xvfb {display})" if display else "offscreen (no Xvfb)"
        with tempfile.TemporaryDirectory() as tmp:
            first = []
            for i in range(args.runs):
                first.append(one_start(binary, Path(tmp) / f"fresh{i}", display))
            home = Path(tmp) / "reused"
            one_start(binary, home, display)
            again = [one_start(binary, home, display) for _ in range(args.runs)]
        print(f"bundle start -> usable window, {where}, {args.runs} runs each:")
        print(f"  first start (fresh profile, database created): median "
              f"{statistics.median(first):.2f} s (min {min(first):.2f}, max {max(first):.2f})")
        print(f"  next start (existing database):               median "
              f"{statistics.median(again):.2f} s (min {min(again):.2f}, max {max(again):.2f})")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)

    if shutil.which("ldd") and shutil.which("dpkg"):
        packages, missing = system_packages(args.bundle)
        print(f"system packages the bundle loads from the machine ({len(packages)}):")
        print("  " + " ".join(packages))
        if missing:
            by_lib: dict[str, int] = {}
            for item in missing:
                soname = item.split()[0]
                by_lib[soname] = by_lib.get(soname, 0) + 1
            print("not found here (only optional Qt plugins need them: GTK3 theme, Wayland):")
            print("  " + ", ".join(f"{k} ({v} plugins)" for k, v in sorted(by_lib.items())))


if __name__ == "__main__":
    main()
