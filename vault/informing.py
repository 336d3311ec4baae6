"""Informing the person discussed, per case, to the end (P7, rev. December 2026).

Every case carries an informing status, computed from its governing informing decision
(the latest per case, :func:`vault.policy.latest_decision`) and from whether the person
was told under it:

* **not yet considered** — no informing decision on the case;
* **open** — asked without a police participant present: ask the information officer;
* **allowed** — the person may be told (only the fact of being discussed);
* **postponed until** a date — from that date on it needs deciding again;
* **refused** — not allowed;
* **done** — told under the governing "allowed": by whom, how (a conversation or a
  letter), when.

A case whose informing is *undecided* — not yet considered, open, or postponed until a
date that has come — is flagged on the agenda like a minor's open stepwise check (P8).

Usable from a Python shell::

    >>> from vault.informing import informing_status, record_informed, InformedHow
    >>> informing_status(vault, case_id).state
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from vault.clock import iso
from vault.decisions import DECISION_COLUMNS, decision_from_row
from vault.model import Decision, DecisionOutcome
from vault.policy import may_inform
from vault.store import Vault


class InformingState(StrEnum):
    """Where a case stands on informing the person discussed (P7)."""

    NOT_CONSIDERED = "not_considered"
    OPEN = "open"
    """Asked without police present: ask the information officer."""
    ALLOWED = "allowed"
    POSTPONED = "postponed"
    REFUSED = "refused"
    DONE = "done"


class InformedHow(StrEnum):
    """How the person was told (only the fact of being discussed)."""

    CONVERSATION = "conversation"
    LETTER = "letter"


@dataclass(frozen=True, slots=True)
class Informed:
    """The person was told under ``decision_id``: by whom, how, on which day."""

    decision_id: int
    by_id: int
    how: InformedHow
    on: date
    recorded_at: str


@dataclass(frozen=True, slots=True)
class PoliceStatement:
    """One police participant present when informing was decided, and what they said
    about the secrecy of an investigation (P7: "record who said what")."""

    person_id: int
    risk_indicated: bool


@dataclass(frozen=True, slots=True)
class InformingStatus:
    """A case's informing status (P7)."""

    case_id: int
    state: InformingState
    decision: Decision | None
    """The governing informing decision (None: not yet considered)."""
    informed: Informed | None = None
    """Set when the state is :attr:`InformingState.DONE`."""

    @property
    def review_on(self) -> date | None:
        """Postponed: the date the question comes back."""
        return self.decision.review_on if self.decision is not None else None

    def undecided(self, on: date) -> bool:
        """True when informing still needs deciding on day ``on``: not yet considered,
        open (ask the information officer), or postponed until a date that has come."""
        if self.state in (InformingState.NOT_CONSIDERED, InformingState.OPEN):
            return True
        return (
            self.state is InformingState.POSTPONED
            and self.review_on is not None
            and self.review_on <= on
        )


_STATE_OF = {
    DecisionOutcome.ALLOWED: InformingState.ALLOWED,
    DecisionOutcome.NOT_ALLOWED: InformingState.REFUSED,
    DecisionOutcome.OPEN: InformingState.OPEN,
    DecisionOutcome.POSTPONED: InformingState.POSTPONED,
}

_GOVERNING = f"""
    SELECT case_id, {DECISION_COLUMNS} FROM (
        SELECT i.case_id AS case_id, d.*, ROW_NUMBER() OVER (
            PARTITION BY i.case_id ORDER BY m.starts_at DESC, d.decided_at DESC, d.id DESC
        ) AS n
        FROM decision d JOIN meeting m ON m.id = d.meeting_id
        JOIN agenda_item i ON i.id = d.agenda_item_id
        WHERE d.kind = 'inform_person' AND i.case_id IN ({{marks}})
    ) WHERE n = 1
"""  # noqa: S608
"""The governing informing decision per case: the same order as
:func:`vault.policy.latest_decision` (latest meeting, then recorded last)."""


POSTPONE_DAYS = 90
"""A postponed question comes back after about a quarter, unless the user picks a date."""


def default_postponement(meeting_day: date, today: date) -> date:
    """The date a postponed informing question is offered to come back on: about
    :data:`POSTPONE_DAYS` after the meeting (or after today, for a meeting typed up
    later), on a working day — a Saturday or Sunday moves to the Monday after."""
    day = max(meeting_day + timedelta(days=1), today) + timedelta(days=POSTPONE_DAYS)
    if day.weekday() >= 5:  # Saturday 5, Sunday 6
        day += timedelta(days=7 - day.weekday())
    return day


def informing_statuses(vault: Vault, case_ids: Collection[int]) -> dict[int, InformingStatus]:
    """The informing status of each case, in two queries (for the meeting screen)."""
    ids = sorted(set(case_ids))
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    governing: dict[int, Decision] = {}
    for row in vault.query(_GOVERNING.format(marks=marks), tuple(ids)):
        governing[int(row[0])] = decision_from_row(row[1:])
    done: dict[int, Informed] = {}
    if governing:
        decision_ids = [d.id for d in governing.values()]
        for row in vault.query(
            "SELECT decision_id, done_by_id, how, done_on, recorded_at FROM inform_done"  # noqa: S608
            f" WHERE decision_id IN ({', '.join('?' * len(decision_ids))})",
            tuple(decision_ids),
        ):
            done[int(row[0])] = Informed(
                int(row[0]),
                int(row[1]),
                InformedHow(row[2]),
                date.fromisoformat(str(row[3])),
                str(row[4]),
            )
    found = {}
    for case_id in ids:
        decision = governing.get(case_id)
        if decision is None:
            found[case_id] = InformingStatus(case_id, InformingState.NOT_CONSIDERED, None)
            continue
        informed = done.get(decision.id)
        if informed is not None and decision.outcome is DecisionOutcome.ALLOWED:
            found[case_id] = InformingStatus(case_id, InformingState.DONE, decision, informed)
        else:
            state = _STATE_OF.get(decision.outcome, InformingState.REFUSED)
            found[case_id] = InformingStatus(case_id, state, decision)
    return found


def informing_status(vault: Vault, case_id: int) -> InformingStatus:
    """The informing status of one case (P7)."""
    return informing_statuses(vault, [case_id])[case_id]


def undecided_cases(vault: Vault, on: date | None = None) -> list[int]:
    """The cases (ids) whose informing is undecided on day ``on`` (default: today)."""
    day = vault.clock.now().date() if on is None else on
    ids = [int(r[0]) for r in vault.query("SELECT id FROM casus ORDER BY id")]
    return [c for c, s in informing_statuses(vault, ids).items() if s.undecided(day)]


def police_statements(vault: Vault, decision_id: int) -> list[PoliceStatement]:
    """Who spoke for the police when informing was decided: every police participant
    present and whether they indicated a risk (empty: no police present)."""
    rows = vault.query(
        "SELECT ip.person_id, ip.risk FROM inform_police ip JOIN person p ON p.id = ip.person_id"
        " WHERE ip.decision_id = ? ORDER BY p.name, p.id",
        (decision_id,),
    )
    return [PoliceStatement(int(r[0]), bool(r[1])) for r in rows]


def record_informed(vault: Vault, case_id: int, *, by_id: int, how: InformedHow, on: date) -> int:
    """Record that the person of the case was told that they were discussed (P7, done).

    Only under the case's governing "allowed" (:func:`vault.policy.may_inform`), once per
    decision, by a known person, on a day from the decision's meeting to today. Returns
    the decision it executes; raises ValueError (with the policy's reason in the message)
    otherwise.
    """
    verdict = may_inform(vault, case_id)
    if not verdict:
        raise ValueError(f"the person may not be recorded as told: {verdict.reason.value}")
    status = informing_status(vault, case_id)
    decision = status.decision
    assert decision is not None  # may_inform found an allowing decision
    if not vault.query("SELECT 1 FROM person WHERE id = ?", (by_id,)):
        raise ValueError("the person who told them is not known")
    starts = vault.query("SELECT starts_at FROM meeting WHERE id = ?", (decision.meeting_id,))
    if on < date.fromisoformat(str(starts[0][0])[:10]) or on > vault.clock.now().date():
        raise ValueError("told on a day from the decision's meeting to today")
    now = iso(vault.clock.now())
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO inform_done(decision_id, done_by_id, how, done_on, recorded_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (decision.id, by_id, how.value, on.isoformat(), now),
        )
        db.execute(
            "INSERT INTO audit_event(at, kind, subject, detail) VALUES (?, 'informed', ?, ?)",
            (
                now,
                f"decision:{decision.id}",
                f"case:{case_id} by:person:{by_id} how:{how.value} on:{on.isoformat()}",
            ),
        )
    return decision.id
