"""Two steps of the demo build (:mod:`vault.demo`) that stand on their own.

:func:`plan_meetings` draws, before anything is written, which cases each meeting
discusses and where each of its notes goes, so the phenomena can be dealt over the cases
by note count (:func:`vault.demo_text.deal_phenomena`). :func:`settle_informing` then
computes every inform-the-person outcome with the real policy (P7).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

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


def plan_meetings(
    spec: DemoSpec, cell_cases: list[list[int]], rng: random.Random
) -> list[MeetingPlan]:
    """The agenda and note placement of every meeting: meeting ``m`` is at cell
    ``m % cells``, every fourth a strategic table; about 80% of notes go to case items."""
    plans: list[MeetingPlan] = []
    notes_left, meetings_left = spec.notes, spec.meetings
    for m in range(spec.meetings):
        cases = cell_cases[m % len(cell_cases)]
        operational = m % 4 != 3
        chosen: list[int] = []
        other = False
        if operational:
            per_meeting = max(1, len(cases) * len(cell_cases) // max(spec.meetings, 1) * 2)
            chosen = rng.sample(cases, min(len(cases), per_meeting + rng.randint(0, 3)))
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
    return plans


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
