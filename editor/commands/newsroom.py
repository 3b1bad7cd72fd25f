"""`redaksi newsroom setup|add-user|listen`: a whole desk on one PostgreSQL database.

- ``setup --admin NAME`` (as a PostgreSQL superuser or owner with CREATEROLE): schema,
  roles, grants, row-level security, transition functions, and the first admin login.
- ``add-user NAME --role R`` (as an admin's own login, or the owner): a person's login in the
  group of their role, and their Redaksi user.
- ``listen``: print desk notices as JSON lines until interrupted (what the app hears).

Passwords come from ``--password-stdin`` (one line) or an interactive prompt, never from the
command line where other users of the machine could read them in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import threading

from editor.cli import EXIT_ERROR, EXIT_OK, EXIT_REFUSED
from editor.commands.common import fail
from editor.ops.queries import add_user
from editor.store import StoreError, UserExists, open_store
from editor.store.db import default_database_url


def _password(args: argparse.Namespace) -> str | None:
    if args.no_password:
        return None
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise ValueError("kata sandi kosong di stdin")
        return line
    if not sys.stdin.isatty():
        raise ValueError("beri kata sandi lewat --password-stdin (atau --no-password)")
    first = getpass.getpass(f"Kata sandi untuk {args.name}: ")
    if not first or first != getpass.getpass("Ulangi kata sandi: "):
        raise ValueError("kata sandi kosong atau tidak sama")
    return first


def _url(args: argparse.Namespace) -> str:
    url = getattr(args, "db", None) or default_database_url()
    if not url.startswith("postgresql"):
        raise StoreError(f"mode newsroom memerlukan PostgreSQL (--db postgresql://...), bukan {url}")
    return url


def run(args: argparse.Namespace) -> int:
    try:
        if args.newsroom_command == "setup":
            return _setup(args)
        if args.newsroom_command == "add-user":
            return _add_user(args)
        return _listen(args)
    except (StoreError, ValueError) as exc:
        return fail(str(exc))
    except PermissionError as exc:
        return fail(f"ditolak: {exc}", EXIT_REFUSED)


def _setup(args: argparse.Namespace) -> int:
    from editor.store.postgres.setup import setup_newsroom

    url = _url(args)
    args.name = args.admin
    password = _password(args)
    try:
        result = setup_newsroom(url, args.admin, password, args.display_name)
    except PermissionError:
        raise
    except Exception as exc:  # the server's own words (no CREATEROLE, wrong password, ...)
        return fail(f"penyiapan newsroom gagal: {exc}")
    print(f"skema {result.revision} siap; pemilik skema {result.owner}; "
          f"admin {result.admin.name} ({result.admin.role})")
    return EXIT_OK


def _add_user(args: argparse.Namespace) -> int:
    url = _url(args)
    password = _password(args)
    store = open_store(url)
    try:
        user, _changes = add_user(store, args.name, args.role, args.display_name,
                                  password=password)
    except UserExists as exc:
        return fail(str(exc))
    finally:
        store.close()
    print(f"pengguna {user.name} ({user.role}) ditambahkan; login PostgreSQL {user.name}")
    return EXIT_OK


def _listen(args: argparse.Namespace) -> int:
    from editor.store.postgres.notifications import DeskListener, DeskNotice

    def show(notice: DeskNotice) -> None:
        print(json.dumps(notice.raw or {"kind": notice.kind}, ensure_ascii=False), flush=True)

    listener = DeskListener(_url(args), show,
                            on_error=lambda exc: print(f"redaksi: {exc}", file=sys.stderr))
    listener.start()
    if not listener.wait_ready(10):
        listener.stop()
        return fail("tidak bisa mendengarkan meja redaksi (server tidak terjangkau?)",
                    EXIT_ERROR)
    try:
        threading.Event().wait(args.seconds or None)
    finally:
        listener.stop()
    return EXIT_OK
