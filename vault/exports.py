"""The record of what left the vault: kind, time and recipient — never a path or text.

Every document or copy that leaves is recorded here and in the audit trail. Tightening a
release later does not erase this record (P3); deleting a note keeps the record with the
note's place empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vault.clock import iso
from vault.store import Vault


@dataclass(frozen=True, slots=True)
class ExportRecord:
    id: int
    kind: str
    made_at: str
    recipient_id: int | None
    meeting_id: int | None
    case_id: int | None
    note_ids: tuple[int | None, ...]


def record_export(
    vault: Vault,
    kind: str,
    note_ids: Iterable[int],
    *,
    recipient_id: int | None = None,
    meeting_id: int | None = None,
    case_id: int | None = None,
    revealed: Iterable[str] = (),
) -> int:
    """Record an export; ``revealed``: the facts covered by the secret the user chose to
    include (:class:`vault.policy.RevealedFact`), named in the audit trail."""
    now = iso(vault.clock.now())
    facts = ",".join(sorted(revealed))
    ids = list(note_ids)
    with vault.transaction() as db:
        cur = db.execute(
            "INSERT INTO export_record(kind, made_at, recipient_id, meeting_id, case_id)"
            " VALUES (?, ?, ?, ?, ?)",
            (kind, now, recipient_id, meeting_id, case_id),
        )
        export_id = int(cur.lastrowid)
        db.executemany(
            "INSERT INTO export_item(export_id, note_id) VALUES (?, ?)",
            [(export_id, n) for n in ids],
        )
        db.execute(
            "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'exported', ?, ?)",
            (
                now,
                f"export:{export_id}",
                f"kind:{kind} recipient:{recipient_id or ''} notes:{len(ids)}"
                + (f" revealed:{facts}" if facts else ""),
            ),
        )
    return export_id


def withdraw_export(vault: Vault, export_id: int) -> None:
    """Remove the record of an export that is known not to have left (its file could not
    be published). Audited; never used for a document that was written."""
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        db.execute("DELETE FROM export_item WHERE export_id = ?", (export_id,))
        db.execute("DELETE FROM export_record WHERE id = ?", (export_id,))
        db.execute(
            "INSERT INTO audit_event(at, kind, subject, detail)"
            " VALUES (?, 'export_withdrawn', ?, 'file not published')",
            (now, f"export:{export_id}"),
        )


def exports_of_note(vault: Vault, note_id: int) -> list[ExportRecord]:
    """Every export that included this note — also after its release was tightened."""
    rows = vault.query(
        "SELECT DISTINCT export_id FROM export_item WHERE note_id = ? ORDER BY export_id",
        (note_id,),
    )
    return [get_export(vault, int(r[0])) for r in rows]


def get_export(vault: Vault, export_id: int) -> ExportRecord:
    rows = vault.query(
        "SELECT id, kind, made_at, recipient_id, meeting_id, case_id FROM export_record"
        " WHERE id = ?",
        (export_id,),
    )
    if not rows:
        raise KeyError(export_id)
    r = rows[0]
    items = vault.query(
        "SELECT note_id FROM export_item WHERE export_id = ? ORDER BY rowid", (export_id,)
    )
    return ExportRecord(
        int(r[0]), str(r[1]), str(r[2]), r[3], r[4], r[5], tuple(i[0] for i in items)
    )


def list_exports(vault: Vault) -> list[ExportRecord]:
    return [
        get_export(vault, int(r[0]))
        for r in vault.query("SELECT id FROM export_record ORDER BY id")
    ]
