"""Analysis in worker processes gives what one process gives, and an import with workers
stores the same index and spelling lexicon as one without (real SQLite / PostgreSQL)."""

from __future__ import annotations

import json
import lzma
from pathlib import Path

import pytest

from editor.related import batch


def _archive_lines(shared_dir: Path, count: int) -> list[str]:
    archive = shared_dir / "data" / "news-id" / "clickid_articles.jsonl.xz"
    with lzma.open(archive, "rt", encoding="utf-8") as f:
        return [next(f) for _ in range(count)]


def test_worker_results_are_the_same_and_in_order(shared_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv(batch.ENV_WORKERS, "2")
    items = [json.loads(line) for line in _archive_lines(shared_dir, 60)]
    articles = [(i, o["title"], "", o["body"], ("banjir", "Kota Medan"), "")
                for i, o in enumerate(items)]
    texts = [f"{o['title']}\n\n\n\n{o['body']}" for o in items]
    try:
        job = batch.start(batch.index_documents, articles, size=7, parallel=True)
        assert job._futures is not None  # really in the workers
        parallel_docs = [d for part in job.results() for d in part]
        counts = batch.start(batch.count_texts, texts, size=9, parallel=True).results()
    finally:
        batch.shutdown()
    assert parallel_docs == batch.index_documents(articles)
    total = batch.count_texts([])
    for part in counts:
        total.add(part)
    assert total == batch.count_texts(texts)


def test_no_workers_when_disabled(monkeypatch) -> None:
    monkeypatch.setenv(batch.ENV_WORKERS, "0")
    job = batch.start(batch.count_texts, ["Banjir di Medan."] * 5, size=1, parallel=True)
    assert job._futures is None
    assert len(job.results()) == 5


def _dump(store) -> dict[str, list]:
    with store.engine.connect() as conn:
        ext = dict(conn.exec_driver_sql("SELECT id, external_id FROM articles").all())
        docs = store.search.documents(list(ext))
        out = {
            "docs": sorted((ext[i], d.headline, d.tags, d.names, d.summary, d.body)
                           for i, d in docs.items()),
            "df": sorted(conn.exec_driver_sql("SELECT term, df FROM search_terms").all()),
            "counts": sorted(conn.exec_driver_sql(
                "SELECT kind, term, count FROM spelling_counts").all()),
            "counted": sorted((ext[a], v) for a, v in conn.exec_driver_sql(
                "SELECT article_id, version FROM spelling_docs").all()),
        }
    vectors = store.search.vectors_with_dates(list(ext))
    out["vectors"] = sorted((ext[i], sorted(v.count_map().items())) for i, (v, _) in
                            vectors.items())
    return out


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_import_with_workers_stores_the_same(backend, shared_dir: Path, tmp_path: Path,
                                             monkeypatch, request) -> None:
    from editor.ops import import_archive
    from editor.store import open_store

    lines = _archive_lines(shared_dir, 90)
    source = tmp_path / "part.jsonl"
    source.write_text("".join(lines), encoding="utf-8")
    # Second half edited: a re-import updates those articles (old counts out, new in).
    edited = tmp_path / "edited.jsonl"
    changed = []
    for i, line in enumerate(lines):
        obj = json.loads(line)
        if i % 2:
            obj["body"] = obj["body"] + "\nBanjir kembali merendam Kota Medan, kata BPBD."
        changed.append(json.dumps(obj, ensure_ascii=False) + "\n")
    edited.write_text("".join(changed), encoding="utf-8")

    from editor.store import term_lexicon

    dumps = []
    # Workers or not; and on SQLite the lexicon's chunked temp-table path (small chunks)
    # against its one-transaction path for small batches (one large chunk).
    for n, (workers, chunk) in enumerate((("2", 16), ("0", 16), ("0", 10_000))):
        monkeypatch.setenv(batch.ENV_WORKERS, workers)
        monkeypatch.setattr(batch, "PARALLEL_MIN", 20)
        monkeypatch.setattr(batch, "TASK_SIZE", 8)
        monkeypatch.setattr(term_lexicon, "CHUNK", chunk)
        monkeypatch.setattr(term_lexicon, "COUNT_TASK", 8)
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path / f'w{n}.db'}"
        else:
            url = request.getfixturevalue("pg_url") if n == 0 else \
                request.getfixturevalue("pg_server").url(
                    request.getfixturevalue("pg_server").create_database(migrated=True))
        store = open_store(url)
        try:
            import_archive(store, "jsonl", source)
            import_archive(store, "jsonl", edited)
            dumps.append(_dump(store))
        finally:
            batch.shutdown()
            store.close()
    assert dumps[0]["docs"] and dumps[0]["counts"]
    assert dumps[0] == dumps[1] == dumps[2]
