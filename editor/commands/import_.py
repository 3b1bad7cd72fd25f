"""`redaksi import jsonl|wxr|markdown PATH`: one transaction, idempotent, progress on a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.commands.common import fail, store_from_args
from editor.ops import import_archive
from editor.publishing.importers import ImportFormatError, progress_total
from editor.store import StoreError


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if args.format == "markdown":
        if not path.is_dir():
            return fail(f"{path}: folder tidak ditemukan")
    elif not path.is_file():
        return fail(f"{path}: berkas tidak ditemukan")
    try:
        store = store_from_args(args)
    except StoreError as exc:
        return fail(str(exc))

    bar = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        total, unit = progress_total(args.format, path)
        bar = tqdm(total=total, unit=unit, unit_scale=unit == "B", desc=path.name,
                   file=sys.stderr)

    def on_progress(done: int, total: int, unit: str) -> None:
        nonlocal bar
        if bar is None:
            return
        if unit == "naskah" and bar.unit != "naskah":
            # The file is stored; the search index now follows, article by article.
            bar.update(bar.total - bar.n)
            bar.close()
            from tqdm import tqdm

            bar = tqdm(total=total, unit="naskah", desc="indeks", file=sys.stderr)
        if done > bar.n:
            bar.update(done - bar.n)

    try:
        result = import_archive(store, args.format, path, user=args.user,
                                progress=on_progress).result
    except ImportFormatError as exc:
        if bar is not None:
            bar.close()
        return fail(f"{exc}\nimpor dibatalkan: tidak ada naskah dari berkas ini yang disimpan")
    finally:
        store.close()
    if bar is not None:
        bar.update(bar.total - bar.n)
        bar.close()
    print(f"{result.total} naskah diimpor dari {path}: {result.created} baru, "
          f"{result.updated} diperbarui, {result.unchanged} tidak berubah"
          + (f", {result.skipped} dilewati (sudah disunting atau sedang dibuka di Redaksi)"
             if result.skipped else ""))
    return 0
