"""Translatable labels for domain values (the domain keeps Indonesian labels without Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.domain.workflow import Status


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    return text


_STATUS_SOURCES = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draf"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("Status", "Diajukan"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Status", "Direview"),
    Status.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("Status", "Perlu revisi"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Status", "Disetujui"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Terbit"),
    Status.KILLED: QT_TRANSLATE_NOOP("Status", "Dibatalkan"),
}


def status_label(status: Status) -> str:
    """The status in the interface language."""
    return QCoreApplication.translate("Status", _STATUS_SOURCES[Status(status)])
