"""The ``redaksi`` command line (contract in DESIGN.md).

This module only defines the arguments; each sub-command's work lives in
``editor.commands.<name>.run(args) -> exit code``, imported lazily so ``redaksi check`` does not
pay for Qt and ``redaksi`` (the app) does not pay for the proofreader's start-up twice.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from editor import __version__

EXIT_OK = 0
EXIT_ISSUES = 1
EXIT_ERROR = 2
EXIT_REFUSED = 3

EXPORT_FORMATS = ("markdown", "html", "wxr", "ninjs", "newsml", "jsonld")
IMPORT_FORMATS = ("jsonl", "wxr", "markdown")
WORKFLOW_ACTIONS = ("submit", "start-review", "request-changes", "approve", "publish", "kill",
                    "reopen")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="redaksi",
        description="Redaksi: meja redaksi untuk newsroom Indonesia. Tanpa sub-perintah, "
                    "membuka aplikasi desktop.",
    )
    parser.add_argument("--version", action="version", version=f"redaksi {__version__}")
    db_help = ("alamat basis data SQLAlchemy (bawaan: $REDAKSI_DATABASE_URL, atau SQLite di "
               "direktori data pengguna)")
    parser.add_argument("--db", metavar="URL", help=db_help)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("app", parents=[common], help="buka aplikasi desktop (sama dengan tanpa sub-perintah)")
    p.set_defaults(handler="app")

    p = sub.add_parser("check", parents=[common], help="periksa ejaan dan tata bahasa Indonesia")
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-",
                   help="berkas teks/Markdown, atau - untuk stdin (bawaan)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--jsonl", metavar="FILE",
                   help='tiap baris {"id", "text"} -> satu baris {"id", "matches"}')
    p.add_argument("--max-line-bytes", type=int, default=None, metavar="N",
                   help="--jsonl: baris terpanjang yang dibaca (bawaan 4.000.000 bita); "
                        "baris lebih panjang dilewati dan dilaporkan")
    p.set_defaults(handler="check")

    p = sub.add_parser("serve-lt", parents=[common],
                       help="server HTTP berantarmuka LanguageTool v2 untuk pemeriksa Indonesia")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8081)
    p.add_argument("--workers", type=int, default=2, metavar="N",
                   help="proses pemeriksa (batas waktu keras dan batas memori per "
                        "pemeriksaan; bawaan 2; 0: di utas server)")
    p.add_argument("--allow-origin", action="append", default=[], metavar="ORIGIN",
                   help="izinkan permintaan peramban dari situs ini (mis. https://contoh.id); "
                        "boleh diulang")
    p.set_defaults(handler="serve_lt")

    p = sub.add_parser("import", parents=[common], help="impor arsip naskah")
    p.add_argument("format", choices=IMPORT_FORMATS)
    p.add_argument("path", metavar="PATH")
    p.add_argument("--user", default="import", help="dicatat sebagai pengimpor")
    p.set_defaults(handler="import_")

    p = sub.add_parser("suggest", parents=[common], help="sarankan artikel terkait dari arsip")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--id", dest="article_id", metavar="EXTERNAL_ID")
    group.add_argument("file", nargs="?", metavar="FILE")
    group.add_argument("--jsonl", metavar="FILE")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler="suggest")

    p = sub.add_parser("export", parents=[common], help="ekspor naskah ke format CMS")
    p.add_argument("format", choices=EXPORT_FORMATS)
    p.add_argument("--status", default=None, help="hanya naskah berstatus ini (bawaan: approved)")
    p.add_argument("--id", dest="ids", action="append", metavar="ID", default=[])
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(handler="export")

    p = sub.add_parser("users", parents=[common], help="kelola pengguna")
    users_sub = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    q = users_sub.add_parser("add", parents=[common], help="tambah pengguna")
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=("reporter", "editor", "admin"))
    q.add_argument("--display-name", default="")
    users_sub.add_parser("list", parents=[common], help="daftar pengguna")
    p.set_defaults(handler="users")

    p = sub.add_parser("workflow", parents=[common], help="jalankan langkah alur kerja naskah")
    p.add_argument("id", metavar="ID")
    p.add_argument("action", choices=WORKFLOW_ACTIONS)
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--note", default="", metavar="TEXT")
    p.set_defaults(handler="workflow")

    p = sub.add_parser("history", parents=[common], help="revisi dan peristiwa alur kerja naskah")
    p.add_argument("id", metavar="ID")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler="history")

    p = sub.add_parser("newsroom", parents=[common],
                       help="mode newsroom di PostgreSQL: penyiapan, login pengguna, siaran meja")
    nr_sub = p.add_subparsers(dest="newsroom_command", metavar="ACTION", required=True)
    password = argparse.ArgumentParser(add_help=False)
    password.add_argument("--password-stdin", action="store_true",
                          help="baca kata sandi dari satu baris stdin (bawaan: ditanyakan)")
    password.add_argument("--no-password", action="store_true",
                          help="login tanpa kata sandi (mis. autentikasi peer/sertifikat)")
    password.add_argument("--display-name", default="")
    q = nr_sub.add_parser("setup", parents=[common, password],
                          help="buat skema, peran, aturan keamanan dan admin pertama")
    q.add_argument("--admin", required=True, metavar="NAME")
    q = nr_sub.add_parser("add-user", parents=[common, password],
                          help="tambah login PostgreSQL dan pengguna Redaksi")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", required=True, choices=("reporter", "editor", "admin"))
    q = nr_sub.add_parser("listen", parents=[common],
                          help="cetak perubahan meja redaksi (JSON per baris)")
    q.add_argument("--seconds", type=float, default=0, help="berhenti setelah N detik")
    p.set_defaults(handler="newsroom")

    p = sub.add_parser("db", parents=[common], help="pemeliharaan basis data")
    db_sub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", parents=[common], help="terapkan migrasi yang tertunda")
    db_sub.add_parser("current", parents=[common], help="tampilkan revisi skema")
    p.set_defaults(handler="db")

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", "app")
    module = importlib.import_module(f"editor.commands.{handler}")
    try:
        return int(module.run(args))
    except KeyboardInterrupt:
        print("dibatalkan", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
