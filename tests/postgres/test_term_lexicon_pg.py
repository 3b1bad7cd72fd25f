"""Newsroom mode: a reporter's own login keeps the desk's term lexicon up to date."""

from __future__ import annotations

from dataclasses import replace

from factories import complete_article


def test_reporter_saves_update_the_shared_term_lexicon(newsroom):
    newsroom.add("t-reporter", "reporter")
    reporter = newsroom.open("t-reporter")
    a = reporter.articles.create(complete_article(
        headline="Banjir Medan", body="Warga bertemu Syharul di pendopo."))
    assert newsroom.service.terms.count("n", "Syharul") == 1
    reporter.articles.update(replace(reporter.articles.get(a.id),
                                     body="Warga bertemu Munawar di pendopo."),
                             user="t-reporter")
    service = newsroom.service.terms
    assert service.count("n", "Syharul") == 0
    assert service.count("n", "Munawar") == 1
    assert "Munawar" in newsroom.open("t-reporter").terms.load().names
