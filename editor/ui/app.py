"""Application start-up: QApplication, translations, the store, the main window."""

from __future__ import annotations

import getpass
import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.resources import resource_path
from editor.ui import settings_keys as keys

STARTED = time.perf_counter()
SUPPORTED_LANGUAGES = ("id", "en")


def local_user() -> str:
    """Who is at the keyboard: ``REDAKSI_USER`` or the operating-system login."""
    try:
        return os.environ.get("REDAKSI_USER") or getpass.getuser()
    except Exception:  # no login name (some containers)
        return "lokal"


def app_user(store: object) -> str:
    """In newsroom mode the person is their PostgreSQL login; on a laptop, the OS user."""
    from editor.ops import session as session_ops
    from editor.store import Store

    if isinstance(store, Store) and session_ops.is_newsroom(store):
        return session_ops.current_login(store)
    return local_user()


def interface_language() -> str:
    """Indonesian by default; English when chosen in the app or with REDAKSI_LANG=en."""
    env = os.environ.get("REDAKSI_LANG", "").strip().lower()[:2]
    if env in SUPPORTED_LANGUAGES:
        return env
    value = keys.LANGUAGE.read()
    return value if value in SUPPORTED_LANGUAGES else "id"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Source strings are Indonesian; other languages load ``redaksi_<lang>.qm``.

    Qt's own strings (edit context menus, message-box and dialog buttons, the file dialog)
    are English in Qt, which ships no Indonesian ``qtbase``: for Indonesian, Redaksi's own
    ``qtbase_id.qm`` translates the ones the app shows.
    """
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        translator = QTranslator(app)
        if translator.load(str(resource_path("translations", "qtbase_id.qm"))):
            app.installTranslator(translator)
            return translator
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"redaksi_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName("Redaksi")
    app.setOrganizationDomain("redaksi.local")
    app.setApplicationName("Redaksi")


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "redaksi-256.png")))


def run_app(db_url: str | None = None) -> int:
    from editor.ui.main_window import MainWindow
    from editor.ui.operations import wait_for_ops
    from editor.ui.session_start import open_session

    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    from editor.ui import crash_report

    crash_report.install()  # the app log (editor/logs.py); uncaught errors: logged and shown
    from editor.ui.binding_check import binding_fault

    fault = binding_fault()  # a Qt binding that loses references crashes later, mid-story
    if fault:
        logging.getLogger("redaksi.ui").error("broken Qt binding: %s", fault)
        print(f"redaksi: {fault}", file=sys.stderr)
        return 2
    install_translator(app, interface_language())
    app.setWindowIcon(app_icon())
    session_password = ""
    while True:  # again after Help → Ganti pengguna
        opened = open_session(db_url, session_password)
        if isinstance(opened, int):
            return opened
        store, user = opened
        from editor.ui.settings_dialog import theme_setting
        from editor.ui.theme import apply_theme

        apply_theme(app, theme_setting())
        window = MainWindow(store, user)
        window.fixed_db_url = db_url

        def change_language(language: str, window: MainWindow = window) -> None:
            keys.LANGUAGE.write(language)
            QMessageBox.information(
                window, "Redaksi",
                QCoreApplication.translate(
                    "MainWindow", "Bahasa antarmuka berganti saat Redaksi dibuka lagi."))

        window.language_change_requested.connect(change_language)
        window.show()
        if os.environ.get("REDAKSI_STARTUP_PROBE"):
            # Used by benchmarks/startup_time.py: report when the window is up, then quit.
            def report(window: MainWindow = window) -> None:
                print(f"window shown at {time.time():.6f} ({time.perf_counter() - STARTED:.3f} s "
                      "after the UI module loaded)", flush=True)
                window.close()

            QTimer.singleShot(0, report)
        else:
            QTimer.singleShot(0, window.offer_recovery)  # edits left behind by a crash
        code = app.exec()
        wait_for_ops()
        store.close()
        if not getattr(window, "restart_requested", False):
            return code
        session_password = getattr(window, "session_password", "")
        window.deleteLater()  # the next session gets a new window on the new store
