"""LibreOffice's verdict on many Word files in one start (LibreOffice is slow to start).

Run with the system Python that has LibreOffice's UNO bridge (python3-uno):

    /usr/bin/python3 tests/lo_batch.py OUT.json DOC.docx [DOC.docx ...]

For each document: the tracked changes LibreOffice counts, the body's paragraphs
after accepting them all and after rejecting them all (tables skipped, as in
lo_revisions.py), the text of its headers, and a PDF of it as LibreOffice lays
it out (DOC.pdf beside it, for pdftoppm). Writes {path: {...}} to OUT.json.
LibreOffice is started, and documents loaded, by lo_revisions.Office.
"""

from __future__ import annotations

import json
import os
import sys

import uno  # noqa: F401  (system python3-uno)
from lo_revisions import Office, paragraphs, prop  # the same helpers (this script's folder is on the path)


def _headers(doc) -> list[str]:
    """The running headers' text, from every page style in use."""
    found = []
    styles = doc.getStyleFamilies().getByName("PageStyles")
    for name in styles.getElementNames():
        style = styles.getByName(name)
        if style.isInUse() and style.HeaderIsOn:
            for part in ("HeaderText", "HeaderTextFirst", "HeaderTextLeft", "HeaderTextRight"):
                try:
                    text = getattr(style, part)
                except AttributeError:
                    continue
                if text is not None and text.getString().strip():
                    found.append(text.getString())
    return found


def main(out: str, paths: list[str]) -> int:
    office = Office()
    try:
        results = {}
        for path in paths:
            doc = office.load(path)
            result = {"redlines": doc.getRedlines().getCount(), "headers": _headers(doc)}
            pdf = uno.systemPathToFileUrl(os.path.abspath(os.path.splitext(path)[0] + ".pdf"))
            doc.storeToURL(pdf, (prop("FilterName", "writer_pdf_Export"),))
            for mode in ("accept", "reject") if result["redlines"] else ():
                if mode == "reject":  # the document as written again, its changes not yet accepted
                    doc = office.load(path)
                office.dispatch(
                    doc, ".uno:AcceptAllTrackedChanges" if mode == "accept" else ".uno:RejectAllTrackedChanges"
                )
                result[mode] = paragraphs(doc)
                if mode == "accept":
                    doc.close(True)
            if not result["redlines"]:
                result["accept"] = result["reject"] = paragraphs(doc)
            doc.close(True)
            results[path] = result
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(results, fh, ensure_ascii=False)
    finally:
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
