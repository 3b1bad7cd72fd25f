"""`redaksi newsroom setup/add-user` on an empty database, then the desk through the CLI with
each person's own login."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import uuid

from factories import complete_article

from editor.cli import main
from editor.store import open_store


def _run(monkeypatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def test_setup_then_people_with_their_own_logins(pg_server, pg_empty_url, monkeypatch, capsys):
    database = pg_empty_url.rsplit("/", 1)[1]
    # Fresh login names: redaksi_add_user() never takes over a role that already exists in
    # the cluster (e.g. made by an earlier run for another database).
    suffix = uuid.uuid4().hex[:6]
    R, E = f"t-rina-{suffix}", f"t-eko-{suffix}"
    assert _run(monkeypatch, ["--db", pg_empty_url, "newsroom", "setup", "--admin", "t-boss",
                              "--password-stdin"], "sandi-boss\n") == 0
    assert "admin t-boss (admin)" in capsys.readouterr().out
    boss = pg_server.login_url(database, "t-boss", "sandi-boss")
    assert _run(monkeypatch, ["--db", boss, "newsroom", "add-user", R, "--role",
                              "reporter", "--password-stdin"], "sandi-rina\n") == 0
    assert _run(monkeypatch, ["--db", boss, "newsroom", "add-user", E, "--role",
                              "editor", "--password-stdin"], "sandi-eko\n") == 0
    rina = pg_server.login_url(database, R, "sandi-rina")
    eko = pg_server.login_url(database, E, "sandi-eko")
    # Running setup again is harmless (grants refreshed, admin kept).
    assert _run(monkeypatch, ["--db", pg_empty_url, "newsroom", "setup", "--admin", "t-boss",
                              "--password-stdin"], "sandi-boss\n") == 0

    store = open_store(rina)
    article = store.articles.create(complete_article(headline="Pasar Senggol"), user=R)
    store.close()
    capsys.readouterr()
    assert _run(monkeypatch, ["--db", rina, "workflow", str(article.id), "submit",
                              "--user", R]) == 0
    assert _run(monkeypatch, ["--db", rina, "workflow", str(article.id), "approve",
                              "--user", R]) == 3
    assert "peran reporter tidak boleh" in capsys.readouterr().err
    # A reporter cannot create logins, neither through newsroom add-user nor users add.
    assert _run(monkeypatch, ["--db", rina, "newsroom", "add-user", "t-x", "--role", "admin",
                              "--no-password"]) == 3
    assert _run(monkeypatch, ["--db", rina, "users", "add", "t-x", "--role", "admin"]) != 0
    assert _run(monkeypatch, ["--db", eko, "workflow", str(article.id), "approve",
                              "--user", E]) == 0
    capsys.readouterr()
    assert _run(monkeypatch, ["--db", eko, "history", str(article.id), "--format",
                              "json"]) == 0
    history = json.loads(capsys.readouterr().out)
    entries = history if isinstance(history, list) else history.get("entries", history)
    assert E in json.dumps(entries)


def test_wrong_password_is_a_clear_error(pg_server, pg_database):
    url = pg_server.login_url(pg_database, "t-nobody", "salah")
    proc = subprocess.run([sys.executable, "-m", "editor.cli", "--db", url, "workflow", "1",
                           "submit", "--user", "t-nobody"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2
    assert "t-nobody" in proc.stderr and "Traceback" not in proc.stderr
    assert "salah" not in proc.stderr  # the password is not echoed
