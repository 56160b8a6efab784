"""The command line as a user or a script runs it: exit codes, stdout/stderr,
and the store left as it was when something is wrong (in this process, see
cli_runner; a real one where the process is what is tested)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import docx_factory as f
import pytest
from cli_runner import cli
from conftest import ROOT, itu_text


def digest(path):
    parts = [path, path.with_name(path.name + "-wal")]
    return hashlib.sha256(b"".join(p.read_bytes() for p in parts if p.exists())).hexdigest()


def test_parse_json_resolution_shape():
    data = json.loads(cli("parse", itu_text("wtdc-res59-kigali-2022.txt"), "--json").stdout)
    assert data["kind"] == "resolution"
    assert (data["body"], data["number"], data["revision"]) == ("WTDC", "59", "Rev. Kigali, 2022")
    assert {"title", "preamble", "sections", "annexes", "footnotes"} <= set(data)
    assert len(data["sections"]) == 10
    first = data["sections"][0]
    assert first["call"] == "recalling" and len(first["provisions"]) == 6
    assert set(first["provisions"][0]) >= {"label", "text", "children"}


def test_parse_json_contribution_shape():
    data = json.loads(cli("parse", itu_text("wtsa16-rcc-proposal-mod-res57-flattened-revisions.txt"), "--json").stdout)
    assert data["kind"] == "contribution"
    assert isinstance(data["document"], dict)
    (proposal,) = data["proposals"]
    assert (proposal["action"], proposal["number"]) == ("MOD", "RCC/47A4/1")
    assert proposal["resolution"]["number"] == "57" and len(proposal["resolution"]["sections"]) == 5
    assert "reasons" in proposal


def test_parse_docx_json_has_both_texts(tmp_path):
    path = tmp_path / "mod57.docx"
    path.write_bytes(f.build(f.MOD_57, f.MOD_57_NOTES))
    data = json.loads(cli("parse", path, "--json").stdout)
    assert data["revision"] == "Rev. Hammamet, 2016" and data["original"]["revision"] == "Rev. Dubai, 2012"


def test_parse_touches_no_store(tmp_path):
    store = tmp_path / "never.sqlite3"
    cli("parse", itu_text("wtdc-res59-kigali-2022.txt"), "--db", store)
    assert not store.exists()


def test_db_before_and_after_the_subcommand(tmp_path):
    store = tmp_path / "s.sqlite3"
    out = cli("--db", store, "import", itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")).stdout
    # the flattened heading is read as the revision it ends with, which the starter library
    # holds: the file's wording is kept beside it, the starter's text stays in force
    assert out.startswith("edition    RESOLUTION 191 (REV. DUBAI, 2018)")
    listed = json.loads(cli("list", "--json", "--db", store).stdout)
    assert {(v["body"], v["number"]) for v in listed} >= {("PP", "191"), ("WTDC", "59"), ("RA", "ITU-R 75")}
    assert json.loads(cli("list", "--json", env_db=store).stdout) == listed


def test_show_and_search(tmp_path):
    store = tmp_path / "s.sqlite3"
    versions = json.loads(cli("list", "--json", "--body", "WTDC", "--db", store).stdout)
    kigali = next(v for v in versions if v["revision"] == "Rev. Kigali, 2022")
    shown = json.loads(cli("show", kigali["id"], "--json", "--db", store).stdout)
    assert shown["number"] == "59" and len(shown["sections"]) == 10
    assert [v["revision"] for v in shown["versions"]] == ["Rev. Kigali, 2022", "Rev. Baku, 2025"]
    text = cli("show", kigali["id"], "--db", store).stdout
    assert text.startswith("RESOLUTION 59 (Rev. Kigali, 2022)") and "\nrecalling\n" in text
    hits = json.loads(cli("search", "Inter-Sectoral Coordination Task Force", "--json", "--db", store).stdout)
    assert hits and all("[" in h["snippet"] for h in hits)
    assert cli("search", "zzzxq", "--db", store).stdout == "No matches.\n"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("letter.txt", b"Dear colleague,\nsee you in Doha.\n", "not an ITU resolution"),
        ("utf16.txt", b"\xff\xfe" + b"\x00\xd8", "not valid UTF-16"),
        ("corrupt.docx", b"PK\x03\x04garbage", "damaged"),
        ("renamed.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Word 97-2003"),
        (
            "bomb.docx",
            f.build(document=f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="{f.W}"/>'),
            "declares XML entities",
        ),
        ("zipbomb.docx", f.build(f.MOD_57, extra_parts={"word/media/z.bin": b"\x00" * (4 << 20)}), "ZIP bomb"),
        ("traversal.docx", f.build(f.MOD_57, extra_parts={"../../etc/cron.d/x": "x"}), "unsafe path"),
        ("macro.docm", f.build(f.MOD_57, main_type=f.MAIN_DOCM, extra_parts={"word/vbaProject.bin": b"\x00"}), "macro"),
        ("truncated.docx", f.build(f.MOD_57)[:900], "damaged or truncated"),
    ],
)
def test_bad_input_exit_2_clear_message_store_unchanged(tmp_path, name, content, message):
    store = tmp_path / "s.sqlite3"
    cli("list", "--db", store)  # creates the store with the starter library
    before = digest(store)
    bad = tmp_path / name
    bad.write_bytes(content)
    good = itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")
    for command in (["parse", bad], ["import", good, bad]):
        result = cli(*command, "--db", store, check=False)
        assert result.returncode == 2
        assert message in result.stderr and name in result.stderr
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert digest(store) == before


def test_missing_file_and_folder(tmp_path):
    """As a real process: its exit status and its one line on stderr."""
    result = cli("parse", tmp_path / "nope.txt", check=False, process=True)
    assert result.returncode == 2 and "no such file" in result.stderr
    result = cli("parse", tmp_path, check=False)
    assert result.returncode == 2 and "folder" in result.stderr


def test_newer_store_is_refused(tmp_path):
    import sqlite3

    store = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(store)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = cli("list", "--db", store, check=False)
    assert result.returncode == 2 and "newer version" in result.stderr


def test_version_flag():
    from delegate_app import __version__

    assert cli("--version", process=True).stdout.strip() == f"delegate-app {__version__}"


def test_redline_writes_a_mod_contribution_that_reads_back(tmp_path):
    out = tmp_path / "mod.docx"
    result = cli(
        "redline",
        itu_text("wtdc-res59-kigali-2022.txt"),
        ROOT / "resources/starter/wtdc-res59-baku-2025.txt",
        "-o",
        out,
        "--author",
        "A. Delegate",
        "--number",
        "RCC/8A1/1",
    )
    assert result.stdout.strip() == f"wrote {out}"
    data = json.loads(cli("parse", out, "--json").stdout)
    (proposal,) = data["proposals"]
    assert (proposal["action"], proposal["number"]) == ("MOD", "RCC/8A1/1")
    assert proposal["resolution"]["revision"] == "Rev. Baku, 2025"
    assert proposal["base"]["revision"] == "Rev. Kigali, 2022"
    assert b'w:author="A. Delegate"' in __import__("zipfile").ZipFile(out).read("word/document.xml")


def test_export_docx_from_the_store(tmp_path):
    store, made = tmp_path / "s.sqlite3", tmp_path / "made.docx"
    cli(
        "redline",
        itu_text("wtdc-res59-kigali-2022.txt"),
        ROOT / "resources/starter/wtdc-res59-baku-2025.txt",
        "-o",
        made,
        "--number",
        "RCC/8A1/1",
    )
    cli("import", made, "--db", store)
    (row,) = json.loads(cli("list", "--contributions", "--json", "--db", store).stdout)
    out = tmp_path / "export.docx"
    cli("export", "docx", row["id"], "-o", out, "--db", store)
    back = json.loads(cli("parse", out, "--json").stdout)
    assert back["proposals"][0]["base"]["revision"] == "Rev. Kigali, 2022"
    printed = tmp_path / "printed.docx"
    cli("--db", store, "export", "docx", str(row["id"]), "-o", printed, "--static-marks")
    assert b"<w:ins " not in __import__("zipfile").ZipFile(printed).read("word/document.xml")


def test_a_mod_is_marked_against_the_base_it_names_or_refused(tmp_path):
    """C26/89 modifies PP Resolution 191 (Rev. Bucharest, 2022). With only the
    Busan/Dubai text in the library the export is refused, naming what is
    missing (it was marked against Dubai: nonsense); with the named text
    imported it is marked against it; --base chooses another explicitly."""
    store, out = tmp_path / "s.sqlite3", tmp_path / "c26.docx"
    c26 = itu_text("council-c26-89-mod-res191-with-4-sector-compilation.txt")
    dubai = itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")
    cli("import", c26, dubai, "--db", store)
    before = digest(store)
    result = cli("export", "docx", "1", "-o", out, "--db", store, check=False)
    assert result.returncode == 2 and not out.exists() and digest(store) == before
    assert "proposal 1 (MOD) modifies PP Resolution 191 (REV. BUCHAREST, 2022), which is not in the library" in (
        result.stderr
    )
    bucharest = tmp_path / "res191-bucharest.txt"
    text = dubai.read_text(encoding="utf-8").replace("(Busan, 2014DUBAI, 2018)", "(Rev. Bucharest, 2022)")
    bucharest.write_text(text.replace("Busan, 2014Dubai, 2018", "Bucharest, 2022"), encoding="utf-8")
    cli("import", bucharest, "--db", store)
    listed = json.loads(cli("list", "--json", "--db", store).stdout)
    ids = {v["revision"]: v["id"] for v in listed if v["number"] == "191"}
    assert "Rev. Bucharest, 2022" in ids
    cli("export", "docx", "1", "-o", out, "--db", store)
    back = json.loads(cli("parse", out, "--json").stdout)
    # the base as printed: the heading's capitals hide case, so "REV." against "Rev." is no mark (issue 35)
    assert back["proposals"][0]["base"]["revision"].casefold() == "rev. bucharest, 2022"
    dubai_id = next(i for r, i in ids.items() if "DUBAI" in r.upper())
    cli("export", "docx", "1", "-o", out, "--db", store, "--base", f"1={dubai_id}")
    revision = json.loads(cli("parse", out, "--json").stdout)["proposals"][0]["base"]["revision"]
    assert revision.casefold() != "rev. bucharest, 2022"
    wrong = cli("export", "docx", "1", "-o", out, "--db", store, "--base", "2=1", check=False)
    assert wrong.returncode == 2 and "the contribution has 1 proposal" in wrong.stderr


def test_redline_and_export_errors(tmp_path):
    result = cli(
        "redline",
        tmp_path / "missing.txt",
        itu_text("wtdc-res59-kigali-2022.txt"),
        "-o",
        tmp_path / "x.docx",
        check=False,
    )
    assert result.returncode == 2 and "no such file" in result.stderr and not (tmp_path / "x.docx").exists()
    result = cli("export", "docx", "99", "-o", tmp_path / "y.docx", "--db", tmp_path / "s.sqlite3", check=False)
    assert result.returncode == 2 and "no contribution with id 99" in result.stderr
    result = cli(
        "redline",
        itu_text("wtdc-res59-kigali-2022.txt"),
        itu_text("wtdc-res59-kigali-2022.txt"),
        "-o",
        tmp_path,
        check=False,
    )
    assert result.returncode == 2 and "folder" in result.stderr


def test_compare_files_to_xlsx(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "cmp.xlsx"
    starter = ROOT / "resources" / "starter"
    cli(
        "compare",
        starter / "wtdc-res59-kigali-2022.txt",
        starter / "wtdc-res59-baku-2025.txt",
        itu_text("wtsa16-rcc-proposal-mod-res57-flattened-revisions.txt"),
        "-o",
        out,
        "--names",
        "Kigali,Baku,RCC",
        "--reference",
        "2",
    )
    wb = load_workbook(out, rich_text=True)
    assert [c.value for c in wb["Comparison"][1]][2:5] == ["Kigali", "Baku (reference)", "RCC"]
    assert [r[0].value for r in wb["Summary"].iter_rows(min_row=2)] == ["Kigali", "Baku (reference)", "RCC"]


def test_export_xlsx_from_the_library(tmp_path):
    from openpyxl import load_workbook

    store = tmp_path / "s.sqlite3"
    versions = json.loads(cli("list", "--json", "--db", store).stdout)
    kigali = next(v for v in versions if v["revision"] == "Rev. Kigali, 2022")
    out = tmp_path / "versions.xlsx"
    cli("export", "xlsx", "--versions-of", kigali["id"], "-o", out, "--db", store)
    assert [c.value for c in load_workbook(out)["Comparison"][1]][2:4] == [
        "WTDC Resolution 59 (Rev. Kigali, 2022) (reference)",
        "WTDC Resolution 59 (Rev. Baku, 2025)",
    ]
    cli("export", "xlsx", "--sisters-of", kigali["id"], "-o", out, "--db", store)
    headers = [c.value for c in load_workbook(out)["Comparison"][1]]
    assert any(h and h.startswith("RA Resolution ITU-R 75") for h in headers)
    assert any(h and h.startswith("WTSA Resolution 18") for h in headers)
    result = cli("export", "xlsx", "--proposals-on", kigali["id"], "-o", out, "--db", store, check=False)
    assert result.returncode == 2 and "no stored proposal" in result.stderr


def test_positions_reach_the_workbook(tmp_path):
    from openpyxl import load_workbook

    from delegate_app.core.model import Position
    from delegate_app.store.database import open_database
    from delegate_app.store.positions import save_position

    store = tmp_path / "s.sqlite3"
    cli("list", "--db", store)
    db = open_database(store)
    save_position(
        db,
        Position(
            body="WTDC",
            number="59",
            stance="support",
            priority="high",
            rationale="Keeps ITU-D central",
            regional_alignment="CEPT: support; APT: oppose",
        ),
    )
    save_position(db, Position(body="WTDC", number="59", provision="recalling a)", stance="oppose", priority="low"))
    db.close()
    out = tmp_path / "p.xlsx"
    starter = ROOT / "resources" / "starter"
    cli(
        "compare",
        starter / "wtdc-res59-kigali-2022.txt",
        starter / "wtdc-res59-baku-2025.txt",
        "-o",
        out,
        "--db",
        store,
    )
    wb = load_workbook(out)
    ws = wb["Comparison"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows[0][4] == "support (high): Keeps ITU-D central"
    assert next(r for r in rows if r[0] == "recalling" and r[1] == "a)")[4] == "oppose (low)"
    matrix = [[c.value for c in row] for row in wb["Positions"].iter_rows()]
    assert matrix[0][3:9] == ["APT", "ATU", "CEPT", "CITEL", "ASMG", "RCC"]
    assert matrix[1][1:4] == ["support", "high", "oppose"] and matrix[1][5] == "support"


def test_compare_errors(tmp_path):
    result = cli("compare", itu_text("wtdc-res59-kigali-2022.txt"), "-o", tmp_path / "x.xlsx", check=False)
    assert result.returncode == 2 and "at least two" in result.stderr
    result = cli(
        "compare",
        itu_text("wtdc-res59-kigali-2022.txt"),
        itu_text("wtdc-res59-kigali-2022.txt"),
        "-o",
        tmp_path / "x.xlsx",
        "--reference",
        "5",
        check=False,
    )
    assert result.returncode == 2 and "--reference" in result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "x.sqlite3"],
        ["--db=x.sqlite3"],
        ["--db="],
        ["--screenshot", "o.png", "--view", "draft"],
        ["--view=positions", "--lang", "ar", "--db", "a b.sqlite3"],
        ["--db", "a", "--db", "b"],
        ["--lang", "fr", "--screenshot=o.png"],
    ],
)
def test_the_apps_own_reading_of_its_options_agrees_with_argparse(argv):
    """A start of the app reads its options by hand (no argparse, 5-9 ms);
    whatever it takes, it takes as the full parser would."""
    from delegate_app.cli.parser import build_parser, parse_app_args

    quick = parse_app_args(argv)
    full = build_parser().parse_args(argv)
    assert quick is not None and full.command is None
    assert {k: getattr(full, k) for k in ("db", "screenshot", "view", "lang")} == {
        k: v for k, v in vars(quick).items() if k != "command"
    }


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["-h"],
        ["--version"],
        ["list"],
        ["--db", "x", "list"],
        ["--view", "nowhere"],
        ["--db"],
        ["--d", "x"],
        ["--lang", "xx"],
        ["--db", "--view", "draft"],
        ["x.sqlite3"],
    ],
)
def test_anything_else_is_left_to_the_full_parser(argv):
    from delegate_app.cli.parser import parse_app_args

    assert parse_app_args(argv) is None


def test_starting_the_app_does_not_import_argparse():
    code = (
        "import sys; from delegate_app.cli.parser import parse_app_args; "
        "assert parse_app_args(['--db', 'x']).db == 'x'; print('argparse' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_defect_is_one_line_and_a_logged_traceback(tmp_path, monkeypatch, capsys, app_log):
    from delegate_app.cli import main as cli_main

    monkeypatch.setitem(cli_main.ON_STORE, "show", lambda db, args: 1 / 0)  # the table of handlers
    code = cli_main.run(["--db", str(tmp_path / "s.sqlite3"), "show", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and "ZeroDivisionError" in err[0] and "logs" in err[0]
    assert "Traceback" in (tmp_path / "logs" / "delegate.log").read_text(encoding="utf-8")


def test_plain_english_in_lists_and_searches(tmp_path):
    """'1 proposal', a title cut between words with '…', and a search that says
    how many it found beyond the ones shown."""
    from delegate_app.cli.render import clip, plural

    store = tmp_path / "s.sqlite3"
    listing = cli("list", "--db", store).stdout
    titles = [line for line in listing.splitlines()[1:] if line.strip()]
    assert titles and all(line.rstrip().endswith("…") for line in titles)  # the starter titles are long
    assert all(not line.rstrip()[-2].isspace() for line in titles)
    found = cli("search", "coordination", "--limit", "2", "--db", store).stdout.splitlines()
    assert found[-1].startswith("2 of ") and found[-1].endswith(" shown (--limit N for more)")
    assert int(found[-1].split()[2]) > 2
    few = cli("search", "catalysing", "--db", store).stdout
    assert "shown (--limit N for more)" not in few
    cli("import", itu_text("wtsa16-rcc-proposal-mod-res57-flattened-revisions.txt"), "--db", store)
    assert " 1 proposal " in cli("list", "--contributions", "--db", store).stdout
    assert plural(1, "match", "matches") == "1 match" and plural(47, "match", "matches") == "47 matches"
    assert clip("Strengthening coordination and cooperation", 20) == "Strengthening…"


def test_redline_sets_the_whole_header(tmp_path):
    """meeting, document, date, source, title and language from the command line,
    read back from the Word file as a contribution's header."""
    out = tmp_path / "mod.docx"
    cli(
        "redline",
        itu_text("wtdc-res59-kigali-2022.txt"),
        ROOT / "resources/starter/wtdc-res59-baku-2025.txt",
        "-o",
        out,
        "--meeting",
        "World Telecommunication Development Conference (WTDC-25)",
        "--document",
        "Addendum 4 to Document 47-E",
        "--date",
        "3 October 2025",
        "--source",
        "Brazil (Federative Republic of)",
        "--title",
        "Proposal on Resolution 59",
        "--language",
        "fr",
    )
    header = json.loads(cli("parse", out, "--json").stdout)["document"]
    assert header["meeting"].startswith("World Telecommunication Development Conference")
    assert header["document"] == "Addendum 4 to Document 47-E" and header["date"] == "3 October 2025"
    assert header["source"] == "Brazil (Federative Republic of)" and header["title"] == "Proposal on Resolution 59"
    assert header["original_language"].endswith("français")
    plain = subprocess.run(["pandoc", "-t", "plain", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Motifs:" in plain and "Reasons" not in plain


def test_a_header_keeps_the_meetings_place_and_dates_and_a_single_country_source(tmp_path):
    """A contribution's header as ITU sets it without template bookmarks: the
    conference, its place and dates, the document, date and original language,
    the source (one Member State, no 'Contribution by') and the title."""
    kigali = itu_text("wtdc-res59-kigali-2022.txt").read_text(encoding="utf-8")
    text = tmp_path / "pp.txt"
    text.write_text(
        "PLENIPOTENTIARY CONFERENCE (PP-22)\nBucharest, 26 September – 14 October 2022\n"
        "Addendum 4 to Document 47-E\n14 April 2022\nOriginal: English\nBrazil (Federative Republic of)\n"
        "PROPOSALS FOR THE WORK OF THE CONFERENCE\nMOD\tB/47A4/1\n"
        + kigali.replace("to inform TDAG annually", "to inform TDAG and the Council annually")
        + "\nReasons:\tTo involve the Council.\n",
        encoding="utf-8",
    )
    header = json.loads(cli("parse", text, "--json").stdout)["document"]
    assert header["meeting"] == "PLENIPOTENTIARY CONFERENCE (PP-22)\nBucharest, 26 September – 14 October 2022"
    assert header["source"] == "Brazil (Federative Republic of)"
    assert header["title"] == "PROPOSALS FOR THE WORK OF THE CONFERENCE"
    assert (header["document"], header["date"], header["original_language"]) == (
        "Addendum 4 to Document 47-E",
        "14 April 2022",
        "English",
    )
    store, out = tmp_path / "s.sqlite3", tmp_path / "pp.docx"
    cli("import", text, "--db", store)
    cli("export", "docx", "1", "-o", out, "--db", store)
    back = json.loads(cli("parse", out, "--json").stdout)["document"]
    assert back["source"] == header["source"] and back["title"] == header["title"]
    assert "Bucharest, 26 September" in back["meeting"]


def test_sisters_come_from_a_table_of_families_not_from_equal_titles(tmp_path):
    """PP 191, ITU-R 75, WTSA 18 and WTDC 59 are one family although their titles
    differ; a delegation adds a family of its own; --versions-of keeps to the
    chosen version's language, the oldest first as the reference."""
    from openpyxl import load_workbook

    store = tmp_path / "s.sqlite3"
    cli("import", ROOT / "tests" / "fixtures" / "languages" / "ru-res59.txt", "--db", store)
    versions = json.loads(cli("list", "--json", "--db", store).stdout)
    pp191 = next(v for v in versions if (v["body"], v["number"]) == ("PP", "191"))
    kigali = next(v for v in versions if v["revision"] == "Rev. Kigali, 2022")
    out = tmp_path / "sisters.xlsx"
    for anchor in (pp191, kigali):
        cli("export", "xlsx", "--sisters-of", anchor["id"], "-o", out, "--db", store)
        headers = " | ".join(str(c.value) for c in load_workbook(out)["Comparison"][1] if c.value)
        for sister in ("PP Resolution 191", "RA Resolution ITU-R 75", "WTSA Resolution 18", "WTDC Resolution 59"):
            assert sister in headers, (anchor["number"], sister, headers)
        assert "Пересм" not in headers  # the sister in the chosen text's language
    cli("export", "xlsx", "--versions-of", kigali["id"], "-o", out, "--db", store)
    headers = [c.value for c in load_workbook(out)["Comparison"][1]][2:]
    assert headers[:2] == ["WTDC Resolution 59 (Rev. Kigali, 2022) (reference)", "WTDC Resolution 59 (Rev. Baku, 2025)"]
    assert not any(h and "Пересм" in h for h in headers)
    assert cli("sisters", "--add", "WTSA 75", "WTDC 85", "--db", store).stdout.startswith("added      WTDC 85, WTSA 75")
    assert "WTDC 85, WTSA 75" in cli("sisters", "--db", store).stdout.splitlines()
    refused = cli("sisters", "--add", "WTSA 75", "--db", store, check=False)
    assert refused.returncode == 2 and "two different bodies" in refused.stderr


def test_a_missing_file_that_is_not_the_stores_is_never_said_to_be_the_store(tmp_path, monkeypatch, capsys):
    """A file missing from an installed build (python-docx's default header) was
    reported as "the store file is no longer there": only the store's own files
    are the store's."""
    import delegate_app.cli.main as cli_main

    def missing(*args, **kwargs):
        raise FileNotFoundError(2, "No such file or directory", "/opt/app/docx/parts/../templates/default-header.xml")

    monkeypatch.setattr(cli_main, "write_docx", missing)
    base = ROOT / "resources" / "starter" / "wtdc-res59-kigali-2022.txt"
    proposed = ROOT / "resources" / "starter" / "wtdc-res59-baku-2025.txt"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code = cli_main.run(["redline", str(base), str(proposed), "-o", str(tmp_path / "mod.docx")])
    said = capsys.readouterr().err
    assert code != 0
    assert "store" not in said and "default-header.xml" in said, said
