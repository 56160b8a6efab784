"""Each rule of the ITU check, by its id: it finds what it is about on a real
text, and says nothing once the delegate has mended it. A rule removed, or one
that fires on a clean proposal, fails its own test; a rule added without a test
fails the last one."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest
from conftest import ROOT

from delegate_app.core.model import Contribution, ContributionHeader, Proposal
from delegate_app.core.rules import MESSAGES, check
from delegate_app.formats.reader import read_file

STARTER = ROOT / "resources" / "starter"
KIGALI = read_file(STARTER / "wtdc-res59-kigali-2022.txt").document
BAKU = read_file(STARTER / "wtdc-res59-baku-2025.txt").document
HEADER = ContributionHeader(
    meeting="WTDC-25",
    document="Addendum 2 to Document 12-E",
    date="1 October 2025",
    original_language="English",
    source="RCC Member States",
    title="PROPOSALS FOR THE WORK OF THE CONFERENCE",
)


def edited(res, old: str, new: str):
    """``res`` with the first provision holding ``old`` reworded."""
    res = copy.deepcopy(res)
    for section in res.sections:
        for prov in section.provisions:
            if old in prov.text:
                prov.text = prov.text.replace(old, new, 1)
                return res
    raise AssertionError(old)


def clean_mod(number: str = "RCC/12A2/1") -> Proposal:
    return Proposal(
        "MOD", number, resolution=edited(BAKU, "shall continue", "shall still"), reasons="Clearer.", base=BAKU
    )


def newest(body: str, number: str, language: str):
    """What the library holds: the starter's newest revisions."""
    known = {("WTDC", "59"): ("Rev. Baku, 2025", 2025), ("WTSA", "18"): ("Rev. New Delhi, 2024", 2024)}
    return known.get((body, number))


def rules_of(*proposals: Proposal, header: ContributionHeader = HEADER) -> list[str]:
    return [f.rule for f in check(Contribution(header=header, proposals=list(proposals)), newest)]


def test_a_clean_contribution_has_no_finding():
    assert rules_of(clean_mod(), clean_mod("RCC/12A2/2")) == []


def test_rule_header_incomplete():
    header = dataclasses.replace(HEADER, source=" ", date="")
    findings = check(Contribution(header=header, proposals=[clean_mod()]), newest)
    assert [(f.rule, f.values) for f in findings] == [
        ("header-incomplete", ("date",)),
        ("header-incomplete", ("source",)),
    ]
    assert "source" in findings[1].message


def test_rule_document_unreadable():
    """A document number in any form ITU writes is read (and numbers the
    proposals); one in no such form is named, with the forms wanted."""
    for document in ("Document WTDC-29/42-E", "Addendum 2 au Document 25-F", "文件 25(Add.2)-C", "PP26/25(Add.2)-E"):
        header = dataclasses.replace(HEADER, document=document)
        assert check(Contribution(header=header, proposals=[clean_mod()]), newest) == [], document
    header = dataclasses.replace(HEADER, document="the second addendum")
    findings = check(Contribution(header=header, proposals=[clean_mod()]), newest)
    assert [(f.rule, f.values) for f in findings] == [("document-unreadable", ("the second addendum",))]
    assert "Addendum 2 to Document 25-E" in findings[0].message


def test_rule_no_proposals():
    assert rules_of() == ["no-proposals"]


def test_rule_duplicate_number():
    unnumbered = dataclasses.replace(clean_mod(), number="")
    findings = check(Contribution(header=HEADER, proposals=[unnumbered, clean_mod(), clean_mod()]), newest)
    dup = [f for f in findings if f.rule == "duplicate-number"]
    assert [(f.values, f.index) for f in dup] == [(("RCC/12A2/1",), 1)]  # once, at the first proposal using it
    assert rules_of(clean_mod(), clean_mod("RCC/12A2/2")) == []


def test_rule_mod_and_noc_of_one_resolution():
    """A NOC keeps a resolution as it is: a MOD of it in the same contribution
    contradicts it (said at the NOC); a NOC of another resolution does not."""
    from delegate_app.core.drafting import new_title_only

    noc = dataclasses.replace(new_title_only("NOC", KIGALI), number="RCC/12A2/2", reasons="Still right.")
    findings = check(Contribution(header=HEADER, proposals=[clean_mod(), noc]), newest)
    assert [(f.rule, f.index, f.values) for f in findings] == [
        ("mod-and-noc-of-one-resolution", 1, ("WTDC Resolution 59", "MOD RCC/12A2/1", "NOC RCC/12A2/2"))
    ]
    assert "both modified (MOD RCC/12A2/1) and kept unchanged (NOC RCC/12A2/2)" in findings[0].message
    other = dataclasses.replace(noc, resolution=dataclasses.replace(noc.resolution, body="WTSA", number="18"))
    assert rules_of(clean_mod(), other) == []


def test_rule_number_missing():
    assert rules_of(clean_mod("")) == ["number-missing"]


@pytest.mark.parametrize("number", ["ABC/?/1", "ABC/12/1", "RCC/?/3"])
def test_rule_number_placeholder(number):
    assert rules_of(clean_mod(number)) == ["number-placeholder"]


def test_rule_reasons_missing():
    assert rules_of(dataclasses.replace(clean_mod(), reasons=" \n")) == ["reasons-missing"]


def test_rule_resolution_missing():
    assert rules_of(Proposal("MOD", "RCC/12A2/1", reasons="Why.")) == ["resolution-missing"]


def test_rule_deletion_inside_provision_is_mod():
    sup = Proposal("SUP", "RCC/12A2/1", resolution=edited(BAKU, "shall continue", "shall"), reasons="Why.", base=BAKU)
    findings = check(Contribution(header=HEADER, proposals=[sup]), newest)
    assert [f.rule for f in findings] == ["deletion-inside-provision-is-mod"]
    assert findings[0].find
    whole = Proposal("SUP", "RCC/12A2/1", resolution=BAKU, reasons="Why.", base=BAKU)
    assert rules_of(whole) == []


def test_rule_mod_changes_nothing():
    assert rules_of(Proposal("MOD", "RCC/12A2/1", resolution=BAKU, reasons="Why.", base=BAKU)) == [
        "mod-changes-nothing"
    ]


def test_rule_add_changes_existing_text():
    add = Proposal("ADD", "RCC/12A2/1", resolution=edited(BAKU, "shall continue", "shall still"), reasons="Why.")
    assert rules_of(add) == []  # new text, nothing to compare with
    add.base = BAKU
    assert rules_of(add) == ["add-changes-existing-text"]


def test_rule_outdated_reference():
    kigali_text = edited(BAKU, "shall continue", "shall still")
    cites = next(p for s in KIGALI.sections for p in s.provisions if "Geneva, 2022) of WTSA," in p.text)
    assert "Geneva, 2022" in cites.text
    kigali_text.sections[-1].provisions.append(copy.deepcopy(cites))
    findings = check(
        Contribution(header=HEADER, proposals=[dataclasses.replace(clean_mod(), resolution=kigali_text)]), newest
    )
    outdated = [f for f in findings if f.rule == "outdated-reference"]
    assert outdated and "New Delhi, 2024" in outdated[0].message and outdated[0].find


def test_rule_base_not_latest():
    mod = Proposal(
        "MOD", "RCC/12A2/1", resolution=edited(KIGALI, "shall continue", "shall still"), reasons="Why.", base=KIGALI
    )
    found = [f for f in check(Contribution(header=HEADER, proposals=[mod]), newest) if f.rule == "base-not-latest"]
    assert len(found) == 1 and "Rev. Baku, 2025" in found[0].message
    assert "base-not-latest" not in rules_of(clean_mod())


def test_rule_base_missing():
    mod = dataclasses.replace(clean_mod(), base=None)
    assert rules_of(mod) == ["base-missing"]
    assert "base-missing" not in [f.rule for f in check(Contribution(header=HEADER, proposals=[mod]))]  # no library


def test_rule_deadline_passed():
    """WTDC-25 opened on 17 November 2025: contributions were due by 2 November (Resolution 165)."""
    from datetime import date

    from delegate_app.core.conference import Conference

    wtdc = Conference("WTDC-25", "WTDC", "2025-11-17")
    late = dataclasses.replace(HEADER, date="3 November 2025")
    found = check(Contribution(header=late, proposals=[clean_mod()]), newest, wtdc, date(2025, 10, 1))
    assert [f.rule for f in found] == ["deadline-passed"] and "2025-11-02" in found[0].message
    assert check(Contribution(header=HEADER, proposals=[clean_mod()]), newest, wtdc, date(2025, 10, 1)) == []


def test_rule_page_limit():
    from delegate_app.core.conference import Conference

    council = Conference("Council 2026", "Council", deadline="2026-12-01")
    long = edited(BAKU, "shall continue", "shall still " + "and more words " * 1200)
    proposal = dataclasses.replace(clean_mod(), resolution=long)
    found = check(Contribution(header=HEADER, proposals=[proposal]), newest, council)
    assert [f.rule for f in found] == ["page-limit"] and "at most 4" in found[0].message
    assert check(Contribution(header=HEADER, proposals=[clean_mod()]), newest, council) == []


def test_every_rule_has_a_test_of_its_own():
    names = Path(__file__).read_text(encoding="utf-8")
    missing = [rule for rule in MESSAGES if f"def test_rule_{rule.replace('-', '_')}(" not in names]
    assert not missing, missing
