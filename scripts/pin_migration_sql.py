"""Write a migration's pinned copy of the newsroom SQL (editor/store/migrations/sql/).

A migration that changes the database-side rules runs a copy of the SQL as it is when the
migration is written, never the live files, so later edits cannot change what an old
migration does. Pin the live SQL for a new migration:

    python scripts/pin_migration_sql.py 0010_my_change

and make its ``upgrade()`` call ``run_pinned(conn, "0010_my_change.sql")``. The copies of the
older migrations were recorded from the code as it was at the commit that last changed the
migration (``--commit``): the script runs that commit's ``security.<call>()`` against a
recording connection and writes the statements it sent, with the schema owner and schema
left as placeholders:

    python scripts/pin_migration_sql.py 0004_newsroom --commit a81149c --call install
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PINNED = ROOT / "editor" / "store" / "migrations" / "sql"

# Runs inside an old tree: record what security.<call>() sends, owner/schema as placeholders.
_RECORDER = r'''
import json, sys
from editor.store.postgres import security as s

OWNER, SCHEMA = "\x00OWNER\x00", "\x00SCHEMA\x00"
CHECKS = ("SELECT tableowner", "SELECT rolsuper", "SELECT count(*) FROM unnest")
statements = []

def placeholders(sql):
    return (sql.replace("'" + OWNER + "'", "@OWNER@").replace('"' + OWNER + '"', "@OWNER_IDENT@")
            .replace('"' + SCHEMA + '"', "@SCHEMA@"))

def literal(value):
    if value == OWNER:
        return "@OWNER@"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"

def bind(sql, params):
    if not params:
        return sql
    parts = sql.split("%s")
    assert len(parts) == len(params) + 1, sql
    return "".join(p + (literal(v) if i < len(params) else "") for i, (p, v) in
                   enumerate(zip(parts, list(params) + [None])))

class Result:
    def __init__(self, row):
        self.row = row
    def fetchone(self):
        return self.row

class Cursor:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
    def executemany(self, sql, rows):
        for row in rows:
            statements.append(bind(sql, row))

class Raw:
    def execute(self, sql, params=None):
        if sql.startswith(CHECKS[0]):
            return Result((OWNER, SCHEMA))
        if sql.startswith(CHECKS[1]):
            return Result((True,))
        if sql.startswith(CHECKS[2]):
            return Result((0,))
        statements.append(bind(sql, params))
        return Result(None)
    def cursor(self):
        return Cursor()

original = s._render
s._render = lambda sql, *, owner, schema: original(sql, owner=OWNER, schema=SCHEMA)
s._driver = lambda conn: Raw()
getattr(s, sys.argv[1])(None)
print(json.dumps([placeholders(st) for st in statements]))
'''


def _record(commit: str, call: str) -> str:
    archive = subprocess.run(["git", "archive", "--format=tar", commit, "editor"], cwd=ROOT,
                             check=True, capture_output=True).stdout
    with tempfile.TemporaryDirectory() as tree:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        out = subprocess.run([sys.executable, "-c", _RECORDER, call], cwd=tree,
                             env={"PYTHONPATH": tree, "PATH": "/usr/bin:/bin"},
                             check=True, capture_output=True, text=True).stdout
    statements = json.loads(out)
    body = "\n".join(st.strip("\n") + ("" if st.rstrip().endswith(";") else ";")
                     for st in statements)
    return f"-- Recorded from security.{call}() at commit {commit}.\n{body}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="file name without .sql, e.g. 0010_my_change")
    parser.add_argument("--commit", help="record an old commit's install instead of the live SQL")
    parser.add_argument("--call", default="install", help="the security function to record")
    parser.add_argument("--prepend", type=Path, action="append", default=[],
                        help="SQL files to put first (e.g. a table the migration creates)")
    args = parser.parse_args(argv)
    if args.commit:
        script = _record(args.commit, args.call)
    else:
        sys.path.insert(0, str(ROOT))
        from editor.store.postgres.security import build_script

        script = "-- The live SQL (editor/store/postgres/*.sql), pinned.\n" + build_script()
    head = "".join(p.read_text(encoding="utf-8").rstrip("\n") + "\n" for p in args.prepend)
    PINNED.mkdir(parents=True, exist_ok=True)
    target = PINNED / f"{args.name}.sql"
    target.write_text(head + script, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)} ({len((head + script).splitlines())} lines)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
