"""LibreOffice as an independent judge of our tracked changes.

Run with the system Python that has LibreOffice's UNO bridge (python3-uno):

    /usr/bin/python3 tests/lo_revisions.py DOC.docx accept|reject|none OUT.json

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


def main(path: str, mode: str, out: str) -> int:
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = f"delegate{uuid.uuid4().hex}"
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
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
    try:
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
            raise SystemExit("LibreOffice did not start")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        redlines = doc.getRedlines().getCount()
        if mode in ("accept", "reject"):
            helper = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
            command = ".uno:AcceptAllTrackedChanges" if mode == "accept" else ".uno:RejectAllTrackedChanges"
            helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
        paragraphs = []
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
                paragraphs.append("".join(text))
        remaining = doc.getRedlines().getCount()
        doc.close(True)
        with open(out, "w", encoding="utf-8") as fh:
            json.dump({"redlines": redlines, "remaining": remaining, "paragraphs": paragraphs}, fh, ensure_ascii=False)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.terminate()
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
