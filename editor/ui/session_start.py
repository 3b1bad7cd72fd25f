"""Which database and which person a desktop session starts with.

Database: ``--db``, else ``REDAKSI_DATABASE_URL``, else the newsroom server saved by the
first-run wizard, else the laptop's own SQLite file. Person: on PostgreSQL always the login
the server reports (``session_user``) with the role the server's users table gives it; on
SQLite ``REDAKSI_USER``, else the name saved by the wizard (created with the role chosen
there), else the operating-system login as a reporter. The wizard runs when nothing is saved
and ``REDAKSI_USER`` is not set (scripts, tests and the start-up probe never see it).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.engine import make_url

from editor.domain.workflow import Role
from editor.ops import queries
from editor.ops.session import (
    ENV_DATABASE_URL,
    current_login,
    database_label,
    default_database_url,
    ensure_user,
    is_newsroom,
    open_store,
)
from editor.store import Store, StoreError, UserNotFound
from editor.ui.first_run import NEWSROOM, FirstRunWizard, Identity, load_identity, wizard_needed

log = logging.getLogger("redaksi.session")


def explicit_url(db_url: str | None) -> str:
    """The database named on the command line or in the environment ('' if none)."""
    return (db_url or os.environ.get(ENV_DATABASE_URL, "")).strip()


def _is_postgresql(url: str) -> bool:
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except Exception:
        return False


def local_roles(url: str) -> dict[str, Role]:
    """Users already in a local database, without creating the file when there is none."""
    try:
        path = make_url(url).database
    except Exception:
        return {}
    if not path or not Path(path).exists():
        return {}
    try:
        store = open_store(url)
    except StoreError:
        return {}
    try:
        return {u.name: u.role for u in queries.list_users(store)}
    finally:
        store.close()


def run_wizard(db_url: str | None, parent: QWidget | None = None,
               current: Identity | None = None) -> FirstRunWizard | None:
    """Show the wizard (modal); the accepted wizard, or None when cancelled."""
    from editor.ui.app import local_user

    fixed = explicit_url(db_url)
    local_url = fixed or default_database_url()
    wizard = FirstRunWizard(local_roles(local_url), newsroom_allowed=not fixed,
                            current=current, default_name=local_user(), parent=parent)
    # Closing the wizard before the main window exists must not end the application.
    app = QApplication.instance()
    keep = app.quitOnLastWindowClosed() if app else True
    if app:
        app.setQuitOnLastWindowClosed(False)
    try:
        accepted = wizard.exec() == FirstRunWizard.DialogCode.Accepted
    finally:
        if app:
            app.setQuitOnLastWindowClosed(keep)
    return wizard if accepted else None


def open_session(db_url: str | None, session_password: str = "") -> tuple[Store, str] | int:
    """Open the store and name the user; an exit code when the person cancels or it fails.

    ``session_password`` is a newsroom password typed in the wizard but not remembered: it
    lives in memory for this session only."""
    from editor.ui.app import local_user

    probe = bool(os.environ.get("REDAKSI_STARTUP_PROBE"))
    fixed = explicit_url(db_url)
    if not probe and wizard_needed() and not _is_postgresql(fixed):
        wizard = run_wizard(db_url)
        if wizard is None:
            return 0
        session_password = wizard.newsroom_page.password.text()
    identity = load_identity()
    newsroom = not fixed and identity is not None and identity.mode == NEWSROOM
    url = fixed or (identity.database_url if newsroom and identity else "") or None
    while True:
        try:
            store = open_store(_with_password(url, session_password) if newsroom else url)
            break
        except StoreError as exc:
            if not newsroom or probe:
                return _fail(str(exc))
            # The saved server refused (no remembered password, or it changed): ask again.
            wizard = run_wizard(db_url, current=identity)
            if wizard is None:
                return 0
            identity = load_identity()
            newsroom = identity is not None and identity.mode == NEWSROOM
            url = identity.database_url if newsroom and identity else None
            session_password = wizard.newsroom_page.password.text()
    if is_newsroom(store):
        user = current_login(store)  # the server says who this is, never the wizard
        try:
            queries.get_user(store, user)
        except UserNotFound:
            store.close()
            return _fail(f"login PostgreSQL {user!r} bukan pengguna Redaksi di server ini; "
                         f"minta admin menjalankan: redaksi newsroom add-user {user} "
                         "--role ...")
    else:
        env_user = os.environ.get("REDAKSI_USER", "")
        if env_user:
            user, role = env_user, Role.REPORTER
        elif identity is not None and identity.mode != NEWSROOM:
            user, role = identity.user, identity.role or Role.REPORTER
        else:
            user, role = local_user(), Role.REPORTER
        try:
            ensure_user(store, user, role)
        except ValueError as exc:  # a name that cannot be a user (REDAKSI_USER=Ana Budi)
            store.close()
            return _fail(str(exc))
    log.info("session: user %s on %s", user,
             database_label(store))
    return store, user


def _with_password(url: str | None, password: str) -> str | None:
    if not url or not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def _fail(message: str) -> int:
    print(f"redaksi: {message}", file=sys.stderr)
    log.error("%s", message)
    if not os.environ.get("REDAKSI_STARTUP_PROBE"):
        QMessageBox.critical(None, "Redaksi", message)
    return 2


def switch_user(window) -> None:
    """Help → Ganti pengguna: run the wizard again; on success reopen the window as the
    chosen person (the window's own close asks about unsaved work first)."""
    fixed = explicit_url(getattr(window, "fixed_db_url", None))
    if _is_postgresql(fixed) or os.environ.get("REDAKSI_USER"):
        QMessageBox.information(
            window, "Redaksi",
            QCoreApplication.translate(
                "FirstRunWizard",
                "Pengguna ditentukan oleh REDAKSI_USER atau oleh login dalam alamat basis "
                "data (--db / REDAKSI_DATABASE_URL); ubah itu untuk berganti pengguna."))
        return
    wizard = run_wizard(getattr(window, "fixed_db_url", None), window, load_identity())
    if wizard is None:
        return
    window.session_password = wizard.newsroom_page.password.text()
    window.restart_requested = True
    if not window.close():  # the person kept the window open (unsaved work)
        window.restart_requested = False


def add_switch_user_action(window, menu) -> None:
    """The Help menu's "Ganti pengguna atau basis data…" (object name actionSwitchUser)."""
    from PySide6.QtGui import QAction

    action = QAction(QCoreApplication.translate("FirstRunWizard",
                                                "&Ganti pengguna atau basis data…"), window)
    action.setObjectName("actionSwitchUser")
    action.triggered.connect(lambda: switch_user(window))
    window.switch_user_action = action
    menu.addAction(action)
