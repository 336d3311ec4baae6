"""Decisions at the table: LTF feedback forms (P6), informing the person (P7), others.

The outcome is computed by the policy when the decision is recorded, and stored: an LTF
form without consensus is recorded as *not passed on*. Decision texts are notes of
their own (table-only until released, P1).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from datetime import date
from typing import Any

from vault.clock import iso
from vault.model import Decision, DecisionKind, DecisionOutcome, NoteKind, Position, ReleaseKind
from vault.notes import freeze_version, insert_note
from vault.policy import (
    ConsensusResult,
    Reason,
    case_items,
    inform_outcome,
    inform_person_verdict,
    item_case,
    item_consensus,
    police_present,
)
from vault.store import Vault

DECISION_COLUMNS = (
    "id, meeting_id, agenda_item_id, kind, outcome, text_note_id, all_agree, fact_only,"
    " no_investigation_risk, confirmed_by_id, decided_at, review_on"
)


def _opt_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def decision_from_row(row: Sequence[Any]) -> Decision:
    return Decision(
        int(row[0]),
        int(row[1]),
        int(row[2]),
        DecisionKind(row[3]),
        DecisionOutcome(row[4]),
        row[5],
        _opt_bool(row[6]),
        _opt_bool(row[7]),
        _opt_bool(row[8]),
        row[9],
        str(row[10]),
        None if row[11] is None else date.fromisoformat(str(row[11])),
    )


def _meeting_of(vault: Vault, agenda_item_id: int) -> int:
    rows = vault.query("SELECT meeting_id FROM agenda_item WHERE id = ?", (agenda_item_id,))
    if not rows:
        raise KeyError(agenda_item_id)
    return int(rows[0][0])


def record_ltf_form(
    vault: Vault,
    agenda_item_id: int,
    form_text: str,
    positions: Mapping[int, Position],
    *,
    info_owner_id: int,
    case_id: int | None = None,
) -> tuple[int, ConsensusResult]:
    """Record an LTF feedback form about a case with each member's position (P6).

    The form belongs to a case: the item's own, or — at a general item such as
    "Beslissingen LTF" — ``case_id``, a case on this meeting's agenda. ``positions``:
    person → their own position; a permanent representative gives one, for the
    organisation — the colleague they sit in for has none (P6, revised). Agreed only
    when every effectively participating member present for any item of the case in this
    meeting (or for the recording item), and the owner of the information
    (``info_owner_id``), approved; then the form text (written deliberately for the LTF,
    never pulled from table notes) is released for the LTF record. Otherwise the form is
    recorded as not passed on and its text stays table-only.
    """
    meeting_id, own_case = item_case(vault, agenda_item_id)
    if case_id is None:
        case_id = own_case
    if case_id is None:
        raise ValueError("an LTF feedback form belongs to a case: choose the case")
    if own_case is not None and own_case != case_id:
        raise ValueError("the form is about the case of its agenda item")
    if not case_items(vault, meeting_id, case_id):
        raise ValueError("the case is not on this meeting's agenda")
    result = item_consensus(
        vault, agenda_item_id, positions, case_id=case_id, owners={info_owner_id}
    )
    outcome = DecisionOutcome.AGREED if result.agreed else DecisionOutcome.NOT_PASSED_ON
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        text_id = insert_note(
            db,
            now,
            form_text,
            kind=NoteKind.LTF_FORM_TEXT,
            agenda_item_id=agenda_item_id,
            case_id=case_id,
        )
        cur = db.execute(
            "INSERT INTO decision(meeting_id, agenda_item_id, kind, outcome, text_note_id,"
            " decided_at) VALUES (?, ?, 'ltf_form', ?, ?, ?)",
            (meeting_id, agenda_item_id, outcome.value, text_id, now),
        )
        decision_id = int(cur.lastrowid)
        db.executemany(
            "INSERT INTO decision_position(decision_id, person_id, position) VALUES (?, ?, ?)",
            [(decision_id, person, Position(pos).value) for person, pos in positions.items()],
        )
        db.execute(
            "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'ltf_form', ?, ?)",
            (now, f"decision:{decision_id}", f"outcome:{outcome.value}"),
        )
        if result.agreed:
            version_id = freeze_version(db, text_id, now)  # the form text as agreed (P3)
            cur = db.execute(
                "INSERT INTO release(note_id, version_id, kind, agreed_meeting_id,"
                " info_owner_id, released_at) VALUES (?, ?, ?, ?, ?, ?)",
                (text_id, version_id, ReleaseKind.LTF.value, meeting_id, info_owner_id, now),
            )
            db.execute(
                "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'released', ?, ?)",
                (
                    now,
                    f"note:{text_id}",
                    f"release:{cur.lastrowid} version:{version_id} kind:ltf colleague:"
                    f" meeting:{meeting_id} owner:{info_owner_id}",
                ),
            )
    return decision_id, result


def record_inform_person(
    vault: Vault,
    agenda_item_id: int,
    *,
    all_agree: bool,
    fact_only: bool,
    risk_indicated_by: Set[int] = frozenset(),
) -> int:
    """Record whether the person discussed may be told they were discussed (P7).

    Who said what for the police is kept: every police participant present for the item,
    and whether they indicated a risk for an investigation (``risk_indicated_by``; empty:
    the police present gave no indication). The outcome is the policy's
    (:func:`vault.policy.inform_outcome`): allowed, not allowed, or — no police present —
    open: ask the information officer. Raises ValueError when ``risk_indicated_by`` names
    someone who is not a police participant present for the item.
    """
    meeting_id = _meeting_of(vault, agenda_item_id)
    verdict = inform_person_verdict(
        vault,
        agenda_item_id,
        all_agree=all_agree,
        fact_only=fact_only,
        risk_indicated_by=risk_indicated_by,
    )
    if verdict.reason in (Reason.CONFIRMER_NOT_PRESENT, Reason.CONFIRMER_NOT_POLICE):
        raise ValueError("a risk is indicated by a police participant present for the item")
    outcome = inform_outcome(verdict)
    police = [p.id for p in police_present(vault, agenda_item_id)]
    no_risk = None if not police else not risk_indicated_by
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        cur = db.execute(
            "INSERT INTO decision(meeting_id, agenda_item_id, kind, outcome, all_agree,"
            " fact_only, no_investigation_risk, decided_at)"
            " VALUES (?, ?, 'inform_person', ?, ?, ?, ?, ?)",
            (
                meeting_id,
                agenda_item_id,
                outcome.value,
                int(all_agree),
                int(fact_only),
                None if no_risk is None else int(no_risk),
                now,
            ),
        )
        decision_id = int(cur.lastrowid)
        db.executemany(
            "INSERT INTO inform_police(decision_id, person_id, risk) VALUES (?, ?, ?)",
            [(decision_id, p, int(p in risk_indicated_by)) for p in police],
        )
        db.execute(
            "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'inform_person', ?, ?)",
            (now, f"decision:{decision_id}", f"outcome:{outcome.value}"),
        )
    return decision_id


def record_inform_postponed(vault: Vault, agenda_item_id: int, *, until: date) -> int:
    """Record that the table postponed informing the person until ``until`` (P7).

    The date comes after the meeting's day; from that date on the case is flagged as
    undecided again. Raises ValueError otherwise, and for an item without a case.
    """
    meeting_id, case_id = item_case(vault, agenda_item_id)
    if case_id is None:
        raise ValueError("informing the person is decided at the case's agenda item")
    starts = vault.query("SELECT starts_at FROM meeting WHERE id = ?", (meeting_id,))
    if until <= date.fromisoformat(str(starts[0][0])[:10]):
        raise ValueError("a postponement runs until a date after the meeting")
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        cur = db.execute(
            "INSERT INTO decision(meeting_id, agenda_item_id, kind, outcome, review_on,"
            " decided_at) VALUES (?, ?, 'inform_person', 'postponed', ?, ?)",
            (meeting_id, agenda_item_id, until.isoformat(), now),
        )
        decision_id = int(cur.lastrowid)
        db.execute(
            "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'inform_person', ?, ?)",
            (now, f"decision:{decision_id}", f"outcome:postponed until:{until.isoformat()}"),
        )
    return decision_id


def record_other(vault: Vault, agenda_item_id: int, text: str) -> int:
    """Record another decision; its text is a table-only note (P1)."""
    meeting_id = _meeting_of(vault, agenda_item_id)
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        text_id = insert_note(
            db, now, text, kind=NoteKind.DECISION_TEXT, agenda_item_id=agenda_item_id
        )
        cur = db.execute(
            "INSERT INTO decision(meeting_id, agenda_item_id, kind, outcome, text_note_id,"
            " decided_at) VALUES (?, ?, 'other', 'recorded', ?, ?)",
            (meeting_id, agenda_item_id, text_id, now),
        )
        return int(cur.lastrowid)


def get_decision(vault: Vault, decision_id: int) -> Decision:
    rows = vault.query(f"SELECT {DECISION_COLUMNS} FROM decision WHERE id = ?", (decision_id,))  # noqa: S608
    if not rows:
        raise KeyError(decision_id)
    return decision_from_row(rows[0])


def decisions(
    vault: Vault, *, meeting_id: int | None = None, agenda_item_id: int | None = None
) -> list[Decision]:
    rows = vault.query(
        f"SELECT {DECISION_COLUMNS} FROM decision WHERE (? IS NULL OR meeting_id = ?)"  # noqa: S608
        " AND (? IS NULL OR agenda_item_id = ?) ORDER BY id",
        (meeting_id, meeting_id, agenda_item_id, agenda_item_id),
    )
    return [decision_from_row(r) for r in rows]


def positions(vault: Vault, decision_id: int) -> dict[int, Position]:
    """Each member's own position on the decision (P6)."""
    rows = vault.query(
        "SELECT person_id, position FROM decision_position WHERE decision_id = ?",
        (decision_id,),
    )
    return {int(r[0]): Position(r[1]) for r in rows}
