"""P13 (domain review M3): decisions beyond the two legal ones — a follow-up trajectory,
a referral, a closure — structured, per case and agenda item, with their own table-only
text (P1), moving the case's life in the same step. Through the door, no Qt."""

from __future__ import annotations

from datetime import date

import pytest
from domain_strategies import Table

from vault.api import UnlockedVault
from vault.errors import Refused
from vault.model import (
    CaseDecisionKind,
    CaseStage,
    ClosureReason,
    DecisionKind,
    DecisionOutcome,
    NoteKind,
)


def test_p13_a_trajectory_decision_is_structured_and_starts_the_trajectory(
    t: Table, door: UnlockedVault
) -> None:
    decision_id = door.decisions.record_trajectory(
        t.case_item,
        "Begeleiding door het CAW, met de school als partner.",
        lead_organisation=" CAW Fictiegem ",
        evaluation_on=date(2026, 6, 4),
        case_director_id=t.clb,
    )
    decision = door.decisions.get(decision_id)
    assert (decision.kind, decision.outcome, decision.agenda_item_id) == (
        DecisionKind.OTHER,
        DecisionOutcome.RECORDED,
        t.case_item,
    )
    assert decision.text_note_id is not None
    text = door.notes.get(decision.text_note_id)
    assert (text.kind, text.case_id) == (NoteKind.DECISION_TEXT, t.case)
    assert door.notes.label(text.id).table_only  # its own text, table-only (P1)
    detail = door.decisions.case_decision(decision_id)
    assert (detail.kind, detail.lead_organisation, detail.case_director_id) == (
        CaseDecisionKind.TRAJECTORY,
        "CAW Fictiegem",
        t.clb,
    )
    assert detail.evaluation_on == date(2026, 6, 4)
    case = door.cases.get(t.case)
    assert (case.stage, case.lead_organisation, case.evaluation_on) == (
        CaseStage.TRAJECTORY_PROPOSED,
        "CAW Fictiegem",
        date(2026, 6, 4),
    )
    # The referral was discussed at this meeting on its way to the trajectory.
    history = door.cases.stage_history(t.case)
    assert [(h.stage, h.meeting_id) for h in history] == [
        (CaseStage.REFERRAL, None),
        (CaseStage.DISCUSSED, t.meeting),
        (CaseStage.TRAJECTORY_PROPOSED, t.meeting),
    ]
    # Evaluated again later: the running trajectory is renewed with a new date.
    later_item = next(i.id for i in door.meetings.agenda(t.later_meeting) if i.case_id == t.case)
    door.decisions.record_trajectory(
        later_item,
        "Loopt; opnieuw bekijken na de zomer.",
        lead_organisation="CAW Fictiegem",
        evaluation_on=date(2026, 9, 3),
        running=True,
    )
    door.decisions.record_trajectory(
        later_item,
        "Nog eens verlengd.",
        lead_organisation="CAW Fictiegem",
        evaluation_on=date(2026, 10, 1),
        running=True,
    )
    assert door.cases.get(t.case).evaluation_on == date(2026, 10, 1)
    assert [d.kind for d in door.decisions.case_decisions(t.case)] == [
        CaseDecisionKind.TRAJECTORY
    ] * 3
    assert len(door.decisions.case_decisions(meeting_id=t.later_meeting)) == 2


def test_p13_a_trajectory_is_evaluated_after_the_meeting(t: Table, door: UnlockedVault) -> None:
    with pytest.raises(Refused, match="after the meeting"):
        door.decisions.record_trajectory(
            t.case_item, "x", lead_organisation="CAW", evaluation_on=date(2026, 3, 5)
        )
    with pytest.raises(Refused, match="lead organisation"):
        door.decisions.record_trajectory(
            t.case_item, "x", lead_organisation=" ", evaluation_on=date(2026, 4, 5)
        )
    assert door.decisions.list(meeting_id=t.meeting) == []  # nothing half-recorded
    assert door.cases.get(t.case).stage is CaseStage.REFERRAL


def test_p13_a_referral_names_to_whom(t: Table, door: UnlockedVault) -> None:
    with pytest.raises(Refused, match="to whom"):
        door.decisions.record_referral(t.case_item, "Doorverwezen.", referred_to="")
    decision_id = door.decisions.record_referral(
        t.case_item, "Doorverwezen naar de geestelijke gezondheidszorg.", referred_to="CGG"
    )
    detail = door.decisions.case_decision(decision_id)
    assert (detail.kind, detail.referred_to) == (CaseDecisionKind.REFERRAL, "CGG")
    assert door.cases.get(t.case).stage is CaseStage.DISCUSSED


def test_p13_a_closure_decision_asks_first_and_closes_on_the_meeting_day(
    t: Table, door: UnlockedVault
) -> None:
    door.actions.add(
        t.meeting,
        None,
        "Terugkoppeling school",
        owner_organisation="CLB",
        agenda_item_id=t.case_item,
    )
    with pytest.raises(Refused, match="closing needs confirmation"):
        door.decisions.record_closure(t.case_item, "Afgesloten.", reason=ClosureReason.MOVED)
    assert door.decisions.list(meeting_id=t.meeting) == []
    decision_id = door.decisions.record_closure(
        t.case_item,
        "Verhuisd; de notities reizen niet mee.",
        reason=ClosureReason.MOVED,
        confirm_open=True,
    )
    assert door.decisions.case_decision(decision_id).closure_reason is ClosureReason.MOVED
    case = door.cases.get(t.case)
    assert (case.stage, case.closure_reason, case.closed_on) == (
        CaseStage.CLOSED,
        ClosureReason.MOVED,
        date(2026, 3, 5),
    )


def test_p13_at_a_general_item_the_decision_names_a_case_on_the_agenda(
    t: Table, door: UnlockedVault
) -> None:
    with pytest.raises(Refused, match="choose the case"):
        door.decisions.record_referral(t.ltf_item, "x", referred_to="CAW")
    with pytest.raises(Refused, match="not on this meeting's agenda"):
        door.decisions.record_referral(t.ltf_item, "x", referred_to="CAW", case_id=t.minor_case)
    with pytest.raises(Refused, match="case of its agenda item"):
        door.decisions.record_referral(t.case_item, "x", referred_to="CAW", case_id=t.minor_case)
    decision_id = door.decisions.record_referral(
        t.ltf_item, "Opvolging door de LTF.", referred_to="LTF", case_id=t.case
    )
    assert door.decisions.case_decision(decision_id).case_id == t.case
    with pytest.raises(Exception, match="no such record"):
        door.decisions.case_decision(9999)
