"""P13 (and P7): a closure refused because something on the case is still open crosses the
door as its own error, :class:`vault.errors.ClosureNeedsConfirmation` — a ``Refused`` with
the same code, carrying what is open — from both ways of closing (``cases.close`` and the
closure decision at a meeting); other refusals of a closure stay plain ``Refused``. Through
the door (``vault.api.UnlockedVault``), no Qt."""

from __future__ import annotations

from datetime import date

import pytest
from domain_strategies import Table

from vault import lifecycle
from vault.api import UnlockedVault
from vault.errors import ClosureNeedsConfirmation, ErrorCode, Refused
from vault.informing import InformingState
from vault.model import CaseStage, ClosureReason


def test_p13_closing_with_open_actions_raises_closure_needs_confirmation_with_the_blockers(
    t: Table, door: UnlockedVault
) -> None:
    action = door.actions.add(t.meeting, t.clb, "Contact school", agenda_item_id=t.case_item)
    with pytest.raises(ClosureNeedsConfirmation) as refused:
        door.cases.close(t.case, ClosureReason.GOAL_REACHED)
    error = refused.value
    assert isinstance(error, Refused) and error.code is ErrorCode.REFUSED
    assert error.reason is None
    assert [a.id for a in error.blockers.open_actions] == [action]
    assert error.blockers.case_id == t.case
    assert error.blockers.informing is not None
    assert error.blockers.informing.state is InformingState.NOT_CONSIDERED
    assert isinstance(error.__cause__, lifecycle.ClosingNeedsConfirmation)
    assert door.cases.get(t.case).stage is CaseStage.REFERRAL  # nothing changed
    # Asked and confirmed: closed.
    door.cases.close(t.case, ClosureReason.GOAL_REACHED, confirm_open=True)
    assert door.cases.get(t.case).stage is CaseStage.CLOSED


def test_p7_p13_an_undecided_informing_question_alone_needs_confirmation_at_a_meeting_too(
    t: Table, door: UnlockedVault
) -> None:
    with pytest.raises(ClosureNeedsConfirmation) as refused:
        door.decisions.record_closure(t.case_item, "Doel bereikt.", reason=ClosureReason.OTHER)
    blockers = refused.value.blockers
    assert blockers.open_actions == ()
    assert blockers.informing is not None and blockers.informing.undecided(date(2026, 3, 5))
    assert door.decisions.case_decisions(t.case) == []  # no decision recorded either
    door.decisions.record_closure(
        t.case_item, "Doel bereikt.", reason=ClosureReason.OTHER, confirm_open=True
    )
    assert door.cases.get(t.case).stage is CaseStage.CLOSED


def test_p13_other_refused_closures_stay_plain_refusals(t: Table, door: UnlockedVault) -> None:
    door.cases.close(t.case, ClosureReason.MOVED, confirm_open=True)
    with pytest.raises(Refused) as refused:  # already closed: not a question to confirm
        door.cases.close(t.case, ClosureReason.MOVED)
    assert not isinstance(refused.value, ClosureNeedsConfirmation)
    with pytest.raises(Refused) as again:
        door.cases.close(t.case, ClosureReason.MOVED, confirm_open=True)
    assert not isinstance(again.value, ClosureNeedsConfirmation)
