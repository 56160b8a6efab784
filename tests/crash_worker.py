"""The process the crash test kills: it imports resolutions, autosaves a
contribution and exports it to Word, over and over, and after each commit
appends what it committed to a log (flushed and synced) so that the test can
check afterwards that every committed edit is in the store.

    python tests/crash_worker.py STORE LOG EXPORT [ITERATIONS [OFFSET]]

Without ITERATIONS it runs until killed; with it, it stops after that many rounds
(the two-instance test runs two of them at once on one store).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from delegate_app.core.model import Contribution, ContributionHeader, Proposal  # noqa: E402
from delegate_app.formats.docx_writer import ExportOptions  # noqa: E402
from delegate_app.formats.reader import read_bytes  # noqa: E402
from delegate_app.services.exporting import write_docx  # noqa: E402
from delegate_app.store import contributions as records  # noqa: E402
from delegate_app.store import editions  # noqa: E402
from delegate_app.store.database import open_database, writing  # noqa: E402

TEXT = (ROOT / "resources" / "starter" / "wtdc-res59-kigali-2022.txt").read_text(encoding="utf-8")


def log(fh, line: str) -> None:
    fh.write(line + "\n")
    fh.flush()
    os.fsync(fh.fileno())


def main(store: str, log_path: str, export: str, iterations: str = "0", offset: str = "0") -> None:
    rounds = int(iterations)
    db = open_database(store)
    with open(log_path, "a", encoding="utf-8") as fh:
        row = db.execute("SELECT uid FROM contributions ORDER BY id LIMIT 1").fetchone()
        base = read_bytes(TEXT.encode(), "base.txt").document
        contrib = Contribution(
            header=ContributionHeader(document="Document 1-E", title="T0"),
            proposals=[Proposal("MOD", "ABC/1/1", resolution=base, base=base)],
        )
        if row:
            contrib.uid = row[0]
        else:
            with writing(db):
                records.store_contribution(db, contrib, None)
        n = int(db.execute("SELECT count(*) FROM versions").fetchone()[0])
        done = 0
        while not rounds or done < rounds:
            done += 1
            n += 1
            # an import: a new resolution, its version and provisions, in one transaction
            number = 5000 + n + int(offset)  # each instance its own numbers
            text = TEXT.replace("RESOLUTION 59 (Rev. Kigali, 2022)", f"RESOLUTION {number} (Rev. Kigali, 2022)")
            result = read_bytes(text.encode(), f"r{n}.txt")
            editions.import_documents(db, [(f"r{n}.txt", text.encode(), result.document, None, [])])
            log(fh, f"import {number}")
            # an autosave of the draft
            contrib.header.title = f"T{n}"
            with writing(db):
                records.write_front(db, records.front_row(contrib))
            log(fh, f"title T{n}")
            # an export, written to a temporary file and renamed over the last one
            write_docx(contrib, export, ExportOptions(author="Crash"))
            log(fh, "export")


if __name__ == "__main__":
    main(*sys.argv[1:6])
