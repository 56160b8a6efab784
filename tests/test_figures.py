"""Figures (images) kept from a Word file, through every door (issue 35, item 4).

Invariants: a figure read from a Word file is stored with its resolution (bytes,
content type, size) and comes back where it was; its marker never reaches a
text (plain text, search, comparison workbook, reading view); the redline keeps
an image both sides hold and deletes and inserts whole one that changed; an
image over the limits is left out with a line in the import report, and the
rest of the file is read as before."""

from __future__ import annotations

import base64
import io
import json
import re
import subprocess
import zipfile

import docx_factory as f
import figure_factory as ff
import pytest
from test_published_resolution import IMAGES, PIXELS, RES1, SIZES, _pictures, res1_docx

from delegate_app.cli.main import run as main
from delegate_app.core.model import Figure, Provision, Resolution, Section, asdict
from delegate_app.core.redline import DELETED, EQUAL_P, INSERTED, redline
from delegate_app.formats import figures
from delegate_app.formats.docx_writer import contribution_docx, mod_contribution
from delegate_app.formats.html_view import resolution_html
from delegate_app.formats.reader import read_bytes
from delegate_app.formats.text_writer import resolution_text

RED, BLUE = ff.png(8, 4, (200, 0, 0)), ff.png(8, 4, (0, 0, 200))
MARKERS = (figures.FIG_OPEN, figures.FIG_CLOSE)


def _figure(data: bytes, width: int = 914400, height: int = 457200) -> Figure:
    return Figure(
        figures.hashlib.sha256(data).hexdigest()[:20], "image/png", base64.b64encode(data).decode(), width, height
    )


def _res(*items: Provision, images: tuple[Figure, ...] = ()) -> Resolution:
    sections = [Section("resolves", list(items))]
    return Resolution(body="WTSA", number="1", revision="Rev. Hammamet, 2016", sections=sections, figures=list(images))


def _clean(text: str) -> None:
    """No marker and no image bytes in a text a delegate reads."""
    assert not any(m in text for m in MARKERS)
    for image in IMAGES.values():
        assert base64.b64encode(image).decode()[:40] not in text


def test_the_redline_keeps_a_figure_both_sides_hold_and_replaces_one_that_changed():
    red, blue = _figure(RED), _figure(BLUE)
    before = _res(Provision("1", "First."), Provision("", "", figure=red.key), Provision("2", "Second."), images=(red,))
    same = _res(Provision("1", "First."), Provision("", "", figure=red.key), Provision("2", "Second."), images=(red,))
    changed = _res(
        Provision("1", "First."), Provision("", "", figure=blue.key), Provision("2", "Second."), images=(blue,)
    )
    dropped = _res(Provision("1", "First."), Provision("2", "Second."))
    assert not redline(before, same).changed
    rows = [(p.change, p.figure) for p in redline(before, changed).paragraphs if p.role == "provision"]
    assert rows == [(EQUAL_P, ""), (DELETED, red.key), (INSERTED, blue.key), (EQUAL_P, "")]
    rows = [(p.change, p.figure) for p in redline(before, dropped).paragraphs if p.role == "provision"]
    assert rows == [(EQUAL_P, ""), (DELETED, red.key), (EQUAL_P, "")]


def test_a_changed_figure_is_a_tracked_deletion_and_insertion_pandoc_accepts_and_rejects(tmp_path):
    red, blue = _figure(RED), _figure(BLUE, 1828800, 914400)
    before = _res(Provision("1", "First."), Provision("", "", figure=red.key), images=(red,))
    after = _res(Provision("1", "First."), Provision("", "", figure=blue.key), images=(blue,))
    data = contribution_docx(mod_contribution(before, after, number="ABC/1/1", reasons="New figure."))[0]
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert xml.count("<w:drawing>") == 2
    changes = re.findall(r"<w:(del|ins) [^>]*>(.*?)</w:\1>", xml, re.S)
    assert [(kind, body.count("<w:drawing>")) for kind, body in changes if "<w:drawing>" in body] == [
        ("del", 1),
        ("ins", 1),
    ]
    path = tmp_path / "mod.docx"
    path.write_bytes(data)
    for mode, image in (("accept", BLUE), ("reject", RED)):
        media = tmp_path / mode
        subprocess.run(
            ["pandoc", f"--track-changes={mode}", str(path), "-t", "markdown", f"--extract-media={media}"],
            capture_output=True,
            check=True,
        )
        assert [p.read_bytes() for p in media.rglob("*.png")] == [image], mode


def test_images_over_the_limits_are_left_out_and_said(monkeypatch, tmp_path, capsys):
    """A file of figures cannot fill the store: over the size of one or the count,
    they are left out, each with a line in the import report, and no marker is left."""
    sizes = [len(image) for image in IMAGES.values()]  # 81, 78, 76 bytes
    monkeypatch.setattr(figures, "MAX_FIGURE_BYTES", sizes[1])  # the first is over it
    read = read_bytes(res1_docx(), "res1.docx")
    said = [w for w in read.warnings if w.startswith("figure")]
    assert (
        len(said) == 1 and said[0].startswith("figure 1: its image is 0.0 MB (the limit is") and "left out" in said[0]
    )
    assert [base64.b64decode(x.data) for x in read.document.figures] == list(IMAGES.values())[1:]
    assert not any(m in json.dumps(read.document.to_dict(), ensure_ascii=False) for m in MARKERS)
    path = tmp_path / "res1.docx"  # the command line's import report says it, and imports the rest
    path.write_bytes(res1_docx())
    assert main(["import", str(path), "--db", str(tmp_path / "store.sqlite3")]) == 0
    assert "res1.docx: figure 1: its image is 0.0 MB" in capsys.readouterr().err
    monkeypatch.setattr(figures, "MAX_FIGURE_BYTES", 5 * 2**20)
    monkeypatch.setattr(figures, "MAX_FIGURES", 1)
    read = read_bytes(res1_docx(), "res1.docx")
    assert [w for w in read.warnings if w.startswith("figure")] == [
        "figure 2: more than 1 figures; it was left out",
        "figure 3: more than 1 figures; it was left out",
    ]
    assert len(read.document.figures) == 1


def test_a_bomb_of_pictures_is_read_once_and_said_in_a_few_lines(monkeypatch):
    """200 pictures of one image are one image read once (the count and size limits
    count images, not places); 200 pictures of images the file lacks are left out
    with five lines and a count in the report, not 200."""
    text = [row for row in RES1 if row[0] not in ("Figure", "Figurelegend")]
    rows = [*text, *(f.plain(ff.placeholder(n), "Figure") for n in range(1, 401))]
    runs = {n: ff.drawing("rId20" if n <= 200 else f"rIdX{n}", 914400, 914400, n) for n in range(1, 401)}
    data = ff.with_figures(f.build(rows), runs, {"rId20": RED})
    reads = []
    real = figures.Package.read
    monkeypatch.setattr(figures.Package, "read", lambda self, part: reads.append(part) or real(self, part))
    read = read_bytes(data, "bomb.docx")
    assert reads.count("/word/media/rId20.png") == 1
    assert len(read.document.figures) == 1
    said = [w for w in read.warnings if "left out" in w]
    assert len(said) == 6 and said[-1] == "195 more figures were left out"
    placed = [p for a in read.document.annexes for p in a.provisions if p.figure]
    assert len(placed) == 200 and {p.figure for p in placed} == {read.document.figures[0].key}


def test_a_picture_whose_image_is_missing_is_said_and_the_text_is_read():
    rows = [*(row for row in RES1 if row[0] not in ("Figure", "Figurelegend")), f.plain(ff.placeholder(9), "Figure")]
    data = ff.with_figures(f.build(rows), {9: ff.drawing("rId99", 914400, 914400, 9)}, {})
    read = read_bytes(data, "broken.docx")
    assert any("figure 1: its image is not in the file" in w for w in read.warnings)
    assert not read.document.figures
    assert not any(m in json.dumps(read.document.to_dict(), ensure_ascii=False) for m in MARKERS)


def test_a_text_without_figures_is_stored_as_before_and_one_with_them_round_trips():
    plain = _res(Provision("1", "First."))
    d = plain.to_dict()
    assert "figures" not in d and "figure" not in d["sections"][0]["provisions"][0]
    assert asdict(Provision("1", "First.")) == {"label": "1", "text": "First.", "children": [], "notes": []}
    res = read_bytes(res1_docx(), "res1.docx").document
    again = Resolution.from_dict(json.loads(json.dumps(res.to_dict())))
    assert again == res and len(again.figures) == 3
    assert [base64.b64decode(x.data) for x in again.figures] == list(IMAGES.values())
    assert [(x.width, x.height) for x in again.figures] == SIZES


def test_the_text_export_and_reading_view_show_a_placeholder_or_the_image_never_bytes():
    res = read_bytes(res1_docx(), "res1.docx").document
    text = resolution_text(res)
    assert text.count("[Figure 1]") == 1 and "[Figure 3]" in text
    _clean(text)
    html = resolution_html(res)
    assert html.count('<img src="figure:') == 3  # the view gives its document the images by name
    assert not any(m in html for m in MARKERS)
    res.language = "ru"
    assert "[Рисунок 2]" in resolution_text(res)


def test_the_comparison_workbook_has_no_marker_or_image_bytes(tmp_path):
    from delegate_app.core.compare import compare
    from delegate_app.formats.xlsx_writer import comparison_xlsx

    res = read_bytes(res1_docx(), "res1.docx").document
    book = comparison_xlsx(compare([res, res], ["A", "B"]))
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                _clean(z.read(name).decode("utf-8"))


def test_the_store_keeps_the_figures_and_the_command_line_shows_and_searches_no_garbage(tmp_path, capsys):
    path, store = tmp_path / "res1.docx", tmp_path / "store.sqlite3"
    path.write_bytes(res1_docx())
    assert main(["import", str(path), "--db", str(store)]) == 0
    capsys.readouterr()
    assert main(["show", "WTSA 1 (Rev. Hammamet, 2016) en", "--json", "--db", str(store)]) == 0
    shown = json.loads(capsys.readouterr().out)
    text = shown.get("resolution", shown)
    assert [base64.b64decode(x["data"]) for x in text["figures"]] == list(IMAGES.values())
    assert main(["show", "WTSA 1 (Rev. Hammamet, 2016) en", "--db", str(store)]) == 0
    _clean(capsys.readouterr().out)
    assert main(["search", "figure", "--db", str(store)]) == 0
    found = capsys.readouterr().out
    assert "The sectors and their study groups" in found
    _clean(found)
    # the command line's MOD of a Word file by itself: the same figures, unmarked
    out = tmp_path / "mod.docx"
    assert main(["redline", str(path), str(path), "-o", str(out), "--number", "ABC/1/1", "--db", str(store)]) == 0
    data = out.read_bytes()
    assert _pictures(data) == [(IMAGES[rid], size) for rid, size in zip(IMAGES, SIZES)]
    assert b"<w:ins " not in data and b"<w:del " not in data


@pytest.mark.slow
def test_the_librarys_reading_view_draws_the_figure(qtbot, tmp_path):
    """The window: the imported text selected in the Library, its reading view
    draws the first figure (its red is on screen), not a marker; its PDF holds the figures."""
    from PySide6.QtCore import QSettings
    from test_app import make_window, version_id

    from delegate_app.services.importing import import_paths
    from delegate_app.store.database import open_database

    env = {"db": tmp_path / "store.sqlite3", "ini": tmp_path / "settings.ini", "tmp": tmp_path}
    path = tmp_path / "res1.docx"
    path.write_bytes(res1_docx())
    db = open_database(env["db"])
    assert import_paths(db, [path]).ok
    db.close()
    QSettings(str(env["ini"]), QSettings.Format.IniFormat).setValue("ui/language", "en")
    window = make_window(qtbot, env)
    window.library.select_version(version_id(window, "Rev. Hammamet, 2016"))
    reader = window.library.reader
    qtbot.waitUntil(lambda: "The tenth paragraph" in reader.toPlainText(), timeout=10000)
    _clean(reader.toPlainText())
    at = reader.toPlainText().index("The tenth paragraph")
    cursor = reader.textCursor()
    cursor.setPosition(at)
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    qtbot.wait(50)
    image = reader.viewport().grab().toImage()
    red = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if (c := image.pixelColor(x, y)).red() > 150 and c.green() < 60 and c.blue() < 60
    )
    assert red > 100
    # printed from there (File > Save view as PDF): the figures go with the text, and no marker
    from pdfminer.high_level import extract_pages, extract_text
    from pdfminer.layout import LTImage

    from delegate_app.ui.printing import save_pdf

    pdf = tmp_path / "res1.pdf"
    assert save_pdf(window, str(pdf)) == str(pdf)
    images = [item.srcsize for page in extract_pages(str(pdf)) for item in _walk(page) if isinstance(item, LTImage)]
    assert sorted(images) == sorted(PIXELS)  # the images themselves, not blank pixels
    _clean(extract_text(str(pdf)))


def _walk(item):
    yield item
    for child in getattr(item, "_objs", ()):
        yield from _walk(child)


def test_the_editors_text_reads_back_with_its_figures():
    """The Draft editor is given the text with "[Figure N]" lines; what it reads back
    (services.drafts.parse_typed) takes its figures again from the text it was given
    (text_writer.carry_figures): untouched, the same resolution; typed in, the figures
    stay where they were; a placeholder naming no figure stays as typed."""
    from delegate_app.formats.text_writer import carry_figures
    from delegate_app.services.drafts import parse_typed

    res = read_bytes(res1_docx(), "res1.docx").document
    text = resolution_text(res, editor=True)
    back = parse_typed(text)
    carry_figures(back, res)
    assert back == res
    typed = parse_typed(text.replace("The tenth paragraph.", "The tenth paragraph, amended.") + "[Figure 9]\n")
    carry_figures(typed, res)
    assert [p.figure for p in typed.provisions() if p.figure] == [p.figure for p in res.provisions() if p.figure]
    assert typed.figures == res.figures
    assert typed.annexes[-1].provisions[-1].text == "[Figure 9]" and not typed.annexes[-1].provisions[-1].figure
    rl = redline(res, typed)
    assert [p.change for p in rl.paragraphs if p.figure] == [EQUAL_P] * 3
