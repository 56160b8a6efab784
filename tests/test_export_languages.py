"""A MOD exported in each of the six ITU languages, judged by pandoc: the
document's own words are in its language (heading word, "Reasons", "Original",
the title), no English boilerplate is left, accept-all and reject-all give the
two texts, and a short insertion in Chinese is marked as short as it is."""

from __future__ import annotations

import json
import re
import shutil
import zipfile

import pytest
from conftest import ROOT, judged_by_libreoffice, libreoffice_revisions, pandoc_text
from lxml import etree

from delegate_app.formats.docx_writer import contribution_docx, mod_contribution
from delegate_app.formats.reader import read_bytes, read_file

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXTS = {
    "en": ROOT / "resources/starter/wtdc-res59-kigali-2022.txt",
    **{lang: ROOT / f"tests/fixtures/languages/{lang}-res59.txt" for lang in ("fr", "es", "ru", "ar", "zh")},
}
# what each language's document must say, and the English words none but English may hold
OWN_WORDS = {
    "en": ("RESOLUTION 59", "Reasons:", "Original: English"),
    "fr": ("RÉSOLUTION 59", "Motifs:", "Original: français"),
    "es": ("RESOLUCIÓN 59", "Motivos:", "Original: español"),
    "ru": ("РЕЗОЛЮЦИЯ 59", "Основания:", "Оригинал: русский"),
    "ar": ("القرار 59", "الأسباب:", "الأصل: بالعربية"),
    "zh": ("第59号决议（", "理由：", "原文：中文"),
}
ENGLISH = ("RESOLUTION", "Reasons", "Original", "PROPOSED MODIFICATION", "Abstract")
INSERTED = {"en": "and the Council ", "zh": "有效地推动"}  # five characters in Chinese


def _changed(lang: str):
    base = read_file(TEXTS[lang]).document
    proposed = read_file(TEXTS[lang]).document
    item = proposed.sections[1].provisions[0]
    words = INSERTED.get(lang, "ABCDE ")
    cut = len(item.text) // 2
    if lang != "zh":
        cut = item.text.index(" ", cut) + 1
    item.text = item.text[:cut] + words + item.text[cut:]
    return base, proposed, item.text, words


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is installed by the test command")
@pytest.mark.parametrize("lang", list(TEXTS))
def test_a_mod_in_each_language_says_its_own_words(lang, tmp_path):
    base, proposed, changed_text, words = _changed(lang)
    contrib = mod_contribution(base, proposed, number="ABC/1/1", reasons="—")
    data, _ = contribution_docx(contrib)
    path = tmp_path / f"{lang}.docx"
    path.write_bytes(data)
    accepted, rejected = pandoc_text(path, "accept"), pandoc_text(path, "reject")
    for words_of_language in OWN_WORDS[lang]:
        assert words_of_language in accepted, (lang, words_of_language)
    if lang != "en":
        for english in ENGLISH:
            if english == "Original" and lang in ("fr", "es"):
                continue  # "Original: français", "Original: español": the same word
            assert english not in accepted, (lang, english)
    assert words.strip() in accepted and words.strip() not in rejected
    title = contrib.header.title
    assert base.revision.upper() in title  # the text in force, never a revision yet to be made
    flat = re.sub(r"\s+", " ", accepted)
    assert re.sub(r"\s+", " ", changed_text)[:40] in flat


def test_a_five_character_chinese_insertion_is_marked_as_five_characters(tmp_path):
    base, proposed, _, words = _changed("zh")
    data, _ = contribution_docx(mod_contribution(base, proposed, number="ABC/1/1"))
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    inserted = ["".join(t.text or "" for t in ins.iter(f"{W}t")) for ins in root.iter(f"{W}ins")]
    deleted = ["".join(t.text or "" for t in d.iter(f"{W}delText")) for d in root.iter(f"{W}del")]
    assert inserted == [words] and deleted == []


def _package(data: bytes) -> dict[str, bytes]:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_the_package_is_this_documents_own(lang):
    """Properties, parts, styles, header, layout and fonts of ITU's files, none of
    python-docx's blank template."""
    from datetime import UTC, datetime

    from delegate_app.formats.docx_writer import ExportOptions

    base, proposed, _, _ = _changed(lang)
    contrib = mod_contribution(base, proposed, number="ABC/1/1")
    contrib.header.document = "Addendum 4 to Document 47-E"
    stamp = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
    parts = _package(contribution_docx(contrib, ExportOptions(author="A. Delegate", date=stamp))[0])
    assert not {n for n in parts if "thumbnail" in n or "stylesWithEffects" in n or n.startswith("customXml")}
    core = etree.fromstring(parts["docProps/core.xml"])
    text = {el.tag.split("}")[1]: el.text for el in core}
    assert text["creator"] == text["lastModifiedBy"] == "A. Delegate"
    assert text["created"] == text["modified"] == "2026-11-30T09:15:00Z"
    assert text["title"] == contrib.header.title and text["language"] in ("en-GB", "ar-SA", "zh-CN")
    assert b"Macintosh" not in parts["docProps/app.xml"] and b"<Application>Delegate" in parts["docProps/app.xml"]
    settings = etree.fromstring(parts["word/settings.xml"])
    assert settings.find(f"{W}themeFontLang").get(f"{W}eastAsia") == "zh-CN"
    styles = etree.fromstring(parts["word/styles.xml"])
    body = etree.fromstring(parts["word/document.xml"])
    headers = [etree.fromstring(v) for k, v in parts.items() if k.startswith("word/header")]
    used = {el.get(f"{W}val") for root in [body, *headers] for el in root.iter(f"{W}pStyle", f"{W}rStyle")}
    defined = {s.get(f"{W}styleId"): s for s in styles.iter(f"{W}style")}
    assert used <= set(defined) and len(defined) < 30  # python-docx's template had 164
    runs = list(body.iter(f"{W}r"))
    tags = {r.find(f"{W}rPr/{W}lang").get(f"{W}val") for r in runs}
    assert tags == {text["language"]}  # the language on every run
    # the running header: a PAGE field and the document's reference, not on the first page
    assert body.find(f".//{W}sectPr/{W}titlePg") is not None
    fields = [f.get(f"{W}instr").strip() for h in headers for f in h.iter(f"{W}fldSimple")]
    assert fields == ["PAGE"]
    letter = {"en": "E", "ar": "A", "zh": "C"}[lang]  # the document's own language, whatever the header typed
    assert any(f"47(Add.4)-{letter}" in "".join(t.text or "" for t in h.iter(f"{W}t")) for h in headers)
    # Normal: Times New Roman 12 pt (complex script too), exact 14 pt lines, ITU's tab stops
    normal = defined["Normal"]
    assert normal.find(f"{W}pPr/{W}spacing").get(f"{W}lineRule") == "exact"
    assert normal.find(f"{W}pPr/{W}spacing").get(f"{W}line") == "280"
    assert [t.get(f"{W}pos") for t in normal.iter(f"{W}tab")] == ["794", "1191", "1588", "1985"]
    assert normal.find(f"{W}rPr/{W}sz").get(f"{W}val") == normal.find(f"{W}rPr/{W}szCs").get(f"{W}val") == "24"
    title = defined["Restitle"].find(f"{W}rPr")
    assert title.find(f"{W}b") is not None and title.find(f"{W}bCs") is not None
    assert defined["Call"].find(f"{W}rPr/{W}iCs") is not None
    # items of a call in Normal, label and tab; their sub-items in enumlev1-3
    from delegate_app.core.model import flatten

    depths = [d for section in proposed.sections for d, p in flatten(section.provisions) if p.label]
    styled = [
        (p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") if p.find(f"{W}pPr/{W}pStyle") is not None else "Normal")
        for p in body.iter(f"{W}p")
        if p.find(f"{W}r/{W}tab") is not None or p.find(f"{W}ins/{W}r/{W}tab") is not None
    ]
    assert styled.count("Normal") >= depths.count(0) > 5
    assert styled.count("enumlev1") == depths.count(1) and styled.count("enumlev2") == depths.count(2)


def test_non_breaking_spaces_and_hyphens_are_kept_from_reading_to_writing(tmp_path):
    """Res 59 (Rev. Baku, 2025) sets "Resolution 123" with a non-breaking space
    and "ITU-R" with a non-breaking hyphen; they are read, stored and exported
    (so no line starts with a lone number), and a retyped plain space or hyphen
    in the proposal is not marked as a change of words."""
    baku = read_file(ROOT / "resources/starter/wtdc-res59-baku-2025.txt").document
    texts = " ".join(p.text for p in baku.provisions())
    assert texts.count("\u00a0") >= 20 and texts.count("\u2011") >= 20
    proposed = read_file(ROOT / "resources/starter/wtdc-res59-baku-2025.txt").document
    item = proposed.sections[0].provisions[0]
    item.text = item.text.replace("\u00a0", " ").replace("\u2011", "-") + " and its annexes"
    data, _ = contribution_docx(mod_contribution(baku, proposed, number="ABC/1/1"))
    document = _package(data)["word/document.xml"].decode("utf-8")
    assert document.count("\u00a0") >= 20 and document.count("\u2011") >= 20
    path = tmp_path / "mod.docx"
    path.write_bytes(data)
    accepted, rejected = pandoc_text(path, "accept"), pandoc_text(path, "reject")
    assert "and its annexes" in accepted and "and its annexes" not in rejected
    root = etree.fromstring(document.encode("utf-8"))
    inserted = ["".join(t.text or "" for t in ins.iter(f"{W}t")) for ins in root.iter(f"{W}ins")]
    assert all(len(text.strip()) <= 1 for text in inserted[:-1]) and inserted[-1].strip() == "and its annexes"


def test_a_council_contribution_exports_with_its_own_headings_and_its_annex(tmp_path):
    """C26/89: 'Purpose', 'Action required by the Council', 'I Introduction' as
    the document has them, and the annex compiling the four sister resolutions
    (it used to be dropped without a warning)."""
    from conftest import itu_text

    doc = read_file(itu_text("council-c26-89-mod-res191-with-4-sector-compilation.txt")).document
    doc.proposals[0].base = doc.proposals[0].resolution  # the base named is not what this test is about
    data, _ = contribution_docx(doc)
    body = etree.fromstring(_package(data)["word/document.xml"])

    def styled(style: str) -> list[str]:
        return [
            "".join(t.text or "" for t in p.iter(f"{W}t"))
            for p in body.iter(f"{W}p")
            if (s := p.find(f"{W}pPr/{W}pStyle")) is not None and s.get(f"{W}val") == style
        ]

    headings = styled("Headingb")  # (a tab is not a w:t: "I<tab>Introduction" reads "IIntroduction" here)
    assert headings[:3] == ["Purpose", "Action required by the Council", "IIntroduction"]
    assert "II Proposal" in headings
    assert styled("AnnexNo")[-1] == "Annex"  # after Resolution 191's own ANNEX 1-3
    path = tmp_path / "c26.docx"
    path.write_bytes(data)
    plain = pandoc_text(path, "accept")
    assert "Compilations of PP and sectoral resolutions" in plain
    assert "RESOLUTION ITU-R 75" in plain.replace("\u2011", "-")
    # the compilation is a text extraction of a four-column Word table: a Word table again,
    # its columns the four texts, aligned call by call as the delegation set them
    tables = list(body.iter(f"{W}tbl"))
    rows = [
        ["\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in c.iter(f"{W}p")) for c in r.iter(f"{W}tc")]
        for r in tables[-1].iter(f"{W}tr")
    ]
    assert rows[0] == ["PP-26", "RA", "WTSA", "WTDC"] and {len(r) for r in rows} == {4}
    assert [cell.split("\n")[0][:19].replace("\u2011", "-") for cell in rows[1]] == [
        "RESOLUTION 191 (REV",
        "RESOLUTION ITU-R 75",
        "RESOLUTION 18 (Rev.",
        "RESOLUTION 59 (Rev.",
    ]
    # four texts side by side: a landscape section of its own, after the upright proposal
    sections = list(body.iter(f"{W}sectPr"))
    sizes = [s.find(f"{W}pgSz") for s in sections]
    assert [z.get(f"{W}orient") for z in sizes] == [None, "landscape"]
    assert int(sizes[1].get(f"{W}w")) > int(sizes[1].get(f"{W}h"))
    considering = next(r for r in rows if r[0].startswith("considering"))
    assert all(cell.startswith("considering") for cell in considering)
    assert not [p for p in doc.attachments[0].provisions if p.text.startswith(("PP-26", "RESOLUTION"))]


@judged_by_libreoffice
@pytest.mark.parametrize("lang", list(TEXTS))
def test_libreoffice_accepts_and_rejects_a_mod_in_each_language(lang, tmp_path):
    """LibreOffice, a reader we did not write: accept-all gives the proposed item,
    reject-all the base's, in every language (right to left and CJK included)."""
    base, proposed, changed_text, words = _changed(lang)
    item = base.sections[1].provisions[0]
    path = tmp_path / f"{lang}.docx"
    path.write_bytes(contribution_docx(mod_contribution(base, proposed, number="ABC/1/1"))[0])
    seen = {}
    for mode in ("accept", "reject"):
        seen[mode] = libreoffice_revisions(path, mode, tmp_path)
    assert seen["accept"]["redlines"] >= 1 and seen["accept"]["remaining"] == seen["reject"]["remaining"] == 0
    assert f"{item.label}\t{changed_text}" in seen["accept"]["paragraphs"]
    assert f"{item.label}\t{item.text}" in seen["reject"]["paragraphs"]
    assert not [p for p in seen["reject"]["paragraphs"] if words.strip() in p]


def test_a_titles_manual_line_break_is_kept(tmp_path):
    """A contribution's title broken by hand in Word (a w:br) reads with the
    break, is written with it, and is one line wherever it is listed."""
    base, proposed, _, _ = _changed("en")
    contrib = mod_contribution(base, proposed, number="ABC/1/1")
    contrib.header.title = "PROPOSALS FOR THE WORK\nOF THE CONFERENCE"
    data, _ = contribution_docx(contrib)
    body = etree.fromstring(_package(data)["word/document.xml"])
    (title,) = [
        p for p in body.iter(f"{W}p") if (s := p.find(f"{W}pPr/{W}pStyle")) is not None and s.get(f"{W}val") == "Title1"
    ]
    assert len(list(title.iter(f"{W}br"))) == 1
    path = tmp_path / "t.docx"
    path.write_bytes(data)
    from test_cli import cli

    back = json.loads(cli("parse", path, "--json").stdout)["document"]
    assert back["title"] == "PROPOSALS FOR THE WORK\nOF THE CONFERENCE"
    store = tmp_path / "s.sqlite3"
    cli("import", path, "--db", store)
    listed = cli("list", "--contributions", "--db", store).stdout
    assert "PROPOSALS FOR THE WORK OF THE CONFERENCE" in listed and "\\n" not in listed


def test_an_annex_table_is_read_and_written_as_a_word_table(tmp_path):
    """A contribution whose annex compiles texts in columns (as C26/89 does):
    the table is read cell by cell, kept, and exported as a Word table with the
    same cells; read back, the same table."""
    import docx_factory as f

    kigali = (ROOT / "resources/starter/wtdc-res59-kigali-2022.txt").read_text(encoding="utf-8")
    proposed = kigali.replace("to inform TDAG annually", "to inform TDAG and the Council annually")
    paras = [f.plain("Addendum 2 to Document 12-E"), f.plain("MOD\tRCC/12A2/1")]
    paras += [f.plain(line) for line in proposed.split("\n") if line.strip() and "[" not in line]
    paras += [f.plain("Reasons:\tTo involve the Council."), f.plain("Annex"), f.plain("Compilation of the texts")]
    body = "".join(f.paragraph_xml(style, runs, mark) for style, runs, mark in paras)

    def cell(*lines: str) -> str:
        return "<w:tc>" + "".join(f.paragraph_xml("", [("", line)]) for line in lines) + "</w:tc>"

    table = (
        "<w:tbl><w:tr>" + cell("PP-22") + cell("RA-23") + cell("WTDC-25") + "</w:tr>"
        "<w:tr>" + cell("RESOLUTION 191", "Strategy") + cell("RESOLUTION ITU-R 75") + cell("RESOLUTION 59") + "</w:tr>"
        "</w:tbl>"
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{f.W}" xmlns:r="{f.R}">'
        f"<w:body>{body}{table}<w:sectPr/></w:body></w:document>"
    )
    doc = read_bytes(f.build(document=document), "c.docx").document
    (annex,) = doc.attachments
    expected = [["PP-22", "RA-23", "WTDC-25"], ["RESOLUTION 191\nStrategy", "RESOLUTION ITU-R 75", "RESOLUTION 59"]]
    assert annex.table == expected and annex.title == "Compilation of the texts"
    doc.proposals[0].base = read_file(ROOT / "resources/starter/wtdc-res59-kigali-2022.txt").document
    data, _ = contribution_docx(doc)
    tables = list(etree.fromstring(_package(data)["word/document.xml"]).iter(f"{W}tbl"))
    assert len(tables) == 2  # the header table, and the annex's
    rows = [
        ["\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in c.iter(f"{W}p")) for c in r.iter(f"{W}tc")]
        for r in tables[1].iter(f"{W}tr")
    ]
    assert rows == expected
    assert tables[1].find(f"{W}tr/{W}trPr/{W}tblHeader") is not None
    again = read_bytes(data, "again.docx").document
    assert again.attachments[0].table == expected
    path = tmp_path / "t.docx"
    path.write_bytes(data)
    assert "RESOLUTION ITU-R 75" in pandoc_text(path, "accept")


@pytest.mark.parametrize("lang", list(TEXTS))
def test_a_mod_in_each_language_finds_the_text_it_names(lang, tmp_path):
    """A MOD read from Word names the text in force in its own language's form
    ("Пересм. Кигали, 2022 г.", "2022年，基加利，修订版"); with that text in the
    library, the library finds it by that name (it used to cut the name after the
    first year: "Пересм. Кигали, 2022", "2022")."""
    from delegate_app.store.database import open_database
    from delegate_app.store.editions import import_documents
    from delegate_app.store.library import named_version

    base, proposed, _, _ = _changed(lang)
    data = contribution_docx(mod_contribution(base, proposed, number="ABC/1/1"))[0]
    mod = read_bytes(data, f"{lang}-mod.docx").document.proposals[0].resolution
    db = open_database(tmp_path / "s.sqlite3")
    text = read_file(TEXTS[lang])
    import_documents(db, [(text.path, text.data, text.document, None, [])])
    found = named_version(db, mod)
    assert found is not None and found.revision == base.revision
    db.close()
