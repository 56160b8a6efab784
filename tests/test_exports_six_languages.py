"""Every export in each of the six languages, as a secretariat would receive it
(issue 35): a contribution drafted through the window's service (MOD, (MOD),
ADD, SUP, NOC), the text as amended, the compilation and the brief.

Invariants, judged by readers we did not write (pandoc; LibreOffice in one
batch): no English word the app wrote itself in a document of another
language; the running header gives the document as ITU prints it, with the
meeting's prefix and the document's own language letter; the tracked changes
are the delegate's edits and nothing else (accepting and rejecting them differ
only in the edited paragraphs). LibreOffice's PDF of each is rendered to PNG
in the test's folder, to be looked at.
"""

from __future__ import annotations

import copy
import difflib
import json
import shutil
import subprocess
import zipfile

import pytest
from conftest import ROOT, SYSTEM_PYTHON, judged_by_libreoffice, pandoc_text

from delegate_app.core.drafting import new_add, new_mod, new_title_only
from delegate_app.core.model import ContributionHeader, Position
from delegate_app.formats.docx_writer import ExportOptions
from delegate_app.formats.itu_wording import wording
from delegate_app.formats.text_writer import resolution_text
from delegate_app.services import library
from delegate_app.services.amending import write_amended, write_compilation
from delegate_app.services.brief import write_brief
from delegate_app.services.exporting import write_docx
from delegate_app.services.importing import import_paths
from delegate_app.services.workspace import Workspace
from delegate_app.store.database import open_database
from delegate_app.store.positions import save_position

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
TEXTS = [ROOT / "resources/starter/wtdc-res59-kigali-2022.txt"] + [
    ROOT / f"tests/fixtures/languages/{lang}-res59.txt" for lang in LANGUAGES[1:]
]
# the document as a delegate of each language writes it in the header
DOCUMENTS = {
    "en": "Addendum 2 to Document 25-E",
    "fr": "Additif 2 au Document 25-F",
    "es": "Addéndum 2 al Documento 25-S",
    "ru": "Дополнительный документ 2 к Документу 25-R",
    "ar": "الإضافة 2 للوثيقة 25-A",
    "zh": "文件 25(Add.2)-C",
}
RUNNING = {lang: f"PP26/25(Add.2)-{letter}" for lang, letter in zip(LANGUAGES, "EFSRAC")}
TOKENS = ("XYZW", "QQQV")  # what the MOD and the (MOD) insert
# words the app writes itself in English; none may be left in another language's documents
ENGLISH = (
    "Reasons", "Original", "RESOLUTION", "Resolution", "Proposal", "proposal", "Adopted", "Draft", "DRAFT",
    "– OR –", "amended", "Compilation", "considering", "recognizing", "resolves", "instructs", "invites",
    "Abstract", "Introduction", "Title of", "place, year", "Delegation brief", "Contents", "Priority",
    "Position of", "Talking points", "Not applied", "changes nothing", "suppresses", "WTDC", "Addendum",
)  # fmt: skip
SAME_WORD = {"fr": {"Original", "Compilation", "Introduction"}, "es": {"Original"}}  # French words too
KINDS = ("contribution", "amended", "compilation", "brief")


def _insert(text: str, token: str) -> str:
    """The token before the paragraph's closing punctuation."""
    return text[:-1] + f" {token}" + text[-1]


def _draft(ws: Workspace, lang: str) -> tuple[int, object]:
    """A contribution in ``lang`` as the window drafts it; (its text's version id, its snapshot)."""
    row = next(v for v in library.list_versions(ws.reader) if v.language == lang)
    base = library.text_of(ws.reader, row.id)
    header = ContributionHeader(
        meeting="PP-26", document=DOCUMENTS[lang], date="2026-09-01", source="TST", title=wording(lang).work_title
    )
    ws.drafting.new(header, language=lang)
    ws.drafting.add(new_mod(base, row.id))
    ws.drafting.add(new_mod(base, row.id))
    ws.drafting.change_action(1, "(MOD)")
    ws.drafting.add(new_add("WTDC", language=lang))
    ws.drafting.add(new_title_only("SUP", base, row.id))
    ws.drafting.add(new_title_only("NOC", base, row.id))
    for index, (section, item) in enumerate([(0, 1), (1, 0)]):
        res = copy.deepcopy(ws.drafting.contribution.proposals[index].resolution)
        provision = res.sections[section].provisions[item]
        provision.text = _insert(provision.text, TOKENS[index])
        typed = ws.drafting.typing(index, resolution_text(res))
        assert typed.changed and not typed.error, typed
    for index in range(5):
        ws.drafting.update_proposal(index, reasons="ZZZ", status="adopted")
    snapshot = ws.drafting.snapshot()
    ws.drafting.close()
    return row.id, snapshot


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """Every export of every language, written once for the module's tests: {(lang, kind): path}."""
    folder = tmp_path_factory.mktemp("six")
    store = folder / "store.sqlite3"
    db = open_database(store)
    assert import_paths(db, TEXTS).ok
    save_position(db, Position("WTDC", "59", "", "support", "high", "why", "point one"))
    db.close()
    ws = Workspace(store)
    out = {}
    try:
        drafted = {lang: _draft(ws, lang) for lang in LANGUAGES}
        assert ws.edits.flush(10)
        for lang, (version, contrib) in drafted.items():
            paths = {kind: folder / f"{kind}-{lang}.docx" for kind in KINDS}
            write_docx(contrib, paths["contribution"], ExportOptions(), ws.reader)
            write_amended(ws.reader, version, paths["amended"], marks=True)
            write_compilation(ws.reader, version, paths["compilation"])
            write_brief(ws.reader, paths["brief"], language=lang)
            out.update({(lang, kind): path for kind, path in paths.items()})
    finally:
        ws.close()
    return out


def _pandoc(path, mode: str) -> list[str]:
    text = pandoc_text(path, mode)
    return [line.strip() for line in text.splitlines() if line.strip()]


def _headers(path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        parts = [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/header")]
    import re

    return ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", part)) for part in parts]


def _changed(accepted: list[str], rejected: list[str]) -> tuple[list[str], list[str]]:
    """The lines only accepting has, and those only rejecting has."""
    plus, minus = [], []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, accepted, rejected, autojunk=False).get_opcodes():
        if op != "equal":
            plus += accepted[a1:a2]
            minus += rejected[b1:b2]
    return plus, minus


def _only_the_edits(plus: list[str], minus: list[str], where: str) -> None:
    """Accepting and rejecting differ in the two edited paragraphs and nothing else."""
    assert len(plus) == len(minus) == 2, (where, plus, minus)
    for token, after, before in zip(TOKENS, plus, minus):
        assert token in after and token not in before, (where, after, before)
        assert after.replace(f" {token}", "") == before, where


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is installed by the test command")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_export_speaks_its_language_and_marks_only_the_edits(exports, lang):
    for kind in KINDS:
        path = exports[lang, kind]
        accepted = _pandoc(path, "accept")
        text = "\n".join(accepted)
        if lang != "en":
            left = [w for w in ENGLISH if w in text and w not in SAME_WORD.get(lang, set())]
            assert not left, (kind, lang, left)
        if kind in ("contribution", "amended"):
            _only_the_edits(*_changed(accepted, _pandoc(path, "reject")), f"{kind}-{lang}")
    words = wording(lang)
    contribution = "\n".join(_pandoc(exports[lang, "contribution"], "accept"))
    assert words.reasons in contribution and words.original_line(lang) in contribution
    assert words.work_title in contribution
    assert any(RUNNING[lang] in h for h in _headers(exports[lang, "contribution"])), _headers(
        exports[lang, "contribution"]
    )
    # the reports are nobody's document: a page number, no document reference
    for kind in KINDS[1:]:
        assert not any("25(Add.2)" in h for h in _headers(exports[lang, kind]))


@judged_by_libreoffice
def test_libreoffice_reads_every_language_alike(exports, tmp_path):
    """One LibreOffice start for every file: the tracked changes it counts, the
    texts after accepting and rejecting them, the running header, and its PDF,
    rendered to PNG here (look at them: tmp_path/*.png)."""
    # every contribution, and the reports in the two languages least like English (pandoc judges them all)
    judged = [p for (lang, kind), p in exports.items() if kind == "contribution" or lang in ("ar", "zh")]
    copies = []
    for path in judged:
        copies.append(tmp_path / path.name)
        shutil.copy(path, copies[-1])
    verdict_file = tmp_path / "verdict.json"
    subprocess.run(
        [SYSTEM_PYTHON, str(ROOT / "tests" / "lo_batch.py"), str(verdict_file), *map(str, copies)],
        check=True,
        timeout=300,
    )
    verdicts = {k.rsplit("/", 1)[-1]: v for k, v in json.loads(verdict_file.read_text(encoding="utf-8")).items()}
    for name, verdict in verdicts.items():
        kind, lang = name[: -len(".docx")].split("-")
        if kind in ("contribution", "amended"):
            assert verdict["redlines"] >= 2, name
            plus, minus = _changed(
                [p.strip() for p in verdict["accept"] if p.strip()], [p.strip() for p in verdict["reject"] if p.strip()]
            )
            _only_the_edits(plus, minus, name)
        else:
            assert verdict["redlines"] == 0, name  # a report's marks are formatting
        if kind == "contribution":
            assert any(RUNNING[lang] in h for h in verdict["headers"]), (name, verdict["headers"])
        pdf = tmp_path / name.replace(".docx", ".pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(pdf), str(pdf.with_suffix(""))], check=True
        )
    assert len(list(tmp_path.glob("*.png"))) >= len(judged)


def test_the_window_makes_a_contribution_in_the_interface_or_the_texts_language(qtbot, tmp_path):
    """Under the French interface a new contribution is French (its title, and
    the language field says so); one made for an Arabic text is Arabic; the
    field, changed by keys, changes the language the store keeps."""
    from PySide6.QtCore import QSettings, Qt
    from test_app import make_window

    from delegate_app.store import contributions as records

    env = {"db": tmp_path / "store.sqlite3", "ini": tmp_path / "settings.ini", "tmp": tmp_path}
    db = open_database(env["db"])
    assert import_paths(db, [TEXTS[LANGUAGES.index("ar")]]).ok
    db.close()
    QSettings(str(env["ini"]), QSettings.Format.IniFormat).setValue("ui/language", "fr")
    window = make_window(qtbot, env)
    view = window.contribution
    window.new_contribution()
    assert window.session.contribution.language == "fr"
    assert window.session.contribution.header.title == wording("fr").work_title
    assert window.session.contribution.header.original_language == "français"  # not the settings' "English"
    assert view.language.currentData() == "fr"
    arabic = next(v.id for v in library.list_versions(window.db) if v.language == "ar")
    window.session.service.close()  # none open: the MOD below makes its own
    view.add_mod(arabic)
    assert window.session.contribution.language == "ar" and view.language.currentData() == "ar"
    uid = window.session.contribution_uid
    view.language.setFocus()
    qtbot.keyClick(view.language, Qt.Key.Key_Down)  # ar is second: the next is es
    assert window.session.contribution.language == view.language.currentData() == "es"
    assert window.session.contribution.header.original_language == "español"  # it followed, not being typed
    assert window._wait_saved(10)
    db = open_database(env["db"])
    try:
        assert records.load_contribution(db, uid).language == "es"
    finally:
        db.close()
