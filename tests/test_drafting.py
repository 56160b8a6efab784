"""Starting proposals, numbering them the ITU way, the rules check, and saving
drafts in the store."""

from __future__ import annotations

import copy

import pytest
import redline_cases as cases

from delegate_app.core.drafting import move, new_add, new_mod, new_title_only, renumber
from delegate_app.core.model import Contribution, ContributionHeader
from delegate_app.core.rules import check
from delegate_app.store import contributions as records
from delegate_app.store import library
from delegate_app.store.database import writing


def header(**kw):
    values = dict(
        document="Addendum 4 to Document 47-E",
        date="2 September 2026",
        original_language="English",
        source="RCC",
        title="PROPOSALS FOR THE WORK OF THE CONFERENCE",
    )
    values.update(kw)
    return ContributionHeader(**values)


def contribution():
    base = cases.wtdc59()
    mod = new_mod(base)
    mod.resolution = cases.wtdc59_proposed()
    mod.reasons = "Update."
    sup = new_title_only("SUP", cases.ra75())
    sup.reasons = "Covered by Resolution 191."
    add = new_add("WTDC")
    add.reasons = "A new subject."
    contrib = Contribution(header=header(), proposals=[mod, add, sup])
    renumber(contrib, "RCC")
    return contrib


def test_numbers_follow_the_order_and_renumber_on_move():
    contrib = contribution()
    assert [p.number for p in contrib.proposals] == ["RCC/47A4/1", "RCC/47A4/2", "RCC/47A4/3"]
    assert contrib.proposals[1].resolution.heading == "DRAFT NEW RESOLUTION [RCC-1]"
    move(contrib, 2, 0, "RCC")
    assert [(p.action, p.number) for p in contrib.proposals] == [
        ("SUP", "RCC/47A4/1"),
        ("MOD", "RCC/47A4/2"),
        ("ADD", "RCC/47A4/3"),
    ]


def test_document_without_addendum():
    contrib = Contribution(header=header(document="Document C26/89-E"), proposals=[new_add("PP")])
    renumber(contrib, "RUS")
    assert contrib.proposals[0].number == "RUS/C2689/1"


def test_a_clean_contribution_has_no_findings():
    assert check(contribution()) == []


def test_rules_warn():
    contrib = contribution()
    contrib.header.date = ""
    contrib.proposals[2].reasons = ""
    noc = new_title_only("NOC", cases.wtdc59())
    contrib.proposals.append(noc)
    bad_sup = new_title_only("SUP", cases.wtdc59())
    bad_sup.resolution = copy.deepcopy(cases.wtdc59())
    bad_sup.resolution.sections[0].provisions[0].text = "Resolution 123 of the Plenipotentiary Conference;"
    bad_sup.reasons, bad_sup.number = "Obsolete.", "RCC/47A4/9"
    contrib.proposals.append(bad_sup)
    unchanged = new_mod(cases.wtdc59())
    unchanged.number = "RCC/47A4/10"
    contrib.proposals.append(unchanged)
    messages = [(f.where, f.message) for f in check(contrib)]
    assert ("header", "The header does not give the date.") in messages
    assert ("SUP RCC/47A4/3", "The proposal gives no Reasons.") in messages
    assert ("NOC", "The proposal has no number.") in messages and ("NOC", "The proposal gives no Reasons.") in messages
    assert any(w == "SUP RCC/47A4/9" and "deleted inside paragraph" in m for w, m in messages)
    assert any(w == "MOD RCC/47A4/10" and "changes nothing" in m for w, m in messages)


def test_drafts_are_saved_record_by_record_and_read_back(db):
    contrib = contribution()
    with writing(db):
        cid = records.store_contribution(db, contrib, None)
    uids = [p.uid for p in contrib.proposals]
    assert contrib.uid and all(uids) and len(set(uids)) == 3
    contrib.proposals[0].resolution.sections[0].provisions[0].text = "edited"
    contrib.header.title = "NEW TITLE"
    with writing(db):  # only what changed: the front and one proposal
        records.write_front(db, records.front_row(contrib))
        records.write_proposal(db, contrib.uid, records.proposal_row(contrib.proposals[0]))
    back = library.get_contribution(db, cid)
    assert back.uid == contrib.uid and [p.uid for p in back.proposals] == uids
    assert back.header.title == "NEW TITLE"
    assert back.proposals[0].resolution.sections[0].provisions[0].text == "edited"
    assert back.proposals[0].base.to_dict() == cases.wtdc59().to_dict()
    assert [p.action for p in back.proposals] == ["MOD", "ADD", "SUP"]
    assert db.execute("SELECT count(*) FROM resolutions WHERE number LIKE '[%'").fetchone()[0] == 0
    with writing(db):
        records.write_order(db, contrib.uid, [uids[2], uids[0], uids[1]])
        records.delete_proposal(db, uids[0])
    assert [p.uid for p in records.load_contribution(db, contrib.uid).proposals] == [uids[2], uids[1]]
    with writing(db):
        records.delete_contribution(db, contrib.uid)
    assert library.get_contribution(db, cid) is None
    with pytest.raises(KeyError), writing(db):
        records.write_proposal(db, contrib.uid, records.proposal_row(contrib.proposals[1]))
