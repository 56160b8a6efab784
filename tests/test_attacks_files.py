"""Files under attack: outputs aimed at the store or an input, planted links,
pipes and links in folders, nested and enormous Word files, mixed encodings,
terminal escapes in titles and names, and a re-import that would replace a
text. Through the command line wherever it applies: one line on stderr,
exit 2, and the store and the user's files unchanged."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import docx_factory as f
import pytest
from conftest import ROOT, itu_text
from test_cli import cli, digest

from delegate_app.core.errors import ReadCancelled
from delegate_app.core.limits import MAX_PARAGRAPHS, MAX_TABLE_DEPTH
from delegate_app.formats.reader import read_bytes, read_file

RES59 = ROOT / "resources/starter/wtdc-res59-baku-2025.txt"
KIGALI = itu_text("wtdc-res59-kigali-2022.txt")
MOD57 = itu_text("wtsa16-rcc-proposal-mod-res57-flattened-revisions.txt")


def refused(result, *words: str) -> str:
    """The one line a refusal prints, after checking it is one line and exit 2."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("delegate-app: error: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def store(tmp_path) -> Path:
    """A store with a contribution (id 1) and a backup."""
    path = tmp_path / "lib" / "s.sqlite3"
    path.parent.mkdir()
    mod = tmp_path / "rcc-mod-59.txt"  # a MOD of a text in the starter library, so it can be exported
    proposed = KIGALI.read_text(encoding="utf-8").replace("to inform TDAG annually", "to inform TDAG and the Council")
    mod.write_text("Addendum 2 to Document 12-E\nMOD\tRCC/12A2/1\n" + proposed + "\nReasons:\tCouncil.\n", "utf-8")
    cli("import", mod, "--db", path)
    cli("backup", "--db", path)
    return path


# -- outputs ----------------------------------------------------------------------------


def test_an_export_never_replaces_the_store_its_journal_or_a_backup(store):
    (backup,) = sorted((store.parent / "s.sqlite3.backups").iterdir())
    conn = sqlite3.connect(store)  # a reader keeps the -wal and -shm files beside the store
    conn.execute("SELECT 1 FROM versions").fetchall()
    wal = store.with_name(store.name + "-wal")
    before = digest(store), backup.read_bytes()
    for target in (store, wal, store.with_name(store.name + "-shm"), backup):
        for command in (["export", "docx", "1"], ["export", "xlsx", "--versions-of", "59"]):
            refused(cli(*command, "-o", target, "--db", store, check=False), str(target.name))
    conn.close()
    assert (digest(store), backup.read_bytes()) == before
    listed = cli("list", "--contributions", "--db", store).stdout
    assert "proposal" in listed


def test_an_output_never_replaces_an_input(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(KIGALI.read_bytes())
    b.write_bytes(RES59.read_bytes())
    line = refused(cli("compare", a, b, "-o", a, check=False), "a.txt")
    assert "one of the files being read" in line
    refused(cli("redline", a, b, "-o", b, check=False), "b.txt")
    link = tmp_path / "a-link.txt"
    link.symlink_to(a)  # the same file under another name
    refused(cli("compare", a, b, "-o", link, check=False))
    assert a.read_bytes() == KIGALI.read_bytes() and b.read_bytes() == RES59.read_bytes()


def test_an_output_into_a_folder_that_does_not_exist_or_onto_a_folder_is_refused(store, tmp_path):
    refused(cli("export", "docx", "1", "-o", tmp_path / "nowhere" / "x.docx", "--db", store, check=False), "folder")
    refused(cli("export", "docx", "1", "-o", tmp_path, "--db", store, check=False), "folder")


def test_a_planted_link_beside_the_output_is_never_followed(store, tmp_path):
    """The temporary file is created exclusively under a fresh name: a link
    planted at any name an export might use leads nowhere."""
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own file\n")
    out = tmp_path / "out.docx"
    for name in (".out.docx.part", "out.docx.part", ".out.docx.tmp", "out.docx.tmp"):
        (tmp_path / name).symlink_to(victim)
    cli("export", "docx", "1", "-o", out, "--db", store)
    assert victim.read_text() == "the user's own file\n"
    assert out.read_bytes()[:2] == b"PK" and not out.is_symlink()
    assert oct(out.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    leftovers = {p.name for p in tmp_path.iterdir()} - {"victim.txt", "out.docx", "lib", "rcc-mod-59.txt"}
    assert leftovers == {".out.docx.part", "out.docx.part", ".out.docx.tmp", "out.docx.tmp"}  # only the links


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- folders and special files -------------------------------------------------------------


def test_a_folder_import_reads_its_own_regular_files_only(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = RES59.read_text(encoding="utf-8").replace(
        "RESOLUTION 59 (Rev. Baku, 2025)", "RESOLUTION 59 (Rev. Atlantis, 2030)"
    )
    (outside / "secret.txt").write_text(secret, encoding="utf-8")  # an ITU text: following the link imports it
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "res59.txt").write_bytes(RES59.read_bytes())
    (folder / "passwd.txt").symlink_to(outside / "secret.txt")
    (folder / "elsewhere").symlink_to(outside)
    (folder / "loop").symlink_to(folder)
    os.mkfifo(folder / "pipe.txt")
    store = tmp_path / "s.sqlite3"
    result = cli("import", folder, "--db", store)  # a pipe opened for reading would wait for ever
    assert "RESOLUTION 59 (Rev. Baku, 2025)" in result.stdout and "Atlantis" not in result.stdout
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert any("passwd.txt (a link: not followed)" in s for s in skipped)
    assert any("elsewhere (a link to a folder: not followed)" in s for s in skipped)
    assert any("loop (a link to a folder: not followed)" in s for s in skipped)
    assert any("pipe.txt (not a regular file)" in s for s in skipped)
    listed = json.loads(cli("list", "--json", "--db", store).stdout)
    assert not [v for v in listed if "Atlantis" in v["revision"]]


def test_a_pipe_or_a_device_named_directly_is_refused_without_waiting(tmp_path):
    pipe = tmp_path / "res.txt"
    os.mkfifo(pipe)
    store = tmp_path / "s.sqlite3"
    refused(cli("import", pipe, "--db", store, check=False), "not a regular file")
    refused(cli("parse", "/dev/zero", check=False), "not a regular file")
    refused(cli("compare", pipe, RES59, "-o", tmp_path / "c.xlsx", check=False), "not a regular file")
    assert not (tmp_path / "c.xlsx").exists()


# -- Word files: nesting and size --------------------------------------------------------


def _nested(inner: str, depth: int) -> str:
    # Word ends every cell with a paragraph, also one that holds a table
    return "<w:tbl><w:tr><w:tc>" * depth + inner + "<w:p/></w:tc></w:tr></w:tbl>" * depth


def _res59_docx(depth: int) -> bytes:
    paras = [f.plain(line) for line in RES59.read_text(encoding="utf-8").splitlines()]
    body = "".join(f.paragraph_xml(style, runs, mark) for style, runs, mark in paras)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{f.W}" xmlns:r="{f.R}">'
        f"<w:body>{_nested(body, depth)}<w:sectPr/></w:body></w:document>"
    )
    return f.build(document=document)


def test_a_text_in_nested_tables_is_read_once(tmp_path):
    plain = read_bytes(_res59_docx(0), "flat.docx").document
    for depth in (1, 2, MAX_TABLE_DEPTH):
        read = read_bytes(_res59_docx(depth), f"nested{depth}.docx").document
        assert [(p.label, p.text) for p in read.provisions()] == [(p.label, p.text) for p in plain.provisions()]
    path = tmp_path / "nested.docx"
    path.write_bytes(_res59_docx(3))
    data = json.loads(cli("parse", path, "--json").stdout)
    assert [p["label"] for p in data["sections"][0]["provisions"]] == [
        f"{c})" for c in "abcdefghi"[: len(plain.sections[0].provisions)]
    ]


def test_absurdly_nested_tables_are_refused_at_once(tmp_path):
    path = tmp_path / "deep.docx"
    path.write_bytes(_res59_docx(40))  # read the old way, 2^39 copies of every paragraph
    store = tmp_path / "s.sqlite3"
    cli("import", RES59, "--db", store)
    before = digest(store)
    refused(cli("import", path, "--db", store, check=False), "nested more than", str(MAX_TABLE_DEPTH))
    assert digest(store) == before


def test_a_word_file_of_too_many_paragraphs_is_refused_before_it_is_parsed(tmp_path):
    lines = RES59.read_text(encoding="utf-8").splitlines()
    paras = [f.plain(line) for line in lines] + [f.plain(f"Paragraph {n}.") for n in range(MAX_PARAGRAPHS * 2)]
    path = tmp_path / "huge.docx"
    path.write_bytes(f.build(paras))
    refused(cli("parse", path, check=False), f"more than {MAX_PARAGRAPHS:,} paragraphs")


def test_a_text_of_too_many_lines_or_paragraphs_or_provisions_is_refused(tmp_path):
    head = RES59.read_text(encoding="utf-8")
    lines = tmp_path / "lines.txt"
    lines.write_text(head + "\n" * 50_000, encoding="utf-8")
    refused(cli("parse", lines, check=False), "lines of text")
    paragraphs = tmp_path / "paragraphs.txt"
    paragraphs.write_text(head + "".join(f"\nParagraph {n}." for n in range(MAX_PARAGRAPHS + 10)), encoding="utf-8")
    refused(cli("parse", paragraphs, check=False), "paragraphs")
    provisions = tmp_path / "provisions.txt"
    items = "".join(f"\n{label})\tthat item {n} holds;" for n in range(240) for label in "abcdefghijklmnopqrstuvwxy")
    provisions.write_text(head + "\nconsidering" + items * 1, encoding="utf-8")
    refused(cli("parse", provisions, check=False), "provisions; the limit is")


def test_cancel_acts_within_a_file():
    paras = [f.plain(line) for line in RES59.read_text(encoding="utf-8").splitlines()]
    paras += [f.plain(f"Paragraph {n}.") for n in range(MAX_PARAGRAPHS - 100)]
    data = f.build(paras)
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 3  # the delegate presses Cancel while the file is read

    with pytest.raises(ReadCancelled):
        read_bytes(data, "big.docx", cancelled)
    assert len(asked) == 4  # asked while reading, not once the file was done


def test_cancel_while_a_file_is_read_stores_nothing(tmp_path, db):
    from delegate_app.services.importing import ImportCancelled, import_paths

    path = tmp_path / "big.docx"
    paras = [f.plain(line) for line in RES59.read_text(encoding="utf-8").splitlines()]
    path.write_bytes(f.build(paras + [f.plain(f"Paragraph {n}.") for n in range(3000)]))
    calls = []
    with pytest.raises(ImportCancelled):
        import_paths(db, [path], cancelled=lambda: bool(calls.append(1)) or len(calls) > 2)
    assert db.conn.execute("SELECT count(*) FROM versions").fetchone()[0] == 0


# -- encodings -----------------------------------------------------------------------------


def test_one_windows_1252_paragraph_does_not_garble_a_utf8_file(tmp_path):
    text = KIGALI.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("b)"))
    pasted = "b)\tthat the Director’s report – “bridging the gap” – was welcomed by the café group;"
    data = b"\n".join(pasted.encode("cp1252") if i == at else line.encode("utf-8") for i, line in enumerate(lines))
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    result = read_file(path)
    expected = read_bytes(KIGALI.read_bytes(), "k.txt").document
    texts = [p.text for p in result.document.provisions()]
    assert texts[1] == "that the Director’s report – “bridging the gap” – was welcomed by the café group;"
    assert texts[0] == next(expected.provisions()).text and "â€" not in "".join(texts)
    assert [w for w in result.warnings if f"line {at + 1} was not UTF-8" in w and "Windows-1252" in w]
    stderr = cli("parse", path).stderr
    assert f"line {at + 1} was not UTF-8" in stderr


def test_a_paragraph_converted_twice_is_repaired_and_reported(tmp_path):
    text = KIGALI.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("c)"))
    lines[at] = "c)\tthat the café’s report – welcomed – stands;".encode().decode("cp1252")  # "cafÃ©â€™s"
    path = tmp_path / "twice.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_file(path)
    assert [p.text for p in result.document.provisions()][2] == "that the café’s report – welcomed – stands;"
    assert [w for w in result.warnings if f"line {at + 1}" in w and "repaired" in w]


def test_a_windows_1252_file_is_read_without_a_warning(tmp_path):
    text = RES59.read_text(encoding="utf-8").replace("\u2011", "-")
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.replace("Sectors", "Sectors – café").encode("cp1252"))
    result = read_file(path)
    assert result.warnings == [] and "café" in result.document.title


# -- terminal escapes ----------------------------------------------------------------------


def test_titles_and_file_names_never_reach_the_terminal_raw(tmp_path):
    text = RES59.read_text(encoding="utf-8").replace(
        "Strengthening coordination", "Strengthening \x1b]0;pwned\x07\x1b[2Jcoordination\x9b31m"
    )
    folder = tmp_path / "in"
    folder.mkdir()
    evil = folder / "res\nadded      RESOLUTION 1 (forged)\x1b[31m.txt"
    evil.write_text(text, encoding="utf-8")
    store = tmp_path / "s.sqlite3"
    outputs = [cli("import", evil, "--db", store), cli("import", folder, "--db", store)]
    outputs += [cli("list", "--db", store), cli("search", "coordination", "--db", store)]
    outputs += [cli("parse", evil), cli("show", "2", "--db", store)]
    outputs.append(cli("parse", tmp_path / "missing\x1b]0;x\x07.txt", check=False))
    for result in outputs:
        for stream in (result.stdout, result.stderr):
            assert not any(ch in stream for ch in "\x1b\x07\x9b"), stream
            assert not [line for line in stream.splitlines() if line.startswith("added      RESOLUTION 1")]
    assert "\\x1b]0;pwned\\x07" in outputs[0].stdout + outputs[2].stdout + outputs[4].stdout
    assert "res\\nadded" in outputs[0].stdout
    parsed = json.loads(cli("parse", evil, "--json").stdout)  # JSON keeps the data, escaped
    assert parsed["title"].startswith("Strengthening \x1b]0;pwned\x07")
    assert "\x9b" in parsed["title"]


# -- re-importing a changed text -------------------------------------------------------------


def test_a_reimport_with_the_same_heading_is_kept_beside_the_stored_text(tmp_path):
    """A junk document under the heading of a stored text. It used to replace the
    text (the earlier wording kept as an edition); the stored text now stays in
    force and the junk is the edition beside it, listed, searchable and shown
    as such, and the same bytes again store nothing twice."""
    store = tmp_path / "s.sqlite3"
    cli("import", KIGALI, "--db", store)
    junk = tmp_path / "junk.txt"
    junk.write_text(
        "RESOLUTION 59 (Rev. Kigali, 2022)\nJunk title\n"
        "The World Telecommunication Development Conference (Kigali, 2022),\nrecalling\n"
        "a)\tjunk wording about zebras;\n",
        encoding="utf-8",
    )
    out = cli("import", junk, "--db", store).stdout
    assert out.startswith("edition    RESOLUTION 59 (Rev. Kigali, 2022)")
    kept = int(out.split("use-edition ")[1].split(")")[0])
    listed = json.loads(cli("list", "--json", "--db", store).stdout)
    kigali = [v for v in listed if v["revision"] == "Rev. Kigali, 2022"]
    assert len(kigali) == 2 and {bool(v["replaced"]) for v in kigali} == {True, False}
    (in_force,) = [v for v in kigali if v["in_force"]]
    assert in_force["title"].startswith("Strengthening coordination") and in_force["id"] != kept
    edition = json.loads(cli("show", str(kept), "--json", "--db", store).stdout)
    assert edition["replaced"] and edition["title"] == "Junk title"
    hits = json.loads(cli("search", "bridging the standardization gap", "--json", "--db", store).stdout)
    assert [h for h in hits if h["version_id"] == in_force["id"] and not h["replaced"]]
    (zebras,) = json.loads(cli("search", "zebras", "--json", "--db", store).stdout)
    assert zebras["version_id"] == kept and zebras["replaced"]
    assert "edition not in force" in cli("list", "--db", store).stdout
    again = cli("import", junk, "--db", store).stdout  # the same bytes again: the same edition, nothing new
    assert again.startswith("edition") and f"as edition {kept} " in again
    assert json.loads(cli("list", "--json", "--db", store).stdout) == listed


# -- the GUI -----------------------------------------------------------------------------------


def test_markup_in_a_heading_or_text_never_loads_anything(qtbot, tmp_path):
    """A title and a provision holding <img> tags: the search list escapes them,
    and the documents that draw HTML refuse to load any resource at all."""
    from PySide6.QtGui import QColor, QImage, QTextDocument

    from delegate_app.store.database import open_database
    from delegate_app.ui.hits_delegate import SafeTextDocument
    from delegate_app.ui.library_view import LibraryView
    from delegate_app.ui.widgets import SafeTextBrowser

    picture = tmp_path / "big.png"
    image = QImage(600, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(picture))
    text = RES59.read_text(encoding="utf-8").replace(
        "a)\tResolution\u00a0123", f'a)\t<img src="/dev/zero"><img src="{picture}"> Resolution\u00a0123'
    )
    assert "/dev/zero" in text
    path = tmp_path / "res.txt"
    path.write_text(text, encoding="utf-8")
    db = open_database(tmp_path / "s.sqlite3")
    from delegate_app.services.importing import import_paths

    import_paths(db, [path])
    view = LibraryView(db)
    qtbot.addWidget(view)
    view.show()
    view.search_field.setText("zero")
    qtbot.waitUntil(lambda: view.tree.model().rowCount() > 0, timeout=10000)
    html = view.tree.model().index(0, 0).data(256 + 2)
    assert "<img" not in html and "&lt;img" in html
    view.tree.viewport().repaint()  # the delegate draws the hit through SafeTextDocument
    browser = SafeTextBrowser()
    for doc in (SafeTextDocument(), browser.document()):
        doc.setHtml(f'<p>before</p><img src="{picture}"><p>after</p>')
        doc.setTextWidth(800)
        assert doc.size().height() < 200  # a loaded 600-pixel image would make it taller
    loading = QTextDocument()  # the control: Qt's own document does load it
    loading.setHtml(f'<p>before</p><img src="{picture}"><p>after</p>')
    loading.setTextWidth(800)
    assert loading.size().height() > 600
    db.close()


def test_a_message_that_looks_like_html_is_shown_as_text(qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from delegate_app.ui.dialogs import tell

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.textFormat())))
    tell(None, '<img src="/dev/zero">.txt: no such file')
    assert shown == [('<img src="/dev/zero">.txt: no such file', Qt.TextFormat.PlainText)]


def test_quit_while_a_file_is_being_read_ends_the_import_at_once(qtbot, tmp_path, monkeypatch):
    """A reader that would take a minute (an enormous file): closing the window
    cancels it, so the app ends instead of running on without a window."""
    import time

    from test_no_lost_work import open_window

    from delegate_app.services import importing

    started = []

    def slow_read(path, cancelled=None):
        started.append(path)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if cancelled is not None and cancelled():
                raise ReadCancelled("reading was cancelled", str(path))
            time.sleep(0.01)
        raise AssertionError("the read was never cancelled")

    store = tmp_path / "s.sqlite3"
    window = open_window(qtbot, store, tmp_path / "s.ini")  # the starter library is read first, as usual
    monkeypatch.setattr(importing, "read_file", slow_read)
    versions = window.db.execute("SELECT count(*) FROM versions").fetchone()[0]
    window.start_import([str(RES59)])
    qtbot.waitUntil(lambda: bool(started), timeout=10000)
    clock = time.monotonic()
    window.close()
    assert not window.isVisible() and window.runner.wait(0)
    assert time.monotonic() - clock < 30  # the reader stopped at its next check, not after its minute
    assert sqlite3.connect(store).execute("SELECT count(*) FROM versions").fetchone()[0] == versions


def test_the_library_view_lists_an_edition_beside_the_text_in_force(qtbot, tmp_path):
    """The text in force first, then the wording a later import kept beside it,
    said to be an edition not in force (an import used to replace the text in
    force and list the stored wording as an earlier edition)."""
    from delegate_app.services.importing import import_paths
    from delegate_app.store.database import open_database
    from delegate_app.ui.library_view import LibraryView

    db = open_database(tmp_path / "s.sqlite3")
    import_paths(db, [KIGALI])
    junk = tmp_path / "junk.txt"
    junk.write_text(
        "RESOLUTION 59 (Rev. Kigali, 2022)\nJunk title\nThe World Telecommunication Development Conference "
        "(Kigali, 2022),\nrecalling\na)\tjunk wording about zebras;\n",
        encoding="utf-8",
    )
    import_paths(db, [junk])
    view = LibraryView(db)
    qtbot.addWidget(view)
    view.show()
    model = view.tree.model()
    (wtdc,) = [model.index(r, 0) for r in range(model.rowCount()) if "WTDC" in model.index(r, 0).data()]
    view.tree.expand(wtdc)
    qtbot.waitUntil(lambda: model.rowCount(wtdc) == 2, timeout=5000)
    rows = [model.index(r, 0, wtdc).data() for r in range(model.rowCount(wtdc))]
    assert rows[0].startswith("59 (Rev. Kigali, 2022) · Strengthening coordination")
    assert rows[1].startswith("59 (Rev. Kigali, 2022) · edition not in force (since ") and "Junk title" in rows[1]
    db.close()


def test_the_window_offers_a_base_when_the_named_one_is_missing(qtbot, tmp_path, monkeypatch):
    """C26/89 modifies Res 191 (Rev. Bucharest, 2022), not in the library: the
    window says so and offers the library's versions of Resolution 191; the one
    chosen is the one the MOD is marked against. (The versions offered are texts
    in force: the second is one of Busan, 2014, made from the starter's text. The
    flattened Busan-to-Dubai file used to be one, under the revision "Busan,
    2014DUBAI, 2018"; it is now read as REV. DUBAI, 2018 and kept as an edition
    beside the starter's text of that revision.)"""
    from test_no_lost_work import open_window

    from delegate_app.ui import dialogs

    store = tmp_path / "s.sqlite3"
    busan = tmp_path / "res191-busan.txt"
    starter = (ROOT / "resources" / "starter" / "pp-res191-dubai-2018.txt").read_text(encoding="utf-8")
    busan.write_text(starter.replace("(REV. DUBAI, 2018)", "(Busan, 2014)", 1), encoding="utf-8")
    cli("import", itu_text("council-c26-89-mod-res191-with-4-sector-compilation.txt"), busan, "--db", store)
    window = open_window(qtbot, store, tmp_path / "s.ini")
    uid = sqlite3.connect(store).execute("SELECT uid FROM contributions").fetchone()[0]
    assert window.session.open(uid)
    asked = []

    def choose(parent, message, versions):
        asked.append((message, versions))
        return dialogs.BASE_CHOSEN, next(vid for vid, label in versions if "Busan" in label)

    monkeypatch.setattr(dialogs, "choose_base", choose)
    out = tmp_path / "c26.docx"
    window.export_word(str(out))
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    ((message, versions),) = asked
    assert message.startswith("Proposal 1 modifies PP Resolution 191 (REV. BUCHAREST, 2022), which is not in")
    assert sorted(label for _, label in versions) == [  # the starter library's text, and the one imported
        "PP Resolution 191 (Busan, 2014)",
        "PP Resolution 191 (REV. DUBAI, 2018)",
    ]
    back = json.loads(cli("parse", out, "--json").stdout)
    assert back["proposals"][0]["base"]["revision"].upper() == "BUSAN, 2014"
    window.close()


def test_hostile_pdf_like_text_is_read_in_one_pass(tmp_path):
    """The repairs for PDF text meet lines made to make them slow: a line of
    ninety thousand underscores, a 'page' of thousands of notes, thousands of
    pages. Each is read (or refused) at once, never ground through for minutes."""
    head = RES59.read_text(encoding="utf-8")
    cases = {
        "underscores.txt": head + "\nconsidering\na)\tthat " + "_" * 90_000 + ";\n",
        "notes.txt": head + "\na)\tthat x; ____________ " + " ".join(f"{n} A note" for n in range(1, 9000)) + "\n",
        "pages.txt": head + "".join(f"\nb)\tthat item{n % 9 + 1}; ____________ 1 A note." for n in range(9000)),
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = cli("parse", path, check=False)  # the helper gives up after 60 s
        assert result.returncode in (0, 2) and "Traceback" not in result.stderr, (name, result.stderr[-300:])


def test_what_a_tester_found_in_the_new_options_is_refused_in_one_line(tmp_path):
    """Huge ids, a malformed option, conflicting or misplaced --base values, and
    a base of another resolution: each one line, exit 2, nothing written."""
    store = tmp_path / "s.sqlite3"
    c26 = itu_text("council-c26-89-mod-res191-with-4-sector-compilation.txt")
    cli("import", c26, itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt"), MOD57, "--db", store)
    listed = {(v["body"], v["number"]): v["id"] for v in json.loads(cli("list", "--json", "--db", store).stdout)}
    dubai, ra75 = listed[("PP", "191")], listed[("RA", "ITU-R 75")]
    out = tmp_path / "x.docx"
    before = digest(store)
    for args, words in [
        (["show", "99999999999999999999999"], "is not an id"),
        (["export", "docx", "99999999999999999999999", "-o", out], "is not an id"),
        (["export", "docx", "1", "-o", out, "--base", "1=99999999999999999999999"], "is not an id"),
        (["export", "docx", "1", "-o", out, "--base", "1=abc"], "give N=VERSION_ID"),
        (["export", "docx", "1", "-o", out, "--base", f"1={dubai}", "--base", f"1={ra75}"], "given twice"),
        (["export", "docx", "1", "-o", out, "--base", f"1={ra75}"], "but proposal 1 (MOD) modifies PP Resolution 191"),
        (["show", "abc"], "no text of the library is named 'abc'"),
    ]:
        refused(cli(*args, "--db", store, check=False), words)
    assert digest(store) == before and not out.exists()
    contribution_ids = [c["id"] for c in json.loads(cli("list", "--contributions", "--json", "--db", store).stdout)]
    assert len(contribution_ids) == 2


def test_header_values_no_word_file_can_hold_are_written_safely(tmp_path):
    """Control characters, lone surrogates and 300-character values in the
    header options: the file is written (the characters XML forbids dropped, a
    property over Word's 255 characters cut), never a crash."""
    out = tmp_path / "r.docx"
    long = "T" * 300
    result = cli(
        "redline",
        KIGALI,
        RES59,
        "-o",
        out,
        "--title",
        "a\x01b " + long,
        "--source",
        "A\x0bB",
        "--author",
        "a\x01" + long,
        "--document",
        "Doc \udc80",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    back = json.loads(cli("parse", out, "--json").stdout)["document"]
    assert back["title"].startswith("ab TTT") and back["source"] == "AB"
    import zipfile

    core = zipfile.ZipFile(out).read("docProps/core.xml").decode("utf-8")
    assert "…</dc:title>" in core


def test_pdf_repairs_do_not_change_meaning(tmp_path):
    """A note's mark is never taken from a code ("C2", "IPv4"); suspended
    hyphens ("small- to medium-sized", "3- to 5-year") are left as written."""
    text = RES59.read_text(encoding="utf-8") + (
        "\nconsidering\na)\tthat Action Lines C2, C5 and C6 concern small- to medium-sized and 3- to 5-year plans;"
        "\nb)\tthat developing countries4 use IPv4 addresses; ____________________ 4 These include LDCs.\n"
    )
    path = tmp_path / "pdf.txt"
    path.write_text(text, encoding="utf-8")
    res = read_file(path).document
    a, b = res.sections[-1].provisions[:2]
    assert a.text == "that Action Lines C2, C5 and C6 concern small- to medium-sized and 3- to 5-year plans;"
    assert b.text == "that developing countries use IPv4 addresses;" and len(b.notes) == 1
    assert b.text[: b.notes[0].offset].endswith("countries")
