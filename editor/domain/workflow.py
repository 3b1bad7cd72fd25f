"""Workflow states, roles and the transition table.

The table is data: one row per action saying from which states it may be taken, the state it
leads to, and which roles may take it. The store enforces it for every caller (UI, CLI,
scripts); the UI only uses it to hide buttons the store would refuse anyway.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    KILLED = "killed"

    @property
    def label(self) -> str:
        """Indonesian label used in the interface and reports."""
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: "Draf",
    Status.SUBMITTED: "Diajukan",
    Status.IN_REVIEW: "Direview",
    Status.CHANGES_REQUESTED: "Perlu revisi",
    Status.APPROVED: "Disetujui",
    Status.PUBLISHED: "Terbit",
    Status.KILLED: "Dibatalkan",
}


class Role(enum.StrEnum):
    REPORTER = "reporter"
    EDITOR = "editor"
    ADMIN = "admin"


class Action(enum.StrEnum):
    SUBMIT = "submit"
    START_REVIEW = "start-review"
    REQUEST_CHANGES = "request-changes"
    APPROVE = "approve"
    PUBLISH = "publish"
    KILL = "kill"
    REOPEN = "reopen"


@dataclass(frozen=True, slots=True)
class Transition:
    action: Action
    sources: frozenset[Status]
    target: Status
    roles: frozenset[Role]
    note_required: bool = False


_DESK = frozenset({Role.EDITOR, Role.ADMIN})
_EVERYONE = frozenset(Role)

TRANSITIONS: dict[Action, Transition] = {
    t.action: t
    for t in (
        Transition(Action.SUBMIT, frozenset({Status.DRAFT, Status.CHANGES_REQUESTED}),
                   Status.SUBMITTED, _EVERYONE),
        Transition(Action.START_REVIEW, frozenset({Status.SUBMITTED}), Status.IN_REVIEW, _DESK),
        Transition(Action.REQUEST_CHANGES,
                   frozenset({Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED}),
                   Status.CHANGES_REQUESTED, _DESK, note_required=True),
        Transition(Action.APPROVE, frozenset({Status.SUBMITTED, Status.IN_REVIEW}),
                   Status.APPROVED, _DESK),
        Transition(Action.PUBLISH, frozenset({Status.APPROVED}), Status.PUBLISHED, _DESK),
        Transition(Action.KILL, frozenset(set(Status) - {Status.KILLED}), Status.KILLED, _DESK),
        Transition(Action.REOPEN, frozenset({Status.KILLED, Status.PUBLISHED, Status.APPROVED}),
                   Status.DRAFT, _DESK),
    )
}


class TransitionRefused(Exception):
    """The role or the article's state does not allow the action. Nothing was changed.

    ``code`` names why and ``args_`` carry the particulars, so a front end can word the
    refusal in its own language; ``str()`` is the Indonesian sentence (logs, the CLI).
    """

    def __init__(self, message: str, code: str = "", **args: object) -> None:
        super().__init__(message)
        self.code = code
        self.args_ = args


def check_transition(action: Action, status: Status, role: Role, note: str = "") -> Status:
    """Return the state ``action`` leads to, or raise :class:`TransitionRefused` saying why."""
    transition = TRANSITIONS[Action(action)]
    if Role(role) not in transition.roles:
        allowed = ", ".join(sorted(r.value for r in transition.roles))
        raise TransitionRefused(
            f"peran {role} tidak boleh melakukan '{action}' (hanya: {allowed})",
            "role-not-allowed", action=Action(action).value, role=Role(role).value,
            allowed=allowed)
    if Status(status) not in transition.sources:
        allowed = ", ".join(sorted(s.value for s in transition.sources))
        raise TransitionRefused(
            f"'{action}' tidak bisa dilakukan pada naskah berstatus {status} (hanya dari: "
            f"{allowed})", "wrong-state", action=Action(action).value,
            status=Status(status).value, allowed=allowed)
    if transition.note_required and not note.strip():
        raise TransitionRefused(f"'{action}' memerlukan catatan (--note)", "note-required",
                                action=Action(action).value)
    return transition.target


def allowed_actions(status: Status, role: Role) -> list[Action]:
    """Actions ``role`` may take on an article in ``status``, in table order."""
    return [t.action for t in TRANSITIONS.values() if status in t.sources and role in t.roles]
