"""An agenda item's identity follows from what it is (docs/team.md, What
travels): its conference, day, meeting, text and place among identical ones.
Two colleagues who each import the workbook the coordinator circulates, or
whose stores of schema 13 held the same agenda, record one record: after an
exchange each board lists every item once, with no conflict. An item's
``order`` is its place among its day's items. ``agenda list`` prints the id
and ``agenda remove`` takes it or a prefix, as before."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from test_cli import cli
from test_exchange import conflicts, send, take

from delegate_app.services.library import open_store
from delegate_app.store import exchange_conference as held

ROWS = [
    ("2026-11-10", "COM5", "Resolution 59: coordination among the Sectors", "47"),
    ("2026-11-10", "Plenary", "Approval of the minutes", ""),
    ("2026-11-11", "Plenary", "Approval of the minutes", ""),
    ("2026-11-11", "Plenary", "Approval of the minutes", ""),  # a second, identical: its own item
]


def workbook(tmp_path, rows=ROWS):
    sheet = tmp_path / "agenda.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Date", "Meeting", "Agenda item", "Documents"])
    for row in rows:
        ws.append(list(row))
    wb.save(sheet)
    return sheet


def listed(store):
    return json.loads(cli("agenda", "list", "PP-26", "--json", "--db", store).stdout)


def items(store):
    return sorted((i["uid"], i["day"], i["meeting"], i["item"], i["documents"]) for i in listed(store))


def orders(store):
    db = open_store(store)
    try:
        return {g: f["order"] for g, f in held.current(db) if g.startswith("agenda:")}
    finally:
        db.close()


def test_two_colleagues_importing_one_workbook_record_each_item_once(tmp_path):
    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    sheet = workbook(tmp_path)
    for store in (alice, bob):
        cli("conference", "set", "PP-26", "--body", "PP", "--db", store)
        assert "4 agenda item(s) added" in cli("agenda", "import", "PP-26", sheet, "--db", store).stdout
    assert items(alice) == items(bob) and len(items(alice)) == 4
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    take(send(tmp_path, "b1", bob, "alice", "Bob"), alice)
    take(send(tmp_path, "a2", alice, "bob", "Alice"), bob)
    assert items(alice) == items(bob) and len(items(bob)) == 4
    assert conflicts(alice) == conflicts(bob) == []
    board = cli("board", "PP-26", "--db", bob).stdout
    assert board.count("Approval of the minutes") == 3
    assert sorted(orders(alice).values()) == ["1", "1", "2", "2"]  # each day's items from 1
    # the id is still what agenda list prints and agenda remove takes (a prefix of 8 does)
    uid = next(i[0] for i in items(alice) if i[2] == "COM5")
    assert uid in cli("agenda", "list", "PP-26", "--db", alice).stdout
    cli("agenda", "remove", "PP-26", uid[:8], "--db", alice)
    take(send(tmp_path, "a3", alice, "bob", "Alice"), bob)
    assert items(alice) == items(bob) and len(items(bob)) == 3


def test_an_item_s_order_is_its_place_among_its_day_s(tmp_path):
    store = tmp_path / "s.sqlite3"
    cli("conference", "set", "PP-26", "--body", "PP", "--db", store)
    for day, item in (("2026-11-10", "A"), ("2026-11-11", "B"), ("2026-11-10", "C"), ("2026-11-11", "D")):
        cli("agenda", "add", "PP-26", "--day", day, "--item", item, "--db", store)
    by_item = {i["item"]: i["uid"] for i in listed(store)}
    found = orders(store)
    assert {k: found[f"agenda:{u}"] for k, u in by_item.items()} == {"A": "1", "B": "1", "C": "2", "D": "2"}


def test_two_stores_upgraded_from_schema_13_with_one_agenda_exchange_it_once(tmp_path):
    from conftest import store_at_schema

    stores = []
    for name in ("alice", "bob"):
        path = tmp_path / f"{name}.sqlite3"
        with store_at_schema(path, 13) as conn:
            conn.execute("INSERT INTO conferences (id, name, body, updated) VALUES (1, 'PP-26', 'PP', 'n')")
            for n, (day, meeting, item, docs) in enumerate(ROWS, 1):
                conn.execute(
                    "INSERT INTO agenda (conference_id, day, meeting, item, documents, seq) VALUES (1, ?, ?, ?, ?, ?)",
                    [day, meeting, item, docs, n],
                )
        stores.append(path)
    alice, bob = stores
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    take(send(tmp_path, "b1", bob, "alice", "Bob"), alice)
    assert items(alice) == items(bob) and len(items(alice)) == 4
    assert all(len(i[0]) == 32 for i in items(alice))


@settings(max_examples=12, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["2026-11-10", "2026-11-11"]), st.sampled_from(["", "COM5"]), st.sampled_from("ab")),
        min_size=1,
        max_size=5,
    ),
    st.randoms(use_true_random=False),
)
def test_one_agenda_recorded_in_any_order_of_rows_gets_the_same_ids(rows, random):
    """Whatever the order two colleagues type the same items in, and however many are
    identical, their stores give the same set of ids (what they are, and how many)."""
    from delegate_app.store.conferences import AgendaRow, add_agenda, agenda

    found = []
    for order in (rows, random.sample(rows, len(rows))):
        db = open_store(":memory:")
        try:
            db.execute("INSERT INTO conferences (id, name, body, updated) VALUES (1, 'PP-26', 'PP', 'n')")
            for day, meeting, item in order:
                add_agenda(db, 1, [AgendaRow(day, meeting, item, "")])
            found.append(sorted((r.uid, r.day, r.meeting, r.item) for r in agenda(db, 1)))
        finally:
            db.close()
    assert found[0] == found[1] and len({u for u, *_ in found[0]}) == len(rows)
