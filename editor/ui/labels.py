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


_FIELD_SOURCES = {
    "headline": QT_TRANSLATE_NOOP("Field", "judul"),
    "body": QT_TRANSLATE_NOOP("Field", "isi naskah"),
    "summary": QT_TRANSLATE_NOOP("Field", "ringkasan"),
    "slug": QT_TRANSLATE_NOOP("Field", "slug"),
    "category": QT_TRANSLATE_NOOP("Field", "rubrik"),
    "tags": QT_TRANSLATE_NOOP("Field", "tag"),
    "bylines": QT_TRANSLATE_NOOP("Field", "penulis"),
    "dateline_place": QT_TRANSLATE_NOOP("Field", "tempat dateline"),
    "location": QT_TRANSLATE_NOOP("Field", "lokasi"),
    "kicker": QT_TRANSLATE_NOOP("Field", "kicker"),
    "subheadline": QT_TRANSLATE_NOOP("Field", "subjudul"),
}


def field_label(key: str) -> str:
    """A required-field name (``editor.writing.required.FIELD_LABELS``) in the UI language."""
    source = _FIELD_SOURCES.get(key)
    return QCoreApplication.translate("Field", source) if source else key


_QUEUE_SOURCES = {
    "all": QT_TRANSLATE_NOOP("Queue", "Semua naskah"),
    "mine": QT_TRANSLATE_NOOP("Queue", "Naskah saya"),
    "review": QT_TRANSLATE_NOOP("Queue", "Menunggu review"),
    "changes": QT_TRANSLATE_NOOP("Queue", "Perlu revisi"),
    "approved": QT_TRANSLATE_NOOP("Queue", "Disetujui"),
}


def queue_label(key: str) -> str:
    """A desk queue's name in the interface language."""
    return QCoreApplication.translate("Queue", _QUEUE_SOURCES[key])
