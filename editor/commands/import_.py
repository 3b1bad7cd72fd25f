"""`redaksi import jsonl|wxr|markdown PATH`: one transaction, idempotent, progress on a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.commands.common import fail, not_yet_available, store_from_args
from editor.publishing.importers import ImportFormatError, JsonlImporter
from editor.store import StoreError


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if args.format != "jsonl":
        return not_yet_available(f"import {args.format}")
    if not path.is_file():
        return fail(f"{path}: berkas tidak ditemukan")
    try:
        store = store_from_args(args)
    except StoreError as exc:
        return fail(str(exc))

    bar = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=path.stat().st_size, unit="B", unit_scale=True, desc=path.name,
                   file=sys.stderr)

    def on_bytes(done: int) -> None:
        if bar is not None and done > bar.n:
            bar.update(done - bar.n)

    importer = JsonlImporter(on_bytes=on_bytes)
    try:
        result = store.articles.import_articles(importer.records(path), user=args.user)
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
          f"{result.updated} diperbarui, {result.unchanged} tidak berubah")
    return 0
