"""Live desk: changes made by others reach a listening app within moments (LISTEN/NOTIFY)."""

from __future__ import annotations

import queue
import time

import pytest
from factories import complete_article

from editor.domain import Article
from editor.store import VersionConflict
from editor.store.postgres.notifications import DeskListener, DeskNotice

DEADLINE = 2.0  # "within a couple of seconds"


def _next(notices: queue.Queue, **expected) -> DeskNotice:
    """The next notice matching ``expected`` (fields), waiting at most DEADLINE seconds."""
    end = time.monotonic() + DEADLINE
    while True:
        remaining = end - time.monotonic()
        if remaining <= 0:
            pytest.fail(f"no notice {expected} within {DEADLINE} s")
        try:
            notice = notices.get(timeout=remaining)
        except queue.Empty:
            continue
        if all(getattr(notice, k) == v for k, v in expected.items()):
            return notice


def test_desk_hears_submissions_locks_comments_and_approvals(newsroom):
    newsroom.add("t-ana", "reporter")
    newsroom.add("t-budi", "editor")
    ana = newsroom.open("t-ana")
    notices: queue.Queue[DeskNotice] = queue.Queue()
    with DeskListener(newsroom.login_url("t-budi"), notices.put, ignore_user="t-budi"):
        article = ana.articles.create(complete_article(headline="Banjir Medan", body="Air naik."))
        assert _next(notices, kind="create").article_id == article.id
        ana.locks.acquire(article.id, "t-ana")
        lock = _next(notices, kind="lock")
        assert (lock.article_id, lock.user) == (article.id, "t-ana")
        ana.articles.update(article.with_changes(body="Air naik 2 meter."), user="t-ana")
        assert _next(notices, kind="save").version == 2
        ana.locks.release(article.id, "t-ana")
        assert _next(notices, kind="unlock").article_id == article.id
        started = time.monotonic()
        ana.workflow.transition(article.id, "submit", "t-ana")
        submitted = _next(notices, kind="transition")
        assert time.monotonic() - started < DEADLINE
        assert (submitted.article_id, submitted.user, submitted.action, submitted.to_status,
                submitted.version) == (article.id, "t-ana", "submit", "submitted", 3)
        ana.comments.add(article.id, "t-ana", "mohon cek", 0, 4)
        assert _next(notices, kind="comment").user == "t-ana"
        # Budi's own approval is not echoed back to him...
        budi = newsroom.open("t-budi")
        budi.workflow.transition(article.id, "approve", "t-budi")
        # ...but Ana's app hears it.
    ana_notices: queue.Queue[DeskNotice] = queue.Queue()
    with DeskListener(newsroom.login_url("t-ana"), ana_notices.put):
        budi.workflow.transition(article.id, "publish", "t-budi")
        published = _next(ana_notices, kind="transition")
        assert (published.user, published.to_status) == ("t-budi", "published")
    assert all(n.user != "t-budi" for n in list(notices.queue))


def test_refused_changes_send_nothing(newsroom):
    newsroom.add("t-ana", "reporter")
    ana = newsroom.open("t-ana")
    article = ana.articles.create(Article(headline="Sidang"))
    notices: queue.Queue[DeskNotice] = queue.Queue()
    with DeskListener(newsroom.url, notices.put):
        ana.articles.update(article.with_changes(body="baru"), user="t-ana")
        with pytest.raises(VersionConflict):
            ana.articles.update(article.with_changes(body="basi"), user="t-ana")
        _next(notices, kind="save")
        time.sleep(0.7)
        assert notices.empty()


def test_listener_reconnects_and_asks_for_a_resync(newsroom):
    newsroom.add("t-ana", "reporter")
    notices: queue.Queue[DeskNotice] = queue.Queue()
    listener = DeskListener(newsroom.login_url("t-ana"), notices.put, reconnect_delay=0.2,
                            on_error=lambda exc: None)
    with listener:
        with newsroom.service.engine.begin() as conn:  # the server drops the connection
            conn.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'redaksi-desk' AND usename = 't-ana'")
        _next(notices, kind="resync")
        assert listener.wait_ready(DEADLINE)
        newsroom.service.articles.create(Article(headline="Setelah putus"), user="admin")
        assert _next(notices, kind="create").user == "admin"
