"""Attendance per meeting and per agenda item, and the secrecy scope of notes (P5, P9).

A person's meeting-level row says whether they were present, absent or excused, whether
they are ad hoc, and whether they were told the agreement framework and the secrecy duty
(P9). A permanent representative is the member at the table (P6, revised): the colleague
they sit in for never appears here — that is the representative's own record
(:func:`vault.cells.sit_in_for`). Someone who joined for one case only has
``whole_meeting = False`` and item rows for the items they attended; someone who left the
room for one item has an item row with ``present = False``. The people present for an
item are the secrecy scope of every note on it (P5).
"""

from __future__ import annotations

from vault.clock import iso
from vault.model import Attendance, AttendanceStatus, Person, Role
from vault.people import find_person_in, insert_person, person_from_row
from vault.store import Connection, Vault

_PERSON = "p.id, p.name, p.organisation, p.role, p.professional, p.is_self"


def set_attendance(
    vault: Vault,
    meeting_id: int,
    person_id: int,
    status: AttendanceStatus,
    *,
    ad_hoc: bool | None = None,
    briefed: bool | None = None,
    whole_meeting: bool | None = None,
) -> None:
    """Record (or change) a person's attendance at a meeting.

    Flags left as ``None`` keep their recorded value when the row exists (changing a
    status never loses a briefing tick, P9); for a new row they default to not ad hoc,
    not briefed, whole meeting.
    """
    with vault.transaction() as db:
        _upsert_attendance(
            db,
            meeting_id,
            person_id,
            status,
            ad_hoc=ad_hoc,
            briefed=briefed,
            whole_meeting=whole_meeting,
        )


def _upsert_attendance(
    db: Connection,
    meeting_id: int,
    person_id: int,
    status: AttendanceStatus,
    *,
    ad_hoc: bool | None,
    briefed: bool | None,
    whole_meeting: bool | None,
) -> None:
    """:func:`set_attendance` inside a transaction the caller holds."""
    db.execute(
        "INSERT INTO attendance(meeting_id, person_id, status, ad_hoc, briefed,"
        " whole_meeting) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(meeting_id, person_id) DO UPDATE SET status = excluded.status,"
        " ad_hoc = coalesce(?, attendance.ad_hoc),"
        " briefed = coalesce(?, attendance.briefed),"
        " whole_meeting = coalesce(?, attendance.whole_meeting)",
        (
            meeting_id,
            person_id,
            status.value,
            int(bool(ad_hoc)),
            int(bool(briefed)),
            int(True if whole_meeting is None else whole_meeting),
            _opt(ad_hoc),
            _opt(briefed),
            _opt(whole_meeting),
        ),
    )


def add_ad_hoc_participant(
    vault: Vault,
    meeting_id: int,
    *,
    name: str,
    organisation: str,
    role: Role,
    briefed: bool,
    item_id: int | None,
) -> int:
    """Record someone who joins this meeting ad hoc, present; return their person id.

    One transaction, so a failure half-way leaves nothing behind (no person, no
    attendance). The person is found by name and organisation
    (:func:`vault.people.find_person`: a returning participant is the same person, and
    keeps their recorded role) or else added with ``role``. Their attendance row says
    present, ad hoc, and ``briefed`` (P9). ``item_id`` ``None``: present for the whole
    meeting; an agenda item of this meeting: present for that item only (P5 scope). Name
    and organisation are stored as typed, without surrounding whitespace.
    """
    name, organisation = name.strip(), organisation.strip()
    with vault.transaction() as db:
        if item_id is not None:
            owner = db.execute(
                "SELECT meeting_id FROM agenda_item WHERE id = ?", (item_id,)
            ).fetchone()
            if owner is None or int(owner[0]) != meeting_id:
                raise ValueError("the agenda item is not on this meeting")
        known = find_person_in(db, name, organisation)
        if known is not None:
            person_id = known.id
        else:
            person_id = insert_person(
                db, iso(vault.clock.now()), name, role, organisation=organisation
            )
        _upsert_attendance(
            db,
            meeting_id,
            person_id,
            AttendanceStatus.PRESENT,
            ad_hoc=True,
            briefed=briefed,
            whole_meeting=item_id is None,
        )
        if item_id is not None:
            _set_item_presence(db, item_id, person_id, True)
        return person_id


def _opt(flag: bool | None) -> int | None:
    return None if flag is None else int(flag)


def set_briefed(vault: Vault, meeting_id: int, person_id: int, briefed: bool = True) -> None:
    """Tick that the person was told the framework and the secrecy duty (P9)."""
    with vault.transaction() as db:
        cur = db.execute(
            "UPDATE attendance SET briefed = ? WHERE meeting_id = ? AND person_id = ?",
            (int(briefed), meeting_id, person_id),
        )
        if cur.rowcount != 1:
            raise KeyError((meeting_id, person_id))


def set_item_presence(vault: Vault, agenda_item_id: int, person_id: int, present: bool) -> None:
    """Record that a person was (or was not) in the room for one agenda item.

    The person needs an attendance row for the meeting first (an ad hoc participant who
    joins for one case: present, ``whole_meeting=False``); otherwise the tick would count
    for nobody, so it is refused.
    """
    with vault.transaction() as db:
        _set_item_presence(db, agenda_item_id, person_id, present)


def _set_item_presence(db: Connection, agenda_item_id: int, person_id: int, present: bool) -> None:
    """:func:`set_item_presence` inside a transaction the caller holds."""
    known = db.execute(
        "SELECT 1 FROM attendance a JOIN agenda_item i ON i.meeting_id = a.meeting_id"
        " WHERE i.id = ? AND a.person_id = ?",
        (agenda_item_id, person_id),
    ).fetchone()
    if known is None:
        raise ValueError("record the person's attendance at the meeting first")
    db.execute(
        "INSERT INTO item_attendance(agenda_item_id, person_id, present) VALUES (?, ?, ?)"
        " ON CONFLICT(agenda_item_id, person_id) DO UPDATE SET present = excluded.present",
        (agenda_item_id, person_id, int(present)),
    )


def attendance(vault: Vault, meeting_id: int) -> list[Attendance]:
    rows = vault.query(
        "SELECT meeting_id, person_id, status, ad_hoc, briefed, whole_meeting"
        " FROM attendance WHERE meeting_id = ? ORDER BY person_id",
        (meeting_id,),
    )
    return [
        Attendance(int(r[0]), int(r[1]), AttendanceStatus(r[2]), bool(r[3]), bool(r[4]), bool(r[5]))
        for r in rows
    ]


_PRESENT_FOR_ITEM = f"""
    SELECT {_PERSON}
    FROM agenda_item i
    JOIN attendance a ON a.meeting_id = i.meeting_id AND a.status = 'present'
    JOIN person p ON p.id = a.person_id
    LEFT JOIN item_attendance ia ON ia.agenda_item_id = i.id AND ia.person_id = a.person_id
    WHERE i.id = ?
      AND CASE WHEN a.whole_meeting = 1 THEN coalesce(ia.present, 1) = 1
               ELSE coalesce(ia.present, 0) = 1 END
    ORDER BY p.name, p.id
"""  # noqa: S608 - only a constant column list is formatted in


def present_for_item(vault: Vault, agenda_item_id: int) -> list[Person]:
    """Everyone in the room for this agenda item: the secrecy scope of its notes (P5)."""
    return [person_from_row(r) for r in vault.query(_PRESENT_FOR_ITEM, (agenda_item_id,))]


def unbriefed_present(vault: Vault, agenda_item_id: int) -> list[Person]:
    """People in the room for the item who were not told the framework and duty (P9)."""
    rows = vault.query(
        _PRESENT_FOR_ITEM.replace("WHERE i.id = ?", "WHERE i.id = ? AND a.briefed = 0"),
        (agenda_item_id,),
    )
    return [person_from_row(r) for r in rows]
