"""Editor text saved as typed (see schema migration 2). A key names what is
being edited ("contribution:3:proposal:1"); the entry is removed once the text
has been saved into the contribution itself."""
from __future__ import annotations

from .database import Database, writing
from .library import now


def put(db: Database, key: str, text: str) -> None:
    db.execute("INSERT INTO autosave (key, value, updated) VALUES (?, ?, ?) "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = excluded.updated",
               [key, text, now()])


def get(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM autosave WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def clear(db: Database, key: str) -> None:
    db.execute("DELETE FROM autosave WHERE key = ?", [key])


def pending(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT key FROM autosave ORDER BY updated")]


def rekey(db: Database, moves: dict[str, str | None]) -> None:
    """Rename entries, old key -> new key (None drops it), in one transaction:
    when proposals move or go, what was typed in them goes with them. Chains
    and swaps (a -> b while b -> a) are fine: every value is read first."""
    with writing(db):
        values = {old: get(db, old) for old in moves}
        for old in moves:
            clear(db, old)
        for old, new in moves.items():
            if new is not None and values[old] is not None:
                put(db, new, values[old])
