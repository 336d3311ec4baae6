"""Participation assessment per cell, and a motivated refusal (P10).

The seed's questions before joining a cell: is there an agreement framework known to
all (ad hoc participants too)? a clear agenda? a clear composition? trust and equal
standing? the right person in the right place (else send a permanent representative)?
With doubts, is there openness in the cell to raise them — if not, better not to step in.
Weighed again every year (:func:`reassessment_due`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

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


DOUBT_QUESTIONS = ("framework_known", "agenda_clear", "composition_clear", "trust")
"""The seed's conditions of a good table; a doubt on any of them raises the openness
question (:func:`needs_openness`)."""

REASSESS_AFTER_DAYS = 365
"""A participation assessment is worth weighing again a year after the last one."""


def needs_openness(answers: dict[str, Answer | None]) -> bool:
    """Is there a doubt — a "no" or "partly" on the framework, the agenda, the
    composition or trust? Then the seed asks next: is there openness in the LIVC R to
    raise it? ("Ga na of er binnen de LIVC R openheid is om ze aan te kaarten.")"""
    return any(answers.get(q) in (Answer.NO, Answer.PARTLY) for q in DOUBT_QUESTIONS)


def suggested_conclusion(
    answers: dict[str, Answer | None], openness: Answer | None = None
) -> Conclusion | None:
    """A starting point for the user's own conclusion; the user decides (P10).

    The seed: doubts are discussed with a colleague or head of service, then "Ga na of
    er binnen de LIVC R openheid is om ze aan te kaarten. Indien niet, stap je beter niet
    in het overleg." So "not taking part" is proposed only when there are doubts and no
    openness to raise them (``openness`` is "no"); with doubts and openness unanswered
    there is no suggestion yet. With openness, doubts make it "take part, with
    conditions" (raise them); "no" on the right person → send a permanent representative.
    """
    if any(answers.get(q) is None for q in QUESTIONS):
        return None
    if needs_openness(answers):
        if openness is None:
            return None
        if openness is Answer.NO:
            return Conclusion.DECLINE
    if answers["right_person"] is Answer.NO:
        return Conclusion.SEND_REPRESENTATIVE
    if any(a is not Answer.YES for a in answers.values()):
        return Conclusion.PARTICIPATE_WITH_CONDITIONS
    return Conclusion.PARTICIPATE


def reassessment_due(vault: Vault, cell_id: int, today: date) -> date | None:
    """The day of the last assessment of this cell, when it is a year old or more (a calm
    reminder to weigh taking part again); None when it is younger, or there is none."""
    rows = vault.query(
        "SELECT max(assessed_at) FROM participation_assessment WHERE cell_id = ?", (cell_id,)
    )
    if not rows or rows[0][0] is None:
        return None
    last = datetime.fromisoformat(str(rows[0][0]))
    if last.tzinfo is not None:
        last = last.astimezone()
    return last.date() if today >= last.date() + timedelta(days=REASSESS_AFTER_DAYS) else None
