"""A shared folder as the team exchange's hub (docs/team.md).

    <hub>/<store id>/<time>-<bundle id>.bundle

Each store writes only into its own folder, each bundle by a temporary name
then a rename, so a sync client (a network share, OneDrive, Nextcloud,
Syncthing) never merges a file nor carries half of one. A sync reads every
other store's bundles it has not taken in yet (in any order: the merge does
not depend on it; a bundle taken twice changes nothing), then writes one
bundle of what the hub lacks, when there is any: what this store has not put
there yet, less what the bundles it read say their writers had seen (every
writer's bundles together carry what it had seen). The new
bundles are taken in together (services/exchange_import.py), each record merged
once however many colleagues edited it. A newcomer fills from every folder. Bundles are never removed from the hub here.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..core.errors import DelegateError
from ..store import exchange as records
from ..store.database import Database, writing
from .exchange import Received, _begin, _mark_identity, export_bundle
from .exchange_import import import_bundles
from .library import as_store_errors

HUB = "(hub)"  # the peer a hub bundle is for: what the hub was given before (it keeps every bundle)
NAME = re.compile(r"^[0-9TZ]+-([0-9a-f-]{36})\.bundle$")  # the id is the bundle's own
FOLDER = re.compile(r"^[0-9a-f-]{36}$")


@dataclass
class Synced:
    taken: list[tuple[str, Received]] = field(default_factory=list)  # (file, what it brought)
    failed: list[str] = field(default_factory=list)  # "file: why", left in the hub
    written: str = ""  # the bundle written, if any
    versions: int = 0
    opened: int = 0  # conflicts opened by what was taken in

    @property
    def changed(self) -> list[str]:
        """The records the bundles taken in changed, each once (bundles taken in
        together can carry edits of the same record)."""
        return list(dict.fromkeys(gid for _name, got in self.taken for gid in got.written))


@as_store_errors
def sync(db: Database, store: Path, hub: str | os.PathLike[str], author: str = "") -> Synced:
    """Take in every colleague's bundles from the hub, then write this store's own."""
    root = Path(hub)
    if not root.is_dir():
        raise DelegateError("the hub is not a folder that can be reached", str(root))
    with writing(db):
        me, _ = _begin(db, author)
    _mark_identity(db)
    done = Synced()
    taken = records.received_ids(db)  # by the file's name: a team's hub holds thousands, not opened again
    new: list[Path] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and FOLDER.match(p.name) and p.name != me):
        for path in sorted(p for p in folder.iterdir() if NAME.match(p.name)):
            named = NAME.match(path.name)
            if named is None or named.group(1) not in taken:
                new.append(path)
    before = records.open_conflicts(db) if new else set()
    for path, got in zip(new, import_bundles(db, new, author, HUB), strict=True):  # together: each record merged once
        if isinstance(got, DelegateError):
            done.failed.append(f"{path.name}: {got}")
        elif not got.already:
            done.taken.append((path.name, got))
    if done.taken:
        done.opened = len(records.open_conflicts(db) - before)
    own = root / me
    try:
        own.mkdir(exist_ok=True)
    except OSError as exc:
        raise DelegateError(f"cannot write into the hub ({exc.strerror or exc})", str(own)) from None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    ident = str(uuid.uuid4())
    target = own / f"{stamp}-{ident}.bundle"
    sent = export_bundle(db, store, target, HUB, author, skip_empty=True, ident=ident)
    if sent.changes:
        done.written, done.versions = str(target), sent.changes
    return done
