"""The conference as a record, and the deadlines ITU's rules give it.

The invariant: each deadline falls on the day ITU itself published for a past
conference (PP-22, WRC-23, WTDC-14, WTSA-16), with the rule it comes from; a
contribution dated after its deadline, or undated once it has passed, is a
finding of the rules check, through the core and through ``check``; bad input
is refused in one line and changes nothing; a store of schema 12 migrates.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from cli_capsys import import_mod, refused, run
from conftest import store_at_schema

from delegate_app.cli.main import run as main
from delegate_app.core.conference import Conference, written_day
from delegate_app.core.deadlines import deadlines, estimated_pages, months_before, next_deadline
from delegate_app.core.model import Contribution, ContributionHeader, Proposal, Provision, Resolution, Section
from delegate_app.core.rules import check


@pytest.mark.parametrize(
    "body, opens, expected",
    [
        ("PP", "2022-09-26", [("2022-01-26", "CS 224, CV 519"), ("2022-05-26", "General Rules No. 40")]),
        ("WRC", "2023-11-20", [("2023-10-30", "Resolution 165 (Rev. Dubai, 2018)")]),
        ("WTDC", "2014-03-30", [("2014-03-15", "Resolution 165 (Rev. Dubai, 2018)")]),
        (
            "WTSA",
            "2016-10-25",
            [("2016-10-10", "Resolution 165 (Rev. Dubai, 2018); WTSA Resolution 1, considering f)")],
        ),
    ],
)
def test_each_deadline_is_the_day_itu_published(body, opens, expected):
    found = deadlines(Conference("X", body, opens))
    assert [(d.day.isoformat(), d.rule) for d in found] == expected


def test_pp26_council_and_months_of_unequal_length():
    pp26 = Conference("PP-26", "PP", "2026-11-09", "2026-11-27", "Doha")
    assert [d.day for d in deadlines(pp26)] == [date(2026, 3, 9), date(2026, 7, 9)]
    assert months_before(date(2026, 10, 31), 8) == date(2026, 2, 28)  # no 31 February
    council = Conference("Council 2027", "Council", deadline="2027-05-01")
    assert [(d.day, d.rule) for d in deadlines(council)] == [(date(2027, 5, 1), "Council")]
    assert deadlines(Conference("C", "Council")) == [] and deadlines(Conference("W", "WRC")) == []
    nearest = next_deadline([pp26, council], date(2026, 4, 1))
    assert nearest is not None and nearest[1].day == date(2026, 7, 9)
    assert next_deadline([pp26], date(2026, 7, 10)) is None


def test_the_header_date_is_read_in_several_forms():
    assert written_day("14 April 2026") == date(2026, 4, 14)
    assert written_day("Geneva, 2026-04-14") == date(2026, 4, 14)
    assert written_day("1er avril 2026") == date(2026, 4, 1)
    assert written_day("soon") is None and written_day("31 February 2026") is None


def _contribution(dated: str, words: int = 50) -> Contribution:
    res = Resolution(
        "PP", "191", "Rev. Bucharest, 2022", sections=[Section("resolves", [Provision("1", "w " * words)])]
    )
    header = ContributionHeader(meeting="PP-26", date=dated, document="Document 12-E", source="S", title="T")
    header.original_language = "English"
    return Contribution(header=header, proposals=[Proposal("MOD", "S/12/1", res, reasons=".", base=res)])


def test_a_contribution_past_its_deadline_is_a_finding():
    pp26 = Conference("PP-26", "PP", "2026-11-09")
    on_time, late = _contribution("9 July 2026"), _contribution("10 July 2026")
    rules = lambda c, today=date(2026, 1, 1): [f.rule for f in check(c, conference=pp26, today=today)]  # noqa: E731
    assert "deadline-passed" not in rules(on_time)
    (finding,) = [f for f in check(late, conference=pp26) if f.rule == "deadline-passed"]
    assert finding.values == ("2026-07-10", "all other proposals", "PP-26", "2026-07-09", "General Rules No. 40")
    undated = _contribution("")
    assert "deadline-passed" not in rules(undated, date(2026, 7, 9))
    assert "deadline-passed" in rules(undated, date(2026, 7, 10))  # undated, once the day has passed


def test_a_council_contribution_over_four_pages_is_a_finding():
    council = Conference("Council 2027", "Council", deadline="2027-05-01")
    short, long = _contribution("1 April 2027", 500), _contribution("1 April 2027", 8000)
    assert estimated_pages(short) == 1 and estimated_pages(long) > 4
    assert "page-limit" not in [f.rule for f in check(short, conference=council)]
    (finding,) = [f for f in check(long, conference=council) if f.rule == "page-limit"]
    assert finding.values[1:] == ("Council 2027", "4")


def test_conference_set_list_and_deadlines_through_the_command_line(tmp_path, capsys):
    db = tmp_path / "s.sqlite3"
    run(capsys, "conference", "set", "PP-26", "--body", "PP", "--opens", "2026-11-09", "--closes", "2026-11-27",
        "--place", "Doha", "--db", db)  # fmt: skip
    run(capsys, "conference", "set", "PP-26", "--place", "Doha, Qatar", "--db", db)  # the other fields kept
    (conf,) = json.loads(run(capsys, "conference", "list", "--json", "--db", db))
    assert conf | {"id": 0} == {
        "id": 0,
        "name": "PP-26",
        "body": "PP",
        "place": "Doha, Qatar",
        "opens": "2026-11-09",
        "closes": "2026-11-27",
        "deadline": "",
        "contributions": [],
    }
    found = json.loads(run(capsys, "deadlines", "PP-26", "--json", "--db", db))["deadlines"]
    assert [(d["day"], d["rule"]) for d in found] == [
        ("2026-03-09", "CS 224, CV 519"),
        ("2026-07-09", "General Rules No. 40"),
    ]
    assert "2026-07-09  PP-26: all other proposals (General Rules No. 40)" in run(
        capsys, "deadlines", "PP-26", "--db", db
    )
    assert "not a conference body" in refused(capsys, "conference", "set", "X", "--body", "ITU", "--db", db)
    assert "would close" in refused(
        capsys, "conference", "set", "PP-26", "--closes", "2026-11-01", "--db", db
    )  # before it opens
    assert "no contribution with id 99" in refused(capsys, "conference", "set", "PP-26", "--document", "99", "--db", db)
    assert "give its body" in refused(capsys, "conference", "set", "WRC-27", "--db", db)
    assert "no conference named" in refused(capsys, "deadlines", "WRC-27", "--db", db)
    run(capsys, "conference", "set", "Council 2027", "--body", "council", "--db", db)
    assert "session's deadline" in refused(capsys, "deadlines", "Council 2027", "--db", db)
    assert json.loads(run(capsys, "conference", "list", "--json", "--db", db))[0]["closes"] == "2026-11-27"


def test_check_warns_on_a_stored_contribution_past_its_deadline(tmp_path, capsys):
    db = tmp_path / "s.sqlite3"
    import_mod(capsys, tmp_path, db, "c", "shall continue", "shall", "--number=RCC/1/1", "--date=20 November 2029",
               "--reasons=.")  # fmt: skip
    assert main(["check", "1", "--json", "--db", str(db)]) in (0, 1)
    assert "deadline-passed" not in capsys.readouterr().out  # not for any conference yet
    run(
        capsys, "conference", "set", "WTDC-29", "--body", "WTDC", "--opens", "2029-11-12", "--document", "1", "--db", db
    )
    assert main(["check", "1", "--json", "--db", str(db)]) == 1
    (late,) = [f for f in json.loads(capsys.readouterr().out) if f["rule"] == "deadline-passed"]
    assert late["values"][:4] == ["2029-11-20", "contributions", "WTDC-29", "2029-10-28"]


def test_a_store_of_schema_12_migrates_and_keeps_its_records(tmp_path):
    from delegate_app.store.database import SCHEMA_VERSION, open_database, schema_version

    path = tmp_path / "old.sqlite3"
    with store_at_schema(path, 12) as conn:
        conn.execute("INSERT INTO resolutions (id, body, number) VALUES (1, 'WTDC', '59')")
    db = open_database(path)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM conferences").fetchone()[0] == 0
    finally:
        db.close()


def test_the_window_shows_the_next_deadline(qtbot, tmp_path, capsys):
    from test_app import make_window

    from delegate_app.ui.conference_ui import show_next_deadline

    db = tmp_path / "s.sqlite3"
    run(capsys, "conference", "set", "PP-26", "--body", "PP", "--opens", "2099-11-09", "--db", db)
    window = make_window(qtbot, {"db": db, "ini": tmp_path / "settings.ini"})
    qtbot.waitUntil(lambda: window.findChild(__import__("PySide6.QtWidgets").QtWidgets.QLabel, "next-deadline"))
    label = show_next_deadline(window)
    assert label is not None and label.isVisible()
    assert label.text() == "Next deadline: PP-26, 2099-03-09 (CS 224, CV 519)"


@pytest.mark.parametrize("months", [4, 8])
def test_months_before_keeps_the_day_or_takes_the_month_end(months):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=60, deadline=None)
    @given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
    def check(day):
        found = months_before(day, months)
        assert (day.year * 12 + day.month) - (found.year * 12 + found.month) == months
        assert found.day == day.day or (found.day < day.day and (found.replace(day=found.day) == found))
        if found.day != day.day:  # the month is shorter: its last day
            next_day = date.fromordinal(found.toordinal() + 1)
            assert next_day.month != found.month

    check()


def test_the_window_check_warns_on_the_open_contribution_past_its_deadline(tmp_path, capsys, qtbot):
    from test_app import CONTRIBUTION, make_window

    from delegate_app.services.conference import contribution_uid

    db = tmp_path / "s.sqlite3"
    import_mod(capsys, tmp_path, db, "c", "shall continue", "shall", "--number=RCC/1/1", "--date=20 November 2029",
               "--meeting=WTDC-29", "--reasons=.")  # fmt: skip
    run(capsys, "conference", "set", "WTDC-29", "--body", "WTDC", "--opens", "2029-11-12", "--db", db)  # by its meeting
    window = make_window(qtbot, {"db": db, "ini": tmp_path / "settings.ini"})
    window.session.open(contribution_uid(window.db, 1))
    window.tabs.setCurrentIndex(CONTRIBUTION)
    rules = window.contribution.rules
    qtbot.waitUntil(lambda: "deadline-passed" in rules.rule_ids(), timeout=10000)
    (text,) = [t for t in rules.texts() if "deadline" in t]
    assert "2029-10-28" in text and "WTDC-29" in text
