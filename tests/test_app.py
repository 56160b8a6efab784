"""The desktop app driven as a delegate uses it, offscreen with pytest-qt:
import, search, open, draft a MOD by typing and see the marks, build the
contribution, export Word and Excel, reopen and find everything saved."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT, itu_text, store_at_schema
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from delegate_app.core.model import Contribution
from delegate_app.formats.reader import read_file
from delegate_app.services.starter import ensure_starter_library
from delegate_app.store import library
from delegate_app.store.database import open_database
from delegate_app.ui.library_view import VERSION_ROLE
from delegate_app.ui.main_window import CONTRIBUTION, DRAFT, MainWindow


@pytest.fixture
def env(tmp_path):
    return {"db": tmp_path / "store.sqlite3", "ini": tmp_path / "settings.ini", "tmp": tmp_path}


def make_window(qtbot, env):
    db = open_database(env["db"])
    ensure_starter_library(db)
    settings = QSettings(str(env["ini"]), QSettings.Format.IniFormat)
    settings.setValue("drafting/source", "RCC")
    window = MainWindow(db, str(env["db"]), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60000)


def crash(window) -> None:
    """What the process dying does to a window: its writer stops where it is, its
    journal's files close without a word (their lock goes), nothing is flushed."""
    workspace = window.workspace
    workspace.writer.close()
    workspace.edits.journal._close_fds()
    window.setAttribute(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window._built = None  # the window object lingers in the test; the process would be gone
    window.hide()


def version_id(window, revision):
    return next(v.id for v in library.list_versions(window.db) if v.revision == revision)


def type_at(qtbot, editor, anchor: str, text: str) -> None:
    """Put the cursor right after ``anchor`` in the editor and type ``text``."""
    doc_text = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(doc_text.index(anchor) + len(anchor))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, text)


def test_the_whole_flow_and_everything_is_saved(qtbot, env):
    window = make_window(qtbot, env)
    # import a fixture, in the background, with a report
    window.start_import([str(itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt"))])
    wait_idle(qtbot, window)
    assert (
        "Recognised: RESOLUTION 191"
        in window.last_report.findChild(
            __import__("PySide6.QtWidgets", fromlist=["QPlainTextEdit"]).QPlainTextEdit
        ).toPlainText()
    )
    # search it and open it
    qtbot.keyClicks(window.library.search_field, "inter-sectoral coordination")
    hits = [window.library.model.index(r) for r in range(window.library.model.rowCount())]
    assert hits and "PP 191" in hits[0].data()
    window.library.tree.setCurrentIndex(hits[0])
    assert "RESOLUTION 191" in window.library.reader.toPlainText()
    window.library.search_field.clear()

    # draft a MOD of WTDC 59 by typing, and see the marks
    window.library.select_version(version_id(window, "Rev. Kigali, 2022"))
    window.new_mod()
    assert window.tabs.currentIndex() == DRAFT
    editor = window.draft.editor
    type_at(qtbot, editor, "3\tto inform TDAG annually", " and the Council")
    qtbot.waitUntil(lambda: "and the Council" in window.draft.marks.toHtml(), timeout=5000)
    html = window.draft.marks.toHtml()
    assert "underline" in html and "and the Council" in html
    assert "1 inserted" in window.draft.status.text() or "3 inserted" in window.draft.status.text()
    editor.undo()
    qtbot.waitUntil(lambda: "0 words deleted, 0 inserted" in window.draft.status.text(), timeout=5000)
    editor.redo()
    qtbot.waitUntil(lambda: "and the Council" in window.draft.marks.toPlainText(), timeout=5000)
    qtbot.keyClicks(window.draft.reasons, "To involve the Council.")

    # the contribution: header fields, numbers, rules check
    window.tabs.setCurrentIndex(CONTRIBUTION)
    view = window.contribution
    for name, value in (
        ("document", "Addendum 2 to Document 12-E"),
        ("date", "1 October 2025"),
        ("source", "RCC Member States"),
        ("meeting", "WTDC-25"),
    ):
        view.fields[name].clear()
        qtbot.keyClicks(view.fields[name], value)
    assert window.session.contribution.proposals[0].number == "RCC/12A2/1"
    # drafted from Kigali 2022 while the library holds Baku 2025, citing WTSA 18 (Rev. Geneva, 2022)
    assert sorted(view.rules.rule_ids()) == ["base-not-latest", "outdated-reference"], view.rules.texts()

    # export Word and Excel in the background
    docx_path, xlsx_path = env["tmp"] / "out.docx", env["tmp"] / "out.xlsx"
    window.export_word(str(docx_path))
    wait_idle(qtbot, window)
    exported = read_file(docx_path).document
    assert isinstance(exported, Contribution)
    proposal = exported.proposals[0]
    assert proposal.number == "RCC/12A2/1" and proposal.reasons == "To involve the Council."
    assert "and the Council" in proposal.resolution.sections[8].provisions[2].text
    assert "and the Council" not in proposal.base.sections[8].provisions[2].text
    window.export_excel(str(xlsx_path))
    wait_idle(qtbot, window)
    assert load_workbook(xlsx_path)["Comparison"]["D1"].value == "MOD RCC/12A2/1"

    # close, reopen: everything is there
    window.close()
    again = make_window(qtbot, env)
    contrib = again.session.contribution
    assert contrib.header.document == "Addendum 2 to Document 12-E"
    assert contrib.proposals[0].reasons == "To involve the Council."
    assert "and the Council" in contrib.proposals[0].resolution.sections[8].provisions[2].text
    assert "and the Council" in again.draft.editor.toPlainText()


def test_text_being_typed_survives_a_crash(qtbot, env):
    window = make_window(qtbot, env)
    window.library.select_version(version_id(window, "Rev. Kigali, 2022"))
    window.new_mod()
    editor = window.draft.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "NOT A HEADING ")  # the text no longer parses: only the autosave has it
    qtbot.waitUntil(lambda: "Not yet a resolution" in window.draft.status.text(), timeout=5000)
    typed = editor.toPlainText()
    crash(window)  # the process dies here: no close event, no save; only the journal has the text
    again = make_window(qtbot, env)
    assert again.draft.editor.toPlainText() == typed
    assert "Recovered" in again.draft.status.text()


def test_text_being_typed_follows_its_proposal_when_proposals_move(tmp_path):
    """Text that does not parse yet is kept under the proposal's id: moving or
    removing proposals can never show it in another, before or after a restart."""
    from delegate_app.core.drafting import new_add
    from delegate_app.services.workspace import Workspace

    workspace = Workspace(tmp_path / "store.sqlite3")
    drafting = workspace.drafting
    drafting.new()
    for body in ("WTDC", "PP", "RA"):
        drafting.add(new_add(body))
    uids = [p.uid for p in drafting.contribution.proposals]
    drafting.typing(0, "typed in the first")
    drafting.typing(2, "typed in the third")
    drafting.move(0, 2)  # first, second, third -> second, third, first
    assert [p.uid for p in drafting.contribution.proposals] == [uids[1], uids[2], uids[0]]
    assert [drafting.typed_text(i) for i in range(3)] == [None, "typed in the third", "typed in the first"]
    drafting.remove(2)  # what was typed in it goes with it
    assert [drafting.typed_text(i) for i in range(2)] == [None, "typed in the third"]
    assert workspace.edits.flush(10)
    cuid = drafting.current.uid
    workspace.close()
    again = Workspace(tmp_path / "store.sqlite3")
    assert again.drafting.open(cuid)
    assert [again.drafting.typed_text(i) for i in range(2)] == [None, "typed in the third"]
    again.drafting.delete()
    assert again.edits.flush(10)
    assert again.reader.execute("SELECT count(*) FROM autosave").fetchone()[0] == 0
    again.close()


def test_positions_recorded_filtered_and_sorted(qtbot, env):
    window = make_window(qtbot, env)
    view = window.positions
    view.focus_resolution("WTDC", "59")
    view.provision.setCurrentIndex(view.provision.findData("recalling a)"))
    view.stance.setCurrentText("oppose")
    view.priority.setCurrentText("high")
    qtbot.keyClicks(view.rationale, "Outdated reference")
    view.regions["CEPT"].setCurrentIndex(view.regions["CEPT"].findData("support"))
    saved = view.save()
    assert (saved.body, saved.number, saved.provision, saved.stance) == ("WTDC", "59", "recalling a)", "oppose")
    view.focus_resolution("RA", "ITU-R 75")
    view.stance.setCurrentText("support")
    view.save()
    assert view.proxy.rowCount() == 2
    qtbot.keyClicks(view.filter, "CEPT")
    assert view.proxy.rowCount() == 1


def test_deleting_a_proposal_asks_first(qtbot, env, monkeypatch):
    window = make_window(qtbot, env)
    window.library.select_version(version_id(window, "Rev. Baku, 2025"))
    window.new_mod()
    window.tabs.setCurrentIndex(CONTRIBUTION)
    view = window.contribution
    view.proposals.setCurrentCell(0, 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view._delete()
    assert len(window.session.contribution.proposals) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view._delete()
    assert window.session.contribution.proposals == []


def test_rules_check_warns_of_a_sup_without_reasons(qtbot, env, monkeypatch):
    window = make_window(qtbot, env)
    window.tabs.setCurrentIndex(CONTRIBUTION)
    view = window.contribution
    from PySide6.QtWidgets import QInputDialog

    labels = [v.label for v in library.list_versions(window.db)]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (labels[0], True))
    view.add_title_only("SUP")
    texts = view.rules.texts()
    assert any("SUP" in t and "Reasons" in t for t in texts), texts
    assert any("document number" in t for t in texts)


def test_import_a_bad_file_is_reported_not_fatal(qtbot, env):
    window = make_window(qtbot, env)
    bad = env["tmp"] / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    before = library.counts(window.db)
    window.start_import([str(bad), str(itu_text("wtdc-res59-kigali-2022.txt"))])
    wait_idle(qtbot, window)
    from PySide6.QtWidgets import QPlainTextEdit

    report = window.last_report.findChild(QPlainTextEdit).toPlainText()
    assert "Not recognised" in report and "bad.docx" in report and "damaged" in report
    assert library.counts(window.db)["versions"] == before["versions"]


def test_import_can_be_cancelled(qtbot, env):
    window = make_window(qtbot, env)
    before = library.counts(window.db)
    token = window.start_import([str(ROOT / "tests" / "fixtures")])
    token.cancel()
    wait_idle(qtbot, window)
    assert library.counts(window.db) == before


def test_library_groups_by_body_and_compares_revisions(qtbot, env):
    window = make_window(qtbot, env)
    model = window.library.model
    bodies = [model.index(r).data() for r in range(model.rowCount())]
    assert bodies == ["PP", "RA", "WTDC", "WTSA"]
    wtdc = model.index(2)
    assert model.rowCount(wtdc) == 2 and model.parent(model.index(1, 0, wtdc)) == wtdc
    window.library.tree.setCurrentIndex(model.index(1, 0, wtdc))
    assert model.index(1, 0, wtdc).data(VERSION_ROLE) == version_id(window, "Rev. Baku, 2025")
    window.library.compare_with_selected()
    html = window.library.reader.toHtml()
    assert "line-through" in html and "underline" in html


@pytest.mark.parametrize("view", ["library", "resolution", "draft", "contribution", "positions"])
def test_screenshot_of_every_view(tmp_path, view):
    out = tmp_path / f"{view}.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "delegate_app",
            "--db",
            str(tmp_path / "s.sqlite3"),
            "--screenshot",
            str(out),
            "--view",
            view,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20000
    # a screenshot saves nothing: no contribution was created, nothing was left beside the store
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{view}.png", "s.sqlite3"]
    db = open_database(tmp_path / "s.sqlite3")
    assert library.list_contributions(db) == []


def test_drop_files_on_the_window_imports_them(qtbot, env):
    from PySide6.QtCore import QMimeData, QUrl

    window = make_window(qtbot, env)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")))])

    class Drop:  # what Qt hands dropEvent: the data and an accept call
        def mimeData(self):
            return mime

        def acceptProposedAction(self):
            self.accepted = True

    event = Drop()
    window.dropEvent(event)
    assert event.accepted
    wait_idle(qtbot, window)
    assert any(v.number == "191" for v in library.list_versions(window.db))


def test_qt_binding_does_not_release_none():
    """PySide6 6.12.0 on Python 3.11 released a reference to None on every call
    that returns nothing; a large library used them all up and the app aborted at
    exit. pyproject.toml keeps 6.12 out; this fails if that ever comes back.

    Counted in a process of its own, the garbage collector off: None's count is
    the whole process's, and in a test worker the collection of an earlier test's
    garbage, or another thread, moved it by thousands during the loop."""
    code = (
        "import gc, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QStandardItem\n"
        "app = QApplication([])\n"
        "items = [QStandardItem('x') for _ in range(2000)]\n"
        "gc.collect(); gc.disable()\n"
        "before = sys.getrefcount(None)\n"
        "for item in items:\n"
        "    item.setToolTip('t')\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip().splitlines()[-1]) >= 0  # 6.12.0 lost one a call


def test_a_task_finishing_after_its_window_closed_is_dropped(qtbot):
    import threading

    import shiboken6
    from PySide6.QtCore import QObject

    from delegate_app.ui.tasks import TaskRunner

    owner = QObject()
    runner = TaskRunner(owner)
    seen = []
    release = threading.Event()
    runner.run(
        lambda progress, cancelled: release.wait(10) and "done", seen.append, lambda exc, trace: seen.append(exc)
    )
    threading.Timer(0.2, release.set).start()
    shiboken6.delete(owner)  # the window (and its runner) go while the task runs
    qtbot.wait(300)
    assert seen == []


def test_typing_in_the_header_with_no_contribution_open_starts_one(qtbot, env):
    window = make_window(qtbot, env)
    window.tabs.setCurrentIndex(CONTRIBUTION)
    view = window.contribution
    assert window.session.contribution_uid is None
    qtbot.keyClicks(view.fields["document"], "Document 12-E")
    assert window.session.contribution.header.document == "Document 12-E"
    assert view.fields["document"].text() == "Document 12-E"
    qtbot.keyClicks(view.abstract, "Why.")
    assert window.session.contribution.abstract == "Why."


def test_the_sample_library_loads_from_the_file_menu_by_keyboard(qtbot, env):
    """File > Load sample library… (Alt+F, A), with real key events: the PP-18
    Final Acts resolutions join the starter library, which already has the four
    sister resolutions (PP 191, ITU-R 75, WTSA 18, WTDC 59); loading again adds nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot, env)
    numbers = {(v.body, v.number) for v in library.list_versions(window.db)}
    assert {("PP", "191"), ("RA", "ITU-R 75"), ("WTSA", "18"), ("WTDC", "59")} <= numbers
    before = library.counts(window.db)["versions"]

    def load() -> None:
        window.activateWindow()  # the report of the load before is a window of its own
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5000)
        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)
        qtbot.waitUntil(lambda: getattr(window, "last_report", None) is not None, timeout=60000)
        wait_idle(qtbot, window)

    load()
    after = library.counts(window.db)["versions"]
    assert after == before + 53  # the sample's Resolution 191 is the starter's own text
    pp = {v.number for v in library.list_versions(window.db, "PP")}
    assert {"11", "71", "101", "130", "191", "213"} <= pp
    window.last_report = None
    load()
    assert library.counts(window.db)["versions"] == after
    assert window._recent() == []  # the samples are not a delegate's recent file


def _schema_9_store(path) -> None:
    """A store as the previous version left it: schema 9, one text and its provision."""
    with store_at_schema(path, 9) as conn:
        conn.execute("INSERT INTO resolutions (id, body, number) VALUES (1, 'PP', '191')")
        conn.execute(
            "INSERT INTO versions (id, resolution_id, revision, year, language, title, data, imported_at) "
            "VALUES (1, 1, 'Rev. Bucharest, 2022', 2022, 'en', 'Coordination', '{}', 'then')"
        )
        conn.execute(
            "INSERT INTO provisions (version_id, seq, call, path, label, text) "
            "VALUES (1, 1, 'resolves', 'resolves 1', '1', 'the wombat clause')"
        )


def test_an_older_store_is_upgraded_while_a_window_says_so(qtbot, tmp_path):
    """Opening a store an older version made runs its migration off the window's
    thread, a window saying what is happening shown meanwhile, and the thread
    stays free to paint; a failure comes back to the caller as it was."""
    import threading
    import time

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from delegate_app.core.errors import StoreError
    from delegate_app.services.library import open_store, store_needs_upgrade
    from delegate_app.store.database import SCHEMA_VERSION, schema_version
    from delegate_app.store.search import search
    from delegate_app.ui.upgrading import open_upgrading

    old = tmp_path / "old.sqlite3"
    _schema_9_store(old)
    assert store_needs_upgrade(str(old))
    main = threading.current_thread()
    opened_on, seen = [], []

    def slow_open(path):
        opened_on.append(threading.current_thread())
        time.sleep(0.4)  # a large library's minutes, in short
        return open_store(path)

    def shown():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]

    def look():
        dialogs = shown()
        seen.append((threading.current_thread() is main, [d.labelText() for d in dialogs]))
        for dialog in dialogs:  # Esc and the close button must not hide it while the work goes on
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
            dialog.close()
        seen.append(len(shown()))

    QTimer.singleShot(150, look)
    db = open_upgrading(slow_open, str(old))
    assert opened_on and opened_on[0] is not main
    assert seen and seen[0][0] and any("up to date" in text for text in seen[0][1])
    assert seen[1] == len(seen[0][1]) == 1  # still shown after Esc and a close
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert schema_version(db) == SCHEMA_VERSION
    assert [h.path for h in search(db, "wombat")] == ["resolves 1"]
    db.close()
    assert not store_needs_upgrade(str(old))
    assert not store_needs_upgrade(str(tmp_path / "none.sqlite3"))

    def refused(path):
        raise StoreError("the disk is full", path, "full")

    with pytest.raises(StoreError, match="disk is full"):
        open_upgrading(refused, str(old))


def test_the_upgrade_window_speaks_the_users_language(tmp_path):
    """The translations are installed before the store is opened, so the window
    shown while it is upgraded says it in French for a French delegate."""
    old = tmp_path / "s.sqlite3"
    _schema_9_store(old)
    probe = (
        "import sys\n"
        "from delegate_app.ui import app, upgrading\n"
        "real = upgrading.open_upgrading\n"
        "def told(open_store, path):\n"
        "    print('SAID:' + upgrading.message().splitlines()[0], flush=True)\n"
        "    return real(open_store, path)\n"
        "upgrading.open_upgrading = told\n"
        "from types import SimpleNamespace as N\n"
        "sys.exit(app.run_app(N(db=sys.argv[1], screenshot=sys.argv[2], lang='fr', view='library')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(old), str(tmp_path / "s.png")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    said = next(line for line in result.stdout.splitlines() if line.startswith("SAID:"))
    assert said == "SAID:Mise à jour de la bibliothèque pour cette version de Delegate…"


def test_the_app_opens_a_store_an_older_version_made(tmp_path):
    """Through the app's own start: the store is migrated (its copy kept) and shown."""
    old = tmp_path / "s.sqlite3"
    _schema_9_store(old)
    out = tmp_path / "library.png"
    result = subprocess.run(
        [sys.executable, "-m", "delegate_app", "--db", str(old), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "s.sqlite3.schema9.bak").exists()
    db = open_database(old)
    assert "Coordination" in [v.title for v in library.list_versions(db) if v.number == "191"]
    db.close()


def test_the_window_keeps_its_size_and_leaves_settings_alone_when_nothing_changed(qtbot, env):
    """The window's geometry is remembered at quit; a quit that changed nothing
    does not rewrite the settings file (QSettings writes and syncs it whenever a
    value is set, the same value too)."""
    import os

    db = open_database(env["db"])
    ensure_starter_library(db)

    def opened():
        window = MainWindow(db, str(env["db"]), QSettings(str(env["ini"]), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    first = opened()
    first.resize(700, 560)  # within the offscreen screen (800 wide): a restore keeps a window on it
    qtbot.waitUntil(lambda: first.size().width() == 700)
    first.close()
    second = opened()
    assert (second.width(), second.height()) == (700, 560)
    second.close()  # a restored window's frame may sit elsewhere than a new one's: saved once more
    second.settings.sync()
    written = os.stat(env["ini"])
    third = opened()
    assert (third.width(), third.height()) == (700, 560)
    third.close()
    third.settings.sync()
    again = os.stat(env["ini"])
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
