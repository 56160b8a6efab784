"""The conference workflow from the command line, as a script or a secretary
runs it: a proposal's status to its final disposition, its action and base,
the rules check with stable rule ids, and bringing citations up to date so
that the Word export shows them as tracked changes."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, itu_text, pandoc_plain
from test_cli import cli, digest

STARTER = ROOT / "resources" / "starter"
KIGALI = STARTER / "wtdc-res59-kigali-2022.txt"
BAKU = STARTER / "wtdc-res59-baku-2025.txt"


def stored_mod(tmp_path, base=KIGALI, edit=("shall continue to cooperate", "shall cooperate"), **header):
    """A store holding one contribution: a MOD of ``base`` with one edit, made
    as a delegate makes it (redline, then import)."""
    proposed = tmp_path / "proposed.txt"
    proposed.write_text(base.read_text(encoding="utf-8").replace(*edit), encoding="utf-8")
    made, store = tmp_path / "made.docx", tmp_path / "s.sqlite3"
    options = {"number": "RCC/12/1", "document": "Document 12-E", "date": "1 May 2025", "source": "RCC"}
    options.update(header)
    args = [f"--{k}={v}" for k, v in options.items()]
    cli("redline", base, proposed, "-o", made, *args)
    cli("import", made, "--db", store)
    return store


def contribution(store):
    return json.loads(cli("show", "1", "--contribution", "--json", "--db", store).stdout)


def test_status_to_final_disposition(tmp_path):
    store = stored_mod(tmp_path)
    assert contribution(store)["proposals"][0]["status"] == "draft"
    for status in ("submitted", "adopted-modified", "not-adopted", "withdrawn", "noted", "adopted"):
        cli("set-status", "1", "RCC/12/1", status, "--note", f"COM4/{status}", "--date", "2025-10-01", "--db", store)
        proposal = contribution(store)["proposals"][0]
        assert (proposal["status"], proposal["status_note"], proposal["status_date"]) == (
            status,
            f"COM4/{status}",
            "2025-10-01",
        )
    before = digest(store)
    for wrong, message in (
        (["maybe-ish"], "invalid choice: 'maybe-ish'"),
        (["suppressed"], "only a SUP can be suppressed"),
    ):
        result = cli("set-status", "1", "RCC/12/1", *wrong, "--db", store, check=False)
        assert result.returncode == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1
    unknown = cli("set-status", "1", "RCC/12/9", "adopted", "--db", store, check=False)
    assert unknown.returncode == 2 and "no proposal 'RCC/12/9' (its proposals: RCC/12/1)" in unknown.stderr
    assert digest(store) == before
    cli("set-status", "1", "1", "submitted", "--db", store)  # by its place
    assert contribution(store)["proposals"][0]["status"] == "submitted"


def test_check_finds_outdated_references_placeholders_and_missing_reasons(tmp_path):
    """The MOD of WTDC 59 (Rev. Kigali, 2022) cites WTSA Resolution 18 (Rev.
    Geneva, 2022) while the library holds New Delhi 2024, is marked against
    Kigali while Baku 2025 is there, has a placeholder number and no Reasons."""
    store = stored_mod(tmp_path, number="ABC/?/1")
    result = cli("check", "1", "--db", store, check=False)
    assert result.returncode == 1
    findings = json.loads(cli("check", "1", "--json", "--db", store, check=False).stdout)
    rules = {f["rule"]: f for f in findings}
    assert set(rules) == {"outdated-reference", "base-not-latest", "number-placeholder", "reasons-missing"}
    assert all(f["proposal"] == "ABC/?/1" and f["message"] for f in findings)
    outdated = rules["outdated-reference"]["message"]
    assert "Resolution 18 (Rev. Geneva, 2022)" in outdated and "Resolution 18 (Rev. New Delhi, 2024)" in outdated
    assert "Rev. Baku, 2025" in rules["base-not-latest"]["message"]
    assert "outdated-reference" in result.stdout and "ABC/?/1" in result.stdout


def test_a_clean_contribution_passes_the_check(tmp_path):
    store = stored_mod(tmp_path, base=BAKU, edit=("shall continue", "shall still"), reasons="To be clearer.")
    cli("--db", store, "set-status", "1", "1", "submitted")
    result = cli("check", "1", "--db", store)
    assert result.returncode == 0 and "no problems found" in result.stdout
    assert json.loads(cli("check", "1", "--json", "--db", store).stdout) == []


def test_update_references_is_a_tracked_change_in_the_export(tmp_path):
    store = stored_mod(tmp_path)
    result = cli("update-references", "1", "--db", store)
    assert "recalling f): Resolution 18 (Rev. Geneva, 2022) -> Resolution 18 (Rev. New Delhi, 2024)" in result.stdout
    rules = {f["rule"] for f in json.loads(cli("check", "1", "--json", "--db", store, check=False).stdout)}
    assert "outdated-reference" not in rules
    assert "already" in cli("update-references", "1", "--db", store).stdout  # a second time: nothing to do
    out = tmp_path / "out.docx"
    cli("export", "docx", "1", "-o", out, "--db", store)
    accepted = pandoc_plain(out, "accept")
    rejected = pandoc_plain(out, "reject")
    assert "Resolution 18 (Rev. New Delhi, 2024) of WTSA" in accepted and "Geneva, 2022) of WTSA" not in accepted
    assert "Resolution 18 (Rev. Geneva, 2022) of WTSA" in rejected


def test_action_and_base_are_changed_with_care(tmp_path):
    store = stored_mod(tmp_path, reasons="Update.")
    listed = json.loads(cli("list", "--json", "--db", store).stdout)
    versions = {v["revision"] if v["number"] == "59" else v["number"]: v["id"] for v in listed}
    before = digest(store)
    refused = cli("set-action", "1", "1", "NOC", "--db", store, check=False)
    assert refused.returncode == 2 and "--yes" in refused.stderr and digest(store) == before
    cli("set-action", "1", "1", "(MOD)", "--db", store)
    assert contribution(store)["proposals"][0]["action"] == "(MOD)"
    written = tmp_path / "editorial.docx"  # an editorial MOD is written and read back as one
    cli("export", "docx", "1", "-o", written, "--db", store)
    (back,) = json.loads(cli("parse", written, "--json").stdout)["proposals"]
    assert back["action"] == "(MOD)" and back["base"]["revision"] == "Rev. Kigali, 2022"
    cli("set-action", "1", "1", "SUP", "--db", store)  # the text stays: the check says it is a MOD
    rules = {f["rule"] for f in json.loads(cli("check", "1", "--json", "--db", store, check=False).stdout)}
    assert "deletion-inside-provision-is-mod" in rules
    cli("set-action", "1", "1", "MOD", "--db", store)
    changed = cli("set-base", "1", "1", str(versions["Rev. Baku, 2025"]), "--db", store)
    assert "marked against WTDC Resolution 59 (Rev. Baku, 2025)" in changed.stdout and not changed.stderr
    back = cli("set-base", "1", "1", str(versions["Rev. Kigali, 2022"]), "--db", store)
    assert "warning: the library holds a later revision (Rev. Baku, 2025)" in back.stderr
    wrong = cli("set-base", "1", "1", str(versions["ITU-R 75"]), "--db", store, check=False)
    assert wrong.returncode == 2 and "acts on WTDC Resolution 59" in wrong.stderr
    cli("set-action", "1", "1", "NOC", "--yes", "--db", store)
    proposal = contribution(store)["proposals"][0]
    assert proposal["action"] == "NOC" and proposal["resolution"]["sections"] == []


@pytest.mark.parametrize("status", ["", "ADOPTED", "adopted modified"])
def test_status_values_are_exact(tmp_path, status):
    result = cli("set-status", "1", "1", status, "--db", tmp_path / "s.sqlite3", check=False)
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_a_status_set_while_another_program_holds_the_store_changes_nothing_and_says_so(tmp_path):
    """The command waits its turn (10 s), then says why in one line; the store is as it was,
    and the change goes through once the other program lets go."""
    from store_attacks import write_lock_held

    store = stored_mod(tmp_path)
    before = digest(store)
    with write_lock_held(store, seconds=30):
        result = cli("set-status", "1", "1", "adopted", "--db", store, check=False)
        assert cli("check", "1", "--db", store, check=False).returncode == 1  # reading goes on meanwhile
    assert result.returncode == 2 and "being used by another program" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and digest(store) == before
    cli("set-status", "1", "1", "adopted", "--db", store)
    assert contribution(store)["proposals"][0]["status"] == "adopted"


def test_what_the_tester_found_stays_fixed(tmp_path):
    """A comparison of the proposals on a text leaves out a MOD of another
    revision; a suppressed SUP is said, not silently dropped, in the text as
    amended; a MOD of a text the library lacks is a finding; a SUP made a MOD
    says its status went back."""
    store = stored_mod(tmp_path, reasons="Update.")
    listed = json.loads(cli("list", "--json", "--db", store).stdout)
    ids = {v["revision"]: v["id"] for v in listed if v["number"] == "59"}
    other = cli(
        "export",
        "xlsx",
        "--proposals-on",
        ids["Rev. Baku, 2025"],
        "-o",
        tmp_path / "x.xlsx",
        "--db",
        store,
        check=False,
    )
    assert other.returncode == 2
    assert "no stored proposal acts on WTDC Resolution 59 (Rev. Baku, 2025) (on another revision" in other.stderr
    cli("set-action", "1", "1", "SUP", "--db", store)
    cli("set-status", "1", "1", "suppressed", "--db", store)
    amended = cli(
        "export",
        "consolidated",
        ids["Rev. Kigali, 2022"],
        "-o",
        tmp_path / "c.docx",
        "--statuses",
        "suppressed",
        "--db",
        store,
    )
    assert "SUP RCC/12/1 suppresses the resolution" in amended.stderr
    assert "Not applied: SUP RCC/12/1 suppresses the resolution" in pandoc_plain(tmp_path / "c.docx")
    back = cli("set-action", "1", "1", "MOD", "--db", store)
    assert "its status, suppressed, is draft again" in back.stdout

    lone = tmp_path / "lone.sqlite3"  # C26/89 modifies PP 191 (Rev. Bucharest, 2022), which the library lacks
    cli("import", itu_text("council-c26-89-mod-res191-with-4-sector-compilation.txt"), "--db", lone)
    rules = {f["rule"]: f for f in json.loads(cli("check", "1", "--json", "--db", lone, check=False).stdout)}
    assert "PP Resolution 191 (REV. BUCHAREST, 2022), is not in the library" in rules["base-missing"]["message"]
