"""The demo vault tells each case's life (P13): stages, trajectories, referrals and
closures, written in bulk by :func:`vault.demo.build_demo` and checked here against the
domain functions that would have written them (a replay) and against the rule itself
(the allowed steps of ``test_p13_lifecycle_properties``, written from domain.md)."""

from __future__ import annotations

from collections import deque
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from test_demo import BALANCED, _phenomena
from test_p13_lifecycle_properties import ALLOWED, STATUS

from vault import Vault
from vault.case_decisions import (
    case_decisions,
    record_closure,
    record_referral,
    record_trajectory,
)
from vault.case_file import CaseFilters, case_list, load_case_file
from vault.cases import list_cases
from vault.demo import DEMO, DemoSpec, build_demo
from vault.lifecycle import close_case, move_case, stage_history
from vault.model import CaseDecisionKind, CaseStage, ClosureReason, Trajectory
from vault.retention import cases_due_for_review

SHOWN_ON = date(2026, 12, 7)
"""A day the demo is shown: about a year after the one-year demo ends."""


def _make(tmp_path: Path, name: str, spec: DemoSpec = DEMO, seed: int = 2026) -> Vault:
    v = Vault.create(tmp_path / name, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock())
    build_demo(v, spec, seed=seed)
    return v


def _days_on_agenda(v: Vault) -> dict[int, list[tuple[date, int]]]:
    """Case id → (day, meeting id) of every meeting that had it on the agenda, in order."""
    days: dict[int, list[tuple[date, int]]] = {}
    for case_id, starts, meeting_id in v.query(
        "SELECT i.case_id, m.starts_at, m.id FROM agenda_item i JOIN meeting m"
        " ON m.id = i.meeting_id WHERE i.case_id IS NOT NULL ORDER BY m.starts_at, m.id"
    ):
        days.setdefault(int(case_id), []).append(
            (datetime.fromisoformat(str(starts)).date(), int(meeting_id))
        )
    return days


@pytest.mark.parametrize(
    ("spec", "seed"), [(DEMO, 2026), (DEMO, 7), (BALANCED, 7)], ids=["shipped", "demo", "three"]
)
def test_p13_every_demo_case_moved_only_as_the_rule_allows(
    tmp_path: Path, spec: DemoSpec, seed: int
) -> None:
    with _make(tmp_path, "d.tafelboek", spec, seed) as v:
        on_agenda = _days_on_agenda(v)
        for case in list_cases(v):
            history = stage_history(v, case.id)
            assert history[0].stage is CaseStage.REFERRAL and history[0].meeting_id is None
            for before, after in pairwise(history):
                assert after.stage in ALLOWED[before.stage], (case.code, before, after)
                assert after.at >= before.at, (case.code, before, after)
            assert history[-1].stage is case.stage
            assert case.status is STATUS[case.stage]
            meetings = {m for _day, m in on_agenda.get(case.id, [])}
            # Each step at a meeting was taken where the case was on the agenda.
            assert {h.meeting_id for h in history if h.meeting_id is not None} <= meetings
            assert (case.stage is CaseStage.REFERRAL) == (not meetings), case.code
            assert (case.closure_reason is not None) == (case.closed_on is not None) == case.closed
            if case.closed:
                assert case.closed_on is not None
                # Closed on or after its last meeting, never on an agenda again.
                assert case.closed_on >= on_agenda[case.id][-1][0], case.code
                assert history[-1].reason is case.closure_reason
            if case.stage in (CaseStage.TRAJECTORY_PROPOSED, CaseStage.TRAJECTORY_RUNNING):
                assert case.lead_organisation and case.evaluation_on is not None
                assert case.trajectory is (
                    Trajectory.RUNNING
                    if case.stage is CaseStage.TRAJECTORY_RUNNING
                    else Trajectory.PROPOSED
                )
            if any(
                h.stage in (CaseStage.TRAJECTORY_PROPOSED, CaseStage.TRAJECTORY_RUNNING)
                for h in history
            ):
                assert case.lead_organisation, case.code
            audited = v.query(
                "SELECT count(*) FROM audit_event WHERE kind = 'case_stage' AND subject = ?",
                (f"case:{case.id}",),
            )[0][0]
            assert audited == len(history) - 1


_LIFE_AUDIT = (
    "SELECT at, kind, subject, detail FROM audit_event"
    " WHERE kind IN ('case_stage', 'case_decision') AND id > ? ORDER BY id"
)


def _life_tables(v: Vault) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: v.query(f"SELECT * FROM {table} ORDER BY 1")
        for table in (
            "casus",
            "case_stage",
            "decision",
            "decision_detail",
            "note",
            "stepwise_answer",
        )
    }


def _forget_lives(v: Vault) -> None:
    """Take a built demo back to every case at referral, as the lifecycle found it (the
    audit trail is append-only: its lifecycle entries stay, the replay's follow them)."""
    with v.transaction() as db:
        db.execute(
            "DELETE FROM note WHERE id IN (SELECT d.text_note_id FROM decision d"
            " JOIN decision_detail dd ON dd.decision_id = d.id)"
        )
        db.execute("DELETE FROM decision WHERE kind = 'other'")
        db.execute(
            "DELETE FROM case_stage WHERE id NOT IN (SELECT min(id) FROM case_stage"
            " GROUP BY case_id)"
        )
        db.execute(
            "UPDATE casus SET phase = 'referral', status = 'open', trajectory = 'none',"
            " lead_organisation = '', case_director_id = NULL, evaluation_on = NULL,"
            " closure_reason = NULL, closed_on = NULL"
        )


def test_p13_the_demo_writes_what_the_domain_functions_write(tmp_path: Path) -> None:
    """Replay: a second build, its lives forgotten, is given each case's steps again
    through vault.lifecycle and vault.case_decisions, at the clock times the demo wrote;
    every row of the case tables, notes and the audit trail comes out the same."""
    with _make(tmp_path, "a.tafelboek", BALANCED, 7) as a:
        expected = _life_tables(a)
        audited = a.query(_LIFE_AUDIT, (0,))
        stages = {
            c.id: stage_history(a, c.id)[1:] for c in list_cases(a)
        }  # the first: add_case's referral
        texts = {
            int(d): (int(item), str(body))
            for d, item, body in a.query(
                "SELECT d.id, d.agenda_item_id, n.body FROM decision d"
                " JOIN note n ON n.id = d.text_note_id WHERE d.kind = 'other'"
            )
        }
        decided = {case_id: deque(case_decisions(a, case_id)) for case_id in stages}
        closed_on = {c.id: c.closed_on for c in list_cases(a)}
    clock = FakeClock()
    b = Vault.create(tmp_path / "b.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=clock)
    with b:
        build_demo(b, BALANCED, seed=7)
        _forget_lives(b)
        mark = b.query("SELECT max(id) FROM audit_event")[0][0]
        kinds: set[CaseDecisionKind] = set()
        reasons: set[ClosureReason] = set()
        for case_id in sorted(stages):
            queue = decided[case_id]
            for step in stages[case_id]:
                clock.moment = datetime.fromisoformat(step.at)
                if step.stage in (CaseStage.DISCUSSED, CaseStage.SCREENING):
                    move_case(b, case_id, step.stage, meeting_id=step.meeting_id)
                    continue
                if step.stage is CaseStage.CLOSED and step.meeting_id is None:
                    assert step.reason is not None
                    close_case(b, case_id, step.reason, on=closed_on[case_id], confirm_open=True)
                    reasons.add(step.reason)
                    continue
                if step.stage is CaseStage.CLOSED:
                    while queue[0].kind is CaseDecisionKind.REFERRAL:
                        referral = queue.popleft()
                        item, text = texts[referral.decision_id]
                        record_referral(b, item, text, referred_to=referral.referred_to)
                        kinds.add(referral.kind)
                decision = queue.popleft()
                kinds.add(decision.kind)
                item, text = texts[decision.decision_id]
                if decision.kind is CaseDecisionKind.TRAJECTORY:
                    assert decision.evaluation_on is not None
                    record_trajectory(
                        b,
                        item,
                        text,
                        lead_organisation=decision.lead_organisation,
                        evaluation_on=decision.evaluation_on,
                        case_director_id=decision.case_director_id,
                        running=step.stage is CaseStage.TRAJECTORY_RUNNING,
                    )
                else:
                    assert decision.kind is CaseDecisionKind.CLOSURE
                    assert decision.closure_reason is step.reason is not None
                    record_closure(b, item, text, reason=decision.closure_reason, confirm_open=True)
                    reasons.add(decision.closure_reason)
            assert not queue, (case_id, queue)  # every decision belongs to a step
        replayed = _life_tables(b)
        replayed_audit = b.query(_LIFE_AUDIT, (mark,))
    for table, rows in expected.items():
        assert replayed[table] == rows, table
    assert replayed_audit == audited
    # The replay went through every kind of decision and the named closure reasons.
    assert kinds == set(CaseDecisionKind)
    assert reasons >= set(ClosureReason) - {ClosureReason.OTHER}


def test_p13_the_demo_case_list_and_case_file_show_every_stage(tmp_path: Path) -> None:
    with _make(tmp_path, "d.tafelboek") as v:
        every = case_list(v)
        assert len(every) == DEMO.cases
        for stage in CaseStage:
            rows = case_list(v, CaseFilters(stages=frozenset({stage})))
            assert rows, stage  # the filter has something to show
            assert {r.case.id for r in rows} == {r.case.id for r in every if r.case.stage is stage}
        for row in every:
            if row.case.stage is CaseStage.REFERRAL:
                assert row.meetings == 0  # a recent referral, not yet on an agenda
            else:
                assert row.meetings > 0
        closed = [r.case for r in every if r.case.closed]
        running = [r.case for r in every if r.case.stage is CaseStage.TRAJECTORY_RUNNING]
        for case in (closed[0], running[0]):
            file = load_case_file(v, case.id)
            assert file.stages == tuple(stage_history(v, case.id))
            assert file.meetings
            details = [d for m in file.meetings for d in m.details.values()]
            assert [d.kind for d in details] == [d.kind for d in case_decisions(v, case.id)]
            if case.closed and file.stages[-1].meeting_id is not None:
                assert details[-1].kind is CaseDecisionKind.CLOSURE
                assert details[-1].closure_reason is case.closure_reason
            if case is running[0]:
                assert details[-1].kind is CaseDecisionKind.TRAJECTORY
                assert details[-1].lead_organisation == case.lead_organisation
                assert details[-1].evaluation_on == case.evaluation_on


def test_p13_the_demo_has_cases_due_for_retention_review(tmp_path: Path) -> None:
    with _make(tmp_path, "d.tafelboek") as v:
        due = cases_due_for_review(v, SHOWN_ON)
        closed = [c for c in list_cases(v) if c.closed]
    assert due and len(due) < len(closed)  # some are due, not all
    assert {d.case_id for d in due} <= {c.id for c in closed}
    for item in due:
        assert item.review_from <= SHOWN_ON


def test_p13_demo_closures_fit_the_notes(tmp_path: Path) -> None:
    """A case found to be no radicalisation is closed as outside the local definition,
    and only such a case; followed by the LTF or police only after an agreed LTF form;
    the table-only decision texts name the case's own lead."""
    with _make(tmp_path, "d.tafelboek", BALANCED, 7) as v:
        phenomenon = _phenomena(v)
        ltf = {
            int(r[0])
            for r in v.query(
                "SELECT n.case_id FROM decision d JOIN note n ON n.id = d.text_note_id"
                " WHERE d.kind = 'ltf_form' AND d.outcome = 'agreed'"
            )
        }
        cases = {c.id: c for c in list_cases(v)}
        released = v.query(
            "SELECT count(*) FROM release r JOIN decision d ON d.text_note_id = r.note_id"
            " WHERE d.kind = 'other'"
        )[0][0]
        texts = v.query(
            "SELECT dd.case_id, dd.kind, dd.lead_organisation, dd.referred_to, n.body, n.kind"
            " FROM decision_detail dd JOIN decision d ON d.id = dd.decision_id"
            " JOIN note n ON n.id = d.text_note_id"
        )
    assert released == 0  # decision texts stay table-only (P1)
    closed = [c for c in cases.values() if c.closed]
    assert closed
    for case in closed:
        out_of_scope = case.closure_reason is ClosureReason.OUT_OF_SCOPE
        assert out_of_scope == (phenomenon.get(case.id) == "none"), case.code
        if case.closure_reason is ClosureReason.LTF_POLICE:
            assert case.id in ltf
    for case_id, kind, lead, referred_to, body, note_kind in texts:
        assert note_kind == "decision_text"
        organisation = lead or referred_to
        if organisation and kind != "closure":
            assert organisation.split()[0].lower() in body.lower(), (organisation, body)
        assert case_id in cases
