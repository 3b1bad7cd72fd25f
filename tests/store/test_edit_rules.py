"""The edit table in the store: who may change which article's copy in which state
(the same rules PostgreSQL enforces for personal logins; issue 15, item 2)."""

from __future__ import annotations

import pytest
from factories import complete_article

from editor.domain.editing import EDIT_RULES, EditRefused, check_edit
from editor.domain.workflow import Role, Status, TransitionRefused


@pytest.fixture
def people(store):
    store.users.add("ana", "reporter")
    store.users.add("citra", "reporter")
    store.users.add("budi", "editor")
    return store


def _trail(store, article_id: int) -> tuple:
    return (store.articles.get(article_id),
            [(r.version, r.kind) for r in store.articles.revisions(article_id)],
            [(e.kind, e.user) for e in store.events.query(article_id=article_id)])


@pytest.mark.parametrize("status", [Status.APPROVED, Status.PUBLISHED, Status.IN_REVIEW,
                                    Status.KILLED])
def test_reporter_cannot_change_copy_past_submission(people, status):
    article = people.articles.create(complete_article(status=status), user="ana")
    before = _trail(people, article.id)
    with pytest.raises(EditRefused, match="peran reporter tidak boleh mengubah"):
        people.articles.update(article.with_changes(body="diam-diam"), user="ana")
    assert _trail(people, article.id) == before


def test_another_reporters_draft_is_not_writable(people):
    draft = people.articles.create(complete_article(), user="ana")
    before = _trail(people, draft.id)
    with pytest.raises(EditRefused, match="milik reporter ana"):
        people.articles.update(draft.with_changes(body="ditimpa Citra"), user="citra")
    assert _trail(people, draft.id) == before
    # Its author and the desk may.
    mine = people.articles.update(draft.with_changes(body="Ana menulis"), user="ana")
    assert people.articles.update(mine.with_changes(body="Budi merapikan"),
                                  user="budi").version == 3


def test_editor_change_to_published_copy_is_a_correction(people):
    article = people.articles.create(complete_article(status=Status.PUBLISHED), user="budi")
    corrected = people.articles.update(article.with_changes(body="Angka dikoreksi."),
                                       user="budi")
    revision = people.articles.revisions(article.id)[-1]
    assert (revision.version, revision.kind, revision.author) == (2, "correction", "budi")
    event = people.events.query(article_id=article.id)[-1]
    assert (event.kind, event.detail) == ("correction",
                                          {"version": corrected.version, "requested": "save"})


def test_status_never_moves_through_a_save(people):
    draft = people.articles.create(complete_article(), user="ana")
    with pytest.raises(TransitionRefused, match="alur kerja"):
        people.articles.update(draft.with_changes(status=Status.PUBLISHED), user="budi")
    assert people.articles.get(draft.id).status is Status.DRAFT


def test_reporter_resolves_only_own_comments(people):
    draft = people.articles.create(complete_article(), user="ana")
    theirs = people.comments.add(draft.id, "budi", "sumber?")
    mine = people.comments.add(draft.id, "ana", "cek ejaan")
    with pytest.raises(EditRefused, match="komentarnya sendiri"):
        people.comments.resolve(theirs.id, "ana")
    assert people.comments.resolve(mine.id, "ana").resolved
    assert people.comments.resolve(theirs.id, "budi").resolved_by == "budi"


def test_edit_table_cells():
    assert {s for (r, s) in EDIT_RULES if r is Role.REPORTER} == {
        Status.DRAFT, Status.CHANGES_REQUESTED, Status.SUBMITTED}
    assert all((role, s) in EDIT_RULES for role in (Role.EDITOR, Role.ADMIN) for s in Status)
    with pytest.raises(EditRefused, match="jenis simpanan"):
        check_edit(Role.EDITOR, Status.DRAFT, "transition", author="", user="budi",
                   author_role=None)


def test_only_the_desk_deletes(people):
    draft = people.articles.create(complete_article(), user="ana")
    with pytest.raises(EditRefused, match="hanya editor atau admin"):
        people.articles.delete(draft.id, user="ana")
    people.articles.delete(draft.id, user="budi")
    assert people.events.query(kind="delete")[-1].user == "budi"
