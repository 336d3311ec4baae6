"""P7 (rev. December 2026, domain review C5 and M4): informing the person, per case.

Condition 3 holds unless a police participant present indicates a risk, and the record
says who said what; with no police present the question stays open ("ask the information
officer"), it is not refused. Every case carries an informing status — not yet
considered / open / allowed / postponed until / refused / done (by whom, how, when) — and
an undecided one is flagged like a minor's open stepwise check (P8). Schema 6 stores it;
a vault of schema 5 migrates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from domain_strategies import Table
from test_documents_support import text_of

from vault import Vault, store
from vault.attendance import set_attendance, set_item_presence
from vault.decisions import get_decision, record_inform_person, record_inform_postponed
from vault.documents import DocumentRequest, build_pdf
from vault.informing import (
    InformedHow,
    InformingState,
    informing_status,
    police_statements,
    record_informed,
    undecided_cases,
)
from vault.meeting_view import load_meeting_view
from vault.model import AttendanceStatus, DecisionOutcome, Role
from vault.people import add_person
from vault.policy import (
    DocumentKind,
    Reason,
    RevealedFact,
    inform_outcome,
    inform_person_verdict,
    may_inform,
    may_make_document,
)
from vault.schema import MIGRATIONS


def _case_item(t: Table, meeting_id: int) -> int:
    rows = t.vault.query(
        "SELECT id FROM agenda_item WHERE meeting_id = ? AND case_id = ?", (meeting_id, t.case)
    )
    return int(rows[0][0])


def _audit(vault: Vault, kind: str) -> list[tuple[str, str]]:
    rows = vault.query(
        "SELECT subject, detail FROM audit_event WHERE kind = ? ORDER BY id", (kind,)
    )
    return [(str(r[0]), str(r[1])) for r in rows]


# ---------------------------------------------------------------------------- condition 3


def test_p7_condition_3_holds_unless_the_police_indicate_a_risk(t: Table) -> None:
    """The seed: "tenzij er duidelijke indicaties zijn die door de politionele actoren in
    het overleg aangegeven worden". No positive confirmation is needed: the police present
    gave no indication of risk, and the record says who they were."""
    v = t.vault
    decision = get_decision(v, record_inform_person(v, t.case_item, all_agree=True, fact_only=True))
    assert decision.outcome is DecisionOutcome.ALLOWED
    assert decision.no_investigation_risk is True
    [statement] = police_statements(v, decision.id)
    assert (statement.person_id, statement.risk_indicated) == (t.police, False)
    assert may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=decision.id)


def test_p7_a_risk_indicated_by_a_police_participant_is_recorded_by_name(t: Table) -> None:
    v = t.vault
    chief = add_person(v, "Korpschef Denkbeeldig", Role.POLICE_CHIEF)
    set_attendance(v, t.meeting, chief, AttendanceStatus.PRESENT, ad_hoc=True)
    verdict = inform_person_verdict(
        v, t.case_item, all_agree=True, fact_only=True, risk_indicated_by={chief}
    )
    assert verdict.reason is Reason.RISK_INDICATED and inform_outcome(verdict) is (
        DecisionOutcome.NOT_ALLOWED
    )
    recorded = record_inform_person(
        v, t.case_item, all_agree=True, fact_only=True, risk_indicated_by={chief}
    )
    decision = get_decision(v, recorded)
    assert decision.outcome is DecisionOutcome.NOT_ALLOWED
    assert decision.no_investigation_risk is False
    said = {s.person_id: s.risk_indicated for s in police_statements(v, decision.id)}
    assert said == {chief: True, t.police: False}, "who said what, for every police member present"
    assert informing_status(v, t.case).state is InformingState.REFUSED


def test_p7_without_police_present_the_question_stays_open(t: Table) -> None:
    """No police participant present: "ask the information officer" — open, not refused."""
    v = t.vault
    set_item_presence(v, t.case_item, t.police, False)
    verdict = inform_person_verdict(v, t.case_item, all_agree=True, fact_only=True)
    assert not verdict and verdict.reason is Reason.NO_POLICE_PRESENT
    decision = get_decision(v, record_inform_person(v, t.case_item, all_agree=True, fact_only=True))
    assert decision.outcome is DecisionOutcome.OPEN
    assert decision.no_investigation_risk is None and police_statements(v, decision.id) == []
    status = informing_status(v, t.case)
    assert status.state is InformingState.OPEN and status.undecided(date(2026, 3, 5))
    assert not may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=decision.id)
    assert (f"decision:{decision.id}", "outcome:open") in _audit(v, "inform_person")


def test_p7_conditions_1_and_2_refuse_whoever_is_present(t: Table) -> None:
    v = t.vault
    for agree, fact in ((False, True), (True, False)):
        verdict = inform_person_verdict(v, t.case_item, all_agree=agree, fact_only=fact)
        assert verdict.reason is Reason.CONDITIONS_MISSING
    set_item_presence(v, t.case_item, t.police, False)
    decision = record_inform_person(v, t.case_item, all_agree=False, fact_only=True)
    assert get_decision(v, decision).outcome is DecisionOutcome.NOT_ALLOWED


def test_p7_only_a_police_participant_present_can_indicate_a_risk(t: Table) -> None:
    v = t.vault
    for person, reason in (
        (t.mayor, Reason.CONFIRMER_NOT_POLICE),
        (t.clb, Reason.CONFIRMER_NOT_POLICE),
    ):
        verdict = inform_person_verdict(
            v, t.case_item, all_agree=True, fact_only=True, risk_indicated_by={person}
        )
        assert verdict.reason is reason
        with pytest.raises(ValueError, match="police participant present"):
            record_inform_person(
                v, t.case_item, all_agree=True, fact_only=True, risk_indicated_by={person}
            )
    set_item_presence(v, t.case_item, t.police, False)
    assert (
        inform_person_verdict(
            v, t.case_item, all_agree=True, fact_only=True, risk_indicated_by={t.police}
        ).reason
        is Reason.CONFIRMER_NOT_PRESENT
    )
    assert v.query("SELECT count(*) FROM decision")[0][0] == 0


# ---------------------------------------------------------------------------- status per case


def test_p7_every_case_carries_an_informing_status(t: Table) -> None:
    v = t.vault
    assert informing_status(v, t.case).state is InformingState.NOT_CONSIDERED
    assert informing_status(v, t.minor_case).state is InformingState.NOT_CONSIDERED
    assert informing_status(v, t.case).undecided(date(2026, 3, 5))
    record_inform_person(v, t.case_item, all_agree=True, fact_only=True)
    status = informing_status(v, t.case)
    assert status.state is InformingState.ALLOWED and not status.undecided(date(2030, 1, 1))
    record_inform_person(v, t.case_item, all_agree=False, fact_only=True)
    assert informing_status(v, t.case).state is InformingState.REFUSED
    assert sorted(undecided_cases(v)) == sorted([t.minor_case, t.other_cell_case])


def test_p7_postponed_until_a_date_is_undecided_again_from_that_date(t: Table) -> None:
    v = t.vault
    decision = record_inform_postponed(v, t.case_item, until=date(2026, 6, 1))
    assert get_decision(v, decision).outcome is DecisionOutcome.POSTPONED
    status = informing_status(v, t.case)
    assert status.state is InformingState.POSTPONED and status.review_on == date(2026, 6, 1)
    assert not status.undecided(date(2026, 5, 31))
    assert status.undecided(date(2026, 6, 1)) and status.undecided(date(2026, 9, 1))
    assert t.case not in undecided_cases(v, date(2026, 5, 31))
    assert t.case in undecided_cases(v, date(2026, 6, 1))
    assert (f"decision:{decision}", "outcome:postponed until:2026-06-01") in _audit(
        v, "inform_person"
    )
    assert not may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=decision)


def test_p7_a_postponement_runs_until_a_date_after_the_meeting(t: Table) -> None:
    v = t.vault
    for day in (date(2026, 3, 5), date(2026, 1, 1)):  # the meeting's day, and before it
        with pytest.raises(ValueError, match="after the meeting"):
            record_inform_postponed(v, t.case_item, until=day)
    with pytest.raises(ValueError, match="case's agenda item"):
        record_inform_postponed(v, t.ltf_item, until=date(2026, 6, 1))


def test_p7_done_records_by_whom_how_and_when_under_a_governing_allowed(
    t: Table, clock: FakeClock
) -> None:
    v = t.vault
    clock.moment = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="informing_not_allowed"):
        record_informed(v, t.case, by_id=t.me, how=InformedHow.LETTER, on=date(2026, 3, 10))
    allowed = record_inform_person(v, t.case_item, all_agree=True, fact_only=True)
    assert may_inform(v, t.case)
    for day in (date(2026, 3, 4), date(2026, 3, 21)):  # before the meeting, in the future
        with pytest.raises(ValueError, match="from the decision's meeting to today"):
            record_informed(v, t.case, by_id=t.colleague, how=InformedHow.CONVERSATION, on=day)
    assert (
        record_informed(
            v, t.case, by_id=t.colleague, how=InformedHow.CONVERSATION, on=date(2026, 3, 12)
        )
        == allowed
    )
    status = informing_status(v, t.case)
    assert status.state is InformingState.DONE and not status.undecided(date(2030, 1, 1))
    assert status.informed is not None
    assert (status.informed.by_id, status.informed.how, status.informed.on) == (
        t.colleague,
        InformedHow.CONVERSATION,
        date(2026, 3, 12),
    )
    assert may_inform(v, t.case).reason is Reason.ALREADY_INFORMED
    with pytest.raises(ValueError, match="already_informed"):
        record_informed(v, t.case, by_id=t.me, how=InformedHow.LETTER, on=date(2026, 3, 13))
    [(subject, detail)] = _audit(v, "informed")
    assert subject == f"decision:{allowed}"
    assert detail == f"case:{t.case} by:person:{t.colleague} how:conversation on:2026-03-12"


def test_p7_the_latest_decision_governs_the_status_after_done(t: Table) -> None:
    """Told under an earlier "allowed"; a later meeting refuses: the case's status follows
    the latest decision, and it cannot be marked told again under the refusal."""
    v = t.vault
    record_inform_person(v, t.case_item, all_agree=True, fact_only=True)
    record_informed(v, t.case, by_id=t.me, how=InformedHow.LETTER, on=date(2026, 3, 5))
    later_item = _case_item(t, t.later_meeting)
    set_attendance(v, t.later_meeting, t.police, AttendanceStatus.PRESENT, briefed=True)
    record_inform_person(
        v, later_item, all_agree=True, fact_only=True, risk_indicated_by={t.police}
    )
    assert informing_status(v, t.case).state is InformingState.REFUSED
    assert may_inform(v, t.case).reason is Reason.INFORMING_NOT_ALLOWED


def test_p7_the_meeting_view_flags_undecided_informing(t: Table, clock: FakeClock) -> None:
    v = t.vault
    view = load_meeting_view(v, t.meeting)
    assert view.informing_undecided(t.case), "not yet considered: flagged"
    record_inform_postponed(v, t.case_item, until=date(2026, 4, 1))
    assert not load_meeting_view(v, t.meeting).informing_undecided(t.case)
    # The later meeting (2 April) comes after the date: flagged there at once.
    assert load_meeting_view(v, t.later_meeting).informing_undecided(t.case)
    clock.moment = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)  # and today, the date has come
    assert load_meeting_view(v, t.meeting).informing_undecided(t.case)
    record_inform_person(v, t.case_item, all_agree=True, fact_only=True)
    assert not load_meeting_view(v, t.meeting).informing_undecided(t.case)


def test_p7_the_meeting_overview_words_open_and_postponed_outcomes(t: Table) -> None:
    """The new outcomes have their words in the overview the user chose to reveal (P1)."""
    v = t.vault
    set_item_presence(v, t.case_item, t.police, False)
    record_inform_person(v, t.case_item, all_agree=True, fact_only=True)
    record_inform_postponed(v, t.case_item, until=date(2026, 6, 1))
    request = DocumentRequest(
        DocumentKind.MEETING_OVERVIEW, meeting_id=t.meeting, reveal=frozenset(RevealedFact)
    )
    text = text_of(build_pdf(v, request, today=date(2026, 3, 5)))
    assert "open — vraag het na bij de information officer" in text
    assert "uitgesteld" in text


# ---------------------------------------------------------------------------- schema 6


def _schema_5_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault as the previous version (schema 5) made it, with two informing decisions:
    one confirmed by the information officer, one refused without a confirmation."""
    monkeypatch.setattr(store, "MIGRATIONS", {v: s for v, s in MIGRATIONS.items() if v <= 5})
    monkeypatch.setattr(store, "LATEST_VERSION", 5)
    at = "2026-03-05T09:30:00+00:00"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()) as old:
        assert old.schema_version() == 5
        with old.transaction() as db:
            db.execute(
                "INSERT INTO person(id, name, organisation, role, is_self, created_at)"
                " VALUES (1, 'Ik', 'JOC', 'youth_officer', 1, ?),"
                " (2, 'Inspecteur', 'PZ', 'information_officer', 0, ?)",
                (at, at),
            )
            db.execute("INSERT INTO cell(id, name, created_at) VALUES (1, 'LIVC R X', ?)", (at,))
            db.execute(
                "INSERT INTO casus(id, cell_id, code, created_at) VALUES (1, 1, 'X-1', ?),"
                " (2, 1, 'X-2', ?)",
                (at, at),
            )
            db.execute(
                "INSERT INTO meeting(id, cell_id, starts_at, table_kind, created_at)"
                " VALUES (1, 1, '2026-03-05T14:00:00', 'operational', ?)",
                (at,),
            )
            db.execute(
                "INSERT INTO agenda_item(id, meeting_id, position, kind, case_id)"
                " VALUES (1, 1, 1, 'case', 1), (2, 1, 2, 'case', 2)"
            )
            db.execute(
                "INSERT INTO attendance(meeting_id, person_id, status)"
                " VALUES (1, 1, 'present'), (1, 2, 'present')"
            )
            db.execute(
                "INSERT INTO decision(id, meeting_id, agenda_item_id, kind, outcome, all_agree,"
                " fact_only, no_investigation_risk, confirmed_by_id, decided_at) VALUES"
                " (1, 1, 1, 'inform_person', 'allowed', 1, 1, 1, 2, ?),"
                " (2, 1, 2, 'inform_person', 'not_allowed', 1, 1, 0, NULL, ?)",
                (at, at),
            )
    monkeypatch.undo()


def test_p7_a_vault_of_schema_5_migrates_to_informing_per_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Oud.tafelboek"
    _schema_5_vault(path, monkeypatch)
    with Vault.open(path, PASSPHRASE, clock=FakeClock()) as v:
        assert v.schema_version() == store.LATEST_VERSION >= 6
        # The police confirmation is kept as "no risk indicated" by that member (audited).
        [statement] = police_statements(v, 1)
        assert (statement.person_id, statement.risk_indicated) == (2, False)
        assert police_statements(v, 2) == []
        assert [s for s, _ in _audit(v, "inform_police_kept")] == ["decision:1"]
        # Recorded outcomes are what the table decided then: not recomputed.
        assert informing_status(v, 1).state is InformingState.ALLOWED
        assert informing_status(v, 2).state is InformingState.REFUSED
        assert get_decision(v, 1).review_on is None
        record_informed(v, 1, by_id=1, how=InformedHow.LETTER, on=date(2026, 3, 5))
        assert informing_status(v, 1).state is InformingState.DONE


def test_p7_a_postponed_question_comes_back_on_a_working_day() -> None:
    """About a quarter after the meeting (or after today, when typed up later); never on
    a Saturday or Sunday (the Xvfb walk's default landed on a Sunday)."""
    from vault.informing import POSTPONE_DAYS, default_postponement

    thursday = date(2026, 3, 5)
    assert default_postponement(thursday, thursday) == date(2026, 6, 4)  # a Thursday
    for offset in range(14):
        meeting = thursday + timedelta(days=offset)
        day = default_postponement(meeting, meeting)
        assert day.weekday() < 5, day
        assert POSTPONE_DAYS < (day - meeting).days <= POSTPONE_DAYS + 3
    later = date(2026, 4, 1)
    assert default_postponement(thursday, later) >= later + timedelta(days=POSTPONE_DAYS)
