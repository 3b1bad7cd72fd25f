"""`redaksi users add NAME --role ...` and `redaksi users list`."""

from __future__ import annotations

import argparse

from editor.commands.common import fail, run_with_store
from editor.store import Store, UserExists


def run(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        try:
            if args.users_command == "add":
                user = store.users.add(args.name, args.role, args.display_name)
                print(f"pengguna {user.name} ({user.role}) ditambahkan")
            else:
                for user in store.users.list():
                    print(f"{user.name}\t{user.role}\t{user.display_name}")
        except (UserExists, ValueError) as exc:
            return fail(str(exc))
        return 0

    return run_with_store(args, body)
