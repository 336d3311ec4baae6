"""P13: a case has a life — referral → discussed / in screening → follow-up trajectory
(proposed / running) → closed with a reason; each step checked, kept and audited; closing
asks first when actions or the informing question are still open. P8: the stepwise check
is asked again when a minor's case returns to the agenda. Schema 7 migration. Through the
door (``vault.api.UnlockedVault``), no Qt."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from domain_strategies import Table

from vault import Vault, store
from vault.api import UnlockedVault
from vault.errors import ErrorCode, Refused
from vault.informing import InformingState
from vault.model import AgendaItemKind, CaseStage, CaseStatus, ClosureReason, TableKind, Trajectory
from vault.schema import MIGRATIONS


def _audit(v: Vault, kind: str) -> list[tuple[str, str]]:
    rows = v.query("SELECT subject, detail FROM audit_event WHERE kind = ? ORDER BY id", (kind,))
    return [(str(r[0]), str(r[1])) for r in rows]


def test_p13_a_new_case_is_a_referral_with_its_history(t: Table, door: UnlockedVault) -> None:
    case = door.cases.add(t.cell, "LIVCR-2025-000017")
    assert door.cases.get(case).stage is CaseStage.REFERRAL
    assert [c.stage for c in door.cases.stage_history(case)] == [CaseStage.REFERRAL]


def test_p13_a_referral_is_discussed_before_a_trajectory(t: Table, door: UnlockedVault) -> None:
    case = door.cases.add(t.cell, "F-2025-0011")
    with pytest.raises(Refused, match="discusses it first") as refused:
        door.cases.start_trajectory(case, lead_organisation="CAW", evaluation_on=date(2026, 6, 1))
    assert refused.value.code is ErrorCode.REFUSED
    assert door.cases.get(case).stage is CaseStage.REFERRAL
    door.cases.move(case, CaseStage.SCREENING, meeting_id=t.meeting)
    with pytest.raises(Refused, match="already at stage screening"):
        door.cases.move(case, CaseStage.SCREENING)
    with pytest.raises(Refused, match="start_trajectory or close_case"):
        door.cases.move(case, CaseStage.CLOSED)


def test_p13_a_trajectory_has_a_lead_and_an_evaluation_date(t: Table, door: UnlockedVault) -> None:
    door.cases.move(t.case, CaseStage.DISCUSSED)
    with pytest.raises(Refused, match="lead organisation and an evaluation date"):
        door.cases.start_trajectory(t.case, lead_organisation="  ", evaluation_on=date(2026, 6, 1))
    door.cases.start_trajectory(
        t.case,
        lead_organisation="CAW Fictiegem",
        evaluation_on=date(2026, 6, 1),
        case_director_id=t.clb,
        meeting_id=t.meeting,
    )
    case = door.cases.get(t.case)
    assert (case.stage, case.status, case.trajectory) == (
        CaseStage.TRAJECTORY_PROPOSED,
        CaseStatus.FOLLOW_UP,
        Trajectory.PROPOSED,
    )
    assert (case.lead_organisation, case.case_director_id, case.evaluation_on) == (
        "CAW Fictiegem",
        t.clb,
        date(2026, 6, 1),
    )
    door.cases.start_trajectory(
        t.case, lead_organisation="CAW Fictiegem", evaluation_on=date(2026, 9, 1), running=True
    )
    case = door.cases.get(t.case)
    assert (case.stage, case.trajectory, case.evaluation_on) == (
        CaseStage.TRAJECTORY_RUNNING,
        Trajectory.RUNNING,
        date(2026, 9, 1),
    )
    with pytest.raises(Refused, match="cannot go to trajectory_proposed"):
        door.cases.start_trajectory(t.case, lead_organisation="CAW", evaluation_on=date(2026, 9, 1))
    history = door.cases.stage_history(t.case)
    assert [c.stage for c in history][-2:] == [
        CaseStage.TRAJECTORY_PROPOSED,
        CaseStage.TRAJECTORY_RUNNING,
    ]
    assert history[-2].meeting_id == t.meeting
    assert _audit(t.vault, "case_stage")[-1] == (
        f"case:{t.case}",
        "from:trajectory_proposed to:trajectory_running",
    )


def test_p13_closing_with_open_actions_or_undecided_informing_asks_first(
    t: Table, door: UnlockedVault
) -> None:
    door.cases.move(t.case, CaseStage.DISCUSSED)
    action = door.actions.add(t.meeting, t.clb, "Contact school", agenda_item_id=t.case_item)
    blockers = door.cases.closing_blockers(t.case)
    assert [a.id for a in blockers.open_actions] == [action]
    assert blockers.informing is not None
    assert blockers.informing.state is InformingState.NOT_CONSIDERED
    with pytest.raises(Refused, match=r"1 open action.*informing undecided"):
        door.cases.close(t.case, ClosureReason.GOAL_REACHED)
    assert door.cases.get(t.case).stage is CaseStage.DISCUSSED  # nothing changed
    door.cases.close(t.case, ClosureReason.GOAL_REACHED, confirm_open=True, on=date(2026, 3, 5))
    case = door.cases.get(t.case)
    assert (case.stage, case.status, case.closure_reason, case.closed_on) == (
        CaseStage.CLOSED,
        CaseStatus.CLOSED,
        ClosureReason.GOAL_REACHED,
        date(2026, 3, 5),
    )
    assert door.cases.stage_history(t.case)[-1].reason is ClosureReason.GOAL_REACHED
    assert _audit(t.vault, "case_stage")[-1][1] == "from:discussed to:closed reason:goal_reached"


def test_p13_closing_without_anything_open_needs_no_confirmation(
    t: Table, door: UnlockedVault
) -> None:
    case = door.cases.add(t.cell, "F-2025-0012")
    door.decisions.record_inform_postponed(
        door.meetings.add_item(t.meeting, AgendaItemKind.CASE, case_id=case), until=date(2026, 9, 1)
    )
    assert door.cases.closing_blockers(case).empty  # postponed until later: not undecided
    door.cases.close(case, ClosureReason.OUT_OF_SCOPE)
    closed = door.cases.get(case)
    assert closed.closed and closed.closed_on == date(2026, 3, 5)  # the fake clock's day
    door.cases.move(case, CaseStage.DISCUSSED)  # reopened
    reopened = door.cases.get(case)
    assert (reopened.stage, reopened.closure_reason, reopened.closed_on) == (
        CaseStage.DISCUSSED,
        None,
        None,
    )


# ---------------------------------------------------------------------------- P8 again


def test_p8_the_stepwise_check_is_asked_again_when_a_minors_case_returns(
    t: Table, door: UnlockedVault
) -> None:
    first = door.meetings.start(
        t.cell, datetime(2026, 5, 7, 14, 0), TableKind.OPERATIONAL, case_ids=[t.minor_case]
    )
    assert door.cases.stepwise_check_due(t.minor_case, first)  # never answered
    door.cases.record_stepwise_check(
        t.minor_case, care_first=True, clear_signs=False, meeting_id=first
    )
    assert not door.cases.stepwise_check_due(t.minor_case, first)
    assert not door.cases.stepwise_check_due(t.minor_case)  # answered: not open
    second = door.meetings.start(
        t.cell, datetime(2026, 6, 4, 14, 0), TableKind.OPERATIONAL, case_ids=[t.minor_case]
    )
    assert door.cases.stepwise_check_due(t.minor_case, second)  # it returns: ask again
    door.cases.record_stepwise_check(
        t.minor_case, care_first=True, clear_signs=True, meeting_id=second
    )
    assert not door.cases.stepwise_check_due(t.minor_case, second)
    answers = door.cases.stepwise_answers(t.minor_case)
    assert [(a.meeting_id, a.clear_signs) for a in answers] == [(first, False), (second, True)]
    assert not door.cases.stepwise_check_due(t.case, second)  # not a minor's case
    elsewhere = door.meetings.start(
        t.cell, datetime(2026, 7, 2, 14, 0), TableKind.OPERATIONAL, case_ids=[t.case]
    )
    # A later meeting without the minor's case on its agenda cannot take the answers.
    assert not door.cases.stepwise_check_due(t.minor_case, elsewhere)
    with pytest.raises(Refused, match="not on this meeting's agenda"):
        door.cases.record_stepwise_check(
            t.minor_case, care_first=True, clear_signs=True, meeting_id=t.meeting
        )


# ---------------------------------------------------------------------------- schema 7


def _schema_6_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault as the previous version made it: a case on an agenda, one never discussed
    (a minor's, with its stepwise check answered), and an action."""
    monkeypatch.setattr(store, "MIGRATIONS", {v: s for v, s in MIGRATIONS.items() if v <= 6})
    monkeypatch.setattr(store, "LATEST_VERSION", 6)
    at = "2026-03-05T09:30:00+00:00"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()) as old:
        assert old.schema_version() == 6
        with old.transaction() as db:
            db.execute(
                "INSERT INTO person(id, name, organisation, role, is_self, created_at)"
                " VALUES (1, 'Ik', 'JOC', 'youth_officer', 1, ?)",
                (at,),
            )
            db.execute("INSERT INTO cell(id, name, created_at) VALUES (1, 'LIVC R X', ?)", (at,))
            db.execute(
                "INSERT INTO casus(id, cell_id, code, created_at) VALUES (1, 1, 'X-1', ?)", (at,)
            )
            db.execute(
                "INSERT INTO casus(id, cell_id, code, subject_is_minor, care_first, clear_signs,"
                " stepwise_answered_at, created_at) VALUES (2, 1, 'X-2', 1, 1, 0, ?, ?)",
                (at, at),
            )
            db.execute(
                "INSERT INTO meeting(id, cell_id, starts_at, table_kind, created_at)"
                " VALUES (1, 1, '2026-03-05T14:00:00', 'operational', ?)",
                (at,),
            )
            db.execute(
                "INSERT INTO agenda_item(id, meeting_id, position, kind, case_id)"
                " VALUES (1, 1, 1, 'case', 1)"
            )
            db.execute(
                "INSERT INTO action(id, meeting_id, agenda_item_id, case_id, owner_id, due_date)"
                " VALUES (1, 1, 1, 1, 1, '2026-04-02')"
            )
    monkeypatch.undo()


def test_p13_a_vault_of_schema_6_migrates_to_cases_with_a_life(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Oud.tafelboek"
    _schema_6_vault(path, monkeypatch)
    with Vault.open(path, PASSPHRASE, clock=FakeClock()) as v:
        assert v.schema_version() == store.LATEST_VERSION >= 7
        door = UnlockedVault(v)
        assert door.cases.get(1).stage is CaseStage.DISCUSSED  # it was on an agenda
        assert door.cases.get(2).stage is CaseStage.REFERRAL
        assert [s for s, _ in _audit(v, "case_stage_set")] == ["case:1", "case:2"]
        assert [c.stage for c in door.cases.stage_history(1)] == [CaseStage.DISCUSSED]
        [answer] = door.cases.stepwise_answers(2)
        assert (answer.meeting_id, answer.care_first, answer.clear_signs) == (None, True, False)
        [action] = door.actions.of_meeting(1)
        assert (action.owner_id, action.owner_organisation, action.case_id) == (1, "", 1)
