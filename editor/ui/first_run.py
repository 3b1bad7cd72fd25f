"""First run: who is at the keyboard, and which database they work on.

A small wizard asks either for a name and a role on this laptop's own (SQLite) database, or
for the address and login of the newsroom's PostgreSQL server. A newsroom login is tried
before anything is saved, and the role shown is the one the *server* gives the login — the
wizard has no role field there, and the app reads the role from the server at every start.
The choice is kept in QSettings (``identity/*``); the database address is saved without its
password, which goes, if the person wants, to libpq's own ``~/.pgpass``.

Help → "Ganti pengguna…" opens the same wizard again to switch user or database.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from editor.domain.workflow import Role
from editor.ops.session import (
    DEFAULT_PORT,
    NewsroomAddress,
    NewsroomLogin,
    check_newsroom_login,
    pgpass_file,
    remember_password,
    valid_user_name,
)
from editor.ui import settings_keys as keys
from editor.ui.operations import run_op

LOCAL = "local"
NEWSROOM = "newsroom"
# The same words in Indonesian and English newsrooms.
ROLE_LABELS = {Role.REPORTER: "Reporter", Role.EDITOR: "Editor", Role.ADMIN: "Admin"}


@dataclass(frozen=True, slots=True)
class Identity:
    """What the first-run wizard saved. ``role`` only for a local database; ``database_url``
    (no password) only for a newsroom server."""

    mode: str
    user: str
    role: Role | None = None
    database_url: str = ""


def load_identity(settings: QSettings | None = None) -> Identity | None:
    s = settings or QSettings()
    mode = keys.IDENTITY_MODE.read(s)
    user = keys.IDENTITY_USER.read(s)
    if mode == LOCAL and user:
        try:
            role = Role(keys.IDENTITY_ROLE.read(s) or Role.REPORTER.value)
        except ValueError:
            role = Role.REPORTER
        return Identity(LOCAL, user, role)
    url = keys.IDENTITY_DATABASE_URL.read(s)
    if mode == NEWSROOM and url:
        return Identity(NEWSROOM, user, None, url)
    return None


def save_identity(identity: Identity, settings: QSettings | None = None) -> None:
    s = settings or QSettings()
    keys.IDENTITY_MODE.write(identity.mode, s)
    keys.IDENTITY_USER.write(identity.user, s)
    if identity.mode == LOCAL:
        keys.IDENTITY_ROLE.write((identity.role or Role.REPORTER).value, s)
        keys.IDENTITY_DATABASE_URL.remove(s)
    else:
        keys.IDENTITY_ROLE.remove(s)
        keys.IDENTITY_DATABASE_URL.write(identity.database_url, s)
    s.sync()


def wizard_needed(env: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """No saved identity and no REDAKSI_USER (scripts and tests set it)."""
    env = os.environ if env is None else env
    return not env.get("REDAKSI_USER") and load_identity() is None


class ChoicePage(QWizardPage):
    def __init__(self, newsroom_allowed: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Selamat datang di Redaksi"))
        self.setSubTitle(self.tr("Di mana Anda menulis?"))
        self.local = QRadioButton(self.tr("Di laptop ini saja (basis data lokal, tanpa server)"),
                                  objectName="firstRunLocal")
        self.newsroom = QRadioButton(
            self.tr("Bersama newsroom (server PostgreSQL redaksi)"), objectName="firstRunNewsroom")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.newsroom)
        self.local.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.newsroom)
        if not newsroom_allowed:
            self.newsroom.setEnabled(False)
            layout.addWidget(QLabel(self.tr("Basis data sudah ditentukan dengan --db atau "
                                        "REDAKSI_DATABASE_URL.")))
        layout.addStretch(1)


class LocalPage(QWizardPage):
    """Name and role on this laptop's database. A name already there keeps its stored role;
    once the database has an admin, a new name starts as a reporter (the admin gives roles),
    so nobody makes themselves an editor or admin over an admin's head."""

    def __init__(self, known_roles: dict[str, Role], default_name: str) -> None:
        super().__init__()
        self.known_roles = known_roles
        self.setTitle(self.tr("Nama dan peran Anda"))
        self.setSubTitle(self.tr("Nama pengguna dicatat pada setiap simpanan, komentar dan "
                             "langkah alur kerja."))
        self.name = QLineEdit(objectName="firstRunName")
        self.name.setPlaceholderText("mis. ana")
        self.role = QComboBox(objectName="firstRunRole")
        for role, label in ROLE_LABELS.items():
            self.role.addItem(label, role)
        self.note = QLabel(objectName="firstRunLocalNote", wordWrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("Nama pengguna"), self.name)
        form.addRow(self.tr("Peran"), self.role)
        form.addRow(self.note)
        self.name.textChanged.connect(self._name_changed)
        if valid_user_name(default_name):
            self.name.setText(default_name)
        self._name_changed()

    def _name_changed(self) -> None:
        name = self.name.text().strip()
        known = self.known_roles.get(name)
        if known is not None:
            self.role.setCurrentIndex(self.role.findData(known))
            self.role.setEnabled(False)
            self.note.setText(self.tr("%1 sudah ada di basis data ini dengan peran tersebut.")
                              .replace("%1", name))
        elif Role.ADMIN in self.known_roles.values():
            # The database has an admin: newcomers start as reporters, the admin gives roles.
            self.role.setCurrentIndex(self.role.findData(Role.REPORTER))
            self.role.setEnabled(False)
            self.note.setText(
                self.tr("Huruf kecil, angka, titik, garis bawah atau tanda hubung; diawali huruf.")
                if name and not valid_user_name(name) else
                self.tr("Pengguna baru mulai sebagai reporter; admin mengubah peran lewat "
                        "Meja → Pengguna dan peran."))
        else:
            if not self.role.isEnabled():  # leaving a known name: its role does not carry over
                self.role.setCurrentIndex(self.role.findData(Role.REPORTER))
            self.role.setEnabled(True)
            self.note.setText(
                "" if not name or valid_user_name(name) else
                self.tr("Huruf kecil, angka, titik, garis bawah atau tanda hubung; diawali huruf."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return valid_user_name(self.name.text().strip())

    def identity(self) -> Identity:
        return Identity(LOCAL, self.name.text().strip(), Role(self.role.currentData()))

    def nextId(self) -> int:  # noqa: N802
        return -1


class NewsroomPage(QWizardPage):
    """The server's address and the person's own login, tried before it can be saved."""

    checked = Signal(object)  # NewsroomLogin, or the exception

    def __init__(self, address: NewsroomAddress | None = None) -> None:
        super().__init__()
        self.setTitle(self.tr("Server newsroom"))
        self.setSubTitle(self.tr("Alamat dan login PostgreSQL Anda sendiri (dari admin redaksi). "
                             "Peran Anda ditentukan oleh server."))
        self.host = QLineEdit(objectName="firstRunHost")
        self.port = QSpinBox(objectName="firstRunPort", minimum=1, maximum=65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("redaksi", objectName="firstRunDatabase")
        self.login = QLineEdit(objectName="firstRunLogin")
        self.password = QLineEdit(objectName="firstRunPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Simpan kata sandi di %1").replace("%1", str(pgpass_file())),
                                  objectName="firstRunRemember", checked=True)
        self.test_button = QPushButton(self.tr("Uji sambungan"), objectName="firstRunTest")
        self.status = QLabel(objectName="firstRunStatus", wordWrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Basis data"), self.database)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.remember)
        form.addRow(self.test_button)
        form.addRow(self.status)
        if address is not None:
            self.host.setText(address.host)
            self.port.setValue(address.port)
            self.database.setText(address.database)
            self.login.setText(address.login)
        self.result: NewsroomLogin | None = None
        self._tested: tuple | None = None
        self._serial = 0
        for edit in (self.host, self.database, self.login, self.password):
            edit.textChanged.connect(self._fields_changed)
        self.port.valueChanged.connect(self._fields_changed)
        self.test_button.clicked.connect(self.test_connection)

    def address(self) -> NewsroomAddress:
        return NewsroomAddress(self.host.text().strip(), self.port.value(),
                               self.database.text().strip(), self.login.text().strip())

    def _key(self) -> tuple:
        return (self.address(), self.password.text())

    def _fields_changed(self) -> None:
        if self.result is not None and self._tested != self._key():
            self.result = None
            self.status.setText(self.tr("Uji sambungan lagi setelah mengubah isian."))
        self.completeChanged.emit()

    def test_connection(self) -> None:
        """Try the login on a worker (a slow or unreachable server never freezes the UI)."""
        self._serial += 1
        serial, key = self._serial, self._key()
        address, password = key
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Menghubungi server…"))

        def done(login: NewsroomLogin) -> None:
            if serial != self._serial:
                return  # a newer test overtook this one
            self.test_button.setEnabled(True)
            self.result, self._tested = login, key
            self.status.setText(
                self.tr("Tersambung sebagai %1. Peran dari server: %2 (PostgreSQL %3).")
                .replace("%1", login.user).replace("%2", ROLE_LABELS[login.role])
                .replace("%3", login.server_version))
            self.completeChanged.emit()
            self.checked.emit(login)

        def failed(exc: Exception) -> None:
            if serial != self._serial:
                return
            self.test_button.setEnabled(True)
            self.result = None
            self.status.setText(self.tr("Gagal: %1").replace("%1", str(exc)))
            self.completeChanged.emit()
            self.checked.emit(exc)

        run_op(self, lambda: check_newsroom_login(address, password), done, failed)

    def isComplete(self) -> bool:  # noqa: N802
        return self.result is not None and self._tested == self._key()

    def identity(self) -> Identity:
        assert self.result is not None
        return Identity(NEWSROOM, self.result.user, None, self.result.address.url())

    def save_password(self) -> None:
        if self.remember.isChecked() and self.result is not None and self.password.text():
            remember_password(self.result.address, self.password.text())

    def nextId(self) -> int:  # noqa: N802
        return -1


class FirstRunWizard(QWizard):
    """Name and role locally, or a tested newsroom login; ``identity`` after accept()."""

    CHOICE, LOCAL_PAGE, NEWSROOM_PAGE = range(3)

    def __init__(self, known_roles: dict[str, Role] | None = None, *,
                 newsroom_allowed: bool = True, current: Identity | None = None,
                 default_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Redaksi — penyiapan"))
        self.choice = ChoicePage(newsroom_allowed)
        address = _address_of(current.database_url) if current and current.database_url \
            else None
        name = current.user if current and current.mode == LOCAL else default_name
        self.local_page = LocalPage(known_roles or {}, name)
        self.newsroom_page = NewsroomPage(address)
        self.setPage(self.CHOICE, self.choice)
        self.setPage(self.LOCAL_PAGE, self.local_page)
        self.setPage(self.NEWSROOM_PAGE, self.newsroom_page)
        if current is not None and current.mode == NEWSROOM and newsroom_allowed:
            self.choice.newsroom.setChecked(True)
        buttons = QWizard.WizardButton
        for button, text in ((buttons.BackButton, self.tr("< Kembali")),
                             (buttons.NextButton, self.tr("Lanjut >")),
                             (buttons.FinishButton, self.tr("Selesai")),
                             (buttons.CancelButton, self.tr("Batal"))):
            self.setButtonText(button, text)
        self.identity: Identity | None = None

    def nextId(self) -> int:  # noqa: N802
        if self.currentId() == self.CHOICE:
            return self.NEWSROOM_PAGE if self.choice.newsroom.isChecked() else self.LOCAL_PAGE
        return -1

    def accept(self) -> None:
        page = self.newsroom_page if self.choice.newsroom.isChecked() else self.local_page
        identity = page.identity()
        if page is self.newsroom_page:
            self.newsroom_page.save_password()
        save_identity(identity)
        self.identity = identity
        super().accept()


def _address_of(url: str) -> NewsroomAddress | None:
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception:
        return None
    return NewsroomAddress(u.host or "", u.port or DEFAULT_PORT, u.database or "",
                           u.username or "")
