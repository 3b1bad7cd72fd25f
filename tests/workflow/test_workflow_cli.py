"""`redaksi workflow` and `redaksi history` exactly as DESIGN.md's contract."""

import json

from factories import complete_article

from editor.cli import main
from editor.store import open_store


def setup(db_url):
    store = open_store(db_url)
    store.users.add("ana", "reporter")
    store.users.add("budi", "editor")
    article = store.articles.create(complete_article(headline="Banjir Medan", body="isi",
                                                     external_id="ext-9"), user="ana")
    store.close()
    return article


def test_workflow_exit_codes(db_url, capsys):
    article = setup(db_url)
    run = lambda *a: main(["--db", db_url, "workflow", *a])  # noqa: E731
    assert run("ext-9", "submit", "--user", "ana") == 0
    assert run("ext-9", "approve", "--user", "ana") == 3
    assert "reporter" in capsys.readouterr().err
    assert run("ext-9", "publish", "--user", "budi") == 3
    assert run("ext-9", "request-changes", "--user", "budi") == 3
    assert run("ext-9", "approve", "--user", "nobody") == 2
    assert run("tidak-ada", "approve", "--user", "budi") == 2
    assert run(str(article.id), "start-review", "--user", "budi") == 0
    assert run("ext-9", "approve", "--user", "budi", "--note", "Siap terbit") == 0
    assert run("ext-9", "publish", "--user", "budi") == 0
    store = open_store(db_url)
    stored = store.articles.get(article.id)
    assert stored.status.value == "published" and stored.published_at is not None
    store.close()


def test_history_json_oldest_first(db_url, capsys):
    article = setup(db_url)
    store = open_store(db_url)
    store.articles.update(article.with_changes(body="isi baru yang lebih panjang"), user="ana")
    store.close()
    assert main(["--db", db_url, "workflow", "ext-9", "submit", "--user", "ana"]) == 0
    assert main(["--db", db_url, "workflow", "ext-9", "request-changes", "--user", "budi",
                 "--note", "Tambah kutipan"]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "history", "ext-9", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == "ext-9"
    entries = data["history"]
    times = [e["at"] for e in entries]
    assert times == sorted(times)
    revisions = [e for e in entries if e["type"] == "revision"]
    assert [r["version"] for r in revisions] == [1, 2, 3, 4]
    assert revisions[1]["words_inserted"] == 4 and revisions[1]["words_deleted"] == 0
    transitions = [e for e in entries if e["type"] == "event" and e["kind"] == "transition"]
    assert [(t["action"], t["user"], t["from"], t["to"]) for t in transitions] == [
        ("submit", "ana", "draft", "submitted"),
        ("request-changes", "budi", "submitted", "changes_requested")]
    assert transitions[1]["note"] == "Tambah kutipan"
    assert main(["--db", db_url, "history", "ext-9"]) == 0
    assert "request-changes" in capsys.readouterr().out
    assert main(["--db", db_url, "history", "nope"]) == 2
