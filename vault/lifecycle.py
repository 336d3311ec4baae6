"""A case's life (P13): referral → discussed / in screening → follow-up trajectory
(proposed / running) → closed with a reason.

Every change is checked against :data:`NEXT_STAGES` (a refused one raises
:class:`StageRefused`, a ``ValueError`` whose message says why), kept as a row of
``case_stage`` (the case file's history) and audited (``case_stage``; ids and stage names
only, never text). The older ``casus.status`` and ``casus.trajectory`` follow the stage.

Closing asks first: :func:`closing_blockers` says what is still open — actions, an
undecided informing question (P7) — and :func:`close_case` refuses with
:class:`ClosingNeedsConfirmation` unless ``confirm_open=True``. A closed case's retention
review counts from its closure day (:mod:`vault.retention`).

Usable from a Python shell::

    >>> from vault.lifecycle import close_case, closing_blockers, start_trajectory
    >>> closing_blockers(vault, case_id).empty
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault.actions import ACTION_COLUMNS, action_from_row
from vault.cases import get_case
from vault.clock import iso
from vault.informing import InformingStatus, informing_status
from vault.model import Action, CaseStage, CaseStatus, ClosureReason, Trajectory
from vault.store import Connection, Vault

NEXT_STAGES: dict[CaseStage, frozenset[CaseStage]] = {
    CaseStage.REFERRAL: frozenset({CaseStage.DISCUSSED, CaseStage.SCREENING, CaseStage.CLOSED}),
    CaseStage.DISCUSSED: frozenset(
        {
            CaseStage.SCREENING,
            CaseStage.TRAJECTORY_PROPOSED,
            CaseStage.TRAJECTORY_RUNNING,
            CaseStage.CLOSED,
        }
    ),
    CaseStage.SCREENING: frozenset(
        {
            CaseStage.DISCUSSED,
            CaseStage.TRAJECTORY_PROPOSED,
            CaseStage.TRAJECTORY_RUNNING,
            CaseStage.CLOSED,
        }
    ),
    CaseStage.TRAJECTORY_PROPOSED: frozenset(
        {CaseStage.DISCUSSED, CaseStage.TRAJECTORY_RUNNING, CaseStage.CLOSED}
    ),
    CaseStage.TRAJECTORY_RUNNING: frozenset({CaseStage.DISCUSSED, CaseStage.CLOSED}),
    CaseStage.CLOSED: frozenset({CaseStage.DISCUSSED}),
}
"""Where a case may go from each stage. Back to *discussed* is how a trajectory is
dropped or a closed case reopened; a referral cannot jump to a trajectory before the
table discussed it."""

_STATUS_OF = {
    CaseStage.TRAJECTORY_PROPOSED: CaseStatus.FOLLOW_UP,
    CaseStage.TRAJECTORY_RUNNING: CaseStatus.FOLLOW_UP,
    CaseStage.CLOSED: CaseStatus.CLOSED,
}
_TRAJECTORY_OF = {
    CaseStage.TRAJECTORY_PROPOSED: Trajectory.PROPOSED,
    CaseStage.TRAJECTORY_RUNNING: Trajectory.RUNNING,
}


class StageRefused(ValueError):
    """The case cannot go to that stage from where it stands (the message says why)."""


@dataclass(frozen=True, slots=True)
class ClosingBlockers:
    """What is still open on a case the user wants to close: ask first."""

    case_id: int
    open_actions: tuple[Action, ...]
    informing: InformingStatus | None
    """The informing status when it is undecided (P7), else None."""

    @property
    def empty(self) -> bool:
        return not self.open_actions and self.informing is None


class ClosingNeedsConfirmation(ValueError):
    """Closing a case with open actions or an undecided informing question must be
    confirmed (``confirm_open=True``); :attr:`blockers` says what is open."""

    def __init__(self, blockers: ClosingBlockers) -> None:
        parts = []
        if blockers.open_actions:
            parts.append(f"{len(blockers.open_actions)} open action(s)")
        if blockers.informing is not None:
            parts.append(f"informing undecided ({blockers.informing.state.value})")
        super().__init__("closing needs confirmation: " + ", ".join(parts))
        self.blockers = blockers


@dataclass(frozen=True, slots=True)
class StageChange:
    """One step in a case's life, as the case file lists it."""

    stage: CaseStage
    reason: ClosureReason | None
    meeting_id: int | None
    at: str


def closing_blockers(vault: Vault, case_id: int, on: date | None = None) -> ClosingBlockers:
    """The case's open actions (agreed for it at any meeting) and, when undecided on day
    ``on`` (default today), its informing status (P7)."""
    get_case(vault, case_id)
    day = vault.clock.now().date() if on is None else on
    actions = tuple(
        action_from_row(r)
        for r in vault.query(
            f"SELECT {ACTION_COLUMNS} FROM action a WHERE a.status = 'open' AND (a.case_id = ?1"  # noqa: S608
            " OR a.agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id = ?1))"
            " ORDER BY a.due_date IS NULL, a.due_date, a.id",
            (case_id,),
        )
    )
    status = informing_status(vault, case_id)
    return ClosingBlockers(case_id, actions, status if status.undecided(day) else None)


def check_stage_change(current: CaseStage, stage: CaseStage) -> None:
    """Raise :class:`StageRefused` when a case at ``current`` may not go to ``stage``."""
    if stage is current:
        raise StageRefused(f"the case is already at stage {stage.value}")
    if stage not in NEXT_STAGES[current]:
        raise StageRefused(
            f"a case at stage {current.value} cannot go to {stage.value}"
            + (": the table discusses it first" if current is CaseStage.REFERRAL else "")
        )


def apply_stage(
    db: Connection,
    now: str,
    case_id: int,
    current: CaseStage,
    stage: CaseStage,
    *,
    meeting_id: int | None = None,
    reason: ClosureReason | None = None,
    closed_on: date | None = None,
    lead_organisation: str | None = None,
    case_director_id: int | None = None,
    evaluation_on: date | None = None,
    renew: bool = False,
) -> None:
    """Move the case to ``stage`` inside the caller's transaction (checked, kept, audited).

    For :mod:`vault.case_decisions`, which records a decision and its effect together.
    ``renew``: a trajectory decided again at its own stage (a new evaluation date, another
    lead) is kept as a step too.
    """
    if not (renew and stage is current and stage in _TRAJECTORY_OF):
        check_stage_change(current, stage)
    if (stage is CaseStage.CLOSED) != (reason is not None):
        raise StageRefused("a closed case has a closure reason, and only a closed one")
    trajectory = stage in _TRAJECTORY_OF
    if trajectory and (not (lead_organisation or "").strip() or evaluation_on is None):
        raise StageRefused("a follow-up trajectory has a lead organisation and an evaluation date")
    if (
        meeting_id is not None
        and not db.execute("SELECT 1 FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
    ):
        raise KeyError(meeting_id)
    if (
        case_director_id is not None
        and not db.execute("SELECT 1 FROM person WHERE id = ?", (case_director_id,)).fetchone()
    ):
        raise KeyError(case_director_id)
    # The older trajectory column: proposed / running with the stage; ended when a
    # trajectory stage is left (dropped or closed); otherwise as it was.
    if trajectory:
        new_trajectory: Trajectory | None = _TRAJECTORY_OF[stage]
    elif current in _TRAJECTORY_OF:
        new_trajectory = Trajectory.ENDED
    else:
        new_trajectory = None
    # The evaluation date belongs to a trajectory: renewed with it, kept at closure (the
    # case file shows it), cleared when the case goes back to discussed or screening.
    db.execute(
        "UPDATE casus SET phase = ?, status = ?, trajectory = coalesce(?, trajectory),"
        " closure_reason = ?, closed_on = ?,"
        " lead_organisation = CASE WHEN ? THEN ? ELSE lead_organisation END,"
        " case_director_id = CASE WHEN ? THEN ? ELSE case_director_id END,"
        " evaluation_on = CASE WHEN ? THEN ? ELSE evaluation_on END WHERE id = ?",
        (
            stage.value,
            _STATUS_OF.get(stage, CaseStatus.OPEN).value,
            None if new_trajectory is None else new_trajectory.value,
            None if reason is None else reason.value,
            None if closed_on is None else closed_on.isoformat(),
            int(trajectory),
            (lead_organisation or "").strip(),
            int(trajectory),
            case_director_id,
            int(stage is not CaseStage.CLOSED),
            None if evaluation_on is None or not trajectory else evaluation_on.isoformat(),
            case_id,
        ),
    )
    db.execute(
        "INSERT INTO case_stage(case_id, stage, reason, meeting_id, at) VALUES (?, ?, ?, ?, ?)",
        (case_id, stage.value, None if reason is None else reason.value, meeting_id, now),
    )
    db.execute(
        "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'case_stage', ?, ?)",
        (
            now,
            f"case:{case_id}",
            f"from:{current.value} to:{stage.value}"
            + (f" reason:{reason.value}" if reason else "")
            + (f" meeting:{meeting_id}" if meeting_id is not None else ""),
        ),
    )


def move_case(
    vault: Vault, case_id: int, stage: CaseStage, *, meeting_id: int | None = None
) -> None:
    """Move a case to *discussed* or *in screening* (also: drop a trajectory, reopen a
    closed case). Trajectories start with :func:`start_trajectory`, closing is
    :func:`close_case`."""
    if stage in _TRAJECTORY_OF or stage is CaseStage.CLOSED:
        raise StageRefused(f"use start_trajectory or close_case for {stage.value}")
    case = get_case(vault, case_id)
    with vault.transaction() as db:
        apply_stage(db, iso(vault.clock.now()), case_id, case.stage, stage, meeting_id=meeting_id)


def start_trajectory(
    vault: Vault,
    case_id: int,
    *,
    lead_organisation: str,
    evaluation_on: date,
    running: bool = False,
    case_director_id: int | None = None,
    meeting_id: int | None = None,
) -> None:
    """Propose a follow-up trajectory (or record it as running): who leads it, the
    *casusregisseur* if known, when it is evaluated. A proposed one may become running
    (call again with ``running=True``)."""
    case = get_case(vault, case_id)
    stage = CaseStage.TRAJECTORY_RUNNING if running else CaseStage.TRAJECTORY_PROPOSED
    with vault.transaction() as db:
        apply_stage(
            db,
            iso(vault.clock.now()),
            case_id,
            case.stage,
            stage,
            meeting_id=meeting_id,
            lead_organisation=lead_organisation,
            case_director_id=case_director_id,
            evaluation_on=evaluation_on,
        )


def close_case(
    vault: Vault,
    case_id: int,
    reason: ClosureReason,
    *,
    on: date | None = None,
    meeting_id: int | None = None,
    confirm_open: bool = False,
) -> None:
    """Close a case with its reason on day ``on`` (default today; its retention review
    counts from here). With open actions or an undecided informing question, raises
    :class:`ClosingNeedsConfirmation` unless ``confirm_open`` (the user was asked)."""
    case = get_case(vault, case_id)
    check_stage_change(case.stage, CaseStage.CLOSED)
    day = vault.clock.now().date() if on is None else on
    if not confirm_open:
        blockers = closing_blockers(vault, case_id, day)
        if not blockers.empty:
            raise ClosingNeedsConfirmation(blockers)
    with vault.transaction() as db:
        apply_stage(
            db,
            iso(vault.clock.now()),
            case_id,
            case.stage,
            CaseStage.CLOSED,
            meeting_id=meeting_id,
            reason=ClosureReason(reason),
            closed_on=day,
        )


def stage_history(vault: Vault, case_id: int) -> list[StageChange]:
    """Every stage the case went through, oldest first."""
    return [
        StageChange(CaseStage(r[0]), None if r[1] is None else ClosureReason(r[1]), r[2], str(r[3]))
        for r in vault.query(
            "SELECT stage, reason, meeting_id, at FROM case_stage WHERE case_id = ? ORDER BY id",
            (case_id,),
        )
    ]
