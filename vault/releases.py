"""Releasing notes beyond the table, tightening, and relaying feedback (P3, P4).

Releasing is an act: it names the meeting where it was agreed and whose information it
is, asks the policy (:func:`vault.policy.may_release`), and enters the audit trail.

A release binds **one version** of the text (P3): the note's text as it stood, frozen as
a row of ``note_version``. Whatever is typed or changed afterwards is table-only until it
is released again; every output reads the released version. Releasing a changed note to
a destination it already went to *supersedes* the earlier release (withdrawn, audited as
``superseded``): one version per destination is active at a time, and "relayed" belongs
to the release — so to the version — that was handed over.

Tightening (revoking a release) is always allowed and also audited; exports made before
stay listed (:mod:`vault.exports`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vault.clock import iso
from vault.model import NoteKind, Release, ReleaseKind
from vault.notes import freeze_version, insert_note
from vault.policy import Verdict, may_release
from vault.store import Vault

_COLUMNS = (
    "id, note_id, kind, colleague_id, agreed_meeting_id, info_owner_id, released_at,"
    " revoked_at, relayed_at, version_id, owner_agreed_meeting_id"
)


class ReleaseRefused(ValueError):
    """The policy refused the release; ``verdict.reason`` says why."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(f"release refused: {verdict.reason}")
        self.verdict = verdict


def release_from_row(row: Sequence[Any]) -> Release:
    return Release(
        int(row[0]),
        int(row[1]),
        ReleaseKind(row[2]),
        row[3],
        row[4],
        int(row[5]),
        str(row[6]),
        row[7],
        row[8],
        int(row[9]),
        row[10],
    )


def release(
    vault: Vault,
    note_id: int,
    kind: ReleaseKind,
    *,
    info_owner_id: int,
    agreed_meeting_id: int | None,
    colleague_id: int | None = None,
    text: str | None = None,
    owner_agreed_meeting_id: int | None = None,
) -> int:
    """Release the note's current text (to own dossier, or as feedback for a colleague).

    ``text``: the text the user saw when confirming; when the stored text differs (it was
    changed in the meantime) the release is refused and nothing is recorded. An earlier
    active release to the same destination with another version is superseded.
    ``owner_agreed_meeting_id``: when the information is another participant's, the
    meeting where they agreed to this use (required then, P3).
    """
    verdict = may_release(
        vault,
        note_id,
        kind,
        colleague_id=colleague_id,
        agreed_meeting_id=agreed_meeting_id,
        info_owner_id=info_owner_id,
        text=text,
        owner_agreed_meeting_id=owner_agreed_meeting_id,
    )
    if not verdict:
        raise ReleaseRefused(verdict)
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        version_id = freeze_version(db, note_id, now)
        earlier = db.execute(
            "SELECT id FROM release WHERE note_id = ? AND kind = ? AND revoked_at IS NULL"
            " AND colleague_id IS ?",
            (note_id, kind.value, colleague_id),
        ).fetchall()
        cur = db.execute(
            "INSERT INTO release(note_id, version_id, kind, colleague_id, agreed_meeting_id,"
            " info_owner_id, owner_agreed_meeting_id, released_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                note_id,
                version_id,
                kind.value,
                colleague_id,
                agreed_meeting_id,
                info_owner_id,
                owner_agreed_meeting_id,
                now,
            ),
        )
        release_id = int(cur.lastrowid)
        db.execute(
            "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'released', ?, ?)",
            (
                now,
                f"note:{note_id}",
                f"release:{release_id} version:{version_id} kind:{kind.value}"
                f" colleague:{colleague_id or ''} meeting:{agreed_meeting_id or ''}"
                f" owner:{info_owner_id} owner_agreed:{owner_agreed_meeting_id or ''}",
            ),
        )
        for (old_id,) in earlier:
            db.execute("UPDATE release SET revoked_at = ? WHERE id = ?", (now, old_id))
            db.execute(
                "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'superseded', ?, ?)",
                (now, f"note:{note_id}", f"release:{old_id} by release:{release_id}"),
            )
    return release_id


def changed_destinations(vault: Vault, note_id: int) -> list[tuple[ReleaseKind, int | None]]:
    """Where an earlier version of the note went: its active releases whose version is
    not the current text (P3), as (kind, colleague) — what "release the new version"
    offers to renew."""
    rows = vault.query(
        "SELECT r.kind, r.colleague_id FROM release r JOIN note n ON n.id = r.note_id"
        " JOIN note_version v ON v.id = r.version_id"
        " WHERE r.note_id = ? AND r.revoked_at IS NULL AND v.body <> n.body ORDER BY r.id",
        (note_id,),
    )
    return [(ReleaseKind(r[0]), r[1]) for r in rows]


def released_text(vault: Vault, release_id: int) -> str:
    """The text a release holds: its version, never the note's current text (P3)."""
    rows = vault.query(
        "SELECT v.body FROM release r JOIN note_version v ON v.id = r.version_id WHERE r.id = ?",
        (release_id,),
    )
    if not rows:
        raise KeyError(release_id)
    return str(rows[0][0])


def tighten(vault: Vault, release_id: int) -> None:
    """Withdraw a release (always allowed). Exports already made stay listed."""
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        row = db.execute(
            "SELECT note_id FROM release WHERE id = ? AND revoked_at IS NULL", (release_id,)
        ).fetchone()
        if row is None:
            return
        db.execute("UPDATE release SET revoked_at = ? WHERE id = ?", (now, release_id))
        db.execute(
            "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'tightened', ?, ?)",
            (now, f"note:{row[0]}", f"release:{release_id}"),
        )


def make_table_only(vault: Vault, note_id: int) -> None:
    """Tighten every active release of a note in one step."""
    for r in releases_of(vault, note_id):
        if r.active:
            tighten(vault, r.id)


def releases_of(vault: Vault, note_id: int) -> list[Release]:
    rows = vault.query(
        f"SELECT {_COLUMNS} FROM release WHERE note_id = ? ORDER BY id",  # noqa: S608
        (note_id,),
    )
    return [release_from_row(r) for r in rows]


def feedback_for(vault: Vault, colleague_id: int) -> list[Release]:
    """Active feedback releases for a colleague, oldest first."""
    rows = vault.query(
        f"SELECT {_COLUMNS} FROM release WHERE kind = 'feedback' AND colleague_id = ?"  # noqa: S608
        " AND revoked_at IS NULL ORDER BY released_at, id",
        (colleague_id,),
    )
    return [release_from_row(r) for r in rows]


def mark_relayed(vault: Vault, release_id: int) -> None:
    """Record that this feedback was handed over to the colleague."""
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        cur = db.execute(
            "UPDATE release SET relayed_at = ? WHERE id = ? AND kind = 'feedback'"
            " AND revoked_at IS NULL",
            (now, release_id),
        )
        if cur.rowcount != 1:
            raise KeyError(release_id)
        db.execute(
            "INSERT INTO audit_event(at, kind, subject) VALUES (?, 'relayed', ?)",
            (now, f"release:{release_id}"),
        )


def add_prepared_input(
    vault: Vault,
    colleague_id: int,
    meeting_id: int,
    body: str,
    *,
    case_id: int | None = None,
    may_share: bool = False,
) -> int:
    """Input prepared with a represented colleague before the table (a table-only text).

    ``may_share``: the colleague agreed that it may be shared at the table.
    """
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        note_id = insert_note(
            db, now, body, kind=NoteKind.PREPARED_INPUT, meeting_id=meeting_id, case_id=case_id
        )
        cur = db.execute(
            "INSERT INTO prepared_input(colleague_id, meeting_id, case_id, note_id, may_share,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (colleague_id, meeting_id, case_id, note_id, int(may_share), now),
        )
        return int(cur.lastrowid)


def set_may_share(vault: Vault, prepared_input_id: int, may_share: bool) -> None:
    with vault.transaction() as db:
        cur = db.execute(
            "UPDATE prepared_input SET may_share = ? WHERE id = ?",
            (int(may_share), prepared_input_id),
        )
        if cur.rowcount != 1:
            raise KeyError(prepared_input_id)


def prepared_inputs(
    vault: Vault, colleague_id: int, meeting_id: int | None = None
) -> list[tuple[int, int, bool]]:
    """(prepared input id, note id, may share) for a colleague, optionally one meeting."""
    rows = vault.query(
        "SELECT id, note_id, may_share FROM prepared_input WHERE colleague_id = ?"
        " AND (? IS NULL OR meeting_id = ?) ORDER BY id",
        (colleague_id, meeting_id, meeting_id),
    )
    return [(int(r[0]), int(r[1]), bool(r[2])) for r in rows]
