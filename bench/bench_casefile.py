"""The case file and the living agenda on a ten-year vault (issue 16, P13).

Figures (all in ``bench/results/latest.json``; see ``docs/benchmarks.md``, group
``casefile``):

* ``open_case_file_ms`` (median), ``open_case_file_p95_ms``, ``open_case_file_first_ms``:
  :func:`vault.case_file.load_case_file` for a minor's case with ``CASE_MEETINGS`` (40)
  meetings of history — notes (some released), an action, a stepwise answer and
  attendance at each, informing decided every fourth meeting, a trajectory, documents
  made — on a freshly opened ten-year vault (goal
  ≤ 50 ms); ``case_file_meetings_count``, ``case_file_notes_count``.
* ``case_list_filter_ms`` (median over every filter of :data:`FILTERS`),
  ``case_list_filter_p95_ms``, ``case_list_filter_max_ms``: :func:`vault.case_file.case_list`
  with the filters a user sets (status, cell, minor, informing, code) over 3,000 cases in
  lifecycle states (goal ≤ 30 ms); ``case_list_all_ms``: the whole list, no filter.
* ``agenda_edit_p50_ms``, ``agenda_edit_p99_ms``, ``agenda_edit_max_ms``: durable
  agenda edits of a running meeting (add a case — a running one, or a new code once the
  cell has none left —, add a theme, move, remove an empty item,
  reschedule; ``agenda_edit_count`` of them), each its own committed transaction (goal
  p99 ≤ 5 ms).

The group runs hardened (``HARDENED``: memory security on, as in the program; see
``bench/__main__.py``). The ten-year vault is :data:`vault.demo.TEN_YEARS`, with the
lives the demo gives its cases (stages, closures with a reason, trajectories; after ten
years most are closed).
Key derivation is not measured: tiny Argon2 settings (:data:`bench.bench_vault.FAST_KDF`).
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.bench_vault import FAST_KDF, PASSPHRASE
from bench.common import Figures, log, median, percentile, significant
from vault import Vault, derive_unlock_key
from vault.actions import add_action
from vault.case_decisions import record_trajectory
from vault.case_file import CaseFilters, case_list, load_case_file
from vault.cases import add_case, record_stepwise_check
from vault.decisions import record_inform_person
from vault.demo import TEN_YEARS, build_demo
from vault.exports import record_export
from vault.informing import InformingState
from vault.meetings import (
    add_agenda_item,
    add_case_by_code,
    add_case_item,
    add_theme_item,
    move_item,
    open_meeting,
    remove_item,
    reschedule_meeting,
    start_practice_meeting,
)
from vault.model import AgendaItemKind, CaseStage, ReleaseKind, TableKind
from vault.notes import add_note
from vault.people import self_person
from vault.releases import release

DESCRIPTION = "case file (40 meetings of history), case list filters, living agenda edits"
HARDENED = True  # the user's process: SQLCipher's memory security on

CASE_CELL = 3
"""The cell whose meetings the benchmark case runs through."""
CASE_MEETINGS = 40
NOTES_PER_MEETING = 6
OPEN_RUNS = 30
LIST_ROUNDS = 10
EDIT_ROUNDS = 60
"""Rounds of five agenda edits each."""
NOW = datetime(2026, 1, 20, 9, 0, tzinfo=UTC)
"""Just after the demo's ten years (they end in December 2025)."""

FILTERS = (
    CaseFilters(cell_id=CASE_CELL),
    CaseFilters(stages=frozenset({CaseStage.TRAJECTORY_RUNNING, CaseStage.TRAJECTORY_PROPOSED})),
    CaseFilters(cell_id=CASE_CELL, stages=frozenset({CaseStage.REFERRAL})),
    CaseFilters(minor=True),
    CaseFilters(cell_id=CASE_CELL, minor=True, stepwise_open=True),
    CaseFilters(informing_undecided=True, stages=frozenset(set(CaseStage) - {CaseStage.CLOSED})),
    CaseFilters(informing=frozenset({InformingState.ALLOWED, InformingState.DONE})),
    CaseFilters(code="2019"),
)


class _Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


def _ms(seconds: float) -> float:
    return significant(seconds * 1000)


def case_stages(vault: Vault) -> dict[str, int]:
    """How many of the vault's cases stand in each stage (the demo gave them their lives)."""
    rows = vault.query("SELECT phase, count(*) FROM casus GROUP BY phase ORDER BY phase")
    return {str(stage): int(n) for stage, n in rows}


def build_case(vault: Vault, clock: _Clock, seed: int = 40) -> tuple[int, int]:
    """A minor's case on the agenda of :data:`CASE_MEETINGS` meetings of the cell, spread
    over the years, with notes, a release, a decision, an action, a stepwise answer and
    documents at each; built with the domain API. Returns (case id, notes made)."""
    rng = random.Random(seed)
    me = self_person(vault)
    assert me is not None
    case_id = add_case(vault, CASE_CELL, "LIVCR-2016-000040", subject_is_minor=True)
    meetings = [
        int(r[0])
        for r in vault.query(
            "SELECT id FROM meeting WHERE cell_id = ? AND table_kind = 'operational'"
            " ORDER BY starts_at",
            (CASE_CELL,),
        )
    ]
    step = max(1, len(meetings) // CASE_MEETINGS)
    chosen = meetings[::step][:CASE_MEETINGS]
    if len(chosen) < CASE_MEETINGS:
        raise RuntimeError(f"cell {CASE_CELL} has only {len(chosen)} operational meetings")
    made = 0
    for n, meeting_id in enumerate(chosen):
        item = add_agenda_item(vault, meeting_id, AgendaItemKind.CASE, case_id=case_id)
        starts = vault.query("SELECT starts_at FROM meeting WHERE id = ?", (meeting_id,))[0][0]
        day = datetime.fromisoformat(str(starts)).date()
        notes = []
        for k in range(NOTES_PER_MEETING):
            words = " ".join(
                rng.choice(
                    (
                        "school",
                        "gezin",
                        "jeugdwerk",
                        "signaal",
                        "contact",
                        "opvolging",
                        "afspraak",
                        "zorg",
                    )
                )
                for _ in range(60)
            )
            notes.append(add_note(vault, f"Casusnota {n}.{k}: {words}", agenda_item_id=item))
        made += NOTES_PER_MEETING
        release(
            vault,
            notes[0],
            ReleaseKind.OWN_DOSSIER,
            info_owner_id=me.id,
            agreed_meeting_id=meeting_id,
        )
        record_stepwise_check(
            vault, case_id, care_first=True, clear_signs=n % 3 == 0, meeting_id=meeting_id
        )
        add_action(
            vault,
            meeting_id,
            me.id,
            f"Opvolgen {n}",
            agenda_item_id=item,
            due_date=day + timedelta(days=28),
        )
        made += 1
        if n == 1:
            record_trajectory(
                vault,
                item,
                "Begeleiding door het CAW.",
                lead_organisation="CAW",
                evaluation_on=day + timedelta(days=90),
            )
            made += 1
        if n % 4 == 0:
            record_inform_person(vault, item, all_agree=True, fact_only=True)
        if n % 10 == 0:
            record_export(vault, "own_dossier", [notes[0]], meeting_id=meeting_id, case_id=case_id)
        clock.moment += timedelta(minutes=1)
    return case_id, made


def bench_case_file(base: Path, case_id: int, figures: Figures) -> None:
    unlock = derive_unlock_key(base, PASSPHRASE)
    vault = Vault.open_with_key(
        base, unlock, clock=_Clock(NOW), kdf_profile=FAST_KDF, integrity_check=False
    )
    try:
        start = time.perf_counter()
        case_file = load_case_file(vault, case_id)
        first = time.perf_counter() - start
        if len(case_file.meetings) != CASE_MEETINGS:
            raise RuntimeError(f"case file: {len(case_file.meetings)} meetings")
        times = []
        for _ in range(OPEN_RUNS):
            start = time.perf_counter()
            load_case_file(vault, case_id)
            times.append(time.perf_counter() - start)
    finally:
        vault.close()
    notes = sum(len(m.notes) for m in case_file.meetings)
    figures["open_case_file_ms"] = _ms(median(times))
    figures["open_case_file_p95_ms"] = _ms(percentile(times, 95))
    figures["open_case_file_first_ms"] = _ms(first)
    figures["case_file_meetings_count"] = len(case_file.meetings)
    figures["case_file_notes_count"] = notes
    log(
        f"case file: {len(case_file.meetings)} meetings, {notes} notes,"
        f" {sum(len(m.decisions) for m in case_file.meetings)} decisions,"
        f" {len(case_file.exports)} documents; first {first * 1000:.1f} ms"
    )


def bench_case_list(base: Path, figures: Figures) -> None:
    unlock = derive_unlock_key(base, PASSPHRASE)
    vault = Vault.open_with_key(
        base, unlock, clock=_Clock(NOW), kdf_profile=FAST_KDF, integrity_check=False
    )
    try:
        sizes = [len(case_list(vault, f)) for f in FILTERS]  # warm, and what each finds
        times, everything = [], []
        for _ in range(LIST_ROUNDS):
            for filters in FILTERS:
                start = time.perf_counter()
                case_list(vault, filters)
                times.append(time.perf_counter() - start)
            start = time.perf_counter()
            rows = case_list(vault)
            everything.append(time.perf_counter() - start)
    finally:
        vault.close()
    figures["case_list_filter_ms"] = _ms(median(times))
    figures["case_list_filter_p95_ms"] = _ms(percentile(times, 95))
    figures["case_list_filter_max_ms"] = _ms(max(times))
    figures["case_list_all_ms"] = _ms(median(everything))
    log(f"case list: {len(rows)} cases; the filters find {sizes}")


def bench_agenda_edits(base: Path, figures: Figures) -> None:
    unlock = derive_unlock_key(base, PASSPHRASE)
    clock = _Clock(NOW)
    vault = Vault.open_with_key(
        base, unlock, clock=clock, kdf_profile=FAST_KDF, integrity_check=False
    )
    try:
        cases = [
            int(r[0])
            for r in vault.query(
                "SELECT id FROM casus WHERE cell_id = ? AND phase != 'closed' ORDER BY id",
                (CASE_CELL,),
            )
        ]
        meeting = start_practice_meeting(
            vault,
            CASE_CELL,
            datetime(2026, 1, 22, 14, 0),
            TableKind.OPERATIONAL,
            running=cases[:12],
            new=cases[12:15],
        )
        open_meeting(vault, meeting)
        extra = iter(cases[15:])
        times: list[float] = []

        def took(start: float) -> None:
            times.append(time.perf_counter() - start)
            clock.moment += timedelta(seconds=5)

        for n in range(EDIT_ROUNDS):
            # A running case of the cell while there are any, then a case that comes up
            # at the table by a new code (a new referral made with its item).
            case = next(extra, None)
            start = time.perf_counter()
            if case is not None:
                item = add_case_item(vault, meeting, case)
            else:
                _case, item = add_case_by_code(vault, meeting, f"LIVCR-2026-{n:06d}")
            took(start)
            start = time.perf_counter()
            theme = add_theme_item(vault, meeting, f"Thema {n}")
            took(start)
            start = time.perf_counter()
            move_item(vault, item, 4)
            took(start)
            start = time.perf_counter()
            remove_item(vault, theme)
            took(start)
            start = time.perf_counter()
            reschedule_meeting(vault, meeting, place=f"Zaal {n % 3}")
            took(start)
    finally:
        vault.close()
    figures["agenda_edit_p50_ms"] = _ms(median(times))
    figures["agenda_edit_p99_ms"] = _ms(percentile(times, 99))
    figures["agenda_edit_max_ms"] = _ms(max(times))
    figures["agenda_edit_count"] = len(times)


def run(workdir: Path) -> Figures:
    figures: Figures = {}
    base = workdir / "Casusdossier.tafelboek"
    clock = _Clock(NOW - timedelta(days=1))
    started = time.perf_counter()
    vault = Vault.create(base, PASSPHRASE, kdf=FAST_KDF, clock=clock)
    try:
        summary = build_demo(vault, TEN_YEARS)
        log(f"ten-year vault: {summary} in {time.perf_counter() - started:.1f} s")
        log(f"case stages (the demo's own lives): {case_stages(vault)}")
        case_id, made = build_case(vault, clock)
        log(f"case {case_id}: {CASE_MEETINGS} meetings, {made} notes with the domain API")
        vault.checkpoint()
    finally:
        vault.close()
    bench_case_file(base, case_id, figures)
    bench_case_list(base, figures)
    bench_agenda_edits(base, figures)
    base.unlink()
    log(f"casefile total {time.perf_counter() - started:.1f} s")
    return figures
