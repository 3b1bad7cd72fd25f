"""Workstation settings: house limits, categories, proofing rules, theme.

Values live in QSettings over the newsroom defaults of ``resources/house/house.yaml``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.house import HouseSettings, default_house
from editor.proofing.ruledata import category_info, rule_titles
from editor.ui import settings_keys as keys


def load_house() -> HouseSettings:
    house = default_house()
    settings = QSettings()
    changes: dict[str, object] = {}
    for name, key in keys.HOUSE_INTS.items():
        value = key.read(settings)
        if value is not None:
            changes[name] = value
    categories = [c for c in keys.HOUSE_CATEGORIES.read(settings) if c.strip()]
    if categories:
        changes["categories"] = tuple(categories)
    return house.with_changes(**changes)


def disabled_proofing() -> tuple[list[str], list[str]]:
    settings = QSettings()
    return keys.DISABLED_RULES.read(settings), keys.DISABLED_CATEGORIES.read(settings)


_PLACEHOLDER = re.compile("\\s*[:(]?\\s*[\u2018'\"]?\\{[a-z]+\\}[\u2019'\"]?\\)?")


def rule_title(message: str, rule_id: str) -> str:
    """A rule's name for people: from rule_titles.yaml, else its message without the parts
    filled in per match ("Spasi ganda." -> "Spasi ganda")."""
    named = rule_titles().get(rule_id)
    if named:
        return named
    title = _PLACEHOLDER.sub("", message).strip().rstrip(".:,; ").strip()
    return title or rule_id


def theme_setting() -> str:
    return keys.THEME.read()


class SettingsDialog(QDialog):
    def __init__(self, proofreader=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Pengaturan"))
        house = load_house()
        tabs = QTabWidget()
        # -- house style
        page = QWidget()
        form = QFormLayout(page)
        self.spins: dict[str, QSpinBox] = {}
        labels = {
            "headline_warn": self.tr("Judul: peringatan mulai (karakter)"),
            "headline_max": self.tr("Judul: batas (karakter)"),
            "summary_warn": self.tr("Ringkasan: peringatan mulai (karakter)"),
            "summary_max": self.tr("Ringkasan: batas (karakter)"),
            "reading_wpm": self.tr("Kecepatan baca (kata per menit)"),
            "autosave_seconds": self.tr("Simpan otomatis setelah diam (detik)"),
        }
        for key in keys.HOUSE_INT_FIELDS:
            spin = QSpinBox(objectName=key)
            spin.setRange(1, 2000)
            spin.setValue(getattr(house, key))
            self.spins[key] = spin
            form.addRow(labels[key], spin)
        self.theme = QComboBox(objectName="theme")
        self.theme.addItem(self.tr("Terang"), "light")
        self.theme.addItem(self.tr("Gelap"), "dark")
        self.theme.setCurrentIndex(self.theme.findData(theme_setting()))
        form.addRow(self.tr("Tema"), self.theme)
        tabs.addTab(page, self.tr("Gaya rumah"))
        # -- categories
        self.categories = QPlainTextEdit(objectName="categoriesEdit")
        self.categories.setPlaceholderText(self.tr("Satu rubrik per baris"))
        self.categories.setPlainText("\n".join(house.categories))
        tabs.addTab(self.categories, self.tr("Rubrik"))
        # -- proofing rules
        self.rules = QTreeWidget(objectName="rulesTree")
        self.rules.setHeaderLabels([self.tr("Aturan"), self.tr("Keterangan"), self.tr("Kode")])
        rules_off, cats_off = disabled_proofing()
        if proofreader is not None:
            by_cat: dict[str, QTreeWidgetItem] = {}
            described = category_info()
            for cat in proofreader.categories():
                info = described.get(cat)
                item = QTreeWidgetItem([info.label if info else cat,
                                        info.description if info else "", cat])
                item.setToolTip(1, info.description if info else "")
                item.setCheckState(0, Qt.CheckState.Unchecked if cat in cats_off
                                   else Qt.CheckState.Checked)
                item.setData(0, Qt.ItemDataRole.UserRole, ("category", cat))
                self.rules.addTopLevelItem(item)
                by_cat[cat] = item
            for meta in sorted(proofreader.rules(), key=lambda m: rule_title(m.message, m.id)):
                child = QTreeWidgetItem([rule_title(meta.message, meta.id),
                                         meta.explanation or meta.message, meta.id])
                child.setToolTip(1, meta.explanation or meta.message)
                child.setCheckState(0, Qt.CheckState.Unchecked if meta.id in rules_off
                                    else Qt.CheckState.Checked)
                child.setData(0, Qt.ItemDataRole.UserRole, ("rule", meta.id))
                by_cat[meta.category].addChild(child)
        self.rules.setColumnWidth(0, 260)
        self.rules.setColumnWidth(1, 300)
        self.rules.setWordWrap(True)
        tabs.addTab(self.rules, self.tr("Pemeriksa ejaan"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def accept(self) -> None:
        settings = QSettings()
        for name, spin in self.spins.items():
            keys.HOUSE_INTS[name].write(spin.value(), settings)
        cats = [c.strip() for c in self.categories.toPlainText().splitlines() if c.strip()]
        keys.HOUSE_CATEGORIES.write(cats, settings)
        keys.THEME.write(self.theme.currentData(), settings)
        rules_off, cats_off = [], []
        for i in range(self.rules.topLevelItemCount()):
            top = self.rules.topLevelItem(i)
            if top.checkState(0) == Qt.CheckState.Unchecked:
                cats_off.append(top.data(0, Qt.ItemDataRole.UserRole)[1])
            for j in range(top.childCount()):
                child = top.child(j)
                if child.checkState(0) == Qt.CheckState.Unchecked:
                    rules_off.append(child.data(0, Qt.ItemDataRole.UserRole)[1])
        if self.rules.topLevelItemCount():
            keys.DISABLED_RULES.write(rules_off, settings)
            keys.DISABLED_CATEGORIES.write(cats_off, settings)
        settings.sync()
        super().accept()
