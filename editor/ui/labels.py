"""Translatable labels for domain values (the domain keeps Indonesian labels without Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.domain.workflow import Action, Status


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


_ACTION_SOURCES = {
    "submit": QT_TRANSLATE_NOOP("Audit", "Diajukan"),
    "start-review": QT_TRANSLATE_NOOP("Audit", "Review dimulai"),
    "request-changes": QT_TRANSLATE_NOOP("Audit", "Diminta revisi"),
    "approve": QT_TRANSLATE_NOOP("Audit", "Disetujui"),
    "publish": QT_TRANSLATE_NOOP("Audit", "Diterbitkan"),
    "kill": QT_TRANSLATE_NOOP("Audit", "Dibatalkan"),
    "reopen": QT_TRANSLATE_NOOP("Audit", "Dibuka kembali"),
}

_KIND_SOURCES = {
    "transition": QT_TRANSLATE_NOOP("Audit", "Status diubah"),
    "create": QT_TRANSLATE_NOOP("Audit", "Dibuat"),
    "save": QT_TRANSLATE_NOOP("Audit", "Disimpan"),
    "autosave": QT_TRANSLATE_NOOP("Audit", "Simpan otomatis"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Versi lama dipulihkan"),
    "comment": QT_TRANSLATE_NOOP("Audit", "Komentar"),
    "reply": QT_TRANSLATE_NOOP("Audit", "Balasan komentar"),
    "resolve": QT_TRANSLATE_NOOP("Audit", "Komentar diselesaikan"),
    "takeover": QT_TRANSLATE_NOOP("Audit", "Kunci diambil alih"),
    "lock-expired": QT_TRANSLATE_NOOP("Audit", "Kunci kedaluwarsa"),
    "delete": QT_TRANSLATE_NOOP("Audit", "Dihapus"),
    "import": QT_TRANSLATE_NOOP("Audit", "Diimpor"),
}


def event_kind_label(kind: str) -> str:
    """An audit-trail event kind ("autosave") as people say it; unknown kinds stay as they are."""
    source = _KIND_SOURCES.get(kind)
    return QCoreApplication.translate("Audit", source) if source else kind


def event_label(kind: str, action: str = "") -> str:
    """What happened, for the audit trail: the workflow step for transitions, else the kind."""
    source = _ACTION_SOURCES.get(action)
    if source:
        return QCoreApplication.translate("Audit", source)
    return event_kind_label(kind)


def status_text(value: str | None) -> str:
    """A stored status value ("in_review") as its label; empty or unknown values unchanged."""
    try:
        return status_label(Status(value)) if value else ""
    except ValueError:
        return value or ""


#: The workflow's steps as buttons and menus name them (context "WorkflowBar").
ACTION_LABELS = {
    Action.SUBMIT: QT_TRANSLATE_NOOP("WorkflowBar", "Ajukan"),
    Action.START_REVIEW: QT_TRANSLATE_NOOP("WorkflowBar", "Mulai review"),
    Action.REQUEST_CHANGES: QT_TRANSLATE_NOOP("WorkflowBar", "Minta revisi"),
    Action.APPROVE: QT_TRANSLATE_NOOP("WorkflowBar", "Setujui"),
    Action.PUBLISH: QT_TRANSLATE_NOOP("WorkflowBar", "Terbitkan"),
    Action.KILL: QT_TRANSLATE_NOOP("WorkflowBar", "Batalkan naskah"),
    Action.REOPEN: QT_TRANSLATE_NOOP("WorkflowBar", "Buka kembali"),
}


def action_label(action: str) -> str:
    """A workflow step ("publish") as its button says it; unknown steps stay as they are."""
    try:
        return QCoreApplication.translate("WorkflowBar", ACTION_LABELS[Action(action)])
    except ValueError:
        return action
