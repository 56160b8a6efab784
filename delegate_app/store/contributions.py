"""Contributions being drafted: created, saved whole, deleted, each in one
transaction, so an autosave is either all there or not at all."""
from __future__ import annotations

from ..core.model import Contribution
from .library import contribution_columns, insert_proposals, now, store_contribution
from .database import Database, writing


def create_contribution(db: Database, contrib: Contribution) -> int:
    with writing(db):
        return store_contribution(db, contrib, None)


def save_contribution(db: Database, contribution_id: int, contrib: Contribution) -> None:
    """Replace the stored contribution with this one (header and every proposal)."""
    with writing(db):
        cursor = db.execute(
            "UPDATE contributions SET document = ?, meeting = ?, date = ?, original_language = ?, source = ?, "
            "title = ?, data = ?, updated = ? WHERE id = ?",
            [*contribution_columns(contrib), now(), contribution_id])
        if cursor.rowcount != 1:
            raise KeyError(f"no contribution {contribution_id}")
        db.execute("DELETE FROM proposals WHERE contribution_id = ?", [contribution_id])
        insert_proposals(db, contribution_id, contrib.proposals)


def delete_contribution(db: Database, contribution_id: int) -> None:
    with writing(db):
        db.execute("DELETE FROM proposals WHERE contribution_id = ?", [contribution_id])
        db.execute("DELETE FROM contributions WHERE id = ?", [contribution_id])
