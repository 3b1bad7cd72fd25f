"""`redaksi db upgrade|current`: schema migrations by hand (they also run on every start)."""

from __future__ import annotations

import argparse

from editor.commands.common import fail
from editor.store.db import (
    StoreError,
    create_store_engine,
    current_revision,
    default_database_url,
    head_revision,
    upgrade,
)


def run(args: argparse.Namespace) -> int:
    url = getattr(args, "db", None) or default_database_url()
    try:
        engine = create_store_engine(url)
        if args.db_command == "upgrade":
            before = current_revision(engine)
            upgrade(engine)
            after = current_revision(engine)
            print(f"{url}: skema {before or '(kosong)'} -> {after}")
        else:
            current = current_revision(engine)
            head = head_revision()
            state = "terkini" if current == head else f"perlu upgrade ke {head}"
            print(f"{url}: skema {current or '(kosong)'} ({state})")
        engine.dispose()
    except StoreError as exc:
        return fail(str(exc))
    except Exception as exc:  # driver errors: no traceback for a user, but say what failed
        return fail(f"basis data {url}: {exc}")
    return 0
