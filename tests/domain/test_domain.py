from datetime import datetime

import pytest

from editor.domain import (
    Article,
    Dateline,
    DatelineStyle,
    IndonesianTimeZone,
    Location,
    Status,
    make_slug,
)
from editor.domain.workflow import (
    Action,
    Role,
    TransitionRefused,
    allowed_actions,
    check_transition,
)


def test_dateline_house_styles():
    when = datetime(2018, 9, 4, 10, 0, tzinfo=IndonesianTimeZone.WIB.tzinfo)
    dateline = Dateline("Tanjungbalai", when)
    assert dateline.render() == "TANJUNGBALAI, Selasa (4/9/2018) -"
    outlet = DatelineStyle(uppercase_place=False, day_and_date=False, outlet="hetanews.com")
    assert dateline.render(outlet) == "Tanjungbalai, hetanews.com -"


def test_naive_dateline_is_wib():
    assert Dateline("Medan", datetime(2024, 1, 1, 8)).when.utcoffset().total_seconds() == 7 * 3600


@pytest.mark.parametrize(("code", "zone"), [("12.71", "WIB"), ("51.71", "WITA"),
                                            ("73.71", "WITA"), ("94.71", "WIT"), ("81", "WIT"),
                                            ("", "WIB")])
def test_time_zone_from_region_code(code, zone):
    assert IndonesianTimeZone.for_province_code(code).name == zone


def test_slug_folds_accents_and_drops_emoji():
    assert make_slug("Banjir Rob 🌊 Rendam Kafé di Medan!") == "banjir-rob-rendam-kafe-di-medan"
    long = make_slug("kata " * 40, max_length=30)
    assert len(long) <= 30 and not long.endswith("-")


def test_article_dedupes_tags_case_insensitively():
    article = Article(headline="x", tags=("Banjir", "banjir ", " Medan", "BPBD"))
    assert article.tags == ("Banjir", "Medan", "BPBD")


def test_location_display_and_roundtrip():
    loc = Location(district="Medan Baru", regency="Kota Medan", province="Sumatera Utara",
                   code="12.71.01")
    assert loc.display_name == "Medan Baru, Kota Medan, Sumatera Utara"
    assert Location.from_value(loc.to_dict()) == loc


def test_transition_table():
    assert check_transition(Action.SUBMIT, Status.DRAFT, Role.REPORTER) == Status.SUBMITTED
    with pytest.raises(TransitionRefused):
        check_transition(Action.APPROVE, Status.SUBMITTED, Role.REPORTER)
    with pytest.raises(TransitionRefused):
        check_transition(Action.PUBLISH, Status.DRAFT, Role.EDITOR)
    with pytest.raises(TransitionRefused):
        check_transition(Action.REQUEST_CHANGES, Status.IN_REVIEW, Role.EDITOR, note="")
    assert Action.APPROVE in allowed_actions(Status.IN_REVIEW, Role.EDITOR)
    assert allowed_actions(Status.IN_REVIEW, Role.REPORTER) == []
