"""The desk's queues: named views of the article list that match how a newsroom works."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor.domain.workflow import Role, Status


@dataclass(frozen=True, slots=True)
class Queue:
    key: str
    label: str
    statuses: tuple[Status, ...] | None  # None: any status
    mine_only: bool = False

    def filters(self, user: str) -> dict[str, Any]:
        """Keyword filters for ``ArticleRepository.list``/``count``."""
        out: dict[str, Any] = {}
        if self.statuses is not None:
            out["statuses"] = self.statuses
        if self.mine_only:
            out["created_by"] = user
        return out


QUEUES: tuple[Queue, ...] = (
    Queue("all", "Semua naskah", None),
    Queue("mine", "Naskah saya", None, mine_only=True),
    Queue("review", "Menunggu review", (Status.SUBMITTED, Status.IN_REVIEW)),
    Queue("changes", "Perlu revisi", (Status.CHANGES_REQUESTED,)),
    Queue("approved", "Disetujui", (Status.APPROVED,)),
)


def watched_queue(role: Role) -> Queue:
    """The queue whose new arrivals a person must be told about."""
    key = "changes" if role is Role.REPORTER else "review"
    return next(q for q in QUEUES if q.key == key)


def queue_for_notice(role: Role, user: str) -> tuple[Queue, dict[str, Any]]:
    """The watched queue and its filters; reporters only hear about their own articles."""
    queue = watched_queue(role)
    filters = queue.filters(user)
    if role is Role.REPORTER:
        filters["created_by"] = user
    return queue, filters
