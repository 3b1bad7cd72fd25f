"""Errors worded in the UI's language.

The store, the workflow and the operations raise errors that carry what happened as data
(``VersionConflict.updated_by``, ``ArticleLocked.holder``, ``OperationError.code`` and
``args_``…); their ``str()`` is Indonesian for logs and the CLI. Here each is worded through
Qt's translations (context ``Messages``), so the English UI shows English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.domain.workflow import TransitionRefused
from editor.house import house_time
from editor.ops.errors import OperationError
from editor.store import ArticleLocked, ArticleNotFound, UserNotFound, VersionConflict


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
    if isinstance(exc, TransitionRefused):
        return _fill(QCoreApplication.translate("Messages", "Ditolak: %1"), exc)
    if isinstance(exc, PermissionError):
        return _fill(QCoreApplication.translate("Messages", "Ditolak oleh basis data: %1"), exc)
    return _fill(QCoreApplication.translate("Messages", "Terjadi kesalahan: %1"), str(exc) or type(exc).__name__)
