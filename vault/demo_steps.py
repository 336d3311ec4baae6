"""Three steps of the demo build (:mod:`vault.demo`) that stand on their own.

:func:`plan_meetings` draws, before anything is written, which cases each meeting
discusses and where each of its notes goes — each case has its time on the table —, so
the phenomena can be dealt over the cases by note count
(:func:`vault.demo_text.deal_phenomena`). :func:`settle_informing` then computes every
inform-the-person outcome with the real policy (P7), and :func:`write_lives` gives every
case its life (P13) over the meetings that discussed it, as the rows
:mod:`vault.lifecycle` and :mod:`vault.case_decisions` write
(``tests/test_demo_lifecycle.py`` replays them through those functions).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from vault.clock import iso
from vault.demo_text import LEAD_ORGANISATIONS, CaseVoice, NoteWriter
from vault.model import CaseDecisionKind, CaseStage, CaseStatus, ClosureReason, NoteKind
from vault.policy import inform_outcome, inform_person_verdict, police_present
from vault.store import Vault

if TYPE_CHECKING:
    from vault.demo import DemoSpec


@dataclass(frozen=True, slots=True)
class MeetingPlan:
    """What one meeting discusses, drawn before anything is written."""

    chosen: list[int]
    """The cases on its agenda (none at a strategic table)."""
    other: bool
    """Whether it has an "other business" item."""
    placement: list[int]
    """For each of its notes, the agenda position (0-based) it is written at."""


@dataclass(frozen=True, slots=True)
class DemoPlan:
    """Every meeting's plan, and where each case's life stands when the demo ends."""

    meetings: list[MeetingPlan]
    running: frozenset[int]
    """Cases whose time on the table reaches their cell's last operational meeting: they
    are still open when the demo ends."""
    waiting: frozenset[int]
    """Cases referred after their cell's last operational meeting: still at referral."""


def plan_meetings(spec: DemoSpec, cell_cases: list[list[int]], rng: random.Random) -> DemoPlan:
    """The agenda and note placement of every meeting: meeting ``m`` is at cell
    ``m % cells``, every fourth a strategic table; about 80% of notes go to case items.

    A case has a time on the table: its cell's cases are referred one after the other
    over the cell's operational meetings (case ``j`` of ``C`` from meeting
    ``j * (K + 1) // C`` of ``K``, so the last few wait for the next meeting), and each
    is on the agenda of every meeting for a while: at least four meetings, longer when
    the cell has more agenda places than cases.
    """
    plans: list[MeetingPlan] = []
    cells = len(cell_cases)
    notes_left, meetings_left = spec.notes, spec.meetings
    operational = [
        [m for m in range(spec.meetings) if m % cells == c and m % 4 != 3] for c in range(cells)
    ]
    position = {m: k for ms in operational for k, m in enumerate(ms)}
    windows: dict[int, tuple[int, int]] = {}
    running: set[int] = set()
    waiting: set[int] = set()
    for c, cases in enumerate(cell_cases):
        held, count = len(operational[c]), max(len(cases), 1)
        per_meeting = max(1, len(cases) * cells // max(spec.meetings, 1) * 2) + 1.5
        length = max(4, math.ceil(per_meeting * (held + 1) / count))
        for j, case in enumerate(cases):
            first = j * (held + 1) // count
            windows[case] = (first, first + length - 1)
            if first >= held:
                waiting.add(case)
            elif first + length - 1 >= held - 1:
                running.add(case)
    for m in range(spec.meetings):
        cases = cell_cases[m % cells]
        operational_table = m % 4 != 3
        chosen: list[int] = []
        other = False
        if operational_table:
            k = position[m]
            chosen = [case for case in cases if windows[case][0] <= k <= windows[case][1]]
            other = rng.random() < 0.1
        # Opening, open actions, the cases, [other], LTF decisions | theme, closing.
        size = 2 + len(chosen) + int(other) + 2
        budget = notes_left // meetings_left
        notes_left -= budget
        meetings_left -= 1
        placement = [
            2 + rng.randrange(len(chosen)) if chosen and rng.random() < 0.8 else rng.randrange(size)
            for _ in range(budget)
        ]
        plans.append(MeetingPlan(chosen, other, placement))
    return DemoPlan(plans, frozenset(running), frozenset(waiting))


def settle_informing(vault: Vault) -> None:
    """Compute inform-person outcomes with the real policy (P7), not by the generator, and
    keep who spoke for the police (the generator's ``confirmed_by_id``: who indicated a
    risk)."""
    rows = vault.query(
        "SELECT id, agenda_item_id, all_agree, fact_only, confirmed_by_id"
        " FROM decision WHERE kind = 'inform_person'"
    )
    with vault.transaction() as db:
        for decision_id, item_id, agree, fact, risk_by in rows:
            police = [p.id for p in police_present(vault, int(item_id))]
            risk = frozenset({int(risk_by)}) if risk_by in police else frozenset()
            verdict = inform_person_verdict(
                vault,
                int(item_id),
                all_agree=bool(agree),
                fact_only=bool(fact),
                risk_indicated_by=risk,
            )
            db.execute(
                "UPDATE decision SET outcome = ?, no_investigation_risk = ?,"
                " confirmed_by_id = NULL WHERE id = ?",
                (inform_outcome(verdict).value, (not risk) if police else None, decision_id),
            )
            db.executemany(
                "INSERT INTO inform_police(decision_id, person_id, risk) VALUES (?, ?, ?)",
                [(decision_id, p, int(p in risk)) for p in police],
            )
        # The person was told under the first two "allowed" (P7, done): by the user, a
        # week after the meeting, once by letter and once in a conversation.
        told = db.execute(
            "SELECT d.id, date(m.starts_at, '+7 days'), (SELECT id FROM person WHERE is_self = 1)"
            " FROM decision d JOIN meeting m ON m.id = d.meeting_id"
            " WHERE d.kind = 'inform_person' AND d.outcome = 'allowed' ORDER BY d.id LIMIT 2"
        ).fetchall()
        db.executemany(
            "INSERT INTO inform_done(decision_id, done_by_id, how, done_on, recorded_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (d, me, how, day, f"{day}T12:00:00+00:00")
                for (d, day, me), how in zip(told, ("letter", "conversation"), strict=False)
            ],
        )


# --------------------------------------------------------------------------- a case's life
Visit = tuple[int, int, datetime]
"""A meeting that discussed a case: (meeting id, the case's agenda item, its start)."""

EVALUATION_AFTER = timedelta(days=91)
"""A trajectory is evaluated about three months after it was decided."""


@dataclass(frozen=True, slots=True)
class _Step:
    """One step in a case's life, as the domain function that takes it would:
    ``move`` (:func:`vault.lifecycle.move_case`), ``trajectory`` / ``referral`` /
    ``closure`` (:mod:`vault.case_decisions`, at ``visit``), ``close``
    (:func:`vault.lifecycle.close_case` between meetings, on ``day``)."""

    kind: str
    visit: int = -1
    stage: CaseStage = CaseStage.DISCUSSED
    reason: ClosureReason | None = None
    running: bool = False
    day: date | None = None


def _story(
    visits: list[Visit],
    voice: CaseVoice,
    *,
    closes: bool,
    after_ltf: bool,
    care_first_only: bool,
    stepwise_open: bool,
    rng: random.Random,
) -> list[_Step]:
    """The steps of one case's life over its visits (P13), fitting its notes: discussed at
    the first; screened, a trajectory proposed and then running at the next ones; when
    its time on the table is over, closed at its last visit (or, when the person moved,
    some weeks later). A case that turned out not to be radicalisation is referred to
    its lead and closed as outside the local definition. A minor's case whose stepwise
    check is still open is in screening from its first visit (P8), as are some others.
    """
    screened = stepwise_open or rng.random() < 0.3
    steps = [_Step("move", 0, CaseStage.SCREENING if screened else CaseStage.DISCUSSED)]
    n = len(visits)
    progress = list(range(1, n - 1 if closes else n))
    none = voice.phenomenon == "none"
    trajectory = False
    if none:
        if progress and not screened:
            steps.append(_Step("move", progress[0], CaseStage.SCREENING))
    elif not care_first_only and progress:
        if not screened and len(progress) >= 2 and rng.random() < 0.4:
            steps.append(_Step("move", progress.pop(0), CaseStage.SCREENING))
        steps.append(_Step("trajectory", progress.pop(0)))
        trajectory = True
        if progress:
            steps.append(_Step("trajectory", progress.pop(0), running=True))
            if len(progress) >= 2 and rng.random() < 0.1:
                # The trajectory is dropped: the case is discussed again.
                steps.append(_Step("move", progress.pop(0), CaseStage.DISCUSSED))
                trajectory = False
    if not closes:
        return steps
    last = n - 1
    if none:
        reason = ClosureReason.OUT_OF_SCOPE
    elif after_ltf and rng.random() < 0.6:
        reason = ClosureReason.LTF_POLICE
    elif care_first_only or not trajectory:
        reason = ClosureReason.REFERRED_TO_CARE
    else:
        draw = rng.random()
        reason = (
            ClosureReason.GOAL_REACHED
            if draw < 0.6
            else ClosureReason.REFERRED_TO_CARE
            if draw < 0.8
            else ClosureReason.MOVED
            if draw < 0.96
            else ClosureReason.OTHER
        )
    if reason is ClosureReason.MOVED:
        day = visits[last][2].date() + timedelta(days=rng.randint(10, 45))
        steps.append(_Step("close", reason=reason, day=day))
        return steps
    if reason in (ClosureReason.OUT_OF_SCOPE, ClosureReason.REFERRED_TO_CARE):
        steps.append(_Step("referral", last))
    steps.append(_Step("closure", last, reason=reason))
    return steps


_STATUS_OF = {
    CaseStage.TRAJECTORY_PROPOSED: CaseStatus.FOLLOW_UP,
    CaseStage.TRAJECTORY_RUNNING: CaseStatus.FOLLOW_UP,
    CaseStage.CLOSED: CaseStatus.CLOSED,
}


def write_lives(
    vault: Vault,
    visits: dict[int, list[Visit]],
    voices: dict[int, CaseVoice],
    directors: dict[int, dict[str, int]],
    plan: DemoPlan,
    after_ltf: set[int],
    writer: NoteWriter,
    rng: random.Random,
) -> int:
    """Give every case its life (P13), in one transaction of batched rows — the rows
    :func:`vault.cases.add_case`, :func:`vault.cases.record_stepwise_check`,
    :mod:`vault.lifecycle` and :mod:`vault.case_decisions` write, each step dated at the
    meeting that took it: when it was referred (its first stage) and the stepwise answers
    at intake; its stages, each audited; the trajectory, referral and closure decisions
    with their table-only texts. Returns the number of decisions.

    ``visits``: the meetings that discussed each case, in order; ``directors``: per cell,
    the *casusregisseur* a lead organisation brings to the table; ``after_ltf``: cases
    with an agreed LTF form. A case still on the table when the demo ends stays open;
    one referred after its cell's last meeting stays at referral.
    """
    cases = vault.query(
        "SELECT id, cell_id, subject_is_minor, care_first, clear_signs, stepwise_answered_at"
        " FROM casus ORDER BY id"
    )
    last_meeting = {
        int(cell): datetime.fromisoformat(str(day))
        for cell, day in vault.query("SELECT cell_id, max(starts_at) FROM meeting GROUP BY cell_id")
    }
    first_note = int(vault.query("SELECT coalesce(max(id), 0) FROM note")[0][0]) + 1
    first_decision = int(vault.query("SELECT coalesce(max(id), 0) FROM decision")[0][0]) + 1
    created: list[tuple[str, str | None, int]] = []
    stepwise: list[tuple[int, int | None, int | None, str]] = []
    referred: list[tuple[int, str, str | None, int | None, str]] = []
    stages: list[tuple[int, str, str | None, int | None, str]] = []
    audits: list[tuple[str, str, str, str]] = []
    notes: list[tuple[str, str, int, int, int, str, str]] = []
    decisions: list[tuple[int, int, int, str]] = []
    details: list[tuple[int, int, str, str, int | None, str | None, str, str | None]] = []
    states: list[tuple[str, str, str, str | None, str | None, str, int | None, str | None, int]]
    states = []
    for case_id, cell_id, minor, care_first, clear_signs, answered in cases:
        seen = visits.get(case_id, [])
        if seen:
            day = seen[0][2] - timedelta(days=rng.randint(7, 28))
        else:  # referred after the cell's last meeting: waiting for the next one
            day = last_meeting[cell_id] + timedelta(days=rng.randint(3, 20))
        at = iso(day.replace(hour=10, minute=0))
        created.append((at, at if answered is not None else None, case_id))
        referred.append((case_id, CaseStage.REFERRAL.value, None, None, at))
        if answered is not None:
            stepwise.append((case_id, care_first, clear_signs, at))
        if not seen:
            continue
        voice = voices[case_id]
        lead = LEAD_ORGANISATIONS[voice.lead]
        director = directors[cell_id].get(lead)
        story = _story(
            seen,
            voice,
            closes=case_id not in plan.running,
            after_ltf=case_id in after_ltf,
            care_first_only=bool(minor) and care_first == 1 and clear_signs == 0,
            stepwise_open=bool(minor) and (care_first is None or clear_signs is None),
            rng=rng,
        )
        stage = CaseStage.REFERRAL
        trajectory, lead_now, director_now = "none", "", None
        evaluation: str | None = None
        reason_now: str | None = None
        closed_on: str | None = None
        for step in story:
            meeting_id: int | None = None
            if step.visit >= 0:
                meeting_id, item_id, starts = seen[step.visit]
                at = iso(starts)
            else:
                assert step.day is not None
                at = iso(datetime.combine(step.day, time(10, 0)))
            if step.kind in ("referral", "trajectory", "closure"):
                assert meeting_id is not None
                decision_id = first_decision + len(decisions)
                if step.kind == "trajectory":
                    kind = CaseDecisionKind.TRAJECTORY
                    text = writer.trajectory(voice, running=step.running)
                elif step.kind == "referral":
                    kind = CaseDecisionKind.REFERRAL
                    text = writer.referral(voice)
                else:
                    assert step.reason is not None
                    kind = CaseDecisionKind.CLOSURE
                    text = writer.closure(voice, step.reason)
            new = (
                step.stage
                if step.kind == "move"
                else (
                    CaseStage.TRAJECTORY_RUNNING if step.running else CaseStage.TRAJECTORY_PROPOSED
                )
                if step.kind == "trajectory"
                else CaseStage.CLOSED
                if step.kind in ("closure", "close")
                else stage
            )
            if new is not stage:
                # As lifecycle.apply_stage: the case's columns, its stage row, the audit.
                in_trajectory = new in (
                    CaseStage.TRAJECTORY_PROPOSED,
                    CaseStage.TRAJECTORY_RUNNING,
                )
                if in_trajectory:
                    trajectory = "running" if new is CaseStage.TRAJECTORY_RUNNING else "proposed"
                    lead_now, director_now = lead, director
                    evaluation = (seen[step.visit][2].date() + EVALUATION_AFTER).isoformat()
                elif trajectory in ("proposed", "running"):
                    trajectory = "ended"
                if new is not CaseStage.CLOSED and not in_trajectory:
                    evaluation = None
                reason_now = None if step.reason is None else step.reason.value
                if new is CaseStage.CLOSED:
                    closed_on = (step.day or seen[step.visit][2].date()).isoformat()
                else:
                    closed_on = None
                stages.append((case_id, new.value, reason_now, meeting_id, at))
                audits.append(
                    (
                        at,
                        "case_stage",
                        f"case:{case_id}",
                        f"from:{stage.value} to:{new.value}"
                        + (f" reason:{reason_now}" if reason_now else "")
                        + (f" meeting:{meeting_id}" if meeting_id is not None else ""),
                    )
                )
                stage = new
            if step.kind in ("referral", "trajectory", "closure"):
                assert meeting_id is not None
                notes.append(
                    (
                        text,
                        NoteKind.DECISION_TEXT.value,
                        meeting_id,
                        item_id,
                        case_id,
                        at,
                        at,
                    )
                )
                decisions.append((meeting_id, item_id, first_note + len(notes) - 1, at))
                in_trajectory = kind is CaseDecisionKind.TRAJECTORY
                details.append(
                    (
                        decision_id,
                        case_id,
                        kind.value,
                        lead if in_trajectory else "",
                        director if in_trajectory else None,
                        evaluation if in_trajectory else None,
                        lead if kind is CaseDecisionKind.REFERRAL else "",
                        reason_now if kind is CaseDecisionKind.CLOSURE else None,
                    )
                )
                audits.append(
                    (
                        at,
                        "case_decision",
                        f"decision:{decision_id}",
                        f"case:{case_id} kind:{kind.value}",
                    )
                )
        states.append(
            (
                stage.value,
                _STATUS_OF.get(stage, CaseStatus.OPEN).value,
                trajectory,
                reason_now,
                closed_on,
                lead_now,
                director_now,
                evaluation,
                case_id,
            )
        )
    with vault.transaction() as db:
        db.executemany(
            "UPDATE casus SET created_at = ?, stepwise_answered_at = ? WHERE id = ?", created
        )
        db.executemany(
            "INSERT INTO stepwise_answer(case_id, care_first, clear_signs, answered_at)"
            " VALUES (?, ?, ?, ?)",
            stepwise,
        )
        db.executemany(
            "UPDATE casus SET phase = ?, status = ?, trajectory = ?, closure_reason = ?,"
            " closed_on = ?, lead_organisation = ?, case_director_id = ?, evaluation_on = ?"
            " WHERE id = ?",
            states,
        )
        # Every case was added (at referral) before the meetings took their steps.
        db.executemany(
            "INSERT INTO case_stage(case_id, stage, reason, meeting_id, at) VALUES (?, ?, ?, ?, ?)",
            referred + stages,
        )
        db.executemany(
            "INSERT INTO note(body, kind, meeting_id, agenda_item_id, case_id, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            notes,
        )
        db.executemany(
            "INSERT INTO decision(meeting_id, agenda_item_id, kind, outcome, text_note_id,"
            " decided_at) VALUES (?, ?, 'other', 'recorded', ?, ?)",
            decisions,
        )
        db.executemany(
            "INSERT INTO decision_detail(decision_id, case_id, kind, lead_organisation,"
            " case_director_id, evaluation_on, referred_to, closure_reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            details,
        )
        db.executemany(
            "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, ?, ?, ?)", audits
        )
    return len(decisions)
