"""The library changes only when the delegate asks (issue 31): an import never
replaces a stored text. Each import case through the command line and the
window: a colleague's tracked Word draft over an in-force text, the official
text imported again, a heading whose revision marks were flattened, and another
wording of a stored revision; the delegate's choice of the edition in force;
and, for random sequences of such imports over real texts, no text in force
changes unless that choice is made, and every import's wording is in the store."""

from __future__ import annotations

import json

import docx_factory as f
import pytest
from conftest import ROOT, counts_kept, itu_text
from test_cli import cli

from delegate_app.core.outline import outline
from delegate_app.formats.reader import read_bytes, read_file

RES11 = ROOT / "resources" / "samples" / "pp18" / "pp18-res11.txt"
PP191 = ROOT / "resources" / "starter" / "pp-res191-dubai-2018.txt"
FLATTENED = itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")
KIGALI = ROOT / "resources" / "starter" / "wtdc-res59-kigali-2022.txt"


def tracked_draft(path, official=RES11, left_out=5):
    """A colleague's Word draft revising a resolution from Dubai, 2018 to Bucharest,
    2022 with tracked changes, drafted from a base that is not the library's text:
    the base lacks the last ``left_out`` provisions and carries a footnote glued
    into an item (as the issue saw: 44 provisions instead of 49). Returns the
    draft's base and revised text as the reader reads them."""
    res = read_file(official).document
    heading = res.heading.split("(")[0]
    paras = [
        ("ResNo", [("", f"{heading}(REV. "), ("del", "DUBAI, 2018"), ("ins", "BUCHAREST, 2022"), ("", ")")], ""),
        f.plain(res.title),
        (
            "",
            [("", res.preamble.split("(")[0] + "("), ("del", "Dubai, 2018"), ("ins", "Bucharest, 2022"), ("", "),")],
            "",
        ),
    ]
    kept = len(outline(res)) - left_out
    n = 0
    for section in res.sections:
        items = []
        for prov in section.walk():
            n += 1
            if n > kept:
                break
            text = prov.text
            if n == 6:  # the footnote the base's extraction glued into an item
                text += " 1 These include the least developed countries."
            items.append(("enumlev1", [("", f"{prov.label}\t{text}" if prov.label else text)], ""))
        if items:
            paras.append(f.plain(section.call, "Call"))
            paras += items
    first = next(i for i, p in enumerate(paras) if p[0] == "enumlev1" and len(p[1][0][1]) > 40)
    label_text = paras[first][1][0][1]
    paras[first] = ("enumlev1", [("", label_text[:-1]), ("ins", " and its regional offices"), ("", label_text[-1])], "")
    data = f.build(paras)
    path.write_bytes(data)
    read = read_bytes(data, path.name)
    return read.original, read.document


def in_force(store):
    """Every text in force, as the command line lists and shows it: (body, number,
    revision, language) -> (id, title, provisions as (call, path, text))."""
    found = {}
    for v in json.loads(cli("list", "--json", "--db", store).stdout):
        if v["in_force"]:
            shown = json.loads(cli("show", str(v["id"]), "--json", "--db", store).stdout)
            found[(v["body"], v["number"], v["revision"], v["language"])] = (v["id"], v["title"], shown["sections"])
    return found


# -- a tracked draft over an in-force text --------------------------------------------------


def test_a_tracked_draft_leaves_the_in_force_text_it_was_drafted_from_as_it_is(tmp_path):
    """The issue: a colleague's draft (Dubai, 2018 -> Bucharest, 2022) overwrote the
    library's clean PP Res 11 (Dubai, 2018) with the draft's base, 44 provisions
    instead of 49. The draft's revised text is stored; its base is only the
    draft's base: the library's text stays in force, and the report says the
    base differs from it."""
    store = tmp_path / "s.sqlite3"
    assert cli("import", RES11, "--db", store).stdout.startswith("added")
    before = in_force(store)
    draft = tmp_path / "colleague-draft.docx"
    base, revised = tracked_draft(draft)
    assert (base.revision, revised.revision) == ("REV. DUBAI, 2018", "REV. BUCHAREST, 2022")
    result = cli("import", draft, "--db", store)
    assert result.stdout.startswith("added      RESOLUTION 11 (REV. BUCHAREST, 2022)")
    official = len(outline(read_file(RES11).document))
    assert official == 49
    assert (
        f"the text before its tracked changes differs from the library's RESOLUTION 11 (REV. DUBAI, 2018) "
        f"({len(outline(base))} provisions against {official}); the library's text stays in force"
    ) in result.stderr
    after = in_force(store)
    assert {k: v for k, v in after.items() if k != ("PP", "11", "REV. BUCHAREST, 2022", "en")} == before
    assert not [v for v in json.loads(cli("list", "--json", "--db", store).stdout) if v["origin"]]
    # the official text again is the same text, provision for provision
    again = cli("import", RES11, "--db", store).stdout
    assert again.startswith("unchanged  RESOLUTION 11 (REV. DUBAI, 2018)")
    assert in_force(store) == after


def test_a_drafts_base_is_stored_only_where_the_library_has_no_text_and_marked(tmp_path):
    """A library without PP Res 11: the draft's base is stored, marked as taken
    from a draft. The official text imported next is not a re-import that takes
    its place: it is kept beside it (the report says so), the delegate puts it
    in force, and importing it again stores nothing twice."""
    store = tmp_path / "s.sqlite3"
    draft = tmp_path / "draft.docx"
    tracked_draft(draft)
    result = cli("import", draft, "--db", store)
    assert result.stdout.startswith("added      RESOLUTION 11 (REV. BUCHAREST, 2022)")
    assert "was not in the library: it is stored as taken from this draft" in result.stderr
    (base,) = [v for v in json.loads(cli("list", "--json", "--db", store).stdout) if v["origin"]]
    assert (base["revision"], base["origin"], base["in_force"]) == ("REV. DUBAI, 2018", "draft", True)
    assert "[taken from a draft]" in cli("list", "--body", "PP", "--db", store).stdout
    out = cli("import", RES11, "--db", store).stdout
    assert out.startswith("edition    RESOLUTION 11 (REV. DUBAI, 2018)")
    assert f"(version {base['id']}), which stays in force" in out
    official = int(out.split("use-edition ")[1].split(")")[0])
    assert in_force(store)[("PP", "11", "REV. DUBAI, 2018", "en")][0] == base["id"]
    assert cli("import", RES11, "--db", store).stdout == out  # the same wording: the same edition
    chosen = cli("use-edition", str(official), "--db", store).stdout
    assert chosen.strip() == (
        f"in force: PP Resolution 11 (REV. DUBAI, 2018), version {official}; "
        f"version {base['id']} is kept beside it as an edition"
    )
    shown = json.loads(cli("show", str(official), "--json", "--db", store).stdout)
    assert shown["sections"] == read_file(RES11).document.to_dict()["sections"] and not shown["replaced"]
    listed = {v["id"]: v for v in json.loads(cli("list", "--json", "--db", store).stdout)}
    assert not listed[base["id"]]["in_force"] and listed[base["id"]]["origin"] == "draft"
    assert cli("import", RES11, "--db", store).stdout.startswith("unchanged")
    assert cli("use-edition", str(official), "--db", store).stdout.endswith("(already)\n")


# -- a flattened heading ------------------------------------------------------------------


def test_a_flattened_heading_is_read_as_the_revision_it_ends_with(tmp_path):
    """ "(Busan, 2014DUBAI, 2018)": the revision marks were lost. The text is read
    as REV. DUBAI, 2018 (which replaced Busan, 2014), never stored under a
    revision that runs two together; the bundled PP 191 of that revision stays
    the one in force, so the comparisons, the brief and the positions workbook
    that take PP 191 from the library take it, not the flattened text."""
    store = tmp_path / "s.sqlite3"
    result = cli("import", FLATTENED, "--db", store)
    assert result.stdout.startswith("edition    RESOLUTION 191 (REV. DUBAI, 2018)")
    assert "it is read as REV. DUBAI, 2018, which replaced Busan, 2014" in result.stderr
    listed = json.loads(cli("list", "--json", "--db", store).stdout)
    assert not [v for v in listed if "2014DUBAI" in v["revision"].upper()]
    (pp191,) = [v for v in listed if v["number"] == "191" and v["in_force"]]
    assert pp191["title"] == "Strategy for the coordination of efforts among the three Sectors of the Union"
    out = tmp_path / "sisters.xlsx"
    cli("export", "xlsx", "--sisters-of", str(pp191["id"]), "-o", out, "--db", store)
    import openpyxl

    sheet = openpyxl.load_workbook(out).active
    cells = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "inter-sectoral coordination" not in cells and "RESOLUTION 191 (REV. DUBAI, 2018)" in cells


def test_a_flattened_heading_in_an_empty_library_is_stored_under_the_revision_it_ends_with(db):
    from delegate_app.services.importing import import_paths
    from delegate_app.store.library import list_versions

    (outcome,) = import_paths(db, [FLATTENED]).outcomes
    assert (outcome.status, outcome.label) == ("added", "RESOLUTION 191 (REV. DUBAI, 2018)")
    assert [(v.revision, v.year) for v in list_versions(db, editions=True)] == [("REV. DUBAI, 2018", 2018)]


@pytest.mark.parametrize(
    "written, language, read",
    [
        ("Busan, 2014DUBAI, 2018", "en", ("REV. DUBAI, 2018", "Busan, 2014")),
        ("REV. DUBAI, 2012HAMMAMET, 2016", "en", ("REV. HAMMAMET, 2016", "REV. DUBAI, 2012")),
        ("REV. BUCHAREST, 2022 Doha, 2026", "en", ("Rev. Doha, 2026", "REV. BUCHAREST, 2022")),
        ("Пересм. Кигали, 2022 г.Баку, 2025 г.", "ru", ("Пересм. Баку, 2025 г.", "Пересм. Кигали, 2022 г.")),
        ("Dubaï, 2018BUCAREST, 2022", "fr", ("RÉV. BUCAREST, 2022", "Dubaï, 2018")),
        ("Rev. Kigali, 2022", "en", ("Rev. Kigali, 2022", "")),  # one revision: itself
        ("2022年，基加利，修订版", "zh", ("2022年，基加利，修订版", "")),
        ("Kyoto, 1994; Antalya, 2006", "en", ("Kyoto, 1994; Antalya, 2006", "")),  # a list, not marks run together
        ("Hammamet, 2016Dubai, 2012", "en", ("Hammamet, 2016Dubai, 2012", "")),  # years going back: not a revision
    ],
)
def test_a_revision_is_read_as_the_one_it_ends_with(written, language, read):
    from delegate_app.core.revision import read_revision

    assert read_revision(written, language) == read


# -- another wording of a stored revision ---------------------------------------------------


def test_another_wording_of_a_stored_revision_is_an_edition_the_delegate_may_put_in_force(db, tmp_path):
    """Provisions reworded under the heading of a stored text: the stored text
    stays in force, the new wording is an edition beside it; the search finds
    both, and use_edition (the one way a text in force changes) swaps them, the
    proposals marked against either keeping the wording they were marked on."""
    from delegate_app.services.editions import use_edition
    from delegate_app.services.importing import import_paths
    from delegate_app.store.library import get_version, versions_of
    from delegate_app.store.search import search

    (first,) = import_paths(db, [KIGALI]).outcomes
    reworded = tmp_path / "kigali-reworded.txt"
    reworded.write_text(
        KIGALI.read_text(encoding="utf-8").replace("bridging the standardization gap", "closing the wombat gap"),
        encoding="utf-8",
    )
    (outcome,) = import_paths(db, [reworded]).outcomes
    ((edition, beside),) = outcome.editions
    assert (outcome.status, beside) == ("edition", first.ids[0])
    assert [h.version_id for h in search(db, "wombat")] and {h.version_id for h in search(db, "wombat")} == {edition}
    assert first.ids[0] in {h.version_id for h in search(db, "bridging the standardization gap")}
    assert "wombat" not in json.dumps(get_version(db, first.ids[0])[1].to_dict())
    rid = get_version(db, edition)[0].resolution_id
    assert [v.id for v in versions_of(db, rid)] == [first.ids[0]] + [  # the texts in force: the stored one
        v.id for v in versions_of(db, rid) if v.id != first.ids[0]
    ]
    choice = use_edition(db, edition)
    assert (choice.in_force, choice.set_aside) == (edition, first.ids[0])
    assert edition in [v.id for v in versions_of(db, rid)] and first.ids[0] not in [v.id for v in versions_of(db, rid)]
    (again,) = import_paths(db, [reworded]).outcomes
    assert again.status == "unchanged"
    with pytest.raises(Exception, match="no resolution version with id 99999"):
        use_edition(db, 99999)


# -- the invariant, over random sequences of imports --------------------------------------


def _items(folder):
    """The imports a sequence draws from, read once: (name, read result, what the
    store should hold of it afterwards as (body, number, revision, language))."""
    from delegate_app.core.revision import read_revision

    def variant(source, name, old, new, count=1):
        path = folder / name
        text = source.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, count), encoding="utf-8")
        return path

    paths = [
        KIGALI,  # official texts, the store has them
        RES11,
        PP191,
        ROOT / "resources" / "samples" / "pp18" / "pp18-res71.txt",  # an official text it has not
        FLATTENED,  # a flattened heading (REV. DUBAI, 2018 of PP 191)
        variant(KIGALI, "kigali-reworded.txt", "bridging the standardization gap", "closing the wombat gap"),
        variant(KIGALI, "kigali-reworded-2.txt", "recalling", "recalling also"),
        variant(RES11, "res11-reworded.txt", "ITU Telecom events", "ITU Telecom gatherings", 3),
        variant(PP191, "pp191-upper.txt", "Strategy for the coordination", "STRATEGY for the coordination"),
    ]
    reads = [(p.name, read_file(p)) for p in paths]
    for name, official, left_out in (("draft-11.docx", RES11, 5), ("draft-191.docx", PP191, 0)):
        tracked_draft(folder / name, official, left_out)  # a draft from another base, and from the text itself
        reads.append((name, read_file(folder / name)))
    items = []
    for name, read in reads:
        texts = [read.document, *read.more]
        expected = [(r.body, r.number, read_revision(r.revision, r.language)[0], r.language, r) for r in texts]
        items.append((name, read, expected))
    return items


@pytest.fixture(scope="module")
def library_with_real_texts(tmp_path_factory):
    """A store holding real texts (the starter library, PP Res 11), and the imports to draw from."""
    from delegate_app.services.importing import import_paths
    from delegate_app.services.starter import ensure_starter_library
    from delegate_app.store.database import open_database

    folder = tmp_path_factory.mktemp("editions")
    template = folder / "template.sqlite3"
    db = open_database(template)
    ensure_starter_library(db)
    import_paths(db, [RES11])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return template, _items(folder)


def _texts_in_force(db):
    """(body, number, revision, language) of every text in force -> its revision as
    stored, title and provisions: what must not change without the delegate."""
    from delegate_app.core.revision import revision_key

    found = {}
    for vid, body, number, revision, language in db.execute(
        "SELECT v.id, r.body, r.number, v.revision, v.language FROM versions v "
        "JOIN resolutions r ON r.id = v.resolution_id WHERE v.edition_of IS NULL"
    ).fetchall():
        provisions = db.execute(
            "SELECT seq, call, path, label, text FROM provisions WHERE version_id = ? ORDER BY seq", [vid]
        ).fetchall()
        found[(body, number, revision_key(revision), language)] = (vid, revision, tuple(map(tuple, provisions)))
    return found


def _wordings(db):
    """Every wording the store holds, in force or not, by (body, number, revision, language)."""
    from delegate_app.core.model import Resolution
    from delegate_app.core.revision import revision_key
    from delegate_app.store.editions import wording

    found: dict[tuple, list] = {}
    for body, number, revision, language, data in db.execute(
        "SELECT r.body, r.number, v.revision, v.language, v.data FROM versions v "
        "JOIN resolutions r ON r.id = v.resolution_id"
    ).fetchall():
        key = (body, number, revision_key(revision), language)
        found.setdefault(key, []).append(wording(Resolution.from_dict(json.loads(data))))
    return found


def test_no_text_in_force_changes_unless_the_delegate_chooses_an_edition(library_with_real_texts):
    import shutil
    import tempfile
    from pathlib import Path

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from delegate_app.core.revision import revision_key
    from delegate_app.services.editions import use_edition
    from delegate_app.store.database import open_database
    from delegate_app.store.editions import import_documents, wording

    template, items = library_with_real_texts
    step = st.one_of(
        st.tuples(st.just("import"), st.integers(0, len(items) - 1)),
        st.tuples(st.just("choose"), st.integers(0, 10_000)),
    )

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(step, min_size=1, max_size=8))
    def run(steps):
        with tempfile.TemporaryDirectory() as scratch:
            store = Path(scratch) / "s.sqlite3"
            shutil.copy(template, store)
            db = open_database(store)
            try:
                for kind, n in steps:
                    before = _texts_in_force(db)
                    if kind == "choose":  # the delegate puts an edition in force: that text alone changes
                        editions = [r[0] for r in db.execute("SELECT id FROM versions WHERE edition_of IS NOT NULL")]
                        if not editions:
                            continue
                        chosen = editions[n % len(editions)]
                        use_edition(db, chosen)
                        after = _texts_in_force(db)
                        changed = {k for k in before if before[k] != after.get(k)}
                        assert len(changed) == 1 and after[changed.pop()][0] == chosen
                        assert after.keys() == before.keys()
                        assert counts_kept(db)  # the list's counts follow the edition put in force
                        continue
                    name, read, expected = items[n]
                    import_documents(
                        db,
                        [(name, read.data, read.document, read.original, list(read.warnings))],
                        {name: read.more} if read.more else None,
                    )
                    after = _texts_in_force(db)
                    assert {k: after.get(k) for k in before} == before  # nothing in force changed
                    assert counts_kept(db)  # and the list's counts are the versions'
                    held = _wordings(db)
                    for body, number, revision, language, res in expected:  # the import's wording is there
                        key = (body, number, revision_key(revision), language)
                        assert wording(res) in held.get(key, []), (name, key)
                        assert "2014dubai" not in key[2]
            finally:
                db.close()

    run()


# -- the window ---------------------------------------------------------------------------


def test_the_windows_import_keeps_editions_beside_and_the_delegate_puts_one_in_force(qtbot, tmp_path):
    """The real window: the import report says an edition was added beside the
    stored text (and what became of a draft's base and a flattened heading); the
    Library lists the edition under the text in force; Put in force (a click)
    makes it the text in force, written by the writer off the window's thread,
    and the list's context menu puts the other back."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit
    from test_no_lost_work import open_window

    from delegate_app.store.library import list_versions

    store = tmp_path / "s.sqlite3"
    window = open_window(qtbot, store, tmp_path / "s.ini")
    before = _texts_in_force(window.db)
    reworded = tmp_path / "kigali-reworded.txt"
    reworded.write_text(
        KIGALI.read_text(encoding="utf-8").replace("bridging the standardization gap", "closing the wombat gap"),
        encoding="utf-8",
    )
    draft = tmp_path / "draft-11.docx"
    tracked_draft(draft)
    window.start_import([str(reworded), str(FLATTENED), str(draft)])
    qtbot.waitUntil(lambda: getattr(window, "last_report", None) is not None, timeout=60000)
    report = window.last_report.findChild(QPlainTextEdit).toPlainText()
    for heading in ("RESOLUTION 59 (Rev. Kigali, 2022)", "RESOLUTION 191 (REV. DUBAI, 2018)"):
        assert (
            f"Edition added: {heading} differs from the stored text of that revision, which stays in force; "
            "its wording is kept beside it as an edition (in the Library, select it and choose Put in force)"
        ) in report
    assert "it is read as REV. DUBAI, 2018, which replaced Busan, 2014" in report
    assert "RESOLUTION 11 (REV. DUBAI, 2018), was not in the library: it is stored as taken from this draft" in report
    after = _texts_in_force(window.db)
    assert {k: after[k] for k in before} == before
    window.last_report.close()

    versions = list_versions(window.db, editions=True)
    (kigali,) = [v for v in versions if v.revision == "Rev. Kigali, 2022" and v.in_force]
    (edition,) = [v for v in versions if v.revision == "Rev. Kigali, 2022" and not v.in_force]
    view = window.library
    model = view.tree.model()
    view.select_version(edition.id)
    shown = view.tree.currentIndex()
    assert shown.data().startswith("59 (Rev. Kigali, 2022) · edition not in force (since ")
    assert view.in_force_button.isEnabled() and "wombat" in view.reader.toPlainText()
    (base,) = [v for v in versions if v.origin == "draft"]
    assert (
        "taken from a draft" in model.index(view.model.find(base.id).row(), 0, view.model.find(base.id).parent()).data()
    )
    QTest.mouseClick(view.in_force_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy() and view.current_version == edition.id, timeout=20000)
    in_force_now = {v.id for v in list_versions(window.db) if v.revision == "Rev. Kigali, 2022"}
    assert in_force_now == {edition.id}
    assert not view.in_force_button.isEnabled()
    assert "In force: WTDC Resolution 59 (Rev. Kigali, 2022)" in window.statusBar().currentMessage()

    index = view.model.find(kigali.id)  # the text in force before: now an edition, put back from the menu
    assert "edition not in force" in index.data()
    view.tree.scrollTo(index)
    where = view.tree.visualRect(index).center()
    QApplication.sendEvent(
        view.tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, view.tree.mapToGlobal(where))
    )
    (action,) = view.menu.actions()
    assert action.text() == "Put this edition in force"
    action.trigger()
    view.menu.close()
    qtbot.waitUntil(lambda: not window.runner.busy() and view.current_version == kigali.id, timeout=20000)
    assert {v.id for v in list_versions(window.db) if v.revision == "Rev. Kigali, 2022"} == {kigali.id}
    assert _texts_in_force(window.db) == after
    assert QPoint  # (imported for the event's position type)
    window.close()
