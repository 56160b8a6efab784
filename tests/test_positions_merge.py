"""A positions workbook taken back never erases by accident: merged cells are
read as the sheet shows them (or the rows refused with the reason, when a merge
spans two fields), and a row is merged field by field, so a conflict on one
field never drops a colleague's change to another; each conflict is listed
with both values and taken from the sheet only when asked (--take theirs
ROW:FIELD, or ticked in the window's report)."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from test_cli import cli, digest
from test_positions_io import versions

from delegate_app.__main__ import main
from delegate_app.core.model import Position
from delegate_app.core.positions import REGIONS, parse_regions, regions_text
from delegate_app.store.database import open_database
from delegate_app.store.positions import positions as stored_positions
from delegate_app.store.positions import save_position

WHERE = {  # the rows with a position, by what they are about
    "nested": ("WTSA", "18", "resolves 2 ii)"),
    "unlabelled": ("WTSA", "18", "noting ¶1"),
    "whole": ("WTDC", "59", ""),
}
HEADINGS = {"stance": "Stance", "priority": "Priority", "rationale": "Rationale", "owner": "Owner"}
CHOICES = {  # values a field takes, the one stored first
    "stance": ["oppose", "support", "neutral", "undecided", "support with changes"],
    "priority": ["high", "medium", "low"],
    "APT": ["oppose", "support", "neutral", "undecided"],
    "CEPT": ["support", "oppose", "neutral", "undecided"],
}


def command(*args) -> tuple[int, str, str]:
    """The command line in this process, as a script's call would run it: exit status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A store with three positions and the workbook exported from it."""
    folder = tmp_path_factory.mktemp("pristine")
    store = folder / "s.sqlite3"
    cli("list", "--db", store)
    ids = versions(store)
    wtsa, baku = ids[("WTSA", "18", "Rev. New Delhi, 2024")], ids[("WTDC", "59", "Rev. Baku, 2025")]
    set_ = ["positions", "set", "--db", store]
    cli(*set_, wtsa, "--provision", "resolves 2 ii)", "--stance", "oppose", "--priority", "high",
        "--rationale", "Too broad", "--owner", "A. Delegate",
        "--region", "APT=oppose", "--region", "CEPT=support")  # fmt: skip
    cli(*set_, wtsa, "--provision", "noting ¶1", "--stance", "support", "--priority", "high", "--rationale", "Fine",
        "--region", "APT=oppose", "--region", "CEPT=support", "--owner", "A. Delegate")  # fmt: skip
    cli(*set_, baku, "--stance", "oppose", "--priority", "high", "--rationale", "Costly", "--owner", "A. Delegate",
        "--region", "APT=oppose", "--region", "CEPT=support")  # fmt: skip
    book = folder / "sent.xlsx"
    cli("export", "positions", "-o", book, "--db", store)
    return store, book


def copy_of(pristine, folder: Path) -> tuple[Path, Path]:
    store, book = pristine
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(store, folder / store.name)
    shutil.copy(book, folder / book.name)
    return folder / store.name, folder / book.name


def stored(store: Path) -> dict[tuple[str, str, str], dict[str, str]]:
    """Every position's fields, a regional group's stance under its name."""
    db = open_database(store)
    try:
        return {(p.body, p.number, p.provision): values(p) for p in stored_positions(db)}
    finally:
        db.close()


def values(p: Position) -> dict[str, str]:
    regions = parse_regions(p.regional_alignment)
    fields = {k: getattr(p, k) for k in ("stance", "priority", "rationale", "talking_points", "owner")}
    return {**fields, **{r: regions.get(r, "") for r in REGIONS}}


def change_in_library(store: Path, where: tuple[str, str, str], field: str, value: str) -> None:
    db = open_database(store)
    try:
        p = next(p for p in stored_positions(db) if (p.body, p.number, p.provision) == where)
        if field in REGIONS:
            regions = {**parse_regions(p.regional_alignment), field: value}
            changed = Position(**{**p.__dict__, "regional_alignment": regions_text(regions), "updated": ""})
        else:
            changed = Position(**{**p.__dict__, field: value, "updated": ""})
        save_position(db, changed)
    finally:
        db.close()


def sheet_rows(sheet) -> dict[tuple[str, str, str], int]:
    return {
        (sheet.cell(r, 1).value, sheet.cell(r, 2).value, sheet.cell(r, 5).value or ""): r
        for r in range(2, sheet.max_row + 1)
    }


def columns(sheet) -> dict[str, int]:
    return {c.value: c.column for c in sheet[1]}


# -- merged cells --------------------------------------------------------------------


def test_a_vertical_merge_is_read_in_every_row_it_covers(tmp_path, pristine):
    """The Body and Number merged over a resolution's rows (as a colleague tidies a sheet),
    and a stance typed once into cells merged over two provisions: nothing reads as
    empty, the merged stance is the stance of both rows."""
    store, book = copy_of(pristine, tmp_path)
    workbook = load_workbook(book)
    sheet = workbook.active
    rows, column = sheet_rows(sheet), columns(sheet)
    nested, unlabelled = rows[WHERE["nested"]], rows[WHERE["unlabelled"]]
    wtsa = sorted(r for (body, number, _), r in rows.items() if (body, number) == ("WTSA", "18"))
    assert wtsa == list(range(wtsa[0], wtsa[-1] + 1)) and len(wtsa) >= 3  # one block of rows
    for heading in ("Body", "Number", "Revision", "Title"):
        letter = sheet.cell(1, column[heading]).column_letter
        sheet.merge_cells(f"{letter}{wtsa[0]}:{letter}{wtsa[-1]}")
    first, last = sorted((nested, unlabelled))
    assert last == first + 1
    stance = sheet.cell(1, column["Stance"]).column_letter
    sheet.cell(first, column["Stance"]).value = "neutral"
    sheet.merge_cells(f"{stance}{first}:{stance}{last}")
    edited = tmp_path / "merged.xlsx"
    workbook.save(edited)
    assert load_workbook(edited).active.cell(last, column["Stance"]).value is None  # as a spreadsheet saves it

    before = stored(store)
    result = cli("import", "positions", edited, "--db", store)
    assert "''" not in result.stdout and "rejected" not in result.stdout, result.stdout
    after = stored(store)
    for where in ("nested", "unlabelled"):
        assert after[WHERE[where]] == {**before[WHERE[where]], "stance": "neutral"}
    assert after[WHERE["whole"]] == before[WHERE["whole"]]
    assert result.stdout.count("updated ") == 2 and "2 updated" in result.stdout


def test_a_merge_across_two_fields_rejects_its_rows_with_the_reason(tmp_path, pristine):
    store, book = copy_of(pristine, tmp_path)
    workbook = load_workbook(book)
    sheet = workbook.active
    rows, column = sheet_rows(sheet), columns(sheet)
    row = rows[WHERE["whole"]]
    stance, priority = (sheet.cell(1, column[h]).column_letter for h in ("Stance", "Priority"))
    sheet.cell(row, column["Stance"]).value = "neutral"
    sheet.merge_cells(f"{stance}{row}:{priority}{row}")
    header_row = 2  # the first row under the header
    assert header_row < row
    owner = sheet.cell(1, column["Owner"]).column_letter
    sheet.cell(header_row, column["Stance"]).value = "support"
    sheet.merge_cells(f"{owner}1:{owner}{header_row}")
    edited = tmp_path / "across.xlsx"
    workbook.save(edited)
    before = digest(store)
    code, out, err = command("import", "positions", edited, "--db", store)
    assert code == 0, err
    lines = {line.split(":")[0]: line for line in out.splitlines() if line.startswith("row ")}
    assert (
        f"rejected  WTDC 59 (whole resolution): cells {stance}{row}:{priority}{row} are merged across the columns "
        "'Stance' and 'Priority': unmerge them" in lines[f"row {row}"]
    )
    assert f"cells {owner}1:{owner}{header_row} are merged with the header" in lines[f"row {header_row}"]
    assert "updated" not in out and digest(store) == before


def test_the_reader_fills_merges_only_within_the_named_columns(tmp_path):
    """A merge reaching far right of the columns, and one over rows that hold nothing
    else, add no row and cost nothing; a formula without a value under a merge is said."""
    from delegate_app.formats.positions_xlsx import COLUMNS, read_positions, write_positions
    from delegate_app.formats.positions_xlsx import SheetRow as Row

    data = write_positions(
        [Row({"body": "PP", "number": "191", "provision": "", "stance": "support"}) for _ in range(3)]
    )
    path = tmp_path / "w.xlsx"
    path.write_bytes(data)
    workbook = load_workbook(path)
    sheet = workbook.active
    sheet.merge_cells("A2:A40")  # far below the last row
    sheet.merge_cells("T3:XFD3")  # right of the named columns
    sheet["H4"] = "=1+1"  # a formula no program computed
    workbook.save(path)
    rows = read_positions(path.read_bytes(), str(path))
    assert [r.line for r in rows] == [2, 3, 4]
    assert all(r.get("body") == "PP" for r in rows)
    assert "formula with no value" in rows[2].problem and len(COLUMNS) < 20


# -- field by field ------------------------------------------------------------------


def test_a_conflict_on_one_field_keeps_the_colleagues_change_to_another(tmp_path, pristine):
    """The tester's case: the library changed the stance, the colleague the stance and the
    rationale. The rationale is applied, the stance is listed with both values and a way
    to take it; taking it applies exactly that field."""
    store, book = copy_of(pristine, tmp_path)
    change_in_library(store, WHERE["nested"], "stance", "undecided")
    workbook = load_workbook(book)
    sheet = workbook.active
    row, column = sheet_rows(sheet)[WHERE["nested"]], columns(sheet)
    sheet.cell(row, column["Stance"]).value = "support"
    sheet.cell(row, column["Rationale"]).value = "Narrower now"
    workbook.save(book)
    code, out, _ = command("import", "positions", book, "--db", store)
    assert code == 0
    assert (
        f"row {row}: conflict  WTSA 18 resolves 2 ii): changed in the library since the export "
        "(stance: library 'undecided', sheet 'support'); kept the library's; "
        "updated rationale 'Too broad' -> 'Narrower now'" in out
    )
    assert f"--take theirs {row}:stance" in out and "1 conflict" in out
    found = stored(store)[WHERE["nested"]]
    assert (found["stance"], found["rationale"]) == ("undecided", "Narrower now")

    again = command("import", "positions", book, "--db", store, "--take", "theirs", f"{row}:stance")
    assert again[0] == 0 and f"row {row}: updated   WTSA 18 resolves 2 ii): stance 'undecided' -> 'support'" in again[1]
    assert "conflict" not in again[1]
    assert stored(store)[WHERE["nested"]] == {**found, "stance": "support"}


def test_take_is_refused_when_it_names_no_conflict_and_then_nothing_changes(tmp_path, pristine):
    store, book = copy_of(pristine, tmp_path)
    workbook = load_workbook(book)
    sheet = workbook.active
    row, column = sheet_rows(sheet)[WHERE["whole"]], columns(sheet)
    sheet.cell(row, column["Rationale"]).value = "A colleague's change"
    workbook.save(book)
    before = digest(store)
    for args, message in (
        (["--take", "theirs", f"{row}:stance"], f"--take {row}:stance: no such conflict in this workbook"),
        (["--take", "theirs", f"{row}:colour"], "give ROW:FIELD"),
        (["--take", "yours", f"{row}:stance"], "say theirs (the sheet's value) or mine"),
    ):
        code, out, err = command("import", "positions", book, "--db", store, *args)
        assert code == 2 and message in err and len(err.splitlines()) == 1, err
        assert digest(store) == before
    code, _, err = command("import", str(book), "--db", store, "--take", "theirs", "3:stance")
    assert code == 2 and "--take is for 'import positions X.xlsx'" in err


MODES = ("none", "sheet", "library", "both, alike", "both, differently")
FIELDS = ("stance", "priority", "rationale", "owner", "APT", "CEPT")


def _values_for(field: str, original: str, n: int) -> tuple[str, str]:
    """Two values other than ``original`` and each other: the sheet's, the library's."""
    if field in CHOICES:
        others = [v for v in CHOICES[field] if v != original]
        return others[n % len(others)], others[(n + 1) % len(others)]
    return f"sheet {field} {n}", f"library {field} {n}"


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    changes=st.dictionaries(
        st.tuples(st.sampled_from(sorted(WHERE)), st.sampled_from(FIELDS)),
        st.tuples(st.sampled_from(MODES), st.integers(0, 3)),
        max_size=10,
    ),
    take_one=st.integers(0, 20),
)
def test_every_change_without_a_conflict_is_applied_and_every_conflict_listed(
    tmp_path_factory, pristine, changes, take_one
):
    store, book = copy_of(pristine, tmp_path_factory.mktemp("example"))
    original = stored(store)
    workbook = load_workbook(book)
    sheet = workbook.active
    rows, column = sheet_rows(sheet), columns(sheet)
    expected = {k: dict(v) for k, v in original.items()}
    conflicts = {}  # (row, field): (library, sheet)
    for (where, field), (mode, n) in changes.items():
        position = WHERE[where]
        theirs, mine = _values_for(field, original[position][field], n)
        if mode == "both, alike":
            mine = theirs
        if mode in ("sheet", "both, alike", "both, differently"):
            sheet.cell(rows[position], column[HEADINGS.get(field, field)]).value = theirs
            expected[position][field] = theirs
        if mode in ("library", "both, alike", "both, differently"):
            change_in_library(store, position, field, mine)
            expected[position][field] = mine
        if mode == "both, differently":
            conflicts[(rows[position], field)] = (mine, theirs)
    workbook.save(book)

    code, out, err = command("import", "positions", book, "--db", store)
    assert code == 0, err
    assert stored(store) == expected  # every change without a conflict applied, nothing else changed
    listed = {}
    for line in out.splitlines():
        if line.startswith("to take the sheet's"):
            row, field = line.rsplit("--take theirs ", 1)[1].split(":")
            listed[(int(row), field)] = line
    assert set(listed) == set(conflicts), out
    report = {int(line.split(":")[0][4:]): line for line in out.splitlines() if line.startswith("row ")}
    for (row, field), (mine, theirs) in conflicts.items():
        assert f"{field}: library {mine!r}, sheet {theirs!r}" in report[row], report[row]

    if conflicts:
        row, field = sorted(conflicts)[take_one % len(conflicts)]
        code, out, err = command("import", "positions", book, "--db", store, "--take", "theirs", f"{row}:{field}")
        assert code == 0, err
        where = next(w for w, r in rows.items() if r == row)
        expected[where][field] = conflicts[(row, field)][1]
        assert stored(store) == expected  # exactly that field, from the sheet


def test_the_window_lists_each_conflict_and_takes_the_ticked_one_from_the_sheet(qtbot, tmp_path, pristine):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit
    from test_app import make_window, wait_idle

    store, book = copy_of(pristine, tmp_path)
    change_in_library(store, WHERE["nested"], "stance", "undecided")
    change_in_library(store, WHERE["whole"], "CEPT", "neutral")
    workbook = load_workbook(book)
    sheet = workbook.active
    rows, column = sheet_rows(sheet), columns(sheet)
    nested, whole = rows[WHERE["nested"]], rows[WHERE["whole"]]
    sheet.cell(nested, column["Stance"]).value = "support"
    sheet.cell(nested, column["Owner"]).value = "B. Colleague"
    sheet.cell(whole, column["CEPT"]).value = "oppose"
    workbook.save(book)

    window = make_window(qtbot, {"db": store, "ini": tmp_path / "s.ini", "tmp": tmp_path})
    window.import_positions(str(book))
    wait_idle(qtbot, window)
    report = window.last_report
    text = report.findChild(QPlainTextEdit).toPlainText()
    assert "2 conflict" in text and "updated owner 'A. Delegate' -> 'B. Colleague'" in text
    listed = [report.conflicts.item(n).text() for n in range(report.conflicts.count())]
    assert listed == [  # in the report's order of rows
        f"Row {whole}, WTDC 59 (whole resolution), CEPT: library 'neutral', sheet 'oppose'",
        f"Row {nested}, WTSA 18 resolves 2 ii), stance: library 'undecided', sheet 'support'",
    ]
    assert stored(store)[WHERE["nested"]]["owner"] == "B. Colleague"  # applied beside the conflict
    stance = next(n for n, t in enumerate(listed) if "stance" in t)
    report.conflicts.item(stance).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(report.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.last_report is not report, timeout=20000)
    wait_idle(qtbot, window)
    after = stored(store)
    assert (after[WHERE["nested"]]["stance"], after[WHERE["whole"]]["CEPT"]) == ("support", "neutral")
    left = window.last_report
    assert [left.conflicts.item(n).text() for n in range(left.conflicts.count())] == [
        f"Row {whole}, WTDC 59 (whole resolution), CEPT: library 'neutral', sheet 'oppose'"
    ]


def test_a_workbook_sent_before_fields_had_their_own_digests_is_still_taken_back(tmp_path, pristine, monkeypatch):
    """Its key holds one digest of the whole row: a row only the sheet changed is applied, a
    row both changed has each field they hold differently listed as a conflict."""
    from delegate_app.services import position_sheets as sheets

    store, _ = copy_of(pristine, tmp_path)

    def whole_row_key(secret, position):
        digest = sheets._legacy_digest(position)
        where = (position.body, position.number, position.provision)
        signed = sheets._sign(secret, position.uid, position.updated, digest, *where)
        return "|".join((position.uid, position.updated, digest, signed))

    book = tmp_path / "old.xlsx"
    with monkeypatch.context() as patched:
        patched.setattr(sheets, "_key", whole_row_key)
        assert command("export", "positions", "-o", book, "--db", store)[0] == 0
    change_in_library(store, WHERE["nested"], "stance", "undecided")
    workbook = load_workbook(book)
    sheet = workbook.active
    rows, column = sheet_rows(sheet), columns(sheet)
    assert len(sheet.cell(rows[WHERE["whole"]], column["Key"]).value.split("|")[2]) == 16
    sheet.cell(rows[WHERE["nested"]], column["Priority"]).value = "low"
    sheet.cell(rows[WHERE["whole"]], column["Rationale"]).value = "Cheaper now"
    workbook.save(book)
    code, out, _ = command("import", "positions", book, "--db", store)
    assert code == 0
    assert f"--take theirs {rows[WHERE['nested']]}:stance" in out
    assert f"--take theirs {rows[WHERE['nested']]}:priority" in out
    assert "updated   WTDC 59 (whole resolution): rationale 'Costly' -> 'Cheaper now'" in out
    found = stored(store)
    assert (found[WHERE["nested"]]["stance"], found[WHERE["nested"]]["priority"]) == ("undecided", "high")
