"""Every menu entry and shortcut of the main window, in one table.

An :class:`ActionSpec` names the action (``objectName`` and the window attribute it is
stored under), its text, its shortcut and what it calls — a dotted path from the window
(``"session.save"``, ``"desk.show_audit"``). :data:`MENUS` lays the actions out in menus.
:func:`build_actions` and :func:`build_menus` turn both into ``QAction``/``QMenu`` objects, so
adding a command is one line here, and a shortcut can be found (or a clash seen) at a glance.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from editor.ui.format_actions import FORMAT_COMMANDS
from editor.ui.labels import queue_label
from editor.ui.workflow_bar import ACTION_LABELS

STD = QKeySequence.StandardKey


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - marks text for lupdate
    return text



def format_attr(name: str) -> str:
    """The window attribute of a formatting action: ``actionBold`` -> ``bold_action``."""
    return f"{name.removeprefix('action').lower()}_action"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    attr: str                      # window attribute, e.g. "save_action"
    name: str                      # objectName, e.g. "actionSave"
    text: str                      # Indonesian source text (translated in context MainWindow)
    shortcut: QKeySequence.StandardKey | str | None
    slot: str                      # dotted path from the window; checkable ones get the state
    checkable: bool = False
    checked: bool = False
    translate: bool = True         # language names stay in their own language
    widget_shortcut: bool = False  # shown in the menu, handled by the focused editor itself
    arg: str | None = None         # passed to the slot (queue shortcuts, workflow steps)
    context: str = "MainWindow"    # translation context of ``text``


ACTIONS: tuple[ActionSpec, ...] = (
    # Berkas
    ActionSpec("new_action", "actionNew", QT_TRANSLATE_NOOP("MainWindow", "&Baru"), STD.New, "new_article"),
    ActionSpec("open_action", "actionOpen", QT_TRANSLATE_NOOP("MainWindow", "&Buka naskah terpilih"), STD.Open,
               "open_selected"),
    ActionSpec("save_action", "actionSave", QT_TRANSLATE_NOOP("MainWindow", "&Simpan"), STD.Save, "save"),
    ActionSpec("export_action", "actionExport", QT_TRANSLATE_NOOP("MainWindow", "&Ekspor…"), "Ctrl+Shift+E",
               "show_export_dialog"),
    ActionSpec("settings_action", "actionSettings", QT_TRANSLATE_NOOP("MainWindow", "&Pengaturan…"), "Ctrl+,",
               "show_settings"),
    ActionSpec("delete_action", "actionDelete", QT_TRANSLATE_NOOP("MainWindow", "&Hapus"), "Ctrl+Shift+Delete",
               "session.delete"),
    ActionSpec("quit_action", "actionQuit", QT_TRANSLATE_NOOP("MainWindow", "&Keluar"), STD.Quit, "close"),
    # Sunting
    ActionSpec("undo_action", "actionUndo", QT_TRANSLATE_NOOP("MainWindow", "&Urungkan"), STD.Undo, "form.body.undo",
               widget_shortcut=True),
    ActionSpec("redo_action", "actionRedo", QT_TRANSLATE_NOOP("MainWindow", "&Ulangi"), STD.Redo, "form.body.redo",
               widget_shortcut=True),
    ActionSpec("find_text_action", "actionFindText", QT_TRANSLATE_NOOP("MainWindow", "&Cari di naskah…"), STD.Find,
               "form.find_bar.open_bar"),
    ActionSpec("replace_action", "actionReplace", QT_TRANSLATE_NOOP("MainWindow", "Cari dan &ganti…"), "Ctrl+H",
               "open_replace"),
    # Sunting › Format: one undo step each, on the lines or words the selection touches
    *(ActionSpec(format_attr(name), name, text, shortcut, "writing.apply_format", arg=name)
      for name, text, shortcut, _edit in FORMAT_COMMANDS),
    # Sisipkan
    ActionSpec("related_action", "actionRelatedLink", QT_TRANSLATE_NOOP("MainWindow", "Tautan “&Baca juga”…"), "Ctrl+K",
               "writing.insert_related_link"),
    ActionSpec("insert_photo_action", "actionInsertPhoto", QT_TRANSLATE_NOOP("ArticleForm", "Sisipkan &foto…"),
               "Ctrl+Shift+G", "form.choose_photo", context="ArticleForm"),
    # Periksa
    ActionSpec("proofing_action", "actionProofing", QT_TRANSLATE_NOOP("MainWindow", "Periksa &ejaan saat mengetik"), "F7",
               "writing.set_proofing", checkable=True, checked=True),
    ActionSpec("next_issue_action", "actionNextIssue", QT_TRANSLATE_NOOP("MainWindow", "&Temuan berikutnya"), "F8",
               "writing.next_issue"),
    ActionSpec("issue_menu_action", "actionIssueMenu", QT_TRANSLATE_NOOP("MainWindow", "&Saran untuk temuan di kursor"),
               "Ctrl+.", "form.body.context_menu_at_cursor"),
    ActionSpec("required_action", "actionCheckRequired", QT_TRANSLATE_NOOP("MainWindow", "Periksa &kelengkapan"),
               "Ctrl+Shift+K", "check_required"),
    ActionSpec("dictionary_action", "actionDictionary", QT_TRANSLATE_NOOP("MainWindow", "&Kamus redaksi…"), None,
               "show_dictionary"),
    # Tampilan
    ActionSpec("find_action", "actionFind", QT_TRANSLATE_NOOP("MainWindow", "&Cari naskah"), "Ctrl+Shift+F", "focus_search"),
    ActionSpec("refresh_action", "actionRefresh", QT_TRANSLATE_NOOP("MainWindow", "&Muat ulang daftar"), STD.Refresh,
               "list_panel.refresh"),
    ActionSpec("focus_list_action", "actionFocusList", QT_TRANSLATE_NOOP("MainWindow", "Ke &daftar naskah"), "Ctrl+L",
               "list_panel.table.setFocus"),
    ActionSpec("focus_body_action", "actionFocusBody", QT_TRANSLATE_NOOP("MainWindow", "Ke &badan naskah"), "Ctrl+E",
               "form.body.setFocus"),
    ActionSpec("focus_meta_action", "actionFocusMeta", QT_TRANSLATE_NOOP("MainWindow", "Ke &metadata"), "Ctrl+M",
               "writing.focus_metadata"),
    ActionSpec("zoom_in_action", "actionZoomIn", QT_TRANSLATE_NOOP("MainWindow", "Perbesar"), STD.ZoomIn, "zoom_in"),
    ActionSpec("zoom_out_action", "actionZoomOut", QT_TRANSLATE_NOOP("MainWindow", "Perkecil"), STD.ZoomOut, "zoom_out"),
    ActionSpec("zoom_reset_action", "actionZoomReset", QT_TRANSLATE_NOOP("MainWindow", "Ukuran semula"), "Ctrl+0",
               "zoom_reset"),
    ActionSpec("focus_mode_action", "actionFocusMode", QT_TRANSLATE_NOOP("MainWindow", "Mode &fokus"), "F11",
               "writing.set_focus_mode", checkable=True),
    ActionSpec("dark_action", "actionDark", QT_TRANSLATE_NOOP("MainWindow", "Tema &gelap"), "Ctrl+Shift+D", "set_dark",
               checkable=True),
    ActionSpec("lang_id_action", "actionLangId", "Bahasa Indonesia", None, "use_indonesian",
               translate=False),
    ActionSpec("lang_en_action", "actionLangEn", "English", None, "use_english",
               translate=False),
    # Meja
    *(ActionSpec(f"queue_{key}_action", f"actionQueue-{key}", key, f"Alt+{n}",
                 "list_panel.show_queue", translate=False, arg=key)
      for n, key in enumerate(("all", "mine", "review", "changes", "approved"), start=1)),
    *(ActionSpec(f"workflow_{action.value.replace('-', '_')}_action",
                 f"actionWorkflow-{action.value}", label, None, "request_workflow_step",
                 arg=action.value, context="WorkflowBar")
      for action, label in ACTION_LABELS.items()),
    ActionSpec("desk_overview_action", "actionDeskOverview",
               QT_TRANSLATE_NOOP("MainWindow", "&Ikhtisar meja hari ini…"), "Ctrl+Shift+O",
               "desk.show_overview"),
    ActionSpec("comment_action", "actionComment", QT_TRANSLATE_NOOP("MainWindow", "&Komentari teks terpilih"), "Ctrl+Alt+M",
               "desk.focus_comment"),
    ActionSpec("revisions_action", "actionRevisions", QT_TRANSLATE_NOOP("MainWindow", "&Riwayat revisi…"), "Ctrl+Shift+H",
               "desk.show_revisions"),
    ActionSpec("audit_action", "actionAudit", QT_TRANSLATE_NOOP("MainWindow", "&Jejak audit…"), "Ctrl+Shift+A",
               "desk.show_audit"),
    ActionSpec("import_action", "actionImport", QT_TRANSLATE_NOOP("MainWindow", "&Impor arsip…"), "Ctrl+Shift+I",
               "desk.show_import"),
    ActionSpec("users_action", "actionUsers", QT_TRANSLATE_NOOP("MainWindow", "&Pengguna dan peran…"), None,
               "desk.show_users"),
    # Bantuan
    ActionSpec("shortcuts_action", "actionShortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Pintasan papan ketik"), "F1",
               "show_shortcuts"),
    ActionSpec("about_action", "actionAbout", QT_TRANSLATE_NOOP("MainWindow", "&Tentang Redaksi"), None, "about"),
    ActionSpec("switch_user_action", "actionSwitchUser",
               QT_TRANSLATE_NOOP("FirstRunWizard", "&Ganti pengguna atau basis data…"), None, "switch_user",
               context="FirstRunWizard"),
)

QUEUE_KEYS = ("all", "mine", "review", "changes", "approved")
FORMAT_ATTRS = tuple(format_attr(name) for name, *_rest in FORMAT_COMMANDS)
#: The workflow steps in the Desk menu (enabled when the workflow bar offers them).
WORKFLOW_ATTRS = tuple(f"workflow_{a.value.replace('-', '_')}_action" for a in ACTION_LABELS)

#: (objectName, title, entries): an entry is an action's attr, "-" (separator) or a nested
#: (title, entries, objectName) sub-menu.
MENUS: tuple[tuple[str, str, tuple[Any, ...]], ...] = (
    ("menuFile", QT_TRANSLATE_NOOP("MainWindow", "&Berkas"), ("new_action", "open_action", "save_action", "-",
                                 "export_action", "settings_action", "-", "delete_action", "-",
                                 "quit_action")),
    ("menuEdit", QT_TRANSLATE_NOOP("MainWindow", "&Sunting"), ("undo_action", "redo_action", "-", "find_text_action",
                                  "replace_action",
                                  (QT_TRANSLATE_NOOP("MainWindow", "&Format"), FORMAT_ATTRS, "menuFormat"))),
    ("menuInsert", QT_TRANSLATE_NOOP("MainWindow", "S&isipkan"), ("related_action", "insert_photo_action")),
    ("menuCheck", QT_TRANSLATE_NOOP("MainWindow", "&Periksa"), ("proofing_action", "next_issue_action", "issue_menu_action",
                                   "required_action", "dictionary_action")),
    ("menuView", QT_TRANSLATE_NOOP("MainWindow", "&Tampilan"), ("find_action", "refresh_action", "focus_list_action",
                                   "focus_body_action", "-", "zoom_in_action", "zoom_out_action",
                                   "zoom_reset_action", "focus_mode_action", "dark_action",
                                   (QT_TRANSLATE_NOOP("MainWindow", "&Bahasa antarmuka"), ("lang_id_action", "lang_en_action"),
                                    "menuLanguage"))),
    ("menuDesk", QT_TRANSLATE_NOOP("MainWindow", "&Meja"), (*(f"queue_{k}_action" for k in QUEUE_KEYS), "-",
                               *WORKFLOW_ATTRS, "-", "desk_overview_action",
                               "comment_action", "revisions_action", "audit_action",
                               "import_action", "users_action")),
    ("menuHelp", QT_TRANSLATE_NOOP("MainWindow", "Ba&ntuan"), ("shortcuts_action", "about_action",
                                                              "switch_user_action")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _resolve(window: Any, path: str) -> Callable[..., Any]:
    target = window
    for part in path.split("."):
        target = getattr(target, part)
    return target


def build_actions(window: QMainWindow) -> dict[str, QAction]:
    """Create every action of :data:`ACTIONS` on ``window`` (also as ``window.<attr>``)."""
    built: dict[str, QAction] = {}
    for spec in ACTIONS:
        text = QCoreApplication.translate(spec.context, spec.text) if spec.translate \
            else spec.text
        if spec.attr.startswith("queue_") and spec.arg is not None:
            text = queue_label(spec.arg)
        action = QAction(text, window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.widget_shortcut:
            # The editor handles Ctrl+Z itself while focused; a window-wide shortcut would be
            # ambiguous with it, so the menu shows the key without binding it.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        if spec.checkable:
            action.setCheckable(True)
            action.setChecked(spec.checked)
            slot = _resolve(window, spec.slot)
            action.triggered.connect(lambda checked, s=slot: s(checked))
        elif spec.arg is not None:
            slot = _resolve(window, spec.slot)
            action.triggered.connect(lambda _checked=False, s=slot, a=spec.arg: s(a))
        else:
            slot = _resolve(window, spec.slot)
            action.triggered.connect(lambda _checked=False, s=slot: s())
        window.addAction(action)
        setattr(window, spec.attr, action)
        built[spec.attr] = action
    return built


def build_menus(window: QMainWindow) -> None:
    bar = window.menuBar()

    def fill(menu: QMenu, entries: tuple[Any, ...]) -> None:
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif isinstance(entry, tuple):
                title, sub_entries, sub_name = entry
                sub = menu.addMenu(_tr(title))
                sub.setObjectName(sub_name)
                fill(sub, sub_entries)
            else:
                menu.addAction(getattr(window, entry))

    for name, title, entries in MENUS:
        menu = bar.addMenu(_tr(title))
        menu.setObjectName(name)
        fill(menu, entries)
        if name == "menuDesk":
            menu.aboutToShow.connect(window.update_workflow_actions)
