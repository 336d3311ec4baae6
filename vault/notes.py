"""Notes in the vault: the smallest useful store, extended by the domain model.

Every note starts *table-only* (rule P1). Text is stored exactly as given: any Unicode,
NUL characters, markup and very long text round-trip unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.clock import iso
from vault.store import Vault

TABLE_ONLY = "table_only"
"""Label of every new note (P1): the text never leaves the vault."""


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    body: str
    label: str
    created_at: str
    updated_at: str


def add_note(vault: Vault, body: str) -> int:
    """Store a new table-only note and return its id (durable when this returns)."""
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        cur = db.execute(
            "INSERT INTO note(body, label, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (body, TABLE_ONLY, now, now),
        )
        return int(cur.lastrowid)


def update_note(vault: Vault, note_id: int, body: str) -> None:
    """Replace a note's text (durable when this returns)."""
    with vault.transaction() as db:
        cur = db.execute(
            "UPDATE note SET body = ?, updated_at = ? WHERE id = ?",
            (body, iso(vault.clock.now()), note_id),
        )
        if cur.rowcount != 1:
            raise KeyError(note_id)


def get_note(vault: Vault, note_id: int) -> Note:
    rows = vault.query(
        "SELECT id, body, label, created_at, updated_at FROM note WHERE id = ?", (note_id,)
    )
    if not rows:
        raise KeyError(note_id)
    return Note(*rows[0])


def list_notes(vault: Vault) -> list[Note]:
    rows = vault.query("SELECT id, body, label, created_at, updated_at FROM note ORDER BY id")
    return [Note(*r) for r in rows]
