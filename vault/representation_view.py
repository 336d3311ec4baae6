"""What the permanent representative's view needs, in a fixed, small number of queries (P4).

The user's own record of representation (:mod:`vault.cells`): whom they represent at
which cell, and — per colleague — exactly what was released to that colleague as
feedback, with where it was said. Records carry ids, dates and the vault's records, never
words: the client words them. However many releases there are, each function here runs
the same number of queries (``tests/test_representation_view.py`` counts them).
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.cases import CASE_COLUMNS, case_from_row
from vault.cells import list_cells
from vault.meetings import item_from_row, list_meetings
from vault.model import AgendaItem, Case, Cell, Meeting, Person, Release
from vault.people import PERSON_COLUMNS, person_from_row, self_person
from vault.policy import released_feedback_refusals
from vault.releases import feedback_for
from vault.store import Vault

_ACTIVE_FEEDBACK = (
    " FROM release r JOIN note n ON n.id = r.note_id"
    " WHERE r.kind = 'feedback' AND r.colleague_id = ? AND r.revoked_at IS NULL"
)
"""The active feedback releases to one colleague (the colleague's id is the parameter)."""


def users_cells(vault: Vault) -> list[Cell]:
    """The user's cells, by name: those they are a member of, and those where they
    represent someone (P4).

    A representation is by definition the user's own (:func:`vault.cells.represent`): it
    places the user at that table even before they recorded themselves as a member.
    While the user has not described themselves (no "this is me"), every cell counts.
    Four queries.
    """
    cells = list_cells(vault)
    me = self_person(vault)
    if me is None:
        return cells
    represented_at = {int(r[0]) for r in vault.query("SELECT cell_id FROM representation")}
    member_of = {
        int(r[0])
        for r in vault.query("SELECT cell_id FROM cell_member WHERE person_id = ?", (me.id,))
    }
    return [c for c in cells if c.id in represented_at or c.id in member_of]


@dataclass(frozen=True, slots=True)
class RepresentedColleague:
    """A colleague the user represents, with the cells where they do (by cell name)."""

    person: Person
    cells: tuple[Cell, ...]


def represented(vault: Vault) -> list[RepresentedColleague]:
    """Each colleague the user represents in one of their cells, by name (case-folded),
    then id. Four queries."""
    cells = {c.id: c for c in list_cells(vault)}
    me = self_person(vault)
    people = {
        p.id: p
        for p in map(
            person_from_row,
            vault.query(
                f"SELECT {PERSON_COLUMNS} FROM person"  # noqa: S608 - a constant column list
                " WHERE id IN (SELECT colleague_id FROM representation)"
            ),
        )
    }
    found: dict[int, list[Cell]] = {}
    for cell_id, colleague_id in vault.query(
        "SELECT cell_id, colleague_id FROM representation ORDER BY colleague_id"
    ):
        if (me is None or colleague_id != me.id) and colleague_id in people:
            found.setdefault(int(colleague_id), []).append(cells[int(cell_id)])
    order = {cell_id: n for n, cell_id in enumerate(cells)}  # list_cells: by name
    colleagues = [
        RepresentedColleague(people[pid], tuple(sorted(found[pid], key=lambda c: order[c.id])))
        for pid in found
    ]
    return sorted(colleagues, key=lambda rc: (rc.person.name.casefold(), rc.person.id))


@dataclass(frozen=True, slots=True)
class FeedbackEntry:
    """One release of feedback to the colleague, with where it was said (metadata)."""

    release: Release
    body: str
    """The text as released (its version), never the note's current text (P3)."""
    meeting: Meeting | None
    cell: Cell | None
    """The meeting's cell."""
    item: AgendaItem | None
    """The note's agenda item; None for a note on the meeting as a whole."""
    case: Case | None
    """The case discussed: the agenda item's case, else the note's own."""


def feedback_entries(vault: Vault, colleague_id: int) -> list[FeedbackEntry]:
    """What was released as feedback to this colleague — and nothing else (P4) — oldest
    first.

    A release whose grounds are gone (the user turned out to be out of the room for the
    item) is left out, by the same rule as the feedback sheet
    (:func:`vault.policy.released_feedback_refusals`). Eleven queries, however many
    releases there are.
    """
    allowed = {
        note_id
        for note_id, refusal in released_feedback_refusals(vault, colleague_id).items()
        if refusal is None
    }
    releases = [r for r in feedback_for(vault, colleague_id) if r.note_id in allowed]
    facts = {
        int(r[0]): (str(r[1]), r[2], r[3], r[4])
        for r in vault.query(
            "SELECT r.id, v.body, n.meeting_id, n.agenda_item_id, n.case_id"
            " FROM release r JOIN note n ON n.id = r.note_id"
            " JOIN note_version v ON v.id = r.version_id"
            " WHERE r.kind = 'feedback' AND r.colleague_id = ? AND r.revoked_at IS NULL",
            (colleague_id,),
        )
    }
    meetings = {m.id: m for m in list_meetings(vault)}
    cells = {c.id: c for c in list_cells(vault)}
    items = {
        i.id: i
        for i in map(
            item_from_row,
            vault.query(
                "SELECT i.id, i.meeting_id, i.position, i.kind, i.title, i.case_id"  # noqa: S608
                " FROM agenda_item i WHERE i.id IN (SELECT n.agenda_item_id"
                f"{_ACTIVE_FEEDBACK})",
                (colleague_id,),
            ),
        )
    }
    cases = {
        c.id: c
        for c in map(
            case_from_row,
            vault.query(
                f"SELECT {CASE_COLUMNS} FROM casus WHERE id IN"  # noqa: S608
                f" (SELECT n.case_id{_ACTIVE_FEEDBACK}) OR id IN (SELECT i.case_id FROM"
                " agenda_item i WHERE i.id IN (SELECT n.agenda_item_id"
                f"{_ACTIVE_FEEDBACK}))",
                (colleague_id, colleague_id),
            ),
        )
    }
    entries = []
    for release in releases:
        body, meeting_id, item_id, case_id = facts[release.id]
        meeting = meetings.get(meeting_id) if meeting_id is not None else None
        item = items.get(item_id) if item_id is not None else None
        if item is not None and item.case_id is not None:
            case_id = item.case_id
        entries.append(
            FeedbackEntry(
                release=release,
                body=body,
                meeting=meeting,
                cell=cells.get(meeting.cell_id) if meeting is not None else None,
                item=item,
                case=cases.get(case_id) if case_id is not None else None,
            )
        )
    return entries


def feedback_to_withdraw(vault: Vault, cell_id: int, colleague_id: int) -> int:
    """How many active feedback releases to this colleague come from this cell's notes:
    what :func:`vault.cells.stop_representing` would withdraw. One query."""
    rows = vault.query(
        "SELECT count(*) FROM release r JOIN note n ON n.id = r.note_id"
        " JOIN meeting m ON m.id = n.meeting_id WHERE r.kind = 'feedback'"
        " AND r.colleague_id = ? AND r.revoked_at IS NULL AND m.cell_id = ?",
        (colleague_id, cell_id),
    )
    return int(rows[0][0])
