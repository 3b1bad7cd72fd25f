"""First-run wizard against the real newsroom server: the login is tried before anything is
saved, the role shown and used is the server's, and the password goes to pgpass only."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWizard
from sqlalchemy.engine import make_url

from editor.domain.workflow import Role
from editor.store.newsroom_login import NewsroomAddress, NewsroomLoginError, check_newsroom_login

PASSWORD = "rahasia-uji-123"  # tests/postgres/conftest.py gives every test login this one


@pytest.fixture
def settings(qapp, tmp_path, monkeypatch):
    from editor.ui.app import configure_application

    configure_application(qapp)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.delenv("REDAKSI_USER", raising=False)
    monkeypatch.delenv("REDAKSI_DATABASE_URL", raising=False)
    yield tmp_path
    QSettings().clear()


def address_of(newsroom, login: str) -> NewsroomAddress:
    url = make_url(newsroom.url)
    return NewsroomAddress(url.host or "127.0.0.1", url.port or 5432, newsroom.database, login)


def fill(page, address: NewsroomAddress, password: str) -> None:
    page.host.setText(address.host)
    page.port.setValue(address.port)
    page.database.setText(address.database)
    page.login.setText(address.login)
    page.password.setText(password)


def test_check_reads_role_from_the_server(newsroom):
    newsroom.add("fr_sari", "editor")
    login = check_newsroom_login(address_of(newsroom, "fr_sari"), PASSWORD)
    assert (login.user, login.role) == ("fr_sari", Role.EDITOR)
    with pytest.raises(NewsroomLoginError, match="password authentication failed"):
        check_newsroom_login(address_of(newsroom, "fr_sari"), "salah")


def test_a_login_that_is_not_a_redaksi_user_is_refused(newsroom, pg_server):
    import os

    import psycopg

    guest = f"fr_tamu_{os.getpid()}"  # logins are cluster-wide: one per test process
    with psycopg.connect(newsroom.server._conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS {guest}")
        conn.execute(f"CREATE ROLE {guest} LOGIN PASSWORD 'tamu-rahasia-1'")
    try:
        with pytest.raises(NewsroomLoginError, match="bukan pengguna Redaksi"):
            check_newsroom_login(address_of(newsroom, guest), "tamu-rahasia-1")
    finally:
        with psycopg.connect(newsroom.server._conninfo(), autocommit=True) as conn:
            conn.execute(f"DROP ROLE IF EXISTS {guest}")


def test_wizard_tests_the_login_before_saving_and_takes_the_role_from_the_server(
        newsroom, settings, qtbot):
    from editor.ui.first_run import NEWSROOM, FirstRunWizard, load_identity

    newsroom.add("fr_andi", "reporter")
    wizard = FirstRunWizard({})
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice.newsroom.setChecked(True)
    wizard.next()
    page = wizard.newsroom_page
    assert wizard.currentPage() is page
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    fill(page, address_of(newsroom, "fr_andi"), "kata-sandi-salah")
    assert not finish_button.isEnabled()  # not tested yet
    with qtbot.waitSignal(page.checked, timeout=15000) as failed:
        page.test_button.click()
    assert isinstance(failed.args[0], NewsroomLoginError)
    assert "Gagal" in page.status.text() and not finish_button.isEnabled()

    page.password.setText(PASSWORD)
    with qtbot.waitSignal(page.checked, timeout=15000) as ok:
        page.test_button.click()
    assert ok.args[0].role is Role.REPORTER
    assert "Reporter" in page.status.text() and finish_button.isEnabled()
    page.login.setText("fr_andi2")  # any change needs a new test
    assert not finish_button.isEnabled()
    page.login.setText("fr_andi")
    with qtbot.waitSignal(page.checked, timeout=15000):
        page.test_button.click()
    assert load_identity() is None  # nothing saved before Finish
    finish_button.click()

    identity = load_identity()
    assert identity.mode == NEWSROOM and identity.user == "fr_andi" and identity.role is None
    assert PASSWORD not in identity.database_url
    assert QSettings().value("identity/role") is None
    pgpass = settings / "pgpass"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    assert pgpass.read_text().strip().endswith(f":{newsroom.database}:fr_andi:{PASSWORD}")


def test_start_up_on_the_saved_server_uses_the_servers_user_and_role(newsroom, settings):
    from editor.store.newsroom_login import remember_password
    from editor.ui.first_run import NEWSROOM, Identity, save_identity
    from editor.ui.session_start import open_session

    newsroom.add("fr_budi", "editor")
    address = address_of(newsroom, "fr_budi")
    remember_password(address, PASSWORD)
    save_identity(Identity(NEWSROOM, "fr_budi", None, address.url()))
    # A hand-edited settings file cannot make anyone an admin: the role is the server's.
    QSettings().setValue("identity/role", "admin")
    QSettings().setValue("identity/user", "someone_else")
    store, user = open_session(None)
    try:
        assert user == "fr_budi"
        assert store.users.get(user).role is Role.EDITOR
        assert store.engine.dialect.name == "postgresql"
    finally:
        store.close()


def test_a_password_not_remembered_is_asked_again_at_start(newsroom, settings, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor.ui.first_run import NEWSROOM, FirstRunWizard, Identity, save_identity
    from editor.ui.session_start import open_session

    newsroom.add("fr_citra", "editor")
    address = address_of(newsroom, "fr_citra")
    save_identity(Identity(NEWSROOM, "fr_citra", None, address.url()))  # no pgpass line
    asked = []

    def answer() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, FirstRunWizard):
            QTimer.singleShot(50, answer)
            return
        asked.append(True)
        assert wizard.choice.newsroom.isChecked()
        wizard.next()
        page = wizard.newsroom_page
        assert page.login.text() == "fr_citra" and page.database.text() == newsroom.database
        page.remember.setChecked(False)
        page.password.setText(PASSWORD)
        page.checked.connect(
            lambda _r: wizard.button(QWizard.WizardButton.FinishButton).click())
        page.test_button.click()

    QTimer.singleShot(0, answer)
    opened = open_session(None)
    assert asked == [True]
    store, user = opened
    try:
        assert user == "fr_citra" and store.users.get(user).role is Role.EDITOR
    finally:
        store.close()
    assert not (settings / "pgpass").exists()  # not remembered, as asked
