"""First-run wizard on a local database, the saved identity, start-up with it, and
Help → Ganti pengguna. Real widgets offscreen, a real SQLite file."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from editor.domain.workflow import Role
from editor.store import open_store
from editor.ui.first_run import LOCAL, FirstRunWizard, Identity, load_identity, save_identity


def finish(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_local_name_and_role_are_saved(qtbot):
    wizard = FirstRunWizard({})
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.choice.local.isChecked()
    wizard.next()
    assert wizard.currentPage() is wizard.local_page
    wizard.local_page.name.setText("")
    qtbot.keyClicks(wizard.local_page.name, "ana")
    page = wizard.local_page
    page.role.setCurrentIndex(page.role.findData(Role.EDITOR))
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert load_identity() == Identity(LOCAL, "ana", Role.EDITOR)


def test_a_name_that_cannot_be_a_login_cannot_be_finished(qtbot):
    wizard = FirstRunWizard({})
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.local_page.name.setText("Ana Budi")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "Huruf kecil" in wizard.local_page.note.text()
    assert load_identity() is None


def test_an_existing_local_user_keeps_the_stored_role(qtbot):
    wizard = FirstRunWizard({"sari": Role.REPORTER})
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.local_page
    page.name.setText("sari")
    assert not page.role.isEnabled() and Role(page.role.currentData()) is Role.REPORTER
    page.name.setText("sarah")
    assert page.role.isEnabled()


def test_start_up_uses_the_saved_identity_and_nobody_is_silently_admin(tmp_path, monkeypatch):
    from editor.ui.session_start import open_session

    monkeypatch.delenv("REDAKSI_USER", raising=False)
    monkeypatch.delenv("REDAKSI_DATABASE_URL", raising=False)
    url = f"sqlite:///{tmp_path / 'laptop.db'}"
    save_identity(Identity(LOCAL, "dewi", Role.ADMIN))
    store, user = open_session(url)
    try:
        assert user == "dewi" and store.users.get("dewi").role is Role.ADMIN
    finally:
        store.close()
    # REDAKSI_USER wins (scripts), and someone new is a reporter, not an admin.
    monkeypatch.setenv("REDAKSI_USER", "eko")
    store, user = open_session(url)
    try:
        assert user == "eko" and store.users.get("eko").role is Role.REPORTER
    finally:
        store.close()


def test_first_start_without_identity_shows_the_wizard_and_cancel_quits(tmp_path, monkeypatch,
                                                                          qtbot):
    from editor.ui.session_start import open_session

    monkeypatch.delenv("REDAKSI_USER", raising=False)
    url = f"sqlite:///{tmp_path / 'laptop.db'}"
    seen = []

    def cancel() -> None:
        wizard = QApplication.activeModalWidget()
        if wizard is None:  # not up yet on a busy machine
            QTimer.singleShot(20, cancel)
            return
        seen.append(type(wizard).__name__)
        wizard.reject()

    QTimer.singleShot(0, cancel)
    assert open_session(url) == 0
    assert seen == ["FirstRunWizard"]
    assert load_identity() is None


def test_help_menu_switches_user_and_reopens(tmp_path, monkeypatch, qtbot, make_window):
    monkeypatch.delenv("REDAKSI_USER", raising=False)
    monkeypatch.delenv("REDAKSI_DATABASE_URL", raising=False)
    url = f"sqlite:///{tmp_path / 'laptop.db'}"
    store = open_store(url)
    store.users.ensure("ana", Role.EDITOR)
    save_identity(Identity(LOCAL, "ana", Role.EDITOR))
    window = make_window(store, "ana")
    window.fixed_db_url = url
    help_menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()),
                                           "menuHelp")
    assert window.switch_user_action in help_menu.actions()

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, FirstRunWizard):  # not up yet on a busy machine
            QTimer.singleShot(20, drive)
            return
        assert wizard.local_page.name.text() == "ana"  # starts from the current identity
        wizard.next()
        wizard.local_page.name.setText("budi")
        wizard.local_page.role.setCurrentIndex(wizard.local_page.role.findData(Role.REPORTER))
        finish(wizard)

    QTimer.singleShot(0, drive)
    window.switch_user_action.trigger()
    assert window.restart_requested is True
    assert not window.isVisible()
    assert load_identity() == Identity(LOCAL, "budi", Role.REPORTER)
    store.close()


def test_about_shows_the_one_version(qtbot, make_window, store):
    from editor import __version__

    window = make_window(store, "ana")
    window.about_action.trigger()
    box = window.about_box
    qtbot.addWidget(box)
    assert box.isVisible()
    assert f"Redaksi {__version__}" in box.text()
    assert "ana" in box.text() and "redaksi-test.db" in box.text()
    box.accept()


def test_about_never_shows_a_password(qapp):
    from editor.ui.about_dialog import about_text

    text = about_text("postgresql+psycopg://andi:rahasia@db.example/redaksi", "andi", "editor")
    assert "rahasia" not in text and "andi" in text and "db.example" in text


def test_wizard_speaks_english_with_the_shipped_translation(qapp, qtbot):
    from PySide6.QtCore import QCoreApplication

    from editor.ui.app import install_translator

    translator = install_translator(qapp, "en")
    try:
        wizard = FirstRunWizard({})
        qtbot.addWidget(wizard)
        assert wizard.choice.title() == "Welcome to Redaksi"
        assert wizard.newsroom_page.test_button.text() == "Test connection"
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Next >"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_once_there_is_an_admin_newcomers_start_as_reporters(qtbot):
    wizard = FirstRunWizard({"ratna": Role.ADMIN})
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.local_page
    page.name.setText("joko")
    assert not page.role.isEnabled() and Role(page.role.currentData()) is Role.REPORTER
    assert "reporter" in page.note.text()
    finish(wizard)
    assert load_identity() == Identity(LOCAL, "joko", Role.REPORTER)


DRIVER = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from editor.domain.workflow import Role
from editor.ui.app import configure_application, run_app
from editor.ui.first_run import LOCAL, FirstRunWizard, Identity, save_identity
from editor.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])
configure_application(app)
save_identity(Identity(LOCAL, "ana", Role.EDITOR))
seen = []


def main_window():
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()), None)


def drive_wizard():
    wizard = QApplication.activeModalWidget()
    if not isinstance(wizard, FirstRunWizard):
        QTimer.singleShot(20, drive_wizard)
        return
    wizard.next()
    wizard.local_page.name.setText("budi")
    wizard.button(QWizard.WizardButton.FinishButton).click()


def step():
    window = main_window()
    if window is None or window.user in seen:
        QTimer.singleShot(20, step)
        return
    seen.append(window.user)
    if window.user == "ana":
        QTimer.singleShot(0, drive_wizard)
        window.switch_user_action.trigger()
        QTimer.singleShot(20, step)
    else:
        window.close()


QTimer.singleShot(0, step)
code = run_app(sys.argv[1])
print("seen", ",".join(seen), "exit", code, flush=True)
"""


def test_run_app_reopens_as_the_switched_user(tmp_path):
    """The whole loop, in its own process (a fresh QApplication, as in real use): the app
    opens as ana, Help → Ganti pengguna picks budi, the window closes and a new one opens as
    budi on the same database; closing it ends run_app."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    url = f"sqlite:///{tmp_path / 'laptop.db'}"
    env = {k: v for k, v in os.environ.items()
           if k not in ("REDAKSI_USER", "REDAKSI_STARTUP_PROBE", "REDAKSI_DATABASE_URL")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"),
               REDAKSI_RECOVERY_DIR=str(tmp_path / "recovery"))
    done = subprocess.run([sys.executable, "-c", DRIVER, url], env=env, capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert "seen ana,budi exit 0" in done.stdout, done.stderr[-3000:]
    store = open_store(url)
    try:
        assert {u.name: u.role for u in store.users.list()} == {"ana": Role.EDITOR,
                                                                 "budi": Role.REPORTER}
    finally:
        store.close()
