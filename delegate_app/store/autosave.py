"""Editor text saved as typed (see schema migration 2): text typed in a
proposal that does not read as a resolution yet. A key names what is being
edited ("proposal:<uid>", see contributions.typed_key); the entry is removed
once the text reads and is saved into the proposal itself."""

from __future__ import annotations

from .database import Database
from .library import now


def put(db: Database, key: str, text: str) -> None:
    db.execute(
        "INSERT INTO autosave (key, value, updated) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = excluded.updated",
        [key, text, now()],
    )


def get(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM autosave WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def clear(db: Database, key: str) -> None:
    db.execute("DELETE FROM autosave WHERE key = ?", [key])
