"""Retention review: what is past its retention period, for the user to decide.

Two reviews, one rule each: a note on a case follows its case (P13: review starts at the
case's closure, by closure reason — the second half of this module); every other note
(themes, the opening, the user's own reflections) by its meeting's date and its cell's
retention period (:func:`due_for_review`).

Flemish records law forbids destroying records outside approved selection lists, so the
program never deletes by itself; it lists. Deletion by the user is real
(:func:`vault.notes.delete_note`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from vault.cells import DEFAULT_RETENTION_MONTHS
from vault.clock import iso
from vault.model import ClosureReason
from vault.store import Vault


@dataclass(frozen=True, slots=True)
class ReviewItem:
    note_id: int
    cell_id: int | None
    meeting_id: int | None
    written_on: date
    review_from: date


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_days = [
        31,
        29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ]
    return date(year, month, min(day.day, last_days[month - 1]))


def due_for_review(vault: Vault, today: date) -> list[ReviewItem]:
    """Notes without a case whose retention period has passed on ``today``, oldest first.

    A meeting note is dated by its meeting; an own reflection by when it was written and
    reviewed after the default period. A note on a case is not listed here, however old:
    retention follows the case (P13), so it comes up with its case, after the case's
    closure (:func:`cases_due_for_review`), and a running case's history stays whole.
    """
    rows = vault.query(
        "SELECT n.id, m.cell_id, n.meeting_id, substr(coalesce(m.starts_at, n.created_at), 1, 10),"
        " coalesce(c.retention_months, ?) FROM note n"
        " LEFT JOIN meeting m ON m.id = n.meeting_id LEFT JOIN cell c ON c.id = m.cell_id"
        " WHERE n.case_id IS NULL"
        " ORDER BY coalesce(m.starts_at, n.created_at), n.id",
        (DEFAULT_RETENTION_MONTHS,),
    )
    items = []
    for note_id, cell_id, meeting_id, day, months in rows:
        written = date.fromisoformat(str(day))
        review_from = _add_months(written, int(months))
        if review_from <= today:
            items.append(ReviewItem(int(note_id), cell_id, meeting_id, written, review_from))
    return items


# ---------------------------------------------------------------------------- by case (P13)
# Retention follows the case (P13; domain review C14, M7, M11): a closed case comes up for
# review a number of months after its closure day, by closure reason — short for a case
# closed as outside the local definition, shorter for a minor's case. The defaults below
# hold unless the cell sets its own (``case_retention``). The program lists; the user
# decides. Deleting a case is real and leaves a record without content for the registers.

DEFAULT_CASE_RETENTION: dict[ClosureReason, int] = {
    ClosureReason.GOAL_REACHED: 24,
    ClosureReason.REFERRED_TO_CARE: 24,
    ClosureReason.OUT_OF_SCOPE: 6,
    ClosureReason.LTF_POLICE: 24,
    ClosureReason.MOVED: 12,
    ClosureReason.OTHER: 24,
}
"""Months after closure before a closed case comes up for review, by closure reason: two
years by default (as notes, :data:`vault.cells.DEFAULT_RETENTION_MONTHS`); six months for
a case outside the local definition (it should not have been kept at all); a year for a
person who moved (the notes do not travel, M11)."""

DEFAULT_MINOR_CASE_RETENTION: dict[ClosureReason, int] = {
    reason: min(months, 12) // (2 if reason is ClosureReason.OUT_OF_SCOPE else 1)
    for reason, months in DEFAULT_CASE_RETENTION.items()
}
"""The same for a minor's case: at most a year; three months outside the local
definition."""


def case_retention(vault: Vault, cell_id: int) -> dict[tuple[ClosureReason, bool], int]:
    """The cell's review period in months per (closure reason, minor's case): its own
    where it set one, else the defaults."""
    periods = {(r, False): m for r, m in DEFAULT_CASE_RETENTION.items()}
    periods |= {(r, True): m for r, m in DEFAULT_MINOR_CASE_RETENTION.items()}
    if not vault.query("SELECT 1 FROM cell WHERE id = ?", (cell_id,)):
        raise KeyError(cell_id)
    for reason, minor, months in vault.query(
        "SELECT closure_reason, minor, months FROM case_retention WHERE cell_id = ?", (cell_id,)
    ):
        periods[(ClosureReason(reason), bool(minor))] = int(months)
    return periods


def set_case_retention(
    vault: Vault,
    cell_id: int,
    reason: ClosureReason,
    months: int | None,
    *,
    minor: bool = False,
) -> None:
    """Set the cell's review period for cases closed with ``reason`` (a minor's apart);
    ``None`` goes back to the default. At least one month, at most 600. Audited."""
    if months is not None and not 1 <= months <= 600:
        raise ValueError("a review period is between 1 and 600 months")
    reason = ClosureReason(reason)
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        if not db.execute("SELECT 1 FROM cell WHERE id = ?", (cell_id,)).fetchone():
            raise KeyError(cell_id)
        db.execute(
            "DELETE FROM case_retention WHERE cell_id = ? AND closure_reason = ? AND minor = ?",
            (cell_id, reason.value, int(minor)),
        )
        if months is not None:
            db.execute(
                "INSERT INTO case_retention(cell_id, closure_reason, minor, months)"
                " VALUES (?, ?, ?, ?)",
                (cell_id, reason.value, int(minor), months),
            )
        db.execute(
            "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'case_retention', ?, ?)",
            (
                now,
                f"cell:{cell_id}",
                f"reason:{reason.value} minor:{int(minor)} months:{months or 'default'}",
            ),
        )


@dataclass(frozen=True, slots=True)
class CaseReviewItem:
    """A closed case whose review period has passed."""

    case_id: int
    cell_id: int
    code: str
    closed_on: date
    reason: ClosureReason
    minor: bool
    """The person discussed is a minor, or minors are in the context: the shorter period."""
    months: int
    review_from: date


def cases_due_for_review(vault: Vault, today: date) -> list[CaseReviewItem]:
    """Closed cases whose review period (counted from closure) has passed on ``today``,
    oldest closure first."""
    rows = vault.query(
        "SELECT id, cell_id, code, closed_on, closure_reason,"
        " subject_is_minor OR minors_in_context FROM casus"
        " WHERE phase = 'closed' AND closed_on IS NOT NULL ORDER BY closed_on, id"
    )
    periods: dict[int, dict[tuple[ClosureReason, bool], int]] = {}
    items = []
    for case_id, cell_id, code, closed, reason, minor in rows:
        cell = int(cell_id)
        if cell not in periods:
            periods[cell] = case_retention(vault, cell)
        why = ClosureReason(reason) if reason else ClosureReason.OTHER
        months = periods[cell][(why, bool(minor))]
        closed_on = date.fromisoformat(str(closed))
        review_from = _add_months(closed_on, months)
        if review_from <= today:
            items.append(
                CaseReviewItem(
                    int(case_id), cell, str(code), closed_on, why, bool(minor), months, review_from
                )
            )
    return items


@dataclass(frozen=True, slots=True)
class DeletionPreview:
    """What deleting a case removes (ask with these counts first)."""

    case_id: int
    code: str
    notes: int
    """Notes on the case, with their history, versions and releases."""
    decisions: int
    actions: int
    agenda_items: int
    meetings: int
    """Meetings whose agenda it was on (the meetings themselves stay)."""
    presence_marks: int
    """Who was in or out of the room for its items (attendance links)."""
    stepwise_answers: int
    exports: int
    """Documents made from it: their records stay, without the case."""


def deletion_preview(vault: Vault, case_id: int) -> DeletionPreview:
    """Counts of what :func:`delete_case` would remove (one query)."""
    rows = vault.query(
        f"""
        {_SCOPE}
        SELECT c.code,
               (SELECT count(*) FROM notes),
               (SELECT count(*) FROM ({_CASE_DECISIONS})),
               (SELECT count(*) FROM action WHERE case_id = ?1
                OR agenda_item_id IN (SELECT id FROM items)),
               (SELECT count(*) FROM items),
               (SELECT count(DISTINCT meeting_id) FROM items),
               (SELECT count(*) FROM item_attendance
                WHERE agenda_item_id IN (SELECT id FROM items)),
               (SELECT count(*) FROM stepwise_answer WHERE case_id = ?1),
               (SELECT count(*) FROM export_record WHERE case_id = ?1 OR id IN
                (SELECT export_id FROM export_item WHERE note_id IN (SELECT id FROM notes)))
        FROM casus c WHERE c.id = ?1
        """,  # noqa: S608 - constant SQL
        (case_id,),
    )
    if not rows:
        raise KeyError(case_id)
    r = rows[0]
    return DeletionPreview(case_id, str(r[0]), *(int(v) for v in r[1:]))


_SCOPE = """
    WITH items AS (SELECT id, meeting_id FROM agenda_item WHERE case_id = ?1),
         notes AS (SELECT id FROM note WHERE case_id = ?1
                   OR agenda_item_id IN (SELECT id FROM items))
"""
"""The case's agenda items and notes, as common table expressions (parameter ?1)."""
_CASE_DECISIONS = """
    SELECT id FROM decision WHERE agenda_item_id IN (SELECT id FROM items)
    OR text_note_id IN (SELECT id FROM notes)
    OR id IN (SELECT decision_id FROM decision_detail WHERE case_id = ?1)
"""


@dataclass(frozen=True, slots=True)
class CaseDeletionRecord:
    """What a deleted case leaves for the registers: no content (P13)."""

    id: int
    cell_id: int | None
    code: str
    created_on: date
    closed_on: date | None
    closure_reason: ClosureReason | None
    first_discussed_on: date | None
    last_discussed_on: date | None
    meetings: int
    notes: int
    decisions: int
    actions: int
    exports: int
    selection_list_ref: str
    deleted_at: str


def delete_case(
    vault: Vault,
    case_id: int,
    *,
    selection_list_ref: str = "",
    expected: DeletionPreview | None = None,
) -> int:
    """Delete a closed case for real: its notes (with history, versions, releases and
    search entries — the index forgets them, schema 4), decisions, actions, agenda items
    with their presence marks, stages, stepwise answers and flags. Documents made from it
    stay recorded without it. Leaves a :class:`CaseDeletionRecord` (returns its id) and
    an audit entry with counts only.

    ``expected``: the preview the user was shown; refused when the case has changed since
    (ask again). An open case is refused: close it first (its review counts from there).
    """
    preview = deletion_preview(vault, case_id)
    if expected is not None and expected != preview:
        raise ValueError("the case changed since the deletion was previewed: ask again")
    case = vault.query(
        "SELECT cell_id, code, substr(created_at, 1, 10), closed_on, closure_reason, phase"
        " FROM casus WHERE id = ?",
        (case_id,),
    )[0]
    if case[5] != "closed":
        raise ValueError("only a closed case is deleted: close it first")
    days = vault.query(
        "SELECT min(substr(m.starts_at, 1, 10)), max(substr(m.starts_at, 1, 10))"
        " FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id"
        " WHERE i.case_id = ? AND m.status != 'cancelled'",
        (case_id,),
    )[0]
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        db.execute(
            f"{_SCOPE} DELETE FROM decision WHERE id IN ({_CASE_DECISIONS})",  # noqa: S608
            (case_id,),
        )
        db.execute(
            f"{_SCOPE} DELETE FROM action WHERE case_id = ?1"  # noqa: S608
            " OR agenda_item_id IN (SELECT id FROM items)",
            (case_id,),
        )
        # Prepared input about the case goes with its note (ON DELETE CASCADE) below.
        db.execute(
            "DELETE FROM note WHERE id IN (SELECT note_id FROM prepared_input WHERE case_id = ?1)",
            (case_id,),
        )
        db.execute("UPDATE export_record SET case_id = NULL WHERE case_id = ?1", (case_id,))
        db.execute(f"{_SCOPE} DELETE FROM note WHERE id IN (SELECT id FROM notes)", (case_id,))  # noqa: S608
        db.execute("DELETE FROM agenda_item WHERE case_id = ?1", (case_id,))
        db.execute("DELETE FROM casus WHERE id = ?1", (case_id,))
        cur = db.execute(
            "INSERT INTO case_deletion(cell_id, code, created_on, closed_on, closure_reason,"
            " first_discussed_on, last_discussed_on, meetings, notes, decisions, actions,"
            " exports, selection_list_ref, deleted_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case[0],
                case[1],
                case[2],
                case[3],
                case[4],
                days[0],
                days[1],
                preview.meetings,
                preview.notes,
                preview.decisions,
                preview.actions,
                preview.exports,
                selection_list_ref.strip(),
                now,
            ),
        )
        record_id = int(cur.lastrowid)
        db.execute(
            "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'case_deleted', ?, ?)",
            (
                now,
                f"case:{case_id}",
                f"record:{record_id} notes:{preview.notes} decisions:{preview.decisions}"
                f" actions:{preview.actions} items:{preview.agenda_items}",
            ),
        )
    return record_id


def deletion_records(vault: Vault) -> list[CaseDeletionRecord]:
    """Every content-free record of a deleted case, oldest first."""

    def day(value: object) -> date | None:
        return None if value is None else date.fromisoformat(str(value))

    return [
        CaseDeletionRecord(
            id=int(r[0]),
            cell_id=r[1],
            code=str(r[2]),
            created_on=date.fromisoformat(str(r[3])),
            closed_on=day(r[4]),
            closure_reason=None if r[5] is None else ClosureReason(r[5]),
            first_discussed_on=day(r[6]),
            last_discussed_on=day(r[7]),
            meetings=int(r[8]),
            notes=int(r[9]),
            decisions=int(r[10]),
            actions=int(r[11]),
            exports=int(r[12]),
            selection_list_ref=str(r[13]),
            deleted_at=str(r[14]),
        )
        for r in vault.query(
            "SELECT id, cell_id, code, created_on, closed_on, closure_reason,"
            " first_discussed_on, last_discussed_on, meetings, notes, decisions, actions,"
            " exports, selection_list_ref, deleted_at FROM case_deletion ORDER BY id"
        )
    ]


DELETION_REGISTER_COLUMNS = (
    "case_code",
    "cell",
    "created_on",
    "closed_on",
    "closure_reason",
    "first_discussed_on",
    "last_discussed_on",
    "meetings",
    "notes",
    "decisions",
    "actions",
    "documents",
    "selection_list_ref",
    "deleted_at",
)


def deletion_register_csv(vault: Vault) -> str:
    """The deletion records as CSV text (comma-separated, a header line, ``\\r\\n`` line
    ends) for the archive registers: codes, dates, counts and the selection list's
    reference — never content. Writing it to a file is the caller's choice."""
    cells = {int(r[0]): str(r[1]) for r in vault.query("SELECT id, name FROM cell")}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(DELETION_REGISTER_COLUMNS)
    for r in deletion_records(vault):
        writer.writerow(
            [
                _cell_safe(r.code),
                _cell_safe(cells.get(r.cell_id, "") if r.cell_id is not None else ""),
                r.created_on.isoformat(),
                r.closed_on.isoformat() if r.closed_on else "",
                r.closure_reason.value if r.closure_reason else "",
                r.first_discussed_on.isoformat() if r.first_discussed_on else "",
                r.last_discussed_on.isoformat() if r.last_discussed_on else "",
                r.meetings,
                r.notes,
                r.decisions,
                r.actions,
                r.exports,
                _cell_safe(r.selection_list_ref),
                r.deleted_at,
            ]
        )
    return out.getvalue()


def _cell_safe(text: str) -> str:
    """A spreadsheet does not run it as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
