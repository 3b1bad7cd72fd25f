"""PostgreSQL's refusals reach the UI as the same coded refusals the SQLite store raises.

The database functions refuse in Indonesian (SQLSTATE RK007, 42501); the store maps each to
the code and arguments of the SQLite store's refusal, so the English UI words it in English
instead of showing the database's sentence. Everything here runs on the real PostgreSQL
server with each person's own login, and on a real SQLite file for comparison.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from factories import complete_article

from editor.domain import Status
from editor.domain.editing import EditRefused
from editor.domain.workflow import TransitionRefused
from editor.store import Store

Refusal = TransitionRefused | EditRefused
#: Indonesian words of the database's sentences that must not reach the English UI.
INDONESIAN = ("naskah", "peran", "komentar", "hanya", "tidak boleh", "alur kerja")


def _refusals(stores: Callable[[str], Store]) -> dict[str, Refusal]:
    """Provoke every content refusal a reporter can meet; ``stores(name)`` is what ``name``
    works in (their own login on PostgreSQL, the one file on SQLite)."""
    got: dict[str, Refusal] = {}

    def refused(label: str, attempt: Callable[[], object]) -> None:
        with pytest.raises((TransitionRefused, EditRefused)) as caught:
            attempt()
        got[label] = caught.value

    ana, budi, eko = stores("ana"), stores("budi"), stores("eko")
    article = ana.articles.create(complete_article(), user="ana")
    refused("other reporter saves", lambda: budi.articles.update(
        article.with_changes(body="Ditulis ulang oleh Budi."), user="budi"))
    refused("reporter deletes", lambda: ana.articles.delete(
        article.id, expected_version=article.version, user="ana"))
    refused("status through a save", lambda: ana.articles.update(
        article.with_changes(status=Status.APPROVED), user="ana"))
    comment = eko.comments.add(article.id, "eko", "Cek nama jembatan")
    refused("reporter resolves another's comment",
            lambda: ana.comments.resolve(comment.id, "ana"))
    ana.workflow.transition(article.id, "submit", "ana")
    eko.workflow.transition(article.id, "start-review", "eko")
    eko.workflow.transition(article.id, "approve", "eko")
    approved = ana.articles.get(article.id)
    refused("reporter saves approved copy", lambda: ana.articles.update(
        approved.with_changes(body="Diubah sesudah disetujui."), user="ana"))
    return got


@pytest.fixture
def pg_refusals(newsroom) -> dict[str, Refusal]:
    for name, role in (("ana", "reporter"), ("budi", "reporter"), ("eko", "editor")):
        newsroom.add(name, role)
    logins: dict[str, Store] = {}
    return _refusals(lambda name: logins.setdefault(name, newsroom.open(name)))


@pytest.fixture
def sqlite_refusals(tmp_path) -> dict[str, Refusal]:
    from editor.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'redaksi.db'}")
    try:
        for name, role in (("ana", "reporter"), ("budi", "reporter"), ("eko", "editor")):
            store.users.add(name, role)
        return _refusals(lambda _name: store)
    finally:
        store.close()


def test_postgres_refusals_carry_the_sqlite_codes(pg_refusals, sqlite_refusals) -> None:
    assert set(pg_refusals) == set(sqlite_refusals)
    for label, refusal in pg_refusals.items():
        twin = sqlite_refusals[label]
        assert (type(refusal), refusal.code) == (type(twin), twin.code), label
        assert refusal.args_ == twin.args_, label
    assert pg_refusals["other reporter saves"].args_ == {"author": "ana", "role": "reporter"}
    assert pg_refusals["reporter saves approved copy"].args_ == {"role": "reporter",
                                                                 "status": "approved"}
    assert pg_refusals["reporter resolves another's comment"].args_ == {"author": "eko"}
    # str() stays the database's Indonesian sentence, for logs and the CLI
    assert "naskah" in str(pg_refusals["reporter saves approved copy"])


def test_english_ui_words_postgres_refusals_in_english(qapp, pg_refusals,
                                                       sqlite_refusals) -> None:
    from PySide6.QtCore import QCoreApplication

    from editor.ui.app import install_translator
    from editor.ui.messages import message_for

    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        for label, refusal in pg_refusals.items():
            text = message_for(refusal)
            assert text.startswith("Refused: "), (label, text)
            assert not any(word in text.lower() for word in INDONESIAN), (label, text)
            assert text == message_for(sqlite_refusals[label]), label
        assert message_for(pg_refusals["reporter saves approved copy"]) == (
            "Refused: the reporter role may not change a story that is approved")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_reporter_resolving_anothers_comment_reads_english(newsroom, qtbot, qapp,
                                                           tmp_path) -> None:
    """The comments panel on a reporter's own login, English UI: the database refuses the
    resolve and the panel says why in English."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QPlainTextEdit

    from editor.ui.app import configure_application, install_translator
    from editor.ui.comments_panel import CommentsPanel

    configure_application(qapp)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    newsroom.add("rani", "reporter")
    newsroom.add("edo", "editor")
    rani, edo = newsroom.open("rani"), newsroom.open("edo")
    article = rani.articles.create(complete_article(), user="rani")
    edo.comments.add(article.id, "edo", "Cek nama jembatan")
    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        body = QPlainTextEdit()
        body.setPlainText(article.body)
        panel = CommentsPanel(rani, "rani", body)
        qtbot.addWidget(panel)
        qtbot.addWidget(body)
        with qtbot.waitSignal(panel.loaded, timeout=10_000):
            panel.set_article(article.id)
        panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
        panel.resolve_button.click()
        qtbot.waitUntil(lambda: panel.message.text() != "", timeout=10_000)
        assert panel.message.text() == ("Refused: Reporters may resolve or reopen only their "
                                        "own comments (this comment is from edo).")
        assert not edo.comments.get(panel.comments[0].id).resolved
    finally:
        QCoreApplication.removeTranslator(translator)
