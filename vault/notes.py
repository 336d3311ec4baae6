"""Notes: every free text the user writes, with its place, history and label.

* A new note is **table-only** (P1): it has no release. Its label is computed from its
  active releases (:func:`note_label`); releasing and tightening live in
  :mod:`vault.releases`.
* A note belongs to a meeting and an agenda item, or to neither — then it is the user's
  own reflection and says so (:attr:`Note.own_reflection`, P5).
* Saving keeps a capped revision history (same label as the note: revisions are never
  released on their own) and updates the full-text index in the same transaction.
* A release binds the text as it stood (P3): :mod:`vault.releases` freezes it as a row
  of ``note_version``. Saving never touches those; text saved after a release is
  table-only until released again (the label says ``changed``).
* Deleting is real: note, history, search index and releases go; the page space is
  overwritten (``secure_delete``). Exports that included the note stay listed (P3).

Text is stored exactly as given: any Unicode, NUL characters, markup, right-to-left
text and very long text round-trip unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from vault.clock import iso
from vault.model import Label, Note, NoteKind, label_from_releases
from vault.store import Connection, Vault

MAX_REVISIONS = 50
"""Revisions kept per note; the oldest beyond this are dropped."""

REVISION_INTERVAL = timedelta(minutes=2)
"""Autosave runs every few seconds; a revision is kept at most this often per note."""

NOTE_COLUMNS = "id, body, kind, meeting_id, agenda_item_id, case_id, created_at, updated_at"


def note_from_row(row: Sequence[Any]) -> Note:
    return Note(
        id=int(row[0]),
        body=str(row[1]),
        kind=NoteKind(row[2]),
        meeting_id=row[3],
        agenda_item_id=row[4],
        case_id=row[5],
        created_at=str(row[6]),
        updated_at=str(row[7]),
    )


def add_note(
    vault: Vault,
    body: str,
    *,
    kind: NoteKind = NoteKind.NOTE,
    meeting_id: int | None = None,
    agenda_item_id: int | None = None,
    case_id: int | None = None,
) -> int:
    """Store a new table-only note and return its id (durable when this returns).

    With ``agenda_item_id`` the meeting and the case are taken from the agenda item.
    Never refuses because of the stepwise check for minors (P8): losing a word is
    worse; the check stays flagged on the case instead.
    """
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        return insert_note(
            db,
            now,
            body,
            kind=kind,
            meeting_id=meeting_id,
            agenda_item_id=agenda_item_id,
            case_id=case_id,
        )


def insert_note(
    db: Connection,
    now: str,
    body: str,
    *,
    kind: NoteKind,
    meeting_id: int | None = None,
    agenda_item_id: int | None = None,
    case_id: int | None = None,
) -> int:
    """:func:`add_note` inside the caller's open transaction.

    For domain records that own a note (decision text, action description, prepared
    input, LTF form, motivation): note and record are written together or not at all,
    so a refused or failed record leaves no stray note behind.
    """
    check_storable(body)
    if agenda_item_id is not None:
        row = db.execute(
            "SELECT meeting_id, case_id FROM agenda_item WHERE id = ?", (agenda_item_id,)
        ).fetchone()
        if row is None:
            raise KeyError(agenda_item_id)
        if meeting_id is not None and meeting_id != row[0]:
            raise ValueError("agenda item belongs to another meeting")
        meeting_id = int(row[0])
        case_id = row[1] if case_id is None else case_id
    if case_id is not None and meeting_id is not None:
        same_cell = db.execute(
            "SELECT 1 FROM casus c JOIN meeting m ON m.cell_id = c.cell_id"
            " WHERE c.id = ? AND m.id = ?",
            (case_id, meeting_id),
        ).fetchone()
        if same_cell is None:
            raise ValueError("the case belongs to another cell than the meeting")
    cur = db.execute(
        "INSERT INTO note(body, kind, meeting_id, agenda_item_id, case_id, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (body, kind.value, meeting_id, agenda_item_id, case_id, now, now),
    )
    return int(cur.lastrowid)


def check_storable(body: str) -> None:
    """Refuse text that cannot be stored as UTF-8 (lone surrogates), with a clear error.

    Nothing a keyboard or the clipboard produces is refused; this guards programmatic
    input so that an error names the problem instead of failing deep in SQLite.
    """
    try:
        body.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"text has a character that cannot be stored at {exc.start}") from None


def update_note(vault: Vault, note_id: int, body: str) -> None:
    """Replace a note's text (durable when this returns), keeping a revision."""
    check_storable(body)
    moment = vault.clock.now()
    now = iso(moment)
    with vault.transaction() as db:
        row = db.execute("SELECT body FROM note WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise KeyError(note_id)
        if row[0] == body:
            return
        last = db.execute(
            "SELECT saved_at FROM note_revision WHERE note_id = ? ORDER BY id DESC LIMIT 1",
            (note_id,),
        ).fetchone()
        if last is None or str(last[0]) <= iso(moment - REVISION_INTERVAL):
            db.execute(
                "INSERT INTO note_revision(note_id, body, saved_at) VALUES (?, ?, ?)",
                (note_id, row[0], now),
            )
            db.execute(
                "DELETE FROM note_revision WHERE note_id = ? AND id NOT IN ("
                " SELECT id FROM note_revision WHERE note_id = ? ORDER BY id DESC LIMIT ?)",
                (note_id, note_id, MAX_REVISIONS),
            )
        db.execute("UPDATE note SET body = ?, updated_at = ? WHERE id = ?", (body, now, note_id))


def freeze_version(db: Connection, note_id: int, now: str) -> int:
    """The ``note_version`` row holding the note's current text (made when none does).

    Inside the caller's transaction. A text released before and unchanged since reuses
    its version, so two releases of the same text name the same version.
    """
    row = db.execute("SELECT body FROM note WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise KeyError(note_id)
    same = db.execute(
        "SELECT id FROM note_version WHERE note_id = ? AND body = ? ORDER BY id DESC LIMIT 1",
        (note_id, row[0]),
    ).fetchone()
    if same is not None:
        return int(same[0])
    cur = db.execute(
        "INSERT INTO note_version(note_id, body, saved_at) VALUES (?, ?, ?)",
        (note_id, row[0], now),
    )
    return int(cur.lastrowid)


def get_note(vault: Vault, note_id: int) -> Note:
    rows = vault.query(f"SELECT {NOTE_COLUMNS} FROM note WHERE id = ?", (note_id,))  # noqa: S608
    if not rows:
        raise KeyError(note_id)
    return note_from_row(rows[0])


def list_notes(
    vault: Vault,
    *,
    meeting_id: int | None = None,
    agenda_item_id: int | None = None,
    case_id: int | None = None,
    kind: NoteKind | None = None,
) -> list[Note]:
    """Notes in creation order, optionally filtered."""
    where, params = [], []
    for column, value in (
        ("meeting_id", meeting_id),
        ("agenda_item_id", agenda_item_id),
        ("case_id", case_id),
        ("kind", kind.value if kind is not None else None),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = vault.query(f"SELECT {NOTE_COLUMNS} FROM note{clause} ORDER BY id", tuple(params))  # noqa: S608
    return [note_from_row(r) for r in rows]


def own_reflections(vault: Vault) -> list[Note]:
    """Notes written outside any meeting (the notebook's list), in creation order.

    Meeting notes, decision texts, action descriptions and prepared input live in their
    own screens; a vault of ten years holds a hundred thousand of those.
    """
    rows = vault.query(
        f"SELECT {NOTE_COLUMNS} FROM note WHERE meeting_id IS NULL AND kind = ? ORDER BY id",  # noqa: S608
        (NoteKind.NOTE.value,),
    )
    return [note_from_row(r) for r in rows]


def revisions(vault: Vault, note_id: int) -> list[tuple[str, str]]:
    """Earlier versions of a note, oldest first, as (saved_at, body)."""
    rows = vault.query(
        "SELECT saved_at, body FROM note_revision WHERE note_id = ? ORDER BY id", (note_id,)
    )
    return [(str(r[0]), str(r[1])) for r in rows]


def note_label(vault: Vault, note_id: int) -> Label:
    """The note's label, from its active releases (none: table-only); ``changed`` when
    the text differs from a released version (P3)."""
    rows = vault.query(
        "SELECT r.kind, r.colleague_id, v.body = n.body FROM release r"
        " JOIN note n ON n.id = r.note_id JOIN note_version v ON v.id = r.version_id"
        " WHERE r.note_id = ? AND r.revoked_at IS NULL",
        (note_id,),
    )
    return label_from_releases((str(r[0]), r[1], bool(r[2])) for r in rows)


def delete_note(vault: Vault, note_id: int) -> None:
    """Delete a note for real: text, history, search entry and releases.

    The audit trail records that a note was deleted (never its text). Exports that
    included it stay listed without it.
    """
    with vault.transaction() as db:
        cur = db.execute("DELETE FROM note WHERE id = ?", (note_id,))
        if cur.rowcount != 1:
            raise KeyError(note_id)
        db.execute(
            "INSERT INTO audit_event(at, kind, subject) VALUES (?, 'note_deleted', ?)",
            (iso(vault.clock.now()), f"note:{note_id}"),
        )
