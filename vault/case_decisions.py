"""Decisions beyond the two legal ones (P13; domain review M3): a follow-up trajectory
(what, who leads it, the *casusregisseur* if known, when it is evaluated), a referral (to
whom) and a closure (why).

Each is a :class:`~vault.model.Decision` of kind ``other`` at an agenda item, whose text
— what was decided, the table's own words — is a table-only note like every decision text
(P1); its structure is a :class:`~vault.model.CaseDecision` (``decision_detail``). The
decision moves the case's life in the same transaction (:mod:`vault.lifecycle`): a
trajectory is proposed or running, a referral means the case was discussed, a closure
closes it on the meeting's day — asking first when actions or the informing question are
still open (``confirm_open``).

Usable from a Python shell::

    >>> from vault.case_decisions import record_trajectory, case_decisions
    >>> record_trajectory(vault, item_id, "Begeleiding door CAW", lead_organisation="CAW",
    ...                   evaluation_on=date(2026, 6, 4))
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from vault.cases import get_case
from vault.clock import iso
from vault.lifecycle import ClosingNeedsConfirmation, apply_stage, closing_blockers
from vault.model import CaseDecision, CaseDecisionKind, CaseStage, ClosureReason, NoteKind
from vault.notes import insert_note
from vault.policy import case_items, item_case
from vault.store import Connection, Vault

DETAIL_COLUMNS = (
    "decision_id, case_id, kind, lead_organisation, case_director_id, evaluation_on,"
    " referred_to, closure_reason"
)


def detail_from_row(row: Sequence[Any]) -> CaseDecision:
    return CaseDecision(
        decision_id=int(row[0]),
        case_id=int(row[1]),
        kind=CaseDecisionKind(row[2]),
        lead_organisation=str(row[3]),
        case_director_id=None if row[4] is None else int(row[4]),
        evaluation_on=None if row[5] is None else date.fromisoformat(str(row[5])),
        referred_to=str(row[6]),
        closure_reason=None if row[7] is None else ClosureReason(row[7]),
    )


def _the_case(vault: Vault, agenda_item_id: int, case_id: int | None) -> tuple[int, int]:
    """(meeting, case) of a decision at an item: the item's case, or — at a general item
    — ``case_id``, which must be on the meeting's agenda."""
    meeting_id, own_case = item_case(vault, agenda_item_id)
    case_id = own_case if case_id is None else case_id
    if case_id is None:
        raise ValueError("this decision belongs to a case: choose the case")
    if own_case is not None and own_case != case_id:
        raise ValueError("the decision is about the case of its agenda item")
    if not case_items(vault, meeting_id, case_id):
        raise ValueError("the case is not on this meeting's agenda")
    return meeting_id, case_id


def _meeting_day(vault: Vault, meeting_id: int) -> date:
    rows = vault.query("SELECT starts_at FROM meeting WHERE id = ?", (meeting_id,))
    return datetime.fromisoformat(str(rows[0][0])).date()


def _record(
    db: Connection,
    now: str,
    meeting_id: int,
    agenda_item_id: int,
    case_id: int,
    text: str,
    detail: CaseDecision,
) -> int:
    text_id = insert_note(
        db, now, text, kind=NoteKind.DECISION_TEXT, agenda_item_id=agenda_item_id, case_id=case_id
    )
    cur = db.execute(
        "INSERT INTO decision(meeting_id, agenda_item_id, kind, outcome, text_note_id,"
        " decided_at) VALUES (?, ?, 'other', 'recorded', ?, ?)",
        (meeting_id, agenda_item_id, text_id, now),
    )
    decision_id = int(cur.lastrowid)
    db.execute(
        f"INSERT INTO decision_detail({DETAIL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (
            decision_id,
            case_id,
            detail.kind.value,
            detail.lead_organisation,
            detail.case_director_id,
            None if detail.evaluation_on is None else detail.evaluation_on.isoformat(),
            detail.referred_to,
            None if detail.closure_reason is None else detail.closure_reason.value,
        ),
    )
    db.execute(
        "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'case_decision', ?, ?)",
        (now, f"decision:{decision_id}", f"case:{case_id} kind:{detail.kind.value}"),
    )
    return decision_id


def record_trajectory(
    vault: Vault,
    agenda_item_id: int,
    text: str,
    *,
    lead_organisation: str,
    evaluation_on: date,
    case_director_id: int | None = None,
    running: bool = False,
    case_id: int | None = None,
) -> int:
    """Record a follow-up trajectory for the item's case (or ``case_id`` at a general
    item): ``text`` says what it is; who leads it, the *casusregisseur* if known, and
    the evaluation date (after the meeting) are kept apart. The case becomes
    *trajectory proposed* (``running``: running); deciding it again at that stage
    renews lead and evaluation date. Returns the decision's id."""
    meeting_id, case_id = _the_case(vault, agenda_item_id, case_id)
    if evaluation_on <= _meeting_day(vault, meeting_id):
        raise ValueError("a trajectory is evaluated on a date after the meeting")
    lead = lead_organisation.strip()
    case = get_case(vault, case_id)
    stage = CaseStage.TRAJECTORY_RUNNING if running else CaseStage.TRAJECTORY_PROPOSED
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        current = case.stage
        if current is CaseStage.REFERRAL:
            apply_stage(db, now, case_id, current, CaseStage.DISCUSSED, meeting_id=meeting_id)
            current = CaseStage.DISCUSSED
        apply_stage(
            db,
            now,
            case_id,
            current,
            stage,
            meeting_id=meeting_id,
            lead_organisation=lead,
            case_director_id=case_director_id,
            evaluation_on=evaluation_on,
            renew=True,
        )
        detail = CaseDecision(
            0,
            case_id,
            CaseDecisionKind.TRAJECTORY,
            lead_organisation=lead,
            case_director_id=case_director_id,
            evaluation_on=evaluation_on,
        )
        return _record(db, now, meeting_id, agenda_item_id, case_id, text, detail)


def record_referral(
    vault: Vault, agenda_item_id: int, text: str, *, referred_to: str, case_id: int | None = None
) -> int:
    """Record that the case is referred to another service or organisation
    (``referred_to``); a referral not yet discussed becomes *discussed*. Closing the
    case, if the table does, is its own decision (:func:`record_closure`)."""
    meeting_id, case_id = _the_case(vault, agenda_item_id, case_id)
    to = referred_to.strip()
    if not to:
        raise ValueError("a referral names to whom")
    case = get_case(vault, case_id)
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        if case.stage is CaseStage.REFERRAL:
            apply_stage(db, now, case_id, case.stage, CaseStage.DISCUSSED, meeting_id=meeting_id)
        detail = CaseDecision(0, case_id, CaseDecisionKind.REFERRAL, referred_to=to)
        return _record(db, now, meeting_id, agenda_item_id, case_id, text, detail)


def record_closure(
    vault: Vault,
    agenda_item_id: int,
    text: str,
    *,
    reason: ClosureReason,
    confirm_open: bool = False,
    case_id: int | None = None,
) -> int:
    """Record that the table closes the case, with its reason; the case is closed on the
    meeting's day (its retention review counts from there, P13). With open actions or
    an undecided informing question, raises
    :class:`~vault.lifecycle.ClosingNeedsConfirmation` unless ``confirm_open``."""
    meeting_id, case_id = _the_case(vault, agenda_item_id, case_id)
    case = get_case(vault, case_id)
    day = _meeting_day(vault, meeting_id)
    if not confirm_open:
        blockers = closing_blockers(vault, case_id, max(day, vault.clock.now().date()))
        if not blockers.empty:
            raise ClosingNeedsConfirmation(blockers)
    reason = ClosureReason(reason)
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        apply_stage(
            db,
            now,
            case_id,
            case.stage,
            CaseStage.CLOSED,
            meeting_id=meeting_id,
            reason=reason,
            closed_on=day,
        )
        detail = CaseDecision(0, case_id, CaseDecisionKind.CLOSURE, closure_reason=reason)
        return _record(db, now, meeting_id, agenda_item_id, case_id, text, detail)


def case_decision(vault: Vault, decision_id: int) -> CaseDecision:
    """The structure of a trajectory, referral or closure decision."""
    rows = vault.query(
        f"SELECT {DETAIL_COLUMNS} FROM decision_detail WHERE decision_id = ?",  # noqa: S608
        (decision_id,),
    )
    if not rows:
        raise KeyError(decision_id)
    return detail_from_row(rows[0])


def case_decisions(
    vault: Vault, case_id: int | None = None, *, meeting_id: int | None = None
) -> list[CaseDecision]:
    """Trajectory, referral and closure decisions of a case and/or a meeting, in the order
    they were recorded."""
    rows = vault.query(
        f"SELECT {', '.join('dd.' + c.strip() for c in DETAIL_COLUMNS.split(','))}"  # noqa: S608
        " FROM decision_detail dd JOIN decision d ON d.id = dd.decision_id"
        " WHERE (?1 IS NULL OR dd.case_id = ?1) AND (?2 IS NULL OR d.meeting_id = ?2)"
        " ORDER BY dd.decision_id",
        (case_id, meeting_id),
    )
    return [detail_from_row(r) for r in rows]
