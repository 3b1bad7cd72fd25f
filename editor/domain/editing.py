"""Who may change an article's content in which state: the edit table.

Transitions move an article through the workflow (``editor.domain.workflow``); this table
decides who may change its *copy* along the way. It is data like the transition table: the
store checks it for every save on SQLite, and the same rows are seeded into PostgreSQL, whose
own functions check them for every personal login (so ``psql`` cannot go around them).

- Reporters write copy while it is theirs: a draft, copy sent back for changes, or copy
  submitted but not yet taken into review. Approved, published and spiked copy, and copy the
  desk is reviewing, is read-only for them; so is another reporter's article in any state.
- Editors and admins may change copy in every state. A change to published copy is kept as a
  *correction* (its own revision and event kind), whatever the editor's app called it.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.domain.workflow import Role, Status


class EditRefused(PermissionError):
    """The user's role may not change this article's copy in its state; nothing was written.

    ``code`` and ``args_`` say why for a front end to word; ``str()`` is Indonesian.
    """

    def __init__(self, message: str, code: str = "", **args: object) -> None:
        super().__init__(message)
        self.code = code
        self.args_ = args


#: Revision kinds a save may ask for; anything else is refused (the trail stays readable).
SAVE_KINDS = frozenset({"save", "autosave", "restore"})
CORRECTION = "correction"


@dataclass(frozen=True, slots=True)
class EditRule:
    role: Role
    status: Status
    #: May write an article whose author is another reporter.
    others: bool
    #: Revision/event kind every change is recorded as (None: the kind the save asked for).
    kind: str | None = None


_REPORTER_STATES = (Status.DRAFT, Status.CHANGES_REQUESTED, Status.SUBMITTED)

EDIT_RULES: dict[tuple[Role, Status], EditRule] = {
    (rule.role, rule.status): rule
    for rule in (
        *(EditRule(Role.REPORTER, s, others=False) for s in _REPORTER_STATES),
        *(EditRule(role, s, others=True, kind=CORRECTION if s is Status.PUBLISHED else None)
          for role in (Role.EDITOR, Role.ADMIN) for s in Status),
    )
}


def check_edit(role: Role, status: Status, kind: str, *, author: str, user: str,
               author_role: Role | None) -> str:
    """The kind the change is recorded as; :class:`EditRefused` when it is not allowed.

    ``author`` is who created the article and ``author_role`` their role (None when the
    author is no Redaksi user, e.g. an import).
    """
    if kind not in SAVE_KINDS:
        raise EditRefused(f"jenis simpanan {kind!r} tidak dikenal", "unknown-kind", kind=kind)
    rule = EDIT_RULES.get((role, status))
    if rule is None:
        raise EditRefused(
            f"peran {role.value} tidak boleh mengubah naskah berstatus {status.label.lower()}",
            "role-state", role=role.value, status=status.value)
    if not rule.others and author and author != user and author_role is Role.REPORTER:
        raise EditRefused(f"naskah ini milik reporter {author}; peran {role.value} tidak boleh "
                          "mengubahnya", "reporter-copy", author=author, role=role.value)
    return rule.kind or kind


def edit_rule_rows() -> list[tuple[str, str, bool, str | None]]:
    """(role, status, others, kind) for every allowed cell: what PostgreSQL is seeded with."""
    return sorted((r.role.value, r.status.value, r.others, r.kind) for r in EDIT_RULES.values())


def edit_refusal(role: Role, status: Status, *, author: str, user: str,
                 author_role: Role | None) -> EditRefused | None:
    """Why ``user`` may not change this copy at all (None: they may), from the same table.

    The editor asks this when an article is shown, so a reporter reads approved copy in a
    read-only form instead of typing into saves the store would refuse.
    """
    try:
        check_edit(role, status, "save", author=author, user=user, author_role=author_role)
    except EditRefused as refused:
        return refused
    return None


#: Roles that may delete an article (the desk deletes; PostgreSQL grants the same).
DELETE_ROLES = frozenset({Role.EDITOR, Role.ADMIN})


def may_delete(role: Role | None) -> bool:
    """True when ``role`` may delete articles (None: the local service identity may)."""
    return role is None or role in DELETE_ROLES
