"""Retention review: notes past their cell's retention period, for the user to decide.

Flemish records law forbids destroying records outside approved selection lists, so the
program never deletes by itself; it lists. Deletion by the user is real
(:func:`vault.notes.delete_note`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault.cells import DEFAULT_RETENTION_MONTHS
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
    """Notes whose retention period has passed on ``today``, oldest first.

    A meeting note is dated by its meeting; an own reflection by when it was written and
    reviewed after the default period.
    """
    rows = vault.query(
        "SELECT n.id, m.cell_id, n.meeting_id, substr(coalesce(m.starts_at, n.created_at), 1, 10),"
        " coalesce(c.retention_months, ?) FROM note n"
        " LEFT JOIN meeting m ON m.id = n.meeting_id LEFT JOIN cell c ON c.id = m.cell_id"
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
