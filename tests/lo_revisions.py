"""LibreOffice as an independent judge of our tracked changes.

Run with the system Python that has LibreOffice's UNO bridge (python3-uno):

    /usr/bin/python3 tests/lo_revisions.py DOC.docx accept|reject|none OUT.json
    /usr/bin/python3 tests/lo_revisions.py --serve    (requests on stdin, see serve())

Starts a private headless LibreOffice, opens the document, counts the tracked
changes it sees, dispatches .uno:AcceptAllTrackedChanges or
.uno:RejectAllTrackedChanges, and writes {"redlines": N, "paragraphs": [...]}
(the text of the body's paragraphs, tables skipped) to OUT.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

import uno  # noqa: F401  (system python3-uno)
from com.sun.star.beans import PropertyValue  # type: ignore


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def paragraphs(doc) -> list[str]:
    """The text of the body's paragraphs as LibreOffice holds them (tables
    skipped, footnote reference marks left out: they are not text); one
    reading for the single-document judge and the batch (lo_batch.py)."""
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            portions = element.createEnumeration()
            text = []
            while portions.hasMoreElements():
                portion = portions.nextElement()
                if portion.TextPortionType != "Footnote":  # the reference mark, not text
                    text.append(portion.getString())
            out.append("".join(text))
    return out


class Office:
    """A private headless LibreOffice (its own profile, its own pipe), started once
    and asked for as many documents as needed: its start, not the reading, is
    what costs seconds."""

    def __init__(self) -> None:
        self.profile = tempfile.mkdtemp(prefix="lo-profile-")
        pipe = f"delegate{uuid.uuid4().hex}"
        self.process = subprocess.Popen(
            [
                "soffice",
                f"-env:UserInstallation=file://{self.profile}",
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            self.close()
            raise SystemExit("LibreOffice did not start")
        self.smgr = ctx.ServiceManager
        self.ctx = ctx
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def load(self, path: str):
        """The document at ``path``, opened hidden (close it with ``doc.close(True)``)."""
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        return self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))

    def dispatch(self, doc, command: str) -> None:
        """A command on the document's frame, as a menu entry runs it (".uno:AcceptAllTrackedChanges")."""
        helper = self.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)
        helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())

    def revisions(self, path: str, mode: str) -> dict:
        """The tracked changes seen, and the body's paragraphs after accepting or
        rejecting them all (mode accept or reject) or as they are (none)."""
        doc = self.load(path)
        try:
            redlines = doc.getRedlines().getCount()
            if mode in ("accept", "reject"):
                self.dispatch(
                    doc, ".uno:AcceptAllTrackedChanges" if mode == "accept" else ".uno:RejectAllTrackedChanges"
                )
            found = paragraphs(doc)
            remaining = doc.getRedlines().getCount()
        finally:
            doc.close(True)
        return {"redlines": redlines, "remaining": remaining, "paragraphs": found}

    def convert(self, path: str, fmt: str, out: str) -> dict:
        """The document saved as ``fmt`` (pdf, or csv of a workbook's first sheet,
        UTF-8) at ``out``, as ``soffice --convert-to`` would write it."""
        doc = self.load(path)
        try:
            sheet = doc.supportsService("com.sun.star.sheet.SpreadsheetDocument")
            if fmt == "pdf":
                options = (prop("FilterName", "calc_pdf_Export" if sheet else "writer_pdf_Export"),)
            elif fmt == "csv":
                options = (prop("FilterName", "Text - txt - csv (StarCalc)"), prop("FilterOptions", "44,34,76,1"))
            else:
                raise ValueError(f"no conversion to {fmt}")
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), options)
        finally:
            doc.close(True)
        return {"out": out}

    def close(self) -> None:
        try:
            self.desktop.terminate()
        except Exception:
            pass
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def main(path: str, mode: str, out: str) -> int:
    office = Office()
    try:
        result = office.revisions(path, mode)
    finally:
        office.close()
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False)
    return 0


def serve() -> int:
    """One request a line on stdin ({"path": ..., "mode": ...}, or {"path": ...,
    "convert": "pdf"|"csv", "out": ...}), one answer a line
    on stdout ({"ok": {...}} or {"error": "..."}), until stdin closes: the test
    process keeps one LibreOffice for all its verdicts."""
    office = Office()
    try:
        for line in sys.stdin:
            request = json.loads(line)
            try:
                if "convert" in request:
                    answer = {"ok": office.convert(request["path"], request["convert"], request["out"])}
                else:
                    answer = {"ok": office.revisions(request["path"], request["mode"])}
            except Exception as exc:  # this document: said, and the next one is read
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    finally:
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(serve() if sys.argv[1:] == ["--serve"] else main(*sys.argv[1:4]))
