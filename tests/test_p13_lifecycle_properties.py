"""P13, by property: whatever the user tries in whatever order, a case only moves along the
life the rule describes, a refused step changes nothing, and every step taken is kept in
its history and audited. The allowed steps below are written from ``../shared/domain.md``
(P13) and the review's M1, not read from :mod:`vault.lifecycle`."""

from __future__ import annotations

from datetime import date
from itertools import count
from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE, FakeClock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vault import Vault
from vault.api import UnlockedVault
from vault.errors import Refused
from vault.model import CaseStage, CaseStatus, ClosureReason, Trajectory

S = CaseStage
ALLOWED = {
    # A referral is discussed or screened first — or closed at once (outside the definition).
    S.REFERRAL: {S.DISCUSSED, S.SCREENING, S.CLOSED},
    S.DISCUSSED: {S.SCREENING, S.TRAJECTORY_PROPOSED, S.TRAJECTORY_RUNNING, S.CLOSED},
    S.SCREENING: {S.DISCUSSED, S.TRAJECTORY_PROPOSED, S.TRAJECTORY_RUNNING, S.CLOSED},
    # A proposed trajectory starts, is dropped (back to discussed) or the case closes.
    S.TRAJECTORY_PROPOSED: {S.TRAJECTORY_RUNNING, S.DISCUSSED, S.CLOSED},
    S.TRAJECTORY_RUNNING: {S.DISCUSSED, S.CLOSED},
    # A closed case may be reopened: it is discussed again.
    S.CLOSED: {S.DISCUSSED},
}
STATUS = {
    S.REFERRAL: CaseStatus.OPEN,
    S.DISCUSSED: CaseStatus.OPEN,
    S.SCREENING: CaseStatus.OPEN,
    S.TRAJECTORY_PROPOSED: CaseStatus.FOLLOW_UP,
    S.TRAJECTORY_RUNNING: CaseStatus.FOLLOW_UP,
    S.CLOSED: CaseStatus.CLOSED,
}

steps = st.lists(
    st.tuples(st.sampled_from(list(CaseStage)), st.sampled_from(list(ClosureReason))),
    max_size=12,
)


def test_p13_a_case_only_moves_along_its_life(tmp_path: Path) -> None:
    vault = Vault.create(
        tmp_path / "Eigenschap.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()
    )
    door = UnlockedVault(vault)
    cell = door.cells.add("LIVC R Eigenschap")
    numbers = count(1)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(steps)
    def walk(tries: list[tuple[CaseStage, ClosureReason]]) -> None:
        case_id = door.cases.add(cell, f"P-2026-{next(numbers):06d}")
        taken = 0
        for target, reason in tries:
            before = door.cases.get(case_id)
            try:
                if target in (S.TRAJECTORY_PROPOSED, S.TRAJECTORY_RUNNING):
                    door.cases.start_trajectory(
                        case_id,
                        lead_organisation="CAW",
                        evaluation_on=date(2026, 6, 4),
                        running=target is S.TRAJECTORY_RUNNING,
                    )
                elif target is S.CLOSED:
                    door.cases.close(case_id, reason, confirm_open=True)
                else:
                    door.cases.move(case_id, target)
            except Refused:
                assert target not in ALLOWED[before.stage], (before.stage, target)
                assert door.cases.get(case_id) == before  # a refusal changes nothing
                continue
            assert target in ALLOWED[before.stage], (before.stage, target)
            taken += 1
            case = door.cases.get(case_id)
            assert case.stage is target
            assert case.status is STATUS[target]
            assert (case.closure_reason is not None) == (case.closed_on is not None) == case.closed
            if case.closed:
                assert case.closure_reason is reason
            if target in (S.TRAJECTORY_PROPOSED, S.TRAJECTORY_RUNNING):
                assert case.trajectory is (
                    Trajectory.RUNNING if target is S.TRAJECTORY_RUNNING else Trajectory.PROPOSED
                )
                assert (case.lead_organisation, case.evaluation_on) == ("CAW", date(2026, 6, 4))
            elif before.stage in (S.TRAJECTORY_PROPOSED, S.TRAJECTORY_RUNNING):
                assert case.trajectory is Trajectory.ENDED
        history = door.cases.stage_history(case_id)
        assert len(history) == 1 + taken
        assert history[-1].stage is door.cases.get(case_id).stage
        audited = vault.query(
            "SELECT count(*) FROM audit_event WHERE kind = 'case_stage' AND subject = ?",
            (f"case:{case_id}",),
        )[0][0]
        assert audited == taken

    try:
        walk()
    finally:
        vault.close()
