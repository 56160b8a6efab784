"""Many proposals on one resolution: the text as amended by the adopted ones
(competing changes reported, never merged), and the secretariat's compilation,
judged with pandoc and LibreOffice."""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, judged_by_libreoffice, libreoffice_revisions, pandoc_plain
from test_cli import cli

from delegate_app.core.consolidate import consolidate, spread
from delegate_app.core.drafting import new_mod
from delegate_app.core.model import Provision
from delegate_app.formats.reader import read_file

STARTER = ROOT / "resources" / "starter"
KIGALI = STARTER / "wtdc-res59-kigali-2022.txt"
FINAL_ACTS = ROOT.parent / "shared" / "fixtures" / "pp18-final-acts"


def _texts():
    paths = sorted(STARTER.glob("*.txt")) + sorted(FINAL_ACTS.glob("pp18-res*.txt"))[:20]
    return [pytest.param(p, id=p.stem) for p in paths]


@pytest.mark.parametrize("path", _texts())
def test_a_text_amended_by_nothing_is_itself(path):
    """Every paragraph, label, footnote and annex survives being taken apart and put together."""
    base = read_file(path).document
    assert consolidate(base, []).text.to_dict() == base.to_dict()


def _mod(base, edit):
    proposal = new_mod(base)
    edit(proposal.resolution)
    return proposal


def test_adopted_changes_apply_together_and_competing_ones_are_reported():
    base = read_file(KIGALI).document
    recalling = 0
    resolves = next(i for i, s in enumerate(base.sections) if s.call == "resolves")

    def cite_new_delhi(res):
        item = res.sections[recalling].provisions[5]
        item.text = item.text.replace("Geneva, 2022", "New Delhi, 2024")

    def cite_other(res):
        res.sections[recalling].provisions[5].text = "Resolution 18 of WTSA, as revised."

    def add_item(res):
        res.sections[resolves].provisions.insert(1, Provision("", "to report to the next conference,"))

    a, b, c = _mod(base, cite_new_delhi), _mod(base, add_item), _mod(base, cite_other)
    together = consolidate(base, [a, b, copy.deepcopy(a)])
    assert together.applied == [0, 1, 2] and together.clashes == []
    amended = together.text
    assert "New Delhi, 2024" in amended.sections[recalling].provisions[5].text
    assert [p.text for p in amended.sections[resolves].provisions][1] == "to report to the next conference,"
    assert len(amended.sections[resolves].provisions) == len(base.sections[resolves].provisions) + 1

    competing = consolidate(base, [a, b, c])
    (clash,) = competing.clashes
    assert clash.where == "recalling f)" and clash.proposals == (0, 2) and competing.applied == [1]
    assert competing.text.sections[recalling].provisions[5].text == base.sections[recalling].provisions[5].text

    laid = spread(base, [a, b, c])
    assert laid.by_path()["recalling f)"] == [0, 2]
    assert any(path.startswith("resolves") and found == [1] for path, found in laid.by_path().items())


def _store_with_three_mods(tmp_path):
    """Three contributions, each a MOD of WTDC 59 (Rev. Kigali, 2022) as a delegate makes it."""
    text = KIGALI.read_text(encoding="utf-8")
    edits = {
        "ARB": ("(Rev.\u00a0Geneva, 2022) of WTSA", "(Rev.\u00a0New Delhi, 2024) of WTSA"),
        "RCC": ("shall continue to cooperate", "shall cooperate"),
        "CEPT": ("of WTSA, on principles", "of WTSA, on the principles"),
    }
    store = tmp_path / "s.sqlite3"
    for n, (source, (old, new)) in enumerate(edits.items(), 1):
        assert old.replace("\u00a0", " ") in text.replace("\u00a0", " "), old
        proposed = tmp_path / f"{source}.txt"
        proposed.write_text(text.replace(old, new).replace(old.replace("\u00a0", " "), new), encoding="utf-8")
        made = tmp_path / f"{source}.docx"
        cli("redline", KIGALI, proposed, "-o", made, f"--number={source}/{n}/1", f"--source={source}", "--reasons=.")
        cli("import", made, "--db", store)
    versions = json.loads(cli("list", "--json", "--db", store).stdout)
    kigali = next(v["id"] for v in versions if v["revision"] == "Rev. Kigali, 2022")
    return store, kigali


def test_export_consolidated_applies_the_adopted_and_reports_the_competing(tmp_path):
    store, kigali = _store_with_three_mods(tmp_path)
    cli("set-status", "1", "1", "adopted", "--db", store)
    cli("set-status", "2", "1", "adopted-modified", "--db", store)
    cli("set-status", "3", "1", "not-adopted", "--db", store)
    clean, marked = tmp_path / "clean.docx", tmp_path / "marked.docx"
    result = cli("export", "consolidated", kigali, "-o", clean, "--db", store)
    assert "2 proposal(s) applied" in result.stdout and not result.stderr
    text = pandoc_plain(clean)
    assert "Resolution 18 (Rev. New Delhi, 2024) of WTSA" in text and "shall cooperate actively" in text
    assert "on the principles" not in text  # not adopted
    cli("export", "consolidated", kigali, "-o", marked, "--marks", "--db", store)
    accepted, rejected = pandoc_plain(marked, "accept"), pandoc_plain(marked, "reject")
    assert accepted.split("RESOLUTION 59", 1)[1] == text.split("RESOLUTION 59", 1)[1]
    assert "Rev. Geneva, 2022) of WTSA" in rejected and "shall continue to cooperate" in rejected
    assert b"<w:ins " in zipfile.ZipFile(marked).read("word/document.xml")
    # all three: two of them change recalling f) differently, so neither does
    both = cli(
        "export",
        "consolidated",
        kigali,
        "-o",
        clean,
        "--statuses",
        "adopted,adopted-modified,not-adopted",
        "--db",
        store,
    )
    assert both.returncode == 0
    assert "warning: MOD ARB/1/1 and MOD CEPT/3/1 change recalling f) differently: neither is applied" in both.stderr
    assert "Rev. Geneva, 2022) of WTSA, on principles" in pandoc_plain(clean)
    wrong = cli(
        "export", "consolidated", kigali, "-o", clean, "--statuses", "adopted,maybe", "--db", store, check=False
    )
    assert wrong.returncode == 2 and "maybe" in wrong.stderr


@judged_by_libreoffice
def test_libreoffice_accepts_the_amended_text_and_rejects_to_the_text_in_force(tmp_path):
    store, kigali = _store_with_three_mods(tmp_path)
    for contribution in ("1", "2"):
        cli("set-status", contribution, "1", "adopted", "--db", store)
    marked = tmp_path / "marked.docx"
    cli("export", "consolidated", kigali, "-o", marked, "--marks", "--db", store)
    accepted, rejected = (
        " ".join(libreoffice_revisions(marked, mode, tmp_path)["paragraphs"]).replace("\u00a0", " ")
        for mode in ("accept", "reject")
    )
    assert "New Delhi, 2024) of WTSA" in accepted and "shall cooperate actively" in accepted
    assert "Geneva, 2022) of WTSA" in rejected and "shall continue to cooperate actively" in rejected


def test_export_compilation_lists_every_proposal_under_what_it_touches(tmp_path):
    store, kigali = _store_with_three_mods(tmp_path)
    cli("set-status", "2", "1", "submitted", "--db", store)
    out = tmp_path / "compilation.docx"
    result = cli("export", "compilation", kigali, "-o", out, "--db", store)
    assert "3 proposal(s)" in result.stdout
    text = pandoc_plain(out)
    f_item = text.index("f) Resolution 18 (Rev. Geneva, 2022) of WTSA")
    arb, cept = text.index("MOD ARB/1/1 (ARB) — Draft", f_item), text.index("MOD CEPT/3/1 (CEPT) — Draft", f_item)
    assert f_item < arb < text.index("– OR –", arb) < cept
    assert text.index("MOD RCC/2/1 (RCC) — Submitted", f_item) > cept  # under resolves, later in the text
    assert b"<w:ins " not in zipfile.ZipFile(out).read("word/document.xml")  # marks as formatting, never to accept
    empty = cli("export", "compilation", "1", "-o", tmp_path / "none.docx", "--db", store, check=False)
    assert empty.returncode == 2 and "no stored proposal acts on" in empty.stderr
    assert not Path(tmp_path / "none.docx").exists()


def test_competing_messages_group_alike_changes():
    from delegate_app.formats.docx_reports import ProposalLabel
    from delegate_app.services.amending import clash_line

    base = read_file(KIGALI).document

    def edit(words):
        def change(res):
            res.sections[0].provisions[5].text = words

        return change

    a, b, c = _mod(base, edit("one way")), _mod(base, edit("another way")), _mod(base, edit("one way"))
    (clash,) = consolidate(base, [a, b, c]).clashes
    assert clash.groups == ((0, 2), (1,))
    labels = [ProposalLabel("MOD", f"X/{n}/1", "X", "Adopted") for n in range(3)]
    assert clash_line(clash, labels) == (
        "MOD X/0/1 and MOD X/2/1 (alike) and MOD X/1/1 change recalling f) differently: neither is applied"
    )
