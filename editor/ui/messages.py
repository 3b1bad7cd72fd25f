"""Errors worded in the UI's language.

The store, the workflow and the operations raise errors that carry what happened as data
(``VersionConflict.updated_by``, ``ArticleLocked.holder``, ``OperationError.code`` and
``args_``…); their ``str()`` is Indonesian for logs and the CLI. Here each is worded through
Qt's translations (context ``Messages``), so the English UI shows English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.domain.editing import EditRefused
from editor.domain.workflow import TransitionRefused
from editor.house import house_time
from editor.ops.errors import OperationError
from editor.store import ArticleLocked, ArticleNotFound, UserNotFound, VersionConflict
from editor.ui.labels import action_label, field_label, status_text


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def _operation(exc: OperationError) -> str:
    args = exc.args_
    if exc.code == "headline-missing":
        return QCoreApplication.translate("Messages", "Naskah perlu judul sebelum disimpan.")
    if exc.code == "slug-exhausted":
        return _fill(QCoreApplication.translate("Messages", "Tidak ada slug bebas untuk “%1”."), args.get("slug", ""))
    if exc.code == "empty-comment":
        return QCoreApplication.translate("Messages", "Komentar kosong.")
    if exc.code == "empty-reply":
        return QCoreApplication.translate("Messages", "Balasan kosong.")
    return str(exc)


def _refusal(exc: TransitionRefused | EditRefused) -> str | None:
    """The refusal worded from its code (None: a code this UI does not word)."""
    a = exc.args_
    code = exc.code
    if code == "role-not-allowed":
        return _fill(QCoreApplication.translate("Messages", "Peran %1 tidak boleh melakukan langkah “%2” (hanya: %3)."),
                     a.get("role", ""), action_label(str(a.get("action", ""))),
                     a.get("allowed", ""))
    if code == "wrong-state":
        return _fill(QCoreApplication.translate("Messages", "Langkah “%1” tidak bisa dilakukan pada naskah berstatus %2."),
                     action_label(str(a.get("action", ""))),
                     status_text(str(a.get("status", ""))))
    if code == "note-required":
        return _fill(QCoreApplication.translate("Messages", "Langkah “%1” memerlukan catatan."),
                     action_label(str(a.get("action", ""))))
    if code == "fields-missing":
        fields = a.get("fields") or ()
        return _fill(QCoreApplication.translate("Messages", "Belum bisa diajukan, belum diisi: %1."),
                     ", ".join(field_label(str(f)) for f in fields))
    if code == "locked":
        since = a.get("since")
        when = house_time(since).strftime("%d/%m/%Y %H:%M") if since else ""
        return _fill(QCoreApplication.translate("Messages", "Naskah sedang disunting oleh %1 sejak %2."), a.get("holder", ""), when)
    if code == "status-via-workflow":
        return QCoreApplication.translate("Messages", "Status naskah hanya bisa diubah lewat alur kerja.")
    if code == "take-over-role":
        return QCoreApplication.translate("Messages", "Hanya editor atau admin yang boleh mengambil alih naskah.")
    if code == "role-state":
        return _fill(QCoreApplication.translate("Messages", "peran %1 tidak boleh mengubah naskah berstatus %2"),
                     a.get("role", ""), status_text(str(a.get("status", ""))).lower())
    if code == "reporter-copy":
        return _fill(QCoreApplication.translate("Messages", "naskah ini milik reporter %1; peran %2 tidak boleh mengubahnya"),
                     a.get("author", ""), a.get("role", ""))
    if code == "delete-role":
        return QCoreApplication.translate("Messages", "Hanya editor atau admin yang boleh menghapus naskah.")
    if code == "resolve-others":
        return _fill(QCoreApplication.translate("Messages", "Reporter hanya boleh menyelesaikan atau membuka lagi komentarnya "
                         "sendiri (komentar ini dari %1)."), a.get("author", ""))
    if code == "unknown-kind":
        return _fill(QCoreApplication.translate("Messages", "Jenis simpanan “%1” tidak dikenal."), a.get("kind", ""))
    return None


def refusal_text(exc: EditRefused | None) -> str | None:
    """Why the copy is read-only, in the UI's language (None: it is not)."""
    if exc is None:
        return None
    return _refusal(exc) or str(exc)


def message_for(exc: BaseException) -> str:
    """A sentence for the person at the keyboard, in the UI's language."""
    if isinstance(exc, OperationError):
        return _operation(exc)
    if isinstance(exc, VersionConflict):
        when = (house_time(exc.updated_at).strftime("%d/%m/%Y %H:%M")
                if exc.updated_at else "")
        if exc.updated_by:
            return _fill(QCoreApplication.translate("Messages", "Naskah ini sudah diubah oleh %1 (%2, versi %3); tidak ada yang "
                            "ditimpa."), exc.updated_by, when, exc.current)
        return _fill(QCoreApplication.translate("Messages", "Naskah ini sudah diubah orang lain (versi %1); tidak ada yang "
                        "ditimpa."), exc.current)
    if isinstance(exc, ArticleLocked):
        return _fill(QCoreApplication.translate("Messages", "Naskah sedang disunting oleh %1 sejak %2."), exc.holder,
                     house_time(exc.since).strftime("%d/%m/%Y %H:%M"))
    if isinstance(exc, ArticleNotFound):
        return _fill(QCoreApplication.translate("Messages", "Naskah %1 tidak ditemukan (mungkin sudah dihapus)."), exc.ref)
    if isinstance(exc, UserNotFound):
        return _fill(QCoreApplication.translate("Messages", "Pengguna “%1” tidak dikenal."), exc.name)
    if isinstance(exc, (TransitionRefused, EditRefused)):
        return _fill(QCoreApplication.translate("Messages", "Ditolak: %1"),
                     _refusal(exc) or str(exc))
    if isinstance(exc, PermissionError):
        return _fill(QCoreApplication.translate("Messages", "Ditolak oleh basis data: %1"), exc)
    return _fill(QCoreApplication.translate("Messages", "Terjadi kesalahan: %1"), str(exc) or type(exc).__name__)
