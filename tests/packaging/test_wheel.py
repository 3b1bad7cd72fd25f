"""The wheel built from the tree carries every data file and the one version number.

Builds a real wheel with pip (as a user or CI would) and reads its file list; nothing about
the packaging configuration is assumed.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from editor import __version__

ROOT = Path(__file__).resolve().parents[2]


def _resource_files() -> set[str]:
    base = ROOT / "resources"
    return {
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        pytest.fail(f"pip wheel failed:\n{done.stdout}\n{done.stderr}")
    (path,) = out.glob("redaksi-*.whl")
    return path


def test_wheel_contains_every_resource_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {n.removeprefix("redaksi_resources/") for n in names
               if n.startswith("redaksi_resources/")}
    expected = _resource_files()
    assert expected, "resources/ is empty?"
    assert expected <= shipped, f"missing from the wheel: {sorted(expected - shipped)}"
    assert not any(n.startswith("resources/") for n in names), "resources/ must be mapped"


def test_wheel_contains_migrations_and_one_version(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    migrations = {p.relative_to(ROOT).as_posix()
                  for p in (ROOT / "editor" / "store" / "migrations").rglob("*.py")}
    assert migrations <= names
    assert "editor/store/migrations/script.py.mako" in names
    assert wheel.name.startswith(f"redaksi-{__version__}-")
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert f"\nVersion: {__version__}\n" in text
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)


def test_installed_package_reads_resources_through_importlib() -> None:
    """In this environment (editable or not) the data package is importable and used."""
    from importlib import resources

    from editor.resources import RESOURCES_DIR, resource_path

    root = resources.files("redaksi_resources")
    assert Path(str(root)).resolve() == RESOURCES_DIR.resolve()
    assert resource_path("proofing", "rules.yaml").is_file()
    assert resource_path("house", "house.yaml").is_file()


def test_sdist_carries_resources_and_builds_a_complete_wheel(tmp_path: Path) -> None:
    """The other way users and distributions install: sdist, then a wheel built from it."""
    pytest.importorskip("build", reason="the 'build' front end is in the test extras")
    import tarfile

    done = subprocess.run([sys.executable, "-m", "build", "--sdist", "--outdir", str(tmp_path),
                           str(ROOT)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    (sdist,) = tmp_path.glob("redaksi-*.tar.gz")
    prefix = f"redaksi-{__version__}/resources/"
    with tarfile.open(sdist) as tar:
        in_sdist = {m.name.removeprefix(prefix) for m in tar.getmembers()
                    if m.isfile() and m.name.startswith(prefix)}
    assert _resource_files() <= in_sdist
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w",
                           str(tmp_path / "w"), str(sdist)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = (tmp_path / "w").glob("redaksi-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"redaksi_resources/{f}" for f in _resource_files()} <= names
