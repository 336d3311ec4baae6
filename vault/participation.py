"""Participation assessment per cell, and a motivated refusal (P10).

The seed's questions before joining a cell: is there an agreement framework known to
all (ad hoc participants too)? a clear agenda? a clear composition? trust and equal
standing? the right person in the right place (else send a permanent representative)?
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.clock import iso
from vault.model import Answer, Conclusion, NoteKind
from vault.notes import insert_note, update_note
from vault.store import Vault

QUESTIONS = ("framework_known", "agenda_clear", "composition_clear", "trust", "right_person")
"""Column names of the five questions, in the order the wizard asks them."""


@dataclass(frozen=True, slots=True)
class Assessment:
    id: int
    cell_id: int
    assessed_at: str
    answers: dict[str, Answer | None]
    conclusion: Conclusion | None
    motivation_note_id: int | None


def save_assessment(
    vault: Vault,
    cell_id: int,
    answers: dict[str, Answer | None],
    conclusion: Conclusion | None,
    motivation: str = "",
    *,
    assessment_id: int | None = None,
) -> int:
    """Create or update an assessment. The motivation is a table-only note (P1)."""
    unknown = set(answers) - set(QUESTIONS)
    if unknown:
        raise ValueError(f"unknown questions: {sorted(unknown)}")
    values = [answers.get(q).value if answers.get(q) else None for q in QUESTIONS]  # type: ignore[union-attr]
    now = iso(vault.clock.now())
    if assessment_id is None:
        with vault.transaction() as db:
            note_id = (
                insert_note(db, now, motivation, kind=NoteKind.MOTIVATION) if motivation else None
            )
            cur = db.execute(
                "INSERT INTO participation_assessment(cell_id, assessed_at,"  # noqa: S608
                f" {', '.join(QUESTIONS)}, conclusion, motivation_note_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (cell_id, now, *values, conclusion.value if conclusion else None, note_id),
            )
            return int(cur.lastrowid)
    current = get_assessment(vault, assessment_id)
    note_id = current.motivation_note_id
    if note_id is not None:
        update_note(vault, note_id, motivation)
    with vault.transaction() as db:
        if note_id is None and motivation:
            note_id = insert_note(db, now, motivation, kind=NoteKind.MOTIVATION)
        db.execute(
            f"UPDATE participation_assessment SET assessed_at = ?, "  # noqa: S608
            f"{', '.join(q + ' = ?' for q in QUESTIONS)}, conclusion = ?, motivation_note_id = ?"
            " WHERE id = ?",
            (now, *values, conclusion.value if conclusion else None, note_id, assessment_id),
        )
    return assessment_id


def get_assessment(vault: Vault, assessment_id: int) -> Assessment:
    rows = vault.query(
        f"SELECT id, cell_id, assessed_at, {', '.join(QUESTIONS)}, conclusion,"  # noqa: S608
        " motivation_note_id FROM participation_assessment WHERE id = ?",
        (assessment_id,),
    )
    if not rows:
        raise KeyError(assessment_id)
    r = rows[0]
    answers = {q: Answer(v) if v else None for q, v in zip(QUESTIONS, r[3:8], strict=True)}
    return Assessment(
        int(r[0]), int(r[1]), str(r[2]), answers, Conclusion(r[8]) if r[8] else None, r[9]
    )


def assessments(vault: Vault, cell_id: int) -> list[Assessment]:
    rows = vault.query(
        "SELECT id FROM participation_assessment WHERE cell_id = ? ORDER BY assessed_at, id",
        (cell_id,),
    )
    return [get_assessment(vault, int(r[0])) for r in rows]


def suggested_conclusion(answers: dict[str, Answer | None]) -> Conclusion | None:
    """A starting point for the user's own conclusion; the user decides.

    Any "no" on framework or trust → decline; "no" on the right person → send a
    permanent representative; other "no"/"partly" → participate with conditions.
    """
    if any(answers.get(q) is None for q in QUESTIONS):
        return None
    if Answer.NO in (answers["framework_known"], answers["trust"]):
        return Conclusion.DECLINE
    if answers["right_person"] is Answer.NO:
        return Conclusion.SEND_REPRESENTATIVE
    if any(a is not Answer.YES for a in answers.values()):
        return Conclusion.PARTICIPATE_WITH_CONDITIONS
    return Conclusion.PARTICIPATE
