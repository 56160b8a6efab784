"""Positions from the command line, sent out as a workbook, edited by a
colleague in a spreadsheet program (openpyxl here, as Excel or LibreOffice
would save it), taken back row by row; the delegation brief rendered by
LibreOffice; and positions on nested and unlabelled provisions in the
comparison workbook."""

from __future__ import annotations

import json

import pytest
from conftest import HAS_UNO, ROOT, libreoffice_convert, pandoc_plain
from openpyxl import load_workbook
from test_cli import cli, digest

STARTER = ROOT / "resources" / "starter"


def versions(store):
    listed = json.loads(cli("list", "--json", "--db", store).stdout)
    return {(v["body"], v["number"], v["revision"]): v["id"] for v in listed}


@pytest.fixture
def store(tmp_path):
    """A store with positions on a whole text, a nested item and an unlabelled paragraph."""
    path = tmp_path / "s.sqlite3"
    cli("list", "--db", path)  # the starter library
    ids = versions(path)
    wtsa, baku = ids[("WTSA", "18", "Rev. New Delhi, 2024")], ids[("WTDC", "59", "Rev. Baku, 2025")]
    set_ = ["positions", "set", "--db", path]
    cli(*set_, wtsa, "--provision", "resolves 2 ii)", "--stance", "oppose", "--priority", "high",
        "--rationale", "Too broad", "--talking-points", "First point\nSecond point", "--owner", "A. Delegate",
        "--region", "CEPT=support", "--region", "APT=oppose")  # fmt: skip
    cli(*set_, wtsa, "--provision", "noting ¶1", "--stance", "support")
    cli(*set_, baku, "--stance", "support with changes", "--priority", "high", "--region", "RCC=support")
    return path


def positions(store):
    return {
        (p["body"], p["number"], p["provision"]): p
        for p in json.loads(cli("positions", "list", "--json", "--db", store).stdout)
    }


def test_positions_are_set_and_listed_from_the_command_line(store):
    found = positions(store)
    nested = found[("WTSA", "18", "resolves 2 ii)")]
    assert (nested["stance"], nested["priority"], nested["rationale"], nested["owner"]) == (
        "oppose",
        "high",
        "Too broad",
        "A. Delegate",
    )
    assert (
        nested["regions"] == {"APT": "oppose", "CEPT": "support"}
        and nested["talking_points"] == "First point\nSecond point"
    )
    assert nested["id"] and nested["updated"] and nested["resolution"] == "WTSA Resolution 18"
    wtsa = versions(store)[("WTSA", "18", "Rev. New Delhi, 2024")]
    cli("positions", "set", wtsa, "--provision", "resolves 2 ii)", "--stance", "neutral", "--db", store)
    again = positions(store)[("WTSA", "18", "resolves 2 ii)")]
    assert (again["stance"], again["priority"], again["rationale"], again["id"]) == (
        "neutral",
        "high",
        "Too broad",
        nested["id"],
    )
    before = digest(store)
    for args, message in (
        (["--provision", "resolves 9 z)", "--stance", "oppose"], "the text has no provision 'resolves 9 z)'"),
        (["--stance", "maybe-ish"], "invalid choice: 'maybe-ish'"),
        (["--stance", "oppose", "--region", "XYZ=oppose"], "'XYZ=oppose'"),
        (["--stance", "oppose", "--region", "CEPT=perhaps"], "'CEPT=perhaps'"),
    ):
        result = cli("positions", "set", wtsa, *args, "--db", store, check=False)
        assert result.returncode == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1
    assert digest(store) == before


def test_the_workbook_round_trip_applies_edits_and_reports_each_row(store, tmp_path):
    out = tmp_path / "positions.xlsx"
    cli("export", "positions", "-o", out, "--db", store, "--language", "fr")
    book = load_workbook(out)
    sheet = book.active
    head = [c.value for c in sheet[1]]
    column = {h: n for n, h in enumerate(head, 1)}
    assert head[:6] == ["Organe", "Numéro", "Révision", "Titre", "Disposition", "Position"]
    assert sheet.freeze_panes == "F2" and sheet.auto_filter.ref and sheet.print_title_rows
    assert sheet.column_dimensions["R"].hidden and sheet.column_dimensions["S"].hidden  # key, version
    lists = {str(v.sqref).split(":")[0][0]: v.formula1 for v in sheet.data_validations.dataValidation}
    # stance, priority, CEPT: the lists in the sheet's language (values typed in any of the six are read)
    assert "opposition" in lists["F"] and "haute" in lists["G"] and "appui" in lists["L"]
    rows = {
        (sheet.cell(r, 1).value, sheet.cell(r, 2).value, sheet.cell(r, 5).value or ""): r
        for r in range(2, sheet.max_row + 1)
    }
    assert {("WTSA", "18", "resolves 2 ii)"), ("WTSA", "18", "noting ¶1"), ("PP", "191", "")} <= set(rows)

    # a colleague: one stance changed, one row added, one invalid value, one key tampered with
    sheet.cell(rows[("WTSA", "18", "noting ¶1")], column["Position"]).value = "oppose"
    sheet.cell(rows[("PP", "191", "")], column["Position"]).value = "maybe-ish"
    key = sheet.cell(rows[("WTDC", "59", "")], column["Clé"])
    key.value = key.value[:-1] + ("0" if key.value[-1] != "0" else "1")
    sheet.cell(rows[("WTDC", "59", "")], column["Justification"]).value = "edited"
    added = sheet.max_row + 1
    for name, value in {
        "Organe": "WTSA",
        "Numéro": "18",
        "Disposition": "resolves 2 i)",
        "Position": "neutral",
        "CEPT": "opposition",
    }.items():
        sheet.cell(added, column[name]).value = value
    edited = tmp_path / "edited.xlsx"
    book.save(edited)

    before = digest(store)
    dry = cli("import", "positions", edited, "--dry-run", "--db", store).stdout
    assert digest(store) == before and "dry run, nothing changed" in dry
    report = cli("import", "positions", edited, "--db", store).stdout
    lines = {line.split(":")[0]: line for line in report.splitlines() if line.startswith("row ")}
    assert (
        "updated   WTSA 18 noting ¶1: stance 'support' -> 'oppose'" in lines[f"row {rows[('WTSA', '18', 'noting ¶1')]}"]
    )
    assert "rejected  PP 191 (whole resolution): 'maybe-ish' is not a stance" in lines[f"row {rows[('PP', '191', '')]}"]
    assert (
        "rejected  WTDC 59 (whole resolution): its hidden key does not match"
        in lines[f"row {rows[('WTDC', '59', '')]}"]
    )
    assert "added     WTSA 18 resolves 2 i): neutral" in lines[f"row {added}"]
    assert "unchanged WTSA 18 resolves 2 ii)" in lines[f"row {rows[('WTSA', '18', 'resolves 2 ii)')]}"]
    found = positions(store)
    assert found[("WTSA", "18", "noting ¶1")]["stance"] == "oppose"
    assert found[("WTSA", "18", "resolves 2 i)")]["regions"] == {"CEPT": "oppose"}
    assert found[("WTDC", "59", "")]["rationale"] == "" and ("PP", "191", "") not in found
    assert "1 updated, 1 added" in report and "2 rejected" in report


def test_a_position_changed_in_the_library_since_the_export_is_a_conflict(store, tmp_path):
    out = tmp_path / "positions.xlsx"
    cli("export", "positions", "-o", out, "--db", store)
    wtsa = versions(store)[("WTSA", "18", "Rev. New Delhi, 2024")]
    cli("positions", "set", wtsa, "--provision", "resolves 2 ii)", "--stance", "undecided", "--db", store)
    book = load_workbook(out)
    sheet = book.active
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 5).value == "resolves 2 ii)")
    sheet.cell(row, 6).value = "support"
    book.save(out)
    report = cli("import", "positions", out, "--db", store).stdout
    assert f"row {row}: conflict  WTSA 18 resolves 2 ii): changed in the library since the export" in report
    assert "stance: library 'undecided', sheet 'support'" in report
    assert positions(store)[("WTSA", "18", "resolves 2 ii)")]["stance"] == "undecided"  # not overwritten


@pytest.mark.parametrize(
    "content, message",
    [
        (b"PK\x03\x04 broken", "damaged"),
        (b"not a workbook at all", "not an Excel file"),
    ],
)
def test_a_bad_workbook_is_refused_in_one_line_and_changes_nothing(store, tmp_path, content, message):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    before = digest(store)
    result = cli("import", "positions", bad, "--db", store, check=False)
    assert result.returncode == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1
    assert digest(store) == before


def test_a_workbook_that_is_not_a_positions_sheet_is_refused(store, tmp_path):
    other = tmp_path / "comparison.xlsx"
    cli("compare", STARTER / "wtdc-res59-kigali-2022.txt", STARTER / "wtdc-res59-baku-2025.txt", "-o", other)
    result = cli("import", "positions", other, "--db", store, check=False)
    assert result.returncode == 2 and "not a positions workbook" in result.stderr


def test_every_provision_path_in_the_comparison_sheet_is_the_stores(store, tmp_path):
    """Positions on "resolves 2 ii)" (nested) and "noting ¶1" (unlabelled) are in
    the Position column on their own rows; regional stances in the Positions sheet."""
    out = tmp_path / "cmp.xlsx"
    wtsa = versions(store)[("WTSA", "18", "Rev. New Delhi, 2024")]
    cli("export", "xlsx", "--sisters-of", wtsa, "-o", out, "--db", store)
    sheet = load_workbook(out)["Comparison"]
    head = [c.value for c in sheet[1]]
    position = head.index("Position") + 1
    shown = {}
    for r in range(2, sheet.max_row + 1):
        value = sheet.cell(r, position).value
        if value:
            shown[(sheet.cell(r, 1).value, sheet.cell(r, 2).value)] = value
    assert shown[("resolves", "ii)")].startswith("oppose (high)")
    assert shown[("noting", None)].startswith("support")
    regions = load_workbook(out)["Positions"]
    heads = [c.value for c in regions[1]]
    wtdc = next(r for r in regions.iter_rows(min_row=2, values_only=True) if "WTDC" in str(r[0]))
    assert wtdc[heads.index("RCC")] == "support"


@pytest.mark.skipif(not HAS_UNO, reason="LibreOffice is installed by the test command")
def test_the_brief_is_the_head_of_delegations_book(store, tmp_path):
    brief = tmp_path / "brief.docx"
    result = cli("export", "brief", "-o", brief, "--db", store, "--language", "fr")
    assert "2 resolution(s)" in result.stdout
    text = pandoc_plain(brief)
    assert text.index("Dossier de la délégation") < text.index("Table des matières")
    # its heading, after the contents, named in the brief's language (the revision as the text has it)
    first = text.rindex("Résolution 59 de la CMDT (Rev. Baku, 2025)")
    second = text.rindex("Résolution 18 de l'AMNT (Rev. New Delhi, 2024)")
    assert first < second  # priority, then name
    assert "appui avec modifications (haute)" in text and "resolves 2 ii): opposition (haute) — Too broad" in text
    assert "First point" in text and "Groupes régionaux" in text
    libreoffice_convert(brief, "pdf")
    from pdfminer.high_level import extract_text

    pages = extract_text(tmp_path / "brief.pdf").split("\f")
    assert "Table des matières" in pages[0] and "Résolution 59 de la CMDT" in pages[0]
    assert "Résolution 18 de l'AMNT" in pages[1].split("Priorité")[0]  # the next resolution starts a page
    high = cli("export", "brief", "-o", brief, "--db", store, "--min-priority", "high").stdout
    assert "2 resolution(s)" in high
    none = cli("export", "brief", "-o", tmp_path / "none.docx", "--db", store, "--body", "PP", check=False)
    assert none.returncode == 2 and "no position is recorded on a PP resolution" in none.stderr


def _exported(store, tmp_path, name="out.xlsx"):
    out = tmp_path / name
    cli("export", "positions", "-o", out, "--db", store)
    book = load_workbook(out)
    sheet = book.active
    rows = {
        (sheet.cell(r, 1).value, sheet.cell(r, 2).value, sheet.cell(r, 5).value or ""): r
        for r in range(2, sheet.max_row + 1)
    }
    return out, book, sheet, rows


def _import(store, book, path):
    book.save(path)
    result = cli("import", "positions", path, "--db", store, check=False)
    return result, {line.split(":")[0]: line for line in result.stdout.splitlines() if line.startswith("row ")}


def test_what_the_tester_found_in_the_round_trip_stays_fixed(store, tmp_path):
    """A library change made in the second of the export is a conflict, not overwritten;
    text longer than a cell, and control characters, survive an untouched round trip;
    a row with details but no stance, a regional cell with more than a stance, a
    formula without a value and a row given twice are rejected; case is forgiven; the
    sheet is found behind another one; a stale dimension hides no row."""
    wtsa = versions(store)[("WTSA", "18", "Rev. New Delhi, 2024")]
    long_points = "y" * 40_000
    cli(
        "positions",
        "set",
        wtsa,
        "--stance",
        "support",
        "--rationale",
        "r\x02x",
        "--talking-points",
        long_points,
        "--db",
        store,
    )
    out, book, sheet, rows = _exported(store, tmp_path)
    untouched, lines = _import(store, book, tmp_path / "same.xlsx")
    assert "updated" not in untouched.stdout and "conflict" not in untouched.stdout, untouched.stdout
    assert len(positions(store)[("WTSA", "18", "")]["talking_points"]) == 40_000

    # the library changes the stance and the rationale in the same second; the sheet changes the stance
    cli("positions", "set", wtsa, "--provision", "noting ¶1", "--stance", "oppose", "--rationale", "B", "--db", store)
    column = {c.value: c.column for c in sheet[1]}
    sheet.cell(rows[("WTSA", "18", "noting ¶1")], column["Stance"]).value = "neutral"
    # a row with details and no stance; a regional cell naming another group; case; a formula; a row twice
    pp = rows[("PP", "191", "")]
    sheet.cell(pp, column["Rationale"]).value = "We back this"
    nested = rows[("WTSA", "18", "resolves 2 ii)")]
    sheet.cell(nested, column["APT"]).value = "support; RCC: oppose"
    whole = rows[("WTDC", "59", "")]
    sheet.cell(whole, column["Stance"]).value = "Oppose"
    sheet.cell(whole, column["Priority"]).value = "HIGH"
    sheet.cell(rows[("WTSA", "18", "")], column["Owner"]).value = "=A1&B1"
    again = sheet.max_row + 1
    for col in range(1, sheet.max_column + 1):
        sheet.cell(again, col).value = sheet.cell(whole, col).value
    book.create_sheet("Notes", 0)  # a colleague's own sheet, in front
    result, lines = _import(store, book, tmp_path / "edited.xlsx")
    assert (
        "conflict  WTSA 18 noting ¶1: changed in the library since the export"
        in lines[f"row {rows[('WTSA', '18', 'noting ¶1')]}"]
    )
    assert "it gives no stance" in lines[f"row {pp}"]
    assert "APT: 'support; RCC: oppose' is not a stance" in lines[f"row {nested}"]
    assert "updated   WTDC 59 (whole resolution): stance 'support with changes' -> 'oppose'" in lines[f"row {whole}"]
    assert "formula with no value" in lines[f"row {rows[('WTSA', '18', '')]}"]
    assert f"the same position is on row {whole}" in lines[f"row {again}"]
    found = positions(store)
    assert found[("WTSA", "18", "noting ¶1")]["stance"] == "oppose" and found[("WTDC", "59", "")]["priority"] == "high"
    assert found[("WTSA", "18", "noting ¶1")]["rationale"] == "B"
    assert found[("WTSA", "18", "resolves 2 ii)")]["regions"] == {"APT": "oppose", "CEPT": "support"}


def test_a_hostile_or_odd_workbook_is_refused_or_read_whole(store, tmp_path):
    import re
    import zipfile

    out, book, sheet, rows = _exported(store, tmp_path)
    column = {c.value: c.column for c in sheet[1]}
    sheet.cell(sheet.max_row, column["Stance"]).value = "neutral"
    book.save(out)
    source = zipfile.ZipFile(out)

    def rebuilt(name, change):
        target = tmp_path / name
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zipped:
            for info in source.infolist():
                data = source.read(info.filename)
                zipped.writestr(info.filename, change(data) if info.filename == "xl/worksheets/sheet1.xml" else data)
        return target

    hidden = rebuilt(
        "entity.xlsx",
        lambda d: (
            b"<?xml version='1.0'?><!--" + b" " * 70_000 + b"--><!DOCTYPE x [<!ENTITY a 'A'>]>" + d.split(b"?>", 1)[-1]
        ),
    )
    result = cli("import", "positions", hidden, "--db", store, check=False)
    assert result.returncode == 2 and "declares XML entities" in result.stderr
    stale = rebuilt("stale.xlsx", lambda d: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:S3"/>', d))
    result = cli("import", "positions", stale, "--db", store)
    assert "1 updated" in result.stdout  # the last row, past the stale dimension, was read
    sheet.cell(1, column["Rationale"]).value = "Stance"
    book.save(tmp_path / "twice.xlsx")
    result = cli("import", "positions", tmp_path / "twice.xlsx", "--db", store, check=False)
    assert result.returncode == 2 and "two columns are named 'Stance'" in result.stderr
    for args, message in (
        (["import", "positions"], "give one workbook"),
        (["import", out], "import positions"),
        (["export", "positions", "-o", tmp_path / "none.xlsx", "--body", "NOPE"], "the library has no NOPE resolution"),
    ):
        result = cli(*args, "--db", store, check=False)
        assert result.returncode == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1
