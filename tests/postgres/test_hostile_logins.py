"""What a reporter's (or an admin's) own login cannot do with hand-written SQL, and the app's
normal paths that still work through the database's functions (issue 15, items 2-6)."""

from __future__ import annotations

import json
import queue
import time
import uuid

import psycopg
import pytest
from factories import complete_article
from psycopg import errors

from editor.domain import Article
from editor.domain.editing import EditRefused
from editor.domain.workflow import Status
from editor.store.postgres.notifications import DeskListener, DeskNotice


def _state(newsroom, article_id: int) -> tuple:
    """Everything an attack might have changed about an article."""
    with newsroom.service.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT version, body, status, (SELECT count(*) FROM revisions "
            "WHERE article_id = a.id), (SELECT count(*) FROM article_events "
            "WHERE article_id = a.id), (SELECT string_agg(t.name, ',' ORDER BY x.position) "
            "FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = a.id) "
            "FROM articles a WHERE a.id = %s", (article_id,)).one()
    return tuple(row)


@pytest.fixture
def desk(newsroom):
    """Reporters ana and citra, editor budi; ana's draft, an approved and a published piece."""
    for name, role in (("t-ana", "reporter"), ("t-citra", "reporter"), ("t-budi", "editor")):
        newsroom.add(name, role)
    ana = newsroom.open("t-ana")
    draft = ana.articles.create(complete_article(headline="Draf Ana", tags=("banjir",)))
    service = newsroom.service
    approved = service.articles.create(complete_article(headline="Disetujui",
                                                        status=Status.APPROVED))
    published = service.articles.create(complete_article(headline="Terbit",
                                                         status=Status.PUBLISHED))
    return newsroom, ana, draft, approved, published


def test_reporter_sql_cannot_rewrite_copy_tags_revisions_or_the_trail(desk):
    newsroom, _ana, draft, approved, published = desk
    before = {a.id: _state(newsroom, a.id) for a in (draft, approved, published)}
    citra = newsroom.connect("t-citra")
    attacks = [
        "UPDATE articles SET body = 'palsu', version = version + 1 WHERE id = %(approved)s",
        "UPDATE articles SET body = 'palsu', version = version + 1 WHERE id = %(published)s",
        "UPDATE articles SET body = 'palsu', version = version + 1 WHERE id = %(draft)s",
        "DELETE FROM article_tags WHERE article_id = %(published)s",
        "UPDATE tags SET name = 'palsu'",
        "INSERT INTO tags (name, key) VALUES ('x', 'x')",
        "INSERT INTO revisions (article_id, version, kind, author, created_at, status, "
        "snapshot) VALUES (%(approved)s, 2, 'save', 't-budi', now(), 'approved', '{}')",
        "INSERT INTO article_events (article_id, kind, action, from_status, to_status, "
        "user_name, note, detail, created_at) VALUES (%(draft)s, 'Transition', 'approve', "
        "'submitted', 'approved', 't-budi', '', '{}', now())",
        "INSERT INTO comments (article_id, author, body, quote, resolved, resolved_by, "
        "created_at) VALUES (%(draft)s, 't-budi', 'palsu', '', true, 't-budi', now())",
        "INSERT INTO articles (headline, dateline, location, bylines, related, status, "
        "created_at, updated_at) VALUES ('x', '{}', '{}', '[]', '[]', 'draft', now(), now())",
    ]
    ids = {"draft": draft.id, "approved": approved.id, "published": published.id}
    for statement in attacks:
        with pytest.raises(errors.InsufficientPrivilege):
            citra.execute(statement, ids)
    # The database's own save function applies the edit table to the login itself.
    for article, status in ((approved, "approved"), (published, "published"),
                            (draft, "draft")):
        with pytest.raises(psycopg.Error) as refused:
            citra.execute("SELECT * FROM redaksi_save_article(%s, 1, '{\"headline\": \"x\"}', "
                          "%s, '{}', '{}', 'save')", (article.id, status))
        assert refused.value.sqlstate == "RK007", refused.value
    after = {a.id: _state(newsroom, a.id) for a in (draft, approved, published)}
    assert after == before
    with newsroom.service.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM tags WHERE name = 'palsu'"
                                    ).scalar_one() == 0


def test_the_app_as_reporter_and_editor_follows_the_edit_table(desk):
    newsroom, ana, draft, approved, published = desk
    # Ana's own draft: saves, autosaves and restores work and are revisioned by the database.
    saved = ana.articles.update(draft.with_changes(body="Air naik dua meter."), user="t-ana")
    auto1 = ana.articles.update(saved.with_changes(body="Air naik tiga meter."), user="t-ana",
                                kind="autosave")
    auto2 = ana.articles.update(auto1.with_changes(body="Air naik empat meter."),
                                user="t-ana", kind="autosave")
    kinds = [(r.version, r.kind, r.author) for r in ana.articles.revisions(draft.id)]
    assert kinds == [(1, "create", "t-ana"), (2, "save", "t-ana"), (4, "autosave", "t-ana")]
    assert ana.articles.revisions(draft.id)[-1].snapshot["body"] == "Air naik empat meter."
    assert ana.articles.revisions(draft.id)[-1].snapshot["tags"] == ["banjir"]
    restored = ana.workflow.restore(draft.id, 2, "t-ana")
    assert restored.body == "Air naik dua meter." and restored.version == auto2.version + 1
    # Approved and published copy is read-only for a reporter; so is another reporter's draft.
    citra = newsroom.open("t-citra")
    for article in (approved, published):
        with pytest.raises(EditRefused, match="tidak boleh mengubah"):
            ana.articles.update(article.with_changes(body="palsu"), user="t-ana")
    with pytest.raises(EditRefused, match="milik reporter t-ana"):
        citra.articles.update(restored.with_changes(body="palsu"), user="t-citra")
    assert newsroom.service.articles.get(published.id).version == 1
    # An editor may correct published copy: recorded as a correction.
    budi = newsroom.open("t-budi")
    corrected = budi.articles.update(published.with_changes(body="Koreksi angka."),
                                     user="t-budi")
    revision = budi.articles.revisions(published.id)[-1]
    assert (revision.kind, revision.author, revision.status) == \
        ("correction", "t-budi", Status.PUBLISHED)
    event = budi.events.query(article_id=published.id)[-1]
    assert (event.kind, event.user, event.detail) == \
        ("correction", "t-budi", {"version": corrected.version, "requested": "save"})
    # Comments: anyone comments; a reporter resolves only their own, an editor any.
    mine = ana.comments.add(draft.id, "t-ana", "cek nama", 0, 3)
    theirs = budi.comments.add(draft.id, "t-budi", "sumber?", 0, 3)
    assert ana.comments.resolve(mine.id, "t-ana").resolved_by == "t-ana"
    with pytest.raises(EditRefused, match="komentarnya sendiri"):
        ana.comments.resolve(theirs.id, "t-ana")
    assert budi.comments.resolve(theirs.id, "t-budi").resolved_by == "t-budi"
    sql = newsroom.connect("t-ana")
    with pytest.raises(errors.InsufficientPrivilege):
        sql.execute("UPDATE comments SET resolved_by = 't-budi', resolved_at = now() "
                    "WHERE id = %s", (mine.id,))
    with pytest.raises(errors.InsufficientPrivilege, match="jangkar"):
        sql.execute("UPDATE comments SET anchor_start = 1 WHERE id = %s", (theirs.id,))
    # ...but a save carries open comments' anchors through the edit, as the app does.
    open_comment = budi.comments.add(draft.id, "t-budi", "cek lagi", 4, 8)
    current = ana.articles.get(draft.id)
    ana.articles.update(current.with_changes(body="Kini " + current.body), user="t-ana")
    moved = next(c for c in ana.comments.list(draft.id) if c.id == open_comment.id)
    assert moved.anchor == (9, 13)
    # A reporter's login does not import archives.
    from editor.store import ImportRecord

    with pytest.raises(EditRefused, match="login layanan"):
        ana.articles.import_articles([ImportRecord(Article(headline="x", external_id="e"), 1)])
    # Deleting is for the desk, recorded in the trail.
    with pytest.raises(EditRefused):
        ana.articles.delete(draft.id)
    budi.articles.delete(approved.id)
    assert newsroom.service.events.query(kind="delete")[-1].user == "t-budi"


def test_lock_times_are_the_servers(desk):
    newsroom, ana, draft, _approved, _published = desk
    sql = newsroom.connect("t-citra")
    sql.execute("INSERT INTO article_locks VALUES (%s, 't-citra', '9999-12-31', '9999-12-31')",
                (draft.id,))
    held = sql.execute("SELECT heartbeat_at, acquired_at, now() FROM article_locks "
                       "WHERE article_id = %s", (draft.id,)).fetchone()
    assert abs((held[0] - held[2]).total_seconds()) < 60 and held[1].year < 9999
    # ...so once its holder stops sending heartbeats the lock expires like any other: the
    # editor's transition is not blocked forever (here: shown by an expired heartbeat).
    with newsroom.service.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE article_locks SET heartbeat_at = now() - interval '1 hour'"
                             " WHERE article_id = %s", (draft.id,))
    assert ana.locks.acquire(draft.id, "t-ana").holder == "t-ana"
    assert newsroom.service.events.query(article_id=draft.id, kind="lock-expired")[-1].detail \
        == {"previous_holder": "t-citra"}


def test_forged_desk_notices_are_not_delivered(desk):
    newsroom, ana, draft, _approved, _published = desk
    notices: queue.Queue[DeskNotice] = queue.Queue()
    errors_seen: list[Exception] = []
    with DeskListener(newsroom.login_url("t-budi"), notices.put, on_error=errors_seen.append):
        sql = newsroom.connect("t-citra")
        forged_event = json.dumps({"source": "event", "id": 999999, "article_id": draft.id,
                                   "kind": "transition", "action": "approve",
                                   "to_status": "approved", "user": "t-budi"})
        forged_lock = json.dumps({"source": "lock", "kind": "lock", "article_id": draft.id,
                                  "user": "t-budi"})
        sql.execute("SELECT pg_notify('redaksi_desk', %s)", (forged_event,))
        sql.execute(f"NOTIFY redaksi_desk, '{forged_lock}'")
        ana.articles.update(draft.with_changes(body="Asli."), user="t-ana")
        deadline = time.monotonic() + 3
        got: list[DeskNotice] = []
        while time.monotonic() < deadline and not any(n.kind == "save" for n in got):
            try:
                got.append(notices.get(timeout=0.2))
            except queue.Empty:
                pass
    assert [(n.kind, n.user) for n in got] == [("save", "t-ana")]
    assert len(errors_seen) == 2 and all("tanpa dasar" in str(e) for e in errors_seen)


@pytest.fixture
def outsider_roles(newsroom):
    """Roles of the cluster that Redaksi did not create: a CREATEROLE owner and a plain login."""
    suffix = uuid.uuid4().hex[:8]
    names = {"owner": f"x-owner-{suffix}", "plain": f"x-plain-{suffix}"}
    with newsroom.service.engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{names["owner"]}" LOGIN CREATEROLE PASSWORD \'asli\'')
        conn.exec_driver_sql(f'CREATE ROLE "{names["plain"]}" LOGIN PASSWORD \'asli\'')
    yield names
    with newsroom.service.engine.begin() as conn:
        for name in names.values():
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')


def test_admin_cannot_take_over_roles_redaksi_did_not_create(newsroom, outsider_roles,
                                                              pg_server):
    newsroom.add("t-admin", "admin")
    admin = newsroom.connect("t-admin")
    for name in outsider_roles.values():
        with pytest.raises(errors.InsufficientPrivilege):
            admin.execute("SELECT redaksi_add_user(%s, 'reporter', 'dibajak')", (name,))
        with pytest.raises(psycopg.OperationalError):  # the password was not changed
            psycopg.connect(newsroom.login_url(name, "dibajak").replace("+psycopg", "")).close()
    # A login made by Redaksi for another database of the cluster is not this one's either.
    other = pg_server.create_database(migrated=True)
    try:
        from editor.store import open_store

        elsewhere = open_store(pg_server.url(other))
        stranger = f"t-luar-{uuid.uuid4().hex[:6]}"
        elsewhere.users.add(stranger, "reporter", password="asli")
        elsewhere.close()
        with pytest.raises(errors.InsufficientPrivilege, match="bukan buatan Redaksi"):
            admin.execute("SELECT redaksi_add_user(%s, 'admin', 'dibajak')", (stranger,))
    finally:
        pg_server.drop_database(other)
    # Its own logins it still manages (new ones, and role changes of existing ones).
    # Login names are cluster-wide: a fresh one per run, so no earlier run can hold it.
    fresh = f"t-baru-{uuid.uuid4().hex[:6]}"
    admin.execute(f"SELECT redaksi_add_user('{fresh}', 'reporter', 'sandi-baru')")
    admin.execute(f"SELECT redaksi_add_user('{fresh}', 'editor')")
    assert newsroom.service.users.get(fresh).role.value == "editor"


def test_reporter_cannot_poison_or_delete_suggestions(desk):
    newsroom, ana, draft, _approved, published = desk
    newsroom.service.search.catch_up()

    def index_state():
        with newsroom.service.engine.connect() as conn:
            return (conn.exec_driver_sql("SELECT article_id, fields::text FROM search_pg "
                                         "ORDER BY article_id").all(),
                    conn.exec_driver_sql("SELECT term, df FROM search_terms ORDER BY term").all(),
                    conn.exec_driver_sql("SELECT * FROM search_docs ORDER BY 1").all())

    before = index_state()
    sql = newsroom.connect("t-citra")
    for statement in ("DELETE FROM search_pg", "DELETE FROM search_docs",
                      "UPDATE search_terms SET df = 100000",
                      "INSERT INTO search_terms (term, df) VALUES ('racun', 1)"):
        with pytest.raises(errors.InsufficientPrivilege):
            sql.execute(statement)
    forged = json.dumps([{"id": published.id, "version": 1, "tokens": ["racun"],
                          "freqs": {"racun": 10.0}, "fields": {"headline": ["racun"]},
                          "len": 1}])
    written = sql.execute("SELECT redaksi_index_write(%s, %s)",
                          ([published.id, draft.id], forged)).fetchone()[0]
    assert written == 0
    assert index_state() == before
    # The ordinary path still indexes a reporter's own save.
    saved = ana.articles.update(draft.with_changes(headline="Gempa Palu"), user="t-ana")
    assert [h.article_id for h in ana.search.search(["gempa"], limit=5)] == [saved.id]


def test_reporter_cannot_index_fake_terms_for_her_own_fresh_save(desk):
    """The remaining gap of item 6: right after her own save (the version not indexed yet),
    a login could send any terms for it. Terms the stored article cannot give are refused."""
    newsroom, ana, draft, _approved, _published = desk
    quiet = newsroom.open("t-ana")
    quiet.articles._save_listeners.clear()  # the app's own index update does not happen
    saved = quiet.articles.update(draft.with_changes(
        headline="Gempa Palu", body="Warga Palu menulis surat kepada Bobby Nasution."),
        user="t-ana")
    sql = newsroom.connect("t-ana")

    def entry(fields, freqs=None, tokens=None, length=None):
        if freqs is None:
            freqs = {}
            for name, terms in fields.items():
                weight = {"headline": 4.0, "tags": 4.0, "names": 2.0}.get(name, 1.0)
                for t in terms:
                    freqs[t] = freqs.get(t, 0.0) + weight
        return json.dumps([{"id": saved.id, "version": saved.version,
                            "tokens": sorted(tokens if tokens is not None else freqs),
                            "freqs": freqs, "fields": fields,
                            "len": length if length is not None
                            else sum(len(v) for v in fields.values())}])

    def write(doc) -> int:
        return sql.execute("SELECT redaksi_index_write(%s, %s)", ([saved.id], doc)).fetchone()[0]

    for forged in (entry({"headline": ["gempa", "racun"]}),
                   entry({"names": ["bobby_racun"]}),
                   entry({"headline": ["gempa"]}, freqs={"gempa": 4.0, "racun": 9.0}),
                   entry({"headline": ["gempa"]}, freqs={"gempa": 400.0}),
                   entry({"headline": ["gempa"]}, tokens=["gempa", "racun"]),
                   entry({"bogus": ["gempa"]}),
                   # Letters of the text that no stemmer gives: "ulis" (of "menulis") is no
                   # root; "makan" is a root, but no word of this text gives it.
                   entry({"body": ["ulis"]}),
                   entry({"body": ["makan"]}),
                   # More terms than the text has words: counts the text cannot give.
                   entry({"body": ["palu"] * 50})):
        assert write(forged) == 0
    with newsroom.service.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM search_terms WHERE term "
                                    "LIKE '%%racun%%'").scalar_one() == 0
    # What the analysis really gives (stems too: "menulis" -> "tulis") is accepted.
    honest = entry({"headline": ["gempa", "palu"], "names": ["bobby_nasution", "palu"],
                    "body": ["warga", "palu", "tulis", "surat", "bobby", "nasution"]})
    assert write(honest) == 1
    assert [h.article_id for h in ana.search.search(["tulis"], limit=5)] == [saved.id]


def test_real_articles_saved_by_a_reporter_are_all_indexed(newsroom, shared_dir):
    """The database's index check refuses no honest entry: 300 real articles (and one of
    154 KB, all of them joined) saved through a reporter's own login are all indexed, with
    the same terms as the app computed."""
    import itertools
    import lzma

    from editor.store.search.base import analyse_fields

    newsroom.add("t-ana", "reporter")
    ana = newsroom.open("t-ana")
    path = shared_dir / "data" / "news-id" / "clickid_articles.jsonl.xz"
    with lzma.open(path, "rt", encoding="utf-8") as f:
        raw = [json.loads(line) for line in itertools.islice(f, 300)]
    saved = [ana.articles.create(Article(headline=o["title"], body=o["body"],
                                         tags=tuple(o.get("tags") or ())))
             for o in raw]
    long_body = "\n\n".join(o["body"] for o in raw)[:154_000]
    saved.append(ana.articles.create(Article(headline="Satu naskah panjang", body=long_body)))
    with newsroom.service.engine.connect() as conn:
        indexed = {r[0] for r in conn.exec_driver_sql("SELECT article_id FROM search_pg")}
    assert {a.id for a in saved} - indexed == set()
    stored = newsroom.service.search.documents([saved[0].id, saved[-1].id])
    for article in (saved[0], saved[-1]):
        assert stored[article.id] == analyse_fields(
            article.id, headline=article.headline, summary=article.summary, body=article.body,
            tags=article.tags, extra_headline=f"{article.kicker}\n{article.subheadline}")
