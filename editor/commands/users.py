"""`redaksi users add NAME --role ...` and `redaksi users list`."""

from __future__ import annotations

import argparse

from editor.cli import EXIT_REFUSED
from editor.commands.common import fail, run_with_store
from editor.ops.queries import add_user, list_users
from editor.store import Store, UserExists


def run(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        try:
            if args.users_command == "add":
                user, _changes = add_user(store, args.name, args.role, args.display_name)
                print(f"pengguna {user.name} ({user.role}) ditambahkan")
            else:
                for user in list_users(store):
                    print(f"{user.name}\t{user.role}\t{user.display_name}")
        except (UserExists, ValueError) as exc:
            return fail(str(exc))
        except PermissionError as exc:  # newsroom mode: the database refused this login
            return fail(f"ditolak: {exc}", EXIT_REFUSED)
        return 0

    return run_with_store(args, body)
