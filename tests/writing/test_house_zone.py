"""The newsroom's clock (house.yaml ``time_zone``, WIB by default) is used wherever the desk
shows or writes a time, whatever the computer's own zone. Run under TZ=UTC, the case that
broke: a laptop on UTC labelled its UTC clock "WIB"."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest

from editor import house as house_module
from editor.domain import Article, Dateline
from editor.domain.dateline import IndonesianTimeZone
from editor.house import default_house, house_time, house_zone, parse_house
from editor.publishing.exporters import get_exporter


@pytest.fixture(autouse=True)
def utc_machine(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def house_in(monkeypatch):
    def use(zone: str) -> None:
        monkeypatch.setattr(house_module, "default_house",
                            lambda: default_house().with_changes(time_zone=zone))
    return use


def test_default_is_wib_and_bad_values_are_named():
    assert default_house().time_zone == "WIB" and house_zone() is IndonesianTimeZone.WIB
    assert parse_house({"time_zone": "wita"}).time_zone == "WITA"
    with pytest.raises(ValueError, match="time_zone must be WIB, WITA or WIT"):
        parse_house({"time_zone": "Asia/Jakarta"}, "house.yaml")


def test_house_time_ignores_the_machine_zone(house_in):
    moment = datetime(2026, 12, 2, 2, 17, tzinfo=UTC)
    assert house_time(moment).isoformat() == "2026-12-02T09:17:00+07:00"
    house_in("WIT")
    assert house_time(moment).isoformat() == "2026-12-02T11:17:00+09:00"


def test_exports_agree_on_the_newsroom_zone(house_in, tmp_path):
    article = Article(id=1, version=2, headline="Rapat", body="Isi.",
                      dateline=Dateline("Medan", datetime(2026, 12, 2, 9, 0,
                                                          tzinfo=IndonesianTimeZone.WIB.tzinfo)),
                      created_at=datetime(2026, 12, 2, 1, 0, tzinfo=UTC),
                      updated_at=datetime(2026, 12, 2, 2, 26, tzinfo=UTC))
    doc = json.loads(get_exporter("ninjs").export([article], tmp_path / "a")[0].read_text())
    assert doc["contentcreated"] == "2026-12-02T09:00:00+07:00"
    assert doc["versioncreated"] == "2026-12-02T09:26:00+07:00"
    house_in("WITA")
    doc = json.loads(get_exporter("ninjs").export([article], tmp_path / "b")[0].read_text())
    assert doc["versioncreated"] == "2026-12-02T10:26:00+08:00"


def test_default_dateline_time_is_the_newsroom_clock(qtbot, house_in):
    from editor.ui.article_form import ArticleForm

    form = ArticleForm()
    qtbot.addWidget(form)
    form.load(None)
    wib_now = datetime.now(UTC).astimezone(IndonesianTimeZone.WIB.tzinfo)
    when = form.article().dateline.when
    assert when.utcoffset() == timedelta(hours=7)
    assert abs(when - wib_now) < timedelta(minutes=2)
    house_in("WIT")
    form.load(None)
    when = form.article().dateline.when
    assert when.utcoffset() == timedelta(hours=9)
    assert abs(when - datetime.now(UTC)) < timedelta(minutes=2)
