"""Admin screen: the desk's people and their roles."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.domain.workflow import Role
from editor.ops.queries import add_user, list_users, set_role
from editor.store import Store, User
from editor.ui.messages import message_for
from editor.ui.operations import run_op


class UsersDialog(QDialog):
    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Pengguna dan peran"))
        self.resize(520, 420)
        self.store = store
        self.table = QTableWidget(0, 3, objectName="usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Nama tampilan"),
                                              self.tr("Peran")])
        self.table.verticalHeader().hide()
        self.name = QLineEdit(objectName="newUserName")
        self.name.setPlaceholderText(self.tr("nama login, mis. ana"))
        self.role = QComboBox(objectName="newUserRole")
        for role in Role:
            self.role.addItem(role.value, role)
        add = QPushButton(self.tr("Tambah"), objectName="addUser")
        add.clicked.connect(self.add_user)
        self.message = QLabel(objectName="usersMessage")
        form = QHBoxLayout()
        form.addWidget(self.name, 1)
        form.addWidget(self.role)
        form.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        store = self.store
        run_op(self, lambda: list_users(store), self._fill)

    def _fill(self, users: list[User]) -> None:
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            self.table.setItem(row, 0, QTableWidgetItem(user.name))
            self.table.setItem(row, 1, QTableWidgetItem(user.display_name))
            combo = QComboBox()
            for role in Role:
                combo.addItem(role.value, role)
            combo.setCurrentIndex(combo.findData(user.role))
            combo.currentIndexChanged.connect(
                lambda _i, name=user.name, box=combo: self.set_role(name, box.currentData()))
            self.table.setCellWidget(row, 2, combo)
        self.changed.emit()

    def add_user(self) -> None:
        name, role = self.name.text().strip(), self.role.currentData()
        store = self.store

        def done(added: tuple[User, object]) -> None:
            user = added[0]
            self.name.clear()
            self.message.setText(self.tr("Pengguna %1 ditambahkan").replace("%1", user.name))
            self.refresh()

        run_op(self, lambda: add_user(store, name, role), done,
               lambda exc: self.message.setText(message_for(exc)))

    def set_role(self, name: str, role: Role) -> None:
        store = self.store
        run_op(self, lambda: set_role(store, name, role), lambda _u: self.refresh(),
               lambda exc: self.message.setText(message_for(exc)))
