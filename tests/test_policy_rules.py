"""The secrecy rules P1–P10 of ``../shared/domain.md``, one or more tests per rule.

Every test name starts with the rule's number (``test_p4_…``): search for ``test_p6``
to find how LTF consensus is proven. The shared table is described in
:class:`domain_strategies.Table`. P11 (no network) and P12 (lock wipes) are proven in
``test_p11_sockets_blocked.py`` and the app tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from domain_strategies import Table, build_table

from vault import Vault
from vault.actions import add_action, get_action
from vault.attendance import (
    attendance,
    present_for_item,
    set_attendance,
    set_briefed,
    set_item_presence,
    unbriefed_present,
)
from vault.cases import (
    CaseCodeRejected,
    add_case,
    check_case_code,
    flagged_cases,
    get_case,
    list_cases,
    record_stepwise_check,
    stepwise_check_due,
)
from vault.cells import add_cell, represent, sat_in_for, stop_representing
from vault.decisions import (
    get_decision,
    positions,
    record_inform_person,
    record_ltf_form,
    record_other,
)
from vault.documents.builders import _inform_allowed
from vault.documents.choices import document_choices
from vault.exports import exports_of_note, record_export
from vault.informing import police_statements
from vault.meetings import add_agenda_item
from vault.model import (
    AgendaItemKind,
    Answer,
    AttendanceStatus,
    Conclusion,
    DecisionKind,
    DecisionOutcome,
    NoteKind,
    Position,
    ReleaseKind,
    Role,
)
from vault.notes import add_note, get_note, list_notes, note_label
from vault.participation import QUESTIONS, get_assessment, save_assessment, suggested_conclusion
from vault.people import add_person
from vault.policy import (
    Channel,
    DocumentKind,
    Reason,
    consensus,
    document_notes,
    document_versions,
    feedback_candidates,
    is_table_only,
    item_consensus,
    latest_decision,
    may_leave,
    may_make_document,
    may_release,
    note_scope,
    superseded_by,
)
from vault.releases import (
    ReleaseRefused,
    add_prepared_input,
    make_table_only,
    mark_relayed,
    release,
    releases_of,
    tighten,
)

APPROVE, OBJECT, ABSTAIN = Position.APPROVE, Position.OBJECT, Position.ABSTAIN


def audit(vault: Vault, kind: str | None = None) -> list[tuple[str, str, str]]:
    rows = vault.query(
        "SELECT kind, subject, detail FROM audit_event WHERE (? IS NULL OR kind = ?) ORDER BY id",
        (kind, kind),
    )
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def release_rows(vault: Vault) -> list[tuple[object, ...]]:
    return [tuple(r) for r in vault.query("SELECT * FROM release ORDER BY id")]


def every_document(t: Table) -> Iterator[tuple[DocumentKind, list[int]]]:
    """Every document the policy can fill, with every argument this table offers."""
    v = t.vault
    decision_ids = [int(r[0]) for r in v.query("SELECT id FROM decision")] + [None]
    assessment_ids = [int(r[0]) for r in v.query("SELECT id FROM participation_assessment")]
    people = [int(r[0]) for r in v.query("SELECT id FROM person")] + [None]
    cases = [int(r[0]) for r in v.query("SELECT id FROM casus")] + [None]
    meetings = [int(r[0]) for r in v.query("SELECT id FROM meeting")] + [None]
    for colleague in people:
        for case in cases:
            yield (
                DocumentKind.FEEDBACK_SHEET,
                document_notes(
                    v, DocumentKind.FEEDBACK_SHEET, colleague_id=colleague, case_id=case
                ),
            )
        for meeting in meetings:
            yield (
                DocumentKind.FEEDBACK_SHEET,
                document_notes(
                    v, DocumentKind.FEEDBACK_SHEET, colleague_id=colleague, meeting_id=meeting
                ),
            )
    for case in cases:
        yield (
            DocumentKind.DOSSIER_EXTRACT,
            document_notes(v, DocumentKind.DOSSIER_EXTRACT, case_id=case),
        )
    for meeting in meetings:
        yield (
            DocumentKind.MEETING_OVERVIEW,
            document_notes(v, DocumentKind.MEETING_OVERVIEW, meeting_id=meeting),
        )
    for assessment in [*assessment_ids, None]:
        yield (
            DocumentKind.REFUSAL_LETTER,
            document_notes(v, DocumentKind.REFUSAL_LETTER, assessment_id=assessment),
        )
    for decision in decision_ids:
        for kind in (DocumentKind.LTF_RECORD, DocumentKind.NOTICE_TO_PERSON):
            yield kind, document_notes(v, kind, decision_id=decision)
    for colleague, case, meeting, decision in zip(
        people, cases, meetings, decision_ids, strict=False
    ):
        yield (
            DocumentKind.NOTICE_TO_PERSON,
            document_notes(
                v,
                DocumentKind.NOTICE_TO_PERSON,
                colleague_id=colleague,
                case_id=case,
                meeting_id=meeting,
                decision_id=decision,
            ),
        )


def documents_holding(t: Table, note_id: int) -> set[DocumentKind]:
    return {kind for kind, ids in every_document(t) if note_id in ids}


def assert_stays_in(t: Table, note_id: int) -> None:
    """The full P2 check for one note: label, every channel, every document."""
    assert note_label(t.vault, note_id).table_only
    assert is_table_only(t.vault, note_id)
    for channel in Channel:
        verdict = may_leave(t.vault, note_id, channel)
        assert not verdict
        assert verdict.reason is Reason.TABLE_ONLY
    assert documents_holding(t, note_id) == set()


def all_free_texts(t: Table) -> dict[NoteKind | str, int]:
    """One text of every kind the user can write, made through the domain API."""
    v = t.vault
    decision = record_other(v, t.case_item, "Besluit: opvolging via het CLB")
    action = add_action(
        v, t.meeting, t.clb, "Contact opnemen met de school", agenda_item_id=t.case_item
    )
    prepared = add_prepared_input(
        v, t.colleague, t.meeting, "Wat de collega wil delen", case_id=t.case
    )
    ltf_id, result = record_ltf_form(
        v, t.case_item, "Fiche zonder consensus", {t.me: APPROVE}, info_owner_id=t.me
    )
    assert not result.agreed
    assessment = save_assessment(v, t.cell, {}, Conclusion.DECLINE, "Geen afsprakenkader")
    prepared_note = int(
        v.query("SELECT note_id FROM prepared_input WHERE id = ?", (prepared,))[0][0]
    )
    texts: dict[NoteKind | str, int] = {
        NoteKind.NOTE: add_note(v, "Notitie aan tafel", agenda_item_id=t.case_item),
        "meeting_note": add_note(v, "Notitie over het overleg", meeting_id=t.meeting),
        "own_reflection": add_note(v, "Eigen reflectie thuis"),
        NoteKind.DECISION_TEXT: get_decision(v, decision).text_note_id or 0,
        NoteKind.ACTION_DESCRIPTION: get_action(v, action).description_note_id or 0,
        NoteKind.PREPARED_INPUT: prepared_note,
        NoteKind.LTF_FORM_TEXT: get_decision(v, ltf_id).text_note_id or 0,
        NoteKind.MOTIVATION: get_assessment(v, assessment).motivation_note_id or 0,
    }
    assert all(texts.values())
    return texts


# ---------------------------------------------------------------------------- P1


def test_p1_every_free_text_kind_starts_table_only(t: Table) -> None:
    texts = all_free_texts(t)
    kinds = {get_note(t.vault, n).kind for n in texts.values()}
    assert kinds == set(NoteKind), "every NoteKind is made by the domain API above"
    for note_id in texts.values():
        assert note_label(t.vault, note_id).table_only
        assert releases_of(t.vault, note_id) == []
        for channel in Channel:
            assert may_leave(t.vault, note_id, channel).reason is Reason.TABLE_ONLY


def test_p1_structured_facts_are_metadata_not_notes(t: Table) -> None:
    v = t.vault
    before = len(list_notes(v))
    record_inform_person(
        v,
        t.case_item,
        all_agree=True,
        fact_only=True,
    )
    set_attendance(v, t.meeting, t.stranger, AttendanceStatus.PRESENT, ad_hoc=True)
    add_case(v, t.cell, "FIC-099", subject_is_minor=True)
    assert len(list_notes(v)) == before, "facts are not labelled text"
    add_action(v, t.meeting, t.mayor, "Eén tekst")
    assert len(list_notes(v)) == before + 1, "an action's text is one note; owner, date are not"


def test_p1_unknown_notes_fail_closed(t: Table) -> None:
    for channel in Channel:
        assert may_leave(t.vault, 987_654, channel).reason is Reason.UNKNOWN
    assert is_table_only(t.vault, 987_654)
    assert not may_release(
        t.vault,
        987_654,
        ReleaseKind.OWN_DOSSIER,
        colleague_id=None,
        agreed_meeting_id=t.meeting,
        info_owner_id=t.me,
    )


# ---------------------------------------------------------------------------- P2


def test_p2_table_only_never_leaves(t: Table) -> None:
    for note_id in all_free_texts(t).values():
        assert_stays_in(t, note_id)


def test_p2_table_only_is_in_no_document_of_any_kind(t: Table) -> None:
    texts = all_free_texts(t)
    # Give every document something legitimate to hold, so emptiness proves nothing.
    released = add_note(t.vault, "Vrijgegeven", agenda_item_id=t.case_item)
    t.release_own(released)
    t.release_feedback(released, t.colleague)
    agreed, _ = record_ltf_form(
        t.vault,
        t.case_item,
        "Fiche met consensus",
        dict.fromkeys((t.me, t.mayor, t.police, t.clb, t.adhoc), APPROVE),
        info_owner_id=t.me,
    )
    documents = list(every_document(t))
    assert {k for k, ids in documents if ids} >= {
        DocumentKind.FEEDBACK_SHEET,
        DocumentKind.DOSSIER_EXTRACT,
        DocumentKind.MEETING_OVERVIEW,
        DocumentKind.LTF_RECORD,
    }
    for note_id in texts.values():
        assert all(note_id not in ids for _, ids in documents)
    assert get_decision(t.vault, agreed).outcome is DecisionOutcome.AGREED


def test_p2_tightening_makes_a_note_table_only_again(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Eerst vrijgegeven, dan teruggenomen", agenda_item_id=t.case_item)
    own = t.release_own(note)
    t.sit_in(t.colleague2)
    t.release_feedback(note, t.colleague)
    t.release_feedback(note, t.colleague2)
    assert documents_holding(t, note) == {
        DocumentKind.FEEDBACK_SHEET,
        DocumentKind.DOSSIER_EXTRACT,
        DocumentKind.MEETING_OVERVIEW,
    }
    export = record_export(v, DocumentKind.FEEDBACK_SHEET, [note], recipient_id=t.colleague)

    tighten(v, own)
    assert documents_holding(t, note) == {DocumentKind.FEEDBACK_SHEET}
    assert note_label(v, note).colleague_ids == {t.colleague, t.colleague2}

    make_table_only(v, note)
    assert_stays_in(t, note)
    assert [e.id for e in exports_of_note(v, note)] == [export], "P3: exports stay listed"


def test_p2_agreed_ltf_form_goes_only_into_the_ltf_record(t: Table) -> None:
    everyone = dict.fromkeys((t.me, t.mayor, t.police, t.clb, t.adhoc), APPROVE)
    decision, result = record_ltf_form(
        t.vault,
        t.case_item,
        "Fiche voor de LTF",
        everyone,
        info_owner_id=t.me,
    )
    assert result.agreed
    text = get_decision(t.vault, decision).text_note_id
    assert text is not None
    label = note_label(t.vault, text)
    assert label.ltf and not label.table_only and not label.own_dossier
    assert documents_holding(t, text) == {DocumentKind.LTF_RECORD}
    make_table_only(t.vault, text)
    assert_stays_in(t, text)
    assert may_make_document(t.vault, DocumentKind.LTF_RECORD, decision_id=decision)


# ---------------------------------------------------------------------------- P3


def test_p3_release_needs_the_information_owner(t: Table) -> None:
    note = add_note(t.vault, "Van wie is dit?", agenda_item_id=t.case_item)
    for owner in (None, 987_654):
        verdict = may_release(
            t.vault,
            note,
            ReleaseKind.OWN_DOSSIER,
            colleague_id=None,
            agreed_meeting_id=t.meeting,
            info_owner_id=owner,
        )
        assert verdict.reason is Reason.INFO_OWNER_REQUIRED
    with pytest.raises(ReleaseRefused) as refused:
        release(
            t.vault,
            note,
            ReleaseKind.OWN_DOSSIER,
            info_owner_id=987_654,
            agreed_meeting_id=t.meeting,
        )
    assert refused.value.verdict.reason is Reason.INFO_OWNER_REQUIRED
    # The owner may be someone else at the table: ownership stays with who brought it,
    # and their agreement to this use is recorded (P3, revised).
    release(
        t.vault,
        note,
        ReleaseKind.OWN_DOSSIER,
        info_owner_id=t.clb,
        agreed_meeting_id=t.meeting,
        owner_agreed_meeting_id=t.meeting,
    )
    assert releases_of(t.vault, note)[0].info_owner_id == t.clb


@pytest.mark.parametrize(
    ("agreed_at", "reason"),
    [
        ("none", Reason.AGREED_MEETING_REQUIRED),
        ("earlier_meeting", Reason.AGREED_MEETING_INVALID),
        ("other_cell_meeting", Reason.AGREED_MEETING_INVALID),
        ("unknown", Reason.AGREED_MEETING_INVALID),
        ("meeting", Reason.OK),
        ("later_meeting", Reason.OK),
    ],
)
def test_p3_meeting_note_release_names_an_agreed_meeting_of_its_cell(
    t: Table, agreed_at: str, reason: Reason
) -> None:
    agreed = {"none": None, "unknown": 987_654}.get(agreed_at) or getattr(t, agreed_at, None)
    note = add_note(t.vault, "Waar werd dit afgesproken?", agenda_item_id=t.case_item)
    for kind, colleague in ((ReleaseKind.OWN_DOSSIER, None), (ReleaseKind.FEEDBACK, t.colleague)):
        verdict = may_release(
            t.vault,
            note,
            kind,
            colleague_id=colleague,
            agreed_meeting_id=agreed,
            info_owner_id=t.me,
        )
        assert verdict.reason is reason


def test_p3_own_reflection_needs_no_meeting_for_own_dossier(t: Table) -> None:
    note = add_note(t.vault, "Reflectie na het overleg", case_id=t.case)
    assert may_release(
        t.vault,
        note,
        ReleaseKind.OWN_DOSSIER,
        colleague_id=None,
        agreed_meeting_id=None,
        info_owner_id=t.me,
    )
    verdict = may_release(
        t.vault,
        note,
        ReleaseKind.OWN_DOSSIER,
        colleague_id=None,
        agreed_meeting_id=987_654,
        info_owner_id=t.me,
    )
    assert verdict.reason is Reason.AGREED_MEETING_INVALID


def test_p3_release_records_when_where_whose_and_is_audited(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Geheime inhoud xyzzy", agenda_item_id=t.case_item)
    release_id = release(
        v,
        note,
        ReleaseKind.FEEDBACK,
        info_owner_id=t.clb,
        agreed_meeting_id=t.later_meeting,
        colleague_id=t.colleague,
        owner_agreed_meeting_id=t.meeting,
    )
    (r,) = releases_of(v, note)
    assert r.owner_agreed_meeting_id == t.meeting
    assert (r.id, r.kind, r.colleague_id, r.agreed_meeting_id, r.info_owner_id) == (
        release_id,
        ReleaseKind.FEEDBACK,
        t.colleague,
        t.later_meeting,
        t.clb,
    )
    assert r.released_at == v.query("SELECT at FROM audit_event ORDER BY id DESC LIMIT 1")[0][0]
    assert r.active and r.revoked_at is None and r.relayed_at is None
    (event,) = audit(v, "released")
    assert event[1] == f"note:{note}"
    assert f"release:{release_id}" in event[2] and f"owner:{t.clb}" in event[2]
    assert f"owner_agreed:{t.meeting}" in event[2]
    assert all("xyzzy" not in field for e in audit(v) for field in e)


def test_p3_tightening_is_always_allowed_and_audited(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Terugnemen", agenda_item_id=t.case_item)
    release_id = t.release_own(note)
    tighten(v, release_id)
    tighten(v, release_id)  # twice: allowed, nothing more to do
    tighten(v, 987_654)  # unknown release: nothing to tighten
    make_table_only(v, note)  # already table-only: allowed
    (r,) = releases_of(v, note)
    assert not r.active and r.revoked_at is not None
    assert audit(v, "tightened") == [("tightened", f"note:{note}", f"release:{release_id}")]
    assert_stays_in(t, note)
    # Releasing again after tightening is a new, separate act.
    again = t.release_own(note)
    assert again != release_id and [x.active for x in releases_of(v, note)] == [False, True]


def test_p3_a_release_cannot_be_doubled(t: Table) -> None:
    note = add_note(t.vault, "Eén keer", agenda_item_id=t.case_item)
    t.release_own(note)
    t.release_feedback(note, t.colleague)
    for kind, colleague in ((ReleaseKind.OWN_DOSSIER, None), (ReleaseKind.FEEDBACK, t.colleague)):
        verdict = may_release(
            t.vault,
            note,
            kind,
            colleague_id=colleague,
            agreed_meeting_id=t.meeting,
            info_owner_id=t.me,
        )
        assert verdict.reason is Reason.ALREADY_RELEASED
    t.sit_in(t.colleague2)
    t.release_feedback(note, t.colleague2)  # another colleague is another release


def test_p3_refused_releases_change_nothing(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Blijft aan tafel", agenda_item_id=t.case_item)
    own_reflection = add_note(v, "Eigen reflectie")
    before = (release_rows(v), audit(v))
    attempts: list[tuple[int, ReleaseKind, int | None, int | None, int]] = [
        (note, ReleaseKind.OWN_DOSSIER, None, None, t.me),
        (note, ReleaseKind.OWN_DOSSIER, t.colleague, t.meeting, t.me),
        (note, ReleaseKind.FEEDBACK, t.stranger, t.meeting, t.me),
        (note, ReleaseKind.FEEDBACK, None, t.meeting, t.me),
        (note, ReleaseKind.LTF, None, t.meeting, t.me),
        (note, ReleaseKind.OWN_DOSSIER, None, t.earlier_meeting, t.me),
        (note, ReleaseKind.OWN_DOSSIER, None, t.meeting, 987_654),
        (own_reflection, ReleaseKind.FEEDBACK, t.colleague, t.meeting, t.me),
        (987_654, ReleaseKind.OWN_DOSSIER, None, t.meeting, t.me),
    ]
    for note_id, kind, colleague, agreed, owner in attempts:
        with pytest.raises(ReleaseRefused):
            release(
                v,
                note_id,
                kind,
                info_owner_id=owner,
                agreed_meeting_id=agreed,
                colleague_id=colleague,
            )
    assert (release_rows(v), audit(v)) == before
    assert_stays_in(t, note)


def test_p3_exports_made_before_tightening_stay_listed(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Naar het dossier", agenda_item_id=t.case_item)
    release_id = t.release_own(note)
    first = record_export(
        v,
        DocumentKind.DOSSIER_EXTRACT,
        document_notes(v, DocumentKind.DOSSIER_EXTRACT, case_id=t.case),
        case_id=t.case,
    )
    tighten(v, release_id)
    second = record_export(
        v,
        DocumentKind.DOSSIER_EXTRACT,
        document_notes(v, DocumentKind.DOSSIER_EXTRACT, case_id=t.case),
        case_id=t.case,
    )
    listed = exports_of_note(v, note)
    assert [e.id for e in listed] == [first]
    assert listed[0].note_ids == (note,)
    assert {e[1] for e in audit(v, "exported")} == {f"export:{first}", f"export:{second}"}


# ---------------------------------------------------------------------------- P4


def test_p4_feedback_only_to_represented_colleagues(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Terugkoppeling", agenda_item_id=t.case_item)
    # colleague2 is represented at the cell but the user did not sit in for them here
    assert feedback_candidates(v, note) == [t.colleague]
    t.sit_in(t.colleague2)
    assert feedback_candidates(v, note) == sorted([t.colleague, t.colleague2])
    for outsider in (t.stranger, t.mayor, t.me, t.police):
        verdict = may_release(
            v,
            note,
            ReleaseKind.FEEDBACK,
            colleague_id=outsider,
            agreed_meeting_id=t.meeting,
            info_owner_id=t.me,
        )
        assert verdict.reason is Reason.NOT_REPRESENTED, outsider
    t.release_feedback(note, t.colleague)
    assert note_label(v, note).colleague_ids == {t.colleague}

    stop_representing(v, t.cell, t.colleague2)
    verdict = may_release(
        v,
        note,
        ReleaseKind.FEEDBACK,
        colleague_id=t.colleague2,
        agreed_meeting_id=t.meeting,
        info_owner_id=t.me,
    )
    assert verdict.reason is Reason.NOT_REPRESENTED
    represent(v, t.cell, t.stranger)
    t.sit_in(t.stranger)
    t.release_feedback(note, t.stranger)


def test_p4_feedback_names_a_colleague(t: Table) -> None:
    note = add_note(t.vault, "Voor wie?", agenda_item_id=t.case_item)
    verdict = may_release(
        t.vault,
        note,
        ReleaseKind.FEEDBACK,
        colleague_id=None,
        agreed_meeting_id=t.meeting,
        info_owner_id=t.me,
    )
    assert not verdict


def test_p4_own_reflections_cannot_be_released_as_feedback(t: Table) -> None:
    v = t.vault
    for note in (add_note(v, "Reflectie"), add_note(v, "Reflectie bij casus", case_id=t.case)):
        assert feedback_candidates(v, note) == []
        verdict = may_release(
            v,
            note,
            ReleaseKind.FEEDBACK,
            colleague_id=t.colleague,
            agreed_meeting_id=t.meeting,
            info_owner_id=t.me,
        )
        assert verdict.reason is Reason.OWN_REFLECTION_AS_FEEDBACK


def test_p4_feedback_sheet_holds_only_what_was_released_to_that_colleague(t: Table) -> None:
    v = t.vault
    for_colleague = add_note(v, "Voor collega", agenda_item_id=t.case_item)
    for_colleague2 = add_note(v, "Voor collega 2", agenda_item_id=t.case_item)
    for_both = add_note(v, "Voor beiden", meeting_id=t.meeting)
    own_only = add_note(v, "Enkel eigen dossier", agenda_item_id=t.case_item)
    table_only = add_note(v, "Enkel aan tafel", agenda_item_id=t.case_item)
    withdrawn = add_note(v, "Teruggenomen", agenda_item_id=t.case_item)
    later = add_note(v, "Later overleg", agenda_item_id=_item(t, t.later_meeting))
    t.sit_in(t.colleague2)
    t.sit_in(t.colleague, t.later_meeting)

    t.release_feedback(for_colleague, t.colleague)
    t.release_feedback(for_colleague2, t.colleague2)
    t.release_feedback(for_both, t.colleague)
    t.release_feedback(for_both, t.colleague2)
    t.release_own(own_only)
    tighten(v, t.release_feedback(withdrawn, t.colleague))
    t.release_feedback(later, t.colleague)

    def sheet(colleague: int | None, **kw: int) -> list[int]:
        return document_notes(v, DocumentKind.FEEDBACK_SHEET, colleague_id=colleague, **kw)

    assert sheet(t.colleague) == [for_colleague, for_both, later]
    assert sheet(t.colleague2) == [for_colleague2, for_both]
    assert sheet(t.colleague, meeting_id=t.meeting) == [for_colleague, for_both]
    assert sheet(t.colleague, case_id=t.case) == [for_colleague, later]
    for nobody in (None, t.stranger, t.me, t.mayor):
        assert sheet(nobody) == []
    assert table_only not in sheet(t.colleague) + sheet(t.colleague2)
    assert own_only not in sheet(t.colleague) + sheet(t.colleague2)


def test_p4_ending_a_representation_withdraws_its_feedback(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Voor collega", agenda_item_id=t.case_item)
    release_id = t.release_feedback(note, t.colleague)
    assert stop_representing(v, t.cell, t.colleague) == [release_id]
    assert document_notes(v, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague) == []
    assert note_label(v, note).table_only
    assert not may_leave(v, note, Channel.CLIPBOARD)
    assert audit(v, "tightened")[-1][1] == f"note:{note}"
    # Representing again does not bring old feedback back: releasing is an act (P3).
    represent(v, t.cell, t.colleague)
    assert document_notes(v, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague) == []


def test_p4_relaying_feedback_is_recorded(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Doorgeven", agenda_item_id=t.case_item)
    feedback = t.release_feedback(note, t.colleague)
    own = t.release_own(note)
    mark_relayed(v, feedback)
    assert releases_of(v, note)[0].relayed_at is not None
    assert audit(v, "relayed")[0][1] == f"release:{feedback}"
    with pytest.raises(KeyError):
        mark_relayed(v, own)  # only feedback is relayed
    tighten(v, feedback)
    with pytest.raises(KeyError):
        mark_relayed(v, feedback)  # withdrawn feedback is not handed over


def _item(t: Table, meeting_id: int) -> int:
    return int(
        t.vault.query(
            "SELECT id FROM agenda_item WHERE meeting_id = ? AND kind = 'case'", (meeting_id,)
        )[0][0]
    )


# ---------------------------------------------------------------------------- P5


def ids(people: object) -> set[int]:
    return {p.id for p in people}  # type: ignore[attr-defined]


def test_p5_scope_is_who_was_present_for_the_item(t: Table) -> None:
    v = t.vault
    on_case = add_note(v, "Casus", agenda_item_id=t.case_item)
    at_opening = add_note(v, "Opening", agenda_item_id=t.opening)
    whole = {t.me, t.mayor, t.police, t.clb}
    assert ids(note_scope(v, on_case).people) == whole | {t.adhoc}, "ad hoc for this case"
    assert ids(note_scope(v, at_opening).people) == whole, "ad hoc joined for the case only"
    assert not note_scope(v, on_case).own_reflection

    set_item_presence(v, t.case_item, t.mayor, False)  # the mayor left the room
    assert ids(note_scope(v, on_case).people) == whole - {t.mayor} | {t.adhoc}
    assert ids(note_scope(v, at_opening).people) == whole
    for outside in (t.colleague, t.absent, t.excused, t.stranger):
        assert outside not in ids(note_scope(v, on_case).people)


def test_p5_item_presence_counts_only_for_people_at_the_meeting(t: Table) -> None:
    v = t.vault
    set_item_presence(v, t.case_item, t.absent, True)  # absent stays absent
    with pytest.raises(ValueError, match="attendance"):  # no attendance row: refused
        set_item_presence(v, t.case_item, t.stranger, True)
    # joined for no item yet
    set_attendance(
        v, t.meeting, t.colleague2, AttendanceStatus.PRESENT, ad_hoc=True, whole_meeting=False
    )
    scope = ids(present_for_item(v, t.case_item))
    assert not scope & {t.absent, t.stranger, t.colleague2}


def test_p5_own_reflections_say_so(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Gedachte op de trein", case_id=t.case)
    assert get_note(v, note).own_reflection
    scope = note_scope(v, note)
    assert scope.own_reflection and scope.people == ()
    motivation = get_assessment(v, save_assessment(v, t.cell, {}, None, "motivatie"))
    assert motivation.motivation_note_id is not None
    assert note_scope(v, motivation.motivation_note_id).own_reflection


def test_p5_meeting_note_scope_is_everyone_present_prepared_input_only_two(t: Table) -> None:
    v = t.vault
    note = add_note(v, "Over het hele overleg", meeting_id=t.meeting)
    prepared = add_prepared_input(v, t.colleague, t.meeting, "Voorbereid")
    prepared_note = int(
        v.query("SELECT note_id FROM prepared_input WHERE id = ?", (prepared,))[0][0]
    )
    expected = {t.me, t.mayor, t.police, t.clb, t.adhoc}
    assert ids(note_scope(v, note).people) == expected
    # Input prepared with a colleague before the table: only the user and the colleague.
    assert ids(note_scope(v, prepared_note).people) == {t.me, t.colleague}
    assert not get_note(v, note).own_reflection


def test_p5_note_takes_meeting_and_case_from_its_agenda_item(t: Table) -> None:
    v = t.vault
    note = get_note(v, add_note(v, "Bij de casus", agenda_item_id=t.case_item))
    assert (note.meeting_id, note.agenda_item_id, note.case_id) == (
        t.meeting,
        t.case_item,
        t.case,
    )
    with pytest.raises(ValueError, match="another meeting"):
        add_note(v, "x", meeting_id=t.later_meeting, agenda_item_id=t.case_item)
    with pytest.raises(KeyError):
        add_note(v, "x", agenda_item_id=987_654)


# ---------------------------------------------------------------------------- P6

ROOM = ("me", "mayor", "police", "clb")
"""Present for every item; ``adhoc`` only for the case item. The user sits in for
``colleague`` (their own record): at the table the user is the member (P6, revised)."""


def votes(t: Table, **given: Position) -> dict[int, Position]:
    """Positions by attribute name."""
    return {getattr(t, name): position for name, position in given.items()}


def all_approve(t: Table) -> dict[int, Position]:
    return votes(t, **dict.fromkeys(ROOM, APPROVE), adhoc=APPROVE)


def test_p6_everyone_present_approving_is_agreed(t: Table) -> None:
    result = item_consensus(t.vault, t.case_item, all_approve(t))
    assert result.agreed
    assert result.required == {t.me, t.mayor, t.police, t.clb, t.adhoc}


@pytest.mark.parametrize("who", [*ROOM, "adhoc"])
def test_p6_abstention_is_not_approval(t: Table, who: str) -> None:
    positions = all_approve(t)
    positions[getattr(t, who)] = ABSTAIN
    result = item_consensus(t.vault, t.case_item, positions)
    assert not result.agreed
    assert result.abstained == {getattr(t, who)}


@pytest.mark.parametrize("who", [*ROOM, "adhoc"])
def test_p6_a_missing_position_is_not_approval(t: Table, who: str) -> None:
    positions = all_approve(t)
    del positions[getattr(t, who)]
    result = item_consensus(t.vault, t.case_item, positions)
    assert not result.agreed
    assert result.missing == {getattr(t, who)}


def test_p6_an_objection_blocks(t: Table) -> None:
    positions = all_approve(t) | votes(t, police=OBJECT)
    result = item_consensus(t.vault, t.case_item, positions)
    assert not result.agreed and result.objected == {t.police}


def test_p6_the_permanent_representative_is_the_member_with_one_position(t: Table) -> None:
    """P6 (revised, review C2): the user sits in for ``colleague``; at the table the user is
    the member, with one position for the organisation. The colleague is not required, and
    a position typed in for them counts for nothing: only the user's own decides."""
    assert sat_in_for(t.vault, t.meeting) == [t.colleague]
    result = item_consensus(t.vault, t.case_item, all_approve(t))
    assert result.agreed and t.colleague not in result.required
    assert item_consensus(t.vault, t.case_item, all_approve(t) | {t.colleague: OBJECT}).agreed
    mine = item_consensus(t.vault, t.case_item, all_approve(t) | {t.me: OBJECT})
    assert not mine.agreed and mine.objected == {t.me}
    without_me = all_approve(t)
    del without_me[t.me]
    result = item_consensus(t.vault, t.case_item, without_me | {t.colleague: APPROVE})
    assert not result.agreed and result.missing == {t.me}, "the colleague cannot stand in"


def test_p6_the_represented_colleague_is_never_in_attendance(t: Table) -> None:
    """P6 (revised): whom the user sits in for is their own record, not attendance: the
    colleague is in no attendance row, no note's scope and no consensus."""
    note = add_note(t.vault, "Casusnotitie", agenda_item_id=t.case_item)
    assert t.colleague not in {a.person_id for a in attendance(t.vault, t.meeting)}
    assert t.colleague not in {p.id for p in note_scope(t.vault, note).people}
    assert t.colleague not in {p.id for p in present_for_item(t.vault, t.case_item)}
    decision, result = record_ltf_form(
        t.vault, t.case_item, "Fiche", all_approve(t), info_owner_id=t.me
    )
    assert result.agreed and t.colleague not in positions(t.vault, decision)


def test_p6_a_representative_out_of_the_room_is_not_required_for_that_case(t: Table) -> None:
    set_item_presence(t.vault, t.case_item, t.me, False)  # the representative left the room
    positions_given = all_approve(t)
    del positions_given[t.me]
    result = item_consensus(t.vault, t.case_item, positions_given)
    assert result.agreed
    assert result.required == {t.mayor, t.police, t.clb, t.adhoc}


def test_p6_ad_hoc_participants_count_for_every_form_on_their_case(t: Table) -> None:
    """P6 (revised): a form about the case needs the ad hoc participant who joined for the
    case item, also when it is recorded at the general "Beslissingen LTF" item."""
    on_case = item_consensus(t.vault, t.case_item, all_approve(t))
    on_ltf = item_consensus(t.vault, t.ltf_item, all_approve(t), case_id=t.case)
    assert t.adhoc in on_case.required and t.adhoc in on_ltf.required
    assert on_ltf.required == on_case.required and on_ltf.agreed
    without_adhoc = all_approve(t)
    del without_adhoc[t.adhoc]
    assert not item_consensus(t.vault, t.case_item, without_adhoc).agreed
    result = item_consensus(t.vault, t.ltf_item, without_adhoc, case_id=t.case)
    assert not result.agreed and result.missing == {t.adhoc}


def test_p6_review_appendix_script_a_clb_worker_of_the_case_is_required(t: Table) -> None:
    """Regression (domain review C1, appendix script A): a CLB worker present ad hoc for
    the case item only; the form recorded at the LTF item with only the user and the
    information officer approving is not agreed, and is recorded as not passed on."""
    v = t.vault
    clb = add_person(v, "CLB Adhoc", Role.CLB, organisation="CLB Elders")
    set_attendance(v, t.meeting, clb, AttendanceStatus.PRESENT, ad_hoc=True, whole_meeting=False)
    set_item_presence(v, t.case_item, clb, True)
    assert clb in {p.id for p in present_for_item(v, t.case_item)}
    assert clb not in {p.id for p in present_for_item(v, t.ltf_item)}
    two = votes(t, me=APPROVE, police=APPROVE)
    result = item_consensus(v, t.ltf_item, two, case_id=t.case)
    assert not result.agreed and clb in result.required and clb in result.missing
    decision, recorded = record_ltf_form(
        v, t.ltf_item, "Fiche", two | all_approve(t), info_owner_id=t.me, case_id=t.case
    )
    assert not recorded.agreed and clb in recorded.out_of_room
    assert get_decision(v, decision).outcome is DecisionOutcome.NOT_PASSED_ON
    assert may_make_document(v, DocumentKind.LTF_RECORD, decision_id=decision).reason is (
        Reason.NO_CONSENSUS
    )
    # With the CLB worker's approval (given before they left), it is agreed.
    _, result = record_ltf_form(
        v,
        t.ltf_item,
        "Fiche",
        all_approve(t) | {clb: APPROVE},
        info_owner_id=t.me,
        case_id=t.case,
    )
    assert result.agreed and clb in result.out_of_room


def test_p6_a_form_belongs_to_a_case_on_the_agenda(t: Table) -> None:
    v = t.vault
    with pytest.raises(ValueError, match="case"):
        record_ltf_form(v, t.ltf_item, "Fiche", all_approve(t), info_owner_id=t.me)
    with pytest.raises(ValueError, match="agenda"):  # not on this meeting's agenda
        record_ltf_form(
            v, t.ltf_item, "Fiche", all_approve(t), info_owner_id=t.me, case_id=t.minor_case
        )
    with pytest.raises(ValueError, match="case"):  # a case item's form is about its own case
        record_ltf_form(
            v, t.case_item, "Fiche", all_approve(t), info_owner_id=t.me, case_id=t.minor_case
        )
    decision, _ = record_ltf_form(
        v, t.ltf_item, "Fiche", all_approve(t), info_owner_id=t.me, case_id=t.case
    )
    text = get_decision(v, decision).text_note_id
    assert text is not None and get_note(v, text).case_id == t.case
    assert get_note(v, text).agenda_item_id == t.ltf_item


def test_p6_someone_who_left_the_room_is_named_and_still_required(t: Table) -> None:
    """P6 (revised): present for the case but out of the room when the form is recorded."""
    v = t.vault
    set_item_presence(v, t.ltf_item, t.clb, False)  # left, e.g. for a conflict of interest
    result = item_consensus(v, t.ltf_item, all_approve(t), case_id=t.case)
    assert t.clb in result.required and result.out_of_room == {t.adhoc, t.clb}
    assert result.agreed  # their approval was given: it counts
    without = all_approve(t)
    del without[t.clb]
    result = item_consensus(v, t.ltf_item, without, case_id=t.case)
    assert not result.agreed and result.missing == {t.clb}
    # Leaving the case item itself, while present for the LTF item: still required.
    set_item_presence(v, t.ltf_item, t.clb, True)
    set_item_presence(v, t.case_item, t.clb, False)
    assert t.clb in item_consensus(v, t.ltf_item, without, case_id=t.case).missing


def test_p6_every_owner_of_the_information_is_required(t: Table) -> None:
    """P6 (revised): the owner of the information the form draws on must approve, even
    when not in the room for the case item (they left it)."""
    v = t.vault
    set_item_presence(v, t.case_item, t.clb, False)
    positions_given = all_approve(t)
    del positions_given[t.clb]
    assert item_consensus(v, t.case_item, positions_given).agreed  # not the owner: not needed
    result = item_consensus(v, t.case_item, positions_given, owners={t.clb})
    assert not result.agreed and result.missing == {t.clb} and result.out_of_room == {t.clb}
    decision, recorded = record_ltf_form(
        v, t.case_item, "Fiche", positions_given, info_owner_id=t.clb
    )
    assert not recorded.agreed
    assert get_decision(v, decision).outcome is DecisionOutcome.NOT_PASSED_ON
    _, recorded = record_ltf_form(v, t.case_item, "Fiche", all_approve(t), info_owner_id=t.clb)
    assert recorded.agreed


def test_p6_people_not_present_for_the_item_are_not_required(t: Table) -> None:
    set_item_presence(t.vault, t.case_item, t.clb, False)
    positions = all_approve(t) | votes(
        t, clb=OBJECT, absent=OBJECT, excused=ABSTAIN, stranger=OBJECT
    )
    result = item_consensus(t.vault, t.case_item, positions)
    assert result.agreed
    assert not result.required & {t.clb, t.absent, t.excused, t.stranger}


def test_p6_no_required_members_is_not_agreed(t: Table) -> None:
    assert not consensus(set(), {}).agreed
    assert not consensus(set(), {1: APPROVE}, owners={1}).agreed, "an owner alone is no table"
    empty = _item(t, t.later_meeting)  # nobody's attendance recorded
    decision, result = record_ltf_form(
        t.vault, empty, "Niemand aanwezig", {t.me: APPROVE}, info_owner_id=t.me
    )
    # The owner of the information is required, but an owner alone is no table.
    assert not result.agreed and result.required == {t.me}
    assert get_decision(t.vault, decision).outcome is DecisionOutcome.NOT_PASSED_ON


def test_p6_without_consensus_the_form_is_recorded_as_not_passed_on(t: Table) -> None:
    v = t.vault
    positions_given = all_approve(t) | votes(t, clb=ABSTAIN)
    decision, result = record_ltf_form(v, t.case_item, "Fiche", positions_given, info_owner_id=t.me)
    d = get_decision(v, decision)
    assert not result.agreed
    assert (d.kind, d.outcome, d.agenda_item_id, d.meeting_id) == (
        DecisionKind.LTF_FORM,
        DecisionOutcome.NOT_PASSED_ON,
        t.case_item,
        t.meeting,
    )
    assert positions(v, decision) == positions_given
    assert d.text_note_id is not None
    assert_stays_in(t, d.text_note_id)
    assert get_note(v, d.text_note_id).kind is NoteKind.LTF_FORM_TEXT
    assert audit(v, "ltf_form") == [("ltf_form", f"decision:{decision}", "outcome:not_passed_on")]
    verdict = may_release(
        v,
        d.text_note_id,
        ReleaseKind.LTF,
        colleague_id=None,
        agreed_meeting_id=t.meeting,
        info_owner_id=t.me,
    )
    assert verdict.reason is Reason.NO_CONSENSUS


def test_p6_ltf_record_holds_the_form_text_only_when_agreed(t: Table) -> None:
    v = t.vault
    refused, _ = record_ltf_form(
        v, t.case_item, "Geen akkoord", all_approve(t) | votes(t, adhoc=OBJECT), info_owner_id=t.me
    )
    assert (
        may_make_document(v, DocumentKind.LTF_RECORD, decision_id=refused).reason
        is Reason.NO_CONSENSUS
    )
    assert document_notes(v, DocumentKind.LTF_RECORD, decision_id=refused) == []
    agreed, _ = record_ltf_form(v, t.case_item, "Akkoord", all_approve(t), info_owner_id=t.me)
    agreed_text = get_decision(v, agreed).text_note_id
    assert get_decision(v, agreed).outcome is DecisionOutcome.AGREED
    assert may_make_document(v, DocumentKind.LTF_RECORD, decision_id=agreed)
    assert document_notes(v, DocumentKind.LTF_RECORD, decision_id=agreed) == [agreed_text]
    other = record_other(v, t.case_item, "Ander besluit")
    for not_a_form in (other, None, 987_654):
        assert (
            may_make_document(v, DocumentKind.LTF_RECORD, decision_id=not_a_form).reason
            is Reason.NOT_AN_LTF_FORM
        )
        assert document_notes(v, DocumentKind.LTF_RECORD, decision_id=not_a_form) == []
    # A table note never becomes the LTF text, even if the form was agreed.
    note = add_note(v, "Tafelnotitie", agenda_item_id=t.case_item)
    assert (
        may_release(
            v,
            note,
            ReleaseKind.LTF,
            colleague_id=None,
            agreed_meeting_id=t.meeting,
            info_owner_id=t.me,
        ).reason
        is Reason.NO_CONSENSUS
    )


def test_p6_an_agreed_form_is_released_once_and_only_to_the_ltf(t: Table) -> None:
    v = t.vault
    agreed, _ = record_ltf_form(v, t.case_item, "Akkoord", all_approve(t), info_owner_id=t.me)
    text = get_decision(v, agreed).text_note_id
    assert text is not None
    (r,) = releases_of(v, text)
    assert (r.kind, r.colleague_id, r.agreed_meeting_id, r.info_owner_id) == (
        ReleaseKind.LTF,
        None,
        t.meeting,
        t.me,
    )
    assert (
        may_release(
            v,
            text,
            ReleaseKind.LTF,
            colleague_id=None,
            agreed_meeting_id=t.meeting,
            info_owner_id=t.me,
        ).reason
        is Reason.ALREADY_RELEASED
    )


# ---------------------------------------------------------------------------- P7


def inform(t: Table, **overrides: object) -> int:
    args: dict[str, object] = {"all_agree": True, "fact_only": True}
    args.update(overrides)
    return record_inform_person(t.vault, t.case_item, **args)  # type: ignore[arg-type]


def test_p7_informing_the_person_is_allowed_with_all_three_conditions(t: Table) -> None:
    before = len(list_notes(t.vault))
    decision = get_decision(t.vault, inform(t))
    assert (decision.kind, decision.outcome) == (
        DecisionKind.INFORM_PERSON,
        DecisionOutcome.ALLOWED,
    )
    assert (decision.all_agree, decision.fact_only, decision.no_investigation_risk) == (
        True,
        True,
        True,
    )
    assert [(s.person_id, s.risk_indicated) for s in police_statements(t.vault, decision.id)] == [
        (t.police, False)
    ], "who spoke for the police: the information officer present, no risk indicated"
    assert decision.text_note_id is None and len(list_notes(t.vault)) == before
    assert audit(t.vault, "inform_person")[0][2] == "outcome:allowed"


@pytest.mark.parametrize("missing", ["all_agree", "fact_only", "risk_indicated_by"])
def test_p7_each_missing_condition_refuses(t: Table, missing: str) -> None:
    value: object = {t.police} if missing == "risk_indicated_by" else False
    decision = get_decision(t.vault, inform(t, **{missing: value}))
    assert decision.outcome is DecisionOutcome.NOT_ALLOWED


def test_p7_only_a_police_participant_speaks_for_condition_3(t: Table) -> None:
    for not_police in (t.mayor, t.clb, t.me, t.adhoc):
        with pytest.raises(ValueError, match="police participant"):
            inform(t, risk_indicated_by={not_police})
    assert t.vault.query("SELECT count(*) FROM decision")[0][0] == 0


def test_p7_without_police_present_for_the_item_the_question_stays_open(t: Table) -> None:
    v = t.vault
    set_item_presence(v, t.case_item, t.police, False)
    assert get_decision(v, inform(t)).outcome is DecisionOutcome.OPEN
    set_item_presence(v, t.case_item, t.police, True)
    assert get_decision(v, inform(t)).outcome is DecisionOutcome.ALLOWED
    set_attendance(v, t.meeting, t.police, AttendanceStatus.EXCUSED)
    assert get_decision(v, inform(t)).outcome is DecisionOutcome.OPEN
    # Another police participant in the room speaks for the police.
    chief = add_person(v, "Korpschef Denkbeeldig", Role.POLICE_CHIEF)
    set_attendance(v, t.meeting, chief, AttendanceStatus.PRESENT, ad_hoc=True)
    assert get_decision(v, inform(t)).outcome is DecisionOutcome.ALLOWED
    assert get_decision(v, inform(t, risk_indicated_by={chief})).outcome is (
        DecisionOutcome.NOT_ALLOWED
    )


def test_p7_notice_to_the_person_holds_no_note_at_all(t: Table) -> None:
    v = t.vault
    refused = inform(t, fact_only=False)
    assert may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=refused).reason is (
        Reason.CONDITIONS_MISSING
    )
    allowed = inform(t)  # the latest decision on the case governs (P7)
    released = add_note(v, "Vrijgegeven inhoud over de casus", agenda_item_id=t.case_item)
    t.release_own(released)
    t.release_feedback(released, t.colleague)
    ltf, _ = record_ltf_form(v, t.case_item, "Akkoord", all_approve(t), info_owner_id=t.me)
    assert may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=allowed)
    for decision, reason in (
        (refused, Reason.SUPERSEDED),
        (ltf, Reason.NOT_AN_INFORM_DECISION),
        (None, Reason.NOT_AN_INFORM_DECISION),
        (987_654, Reason.NOT_AN_INFORM_DECISION),
    ):
        verdict = may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=decision)
        assert verdict.reason is reason
    assert all(
        ids == [] for kind, ids in every_document(t) if kind is DocumentKind.NOTICE_TO_PERSON
    )
    assert (
        document_notes(
            v,
            DocumentKind.NOTICE_TO_PERSON,
            decision_id=allowed,
            case_id=t.case,
            meeting_id=t.meeting,
            colleague_id=t.colleague,
        )
        == []
    )


def _inform_at(t: Table, meeting_id: int, *, risk: bool) -> int:
    """An informing decision on ``t.case`` at the case item of ``meeting_id``, with the
    information officer present and indicating a risk for an investigation or not."""
    item = _item(t, meeting_id)
    set_attendance(t.vault, meeting_id, t.police, AttendanceStatus.PRESENT, briefed=True)
    return record_inform_person(
        t.vault,
        item,
        all_agree=True,
        fact_only=True,
        risk_indicated_by={t.police} if risk else frozenset(),
    )


def test_p7_review_appendix_script_b_the_latest_informing_decision_governs(t: Table) -> None:
    """Regression (domain review C3, appendix script B): "allowed" at one meeting, then
    "not allowed" at the next (police now see a risk). The first makes no notice any more,
    the feedback sheet's line is gone and the document dialog does not offer it."""
    v = t.vault
    first = _inform_at(t, t.meeting, risk=False)
    assert may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=first)
    assert _inform_allowed(v, t.case)
    assert [c.id for c in document_choices(v).inform_decisions] == [first]
    second = _inform_at(t, t.later_meeting, risk=True)
    assert get_decision(v, second).outcome is DecisionOutcome.NOT_ALLOWED
    verdict = may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=first)
    assert not verdict and verdict.reason is Reason.SUPERSEDED
    assert superseded_by(v, first) == second and superseded_by(v, second) is None
    assert latest_decision(v, t.case, DecisionKind.INFORM_PERSON) == second
    assert not _inform_allowed(v, t.case)
    assert document_choices(v).inform_decisions == ()


def test_p7_latest_means_the_latest_meeting_not_the_last_typed(t: Table) -> None:
    """A decision entered afterwards for an earlier meeting does not replace the one of a
    later meeting; within one meeting, the one recorded last governs."""
    v = t.vault
    later = _inform_at(t, t.later_meeting, risk=False)
    earlier = _inform_at(t, t.earlier_meeting, risk=True)  # typed in afterwards
    assert superseded_by(v, earlier) == later and superseded_by(v, later) is None
    assert may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=later)
    again = _inform_at(t, t.later_meeting, risk=True)  # same meeting, recorded last
    assert superseded_by(v, later) == again
    assert not _inform_allowed(v, t.case)


def test_p7_decisions_on_other_cases_do_not_supersede(t: Table) -> None:
    v = t.vault
    allowed = inform(t)
    other = add_agenda_item(v, t.meeting, AgendaItemKind.CASE, case_id=t.minor_case)
    record_inform_person(v, other, all_agree=False, fact_only=True)
    assert superseded_by(v, allowed) is None
    assert may_make_document(v, DocumentKind.NOTICE_TO_PERSON, decision_id=allowed)


def test_p6_a_later_consensus_round_on_the_same_case_supersedes_the_earlier_form(
    t: Table,
) -> None:
    """Decided for P6 as for P7: the latest LTF form per case governs. An agreed form
    followed by a round without consensus on the same case (at the case item or at
    "Beslissingen LTF") makes no LTF record any more; the earlier release stays on record."""
    v = t.vault
    agreed, _ = record_ltf_form(v, t.case_item, "Akkoord", all_approve(t), info_owner_id=t.me)
    assert document_notes(v, DocumentKind.LTF_RECORD, decision_id=agreed)
    refused, result = record_ltf_form(
        v,
        t.ltf_item,
        "Toch niet",
        all_approve(t) | votes(t, police=OBJECT),
        info_owner_id=t.me,
        case_id=t.case,
    )
    assert not result.agreed
    verdict = may_make_document(v, DocumentKind.LTF_RECORD, decision_id=agreed)
    assert verdict.reason is Reason.SUPERSEDED
    assert document_notes(v, DocumentKind.LTF_RECORD, decision_id=agreed) == []
    assert document_choices(v).ltf_decisions == ()
    assert superseded_by(v, agreed) == refused
    # A new agreed round governs again, with its own text.
    third, _ = record_ltf_form(
        v, t.case_item, "Opnieuw akkoord", all_approve(t), info_owner_id=t.me
    )
    assert [c.id for c in document_choices(v).ltf_decisions] == [third]


# ---------------------------------------------------------------------------- P8


def test_p8_case_table_has_no_name_or_birth_date_column(vault: Vault) -> None:
    columns = [str(r[1]).lower() for r in vault.query("PRAGMA table_info(casus)")]
    assert "code" in columns
    for word in ("name", "naam", "birth", "geboorte", "dob", "born", "age", "leeftijd"):
        assert not [c for c in columns if word in c], word


@pytest.mark.parametrize(
    "code",
    [
        "12.03.2009",
        "12-03-2009",
        "12/03/2009",
        "2009-03-12",
        "2009.3.12",
        "1-3-09",
        "20090312",
        "120309",
        "X-12.03.2009",
        "12_03_2009",
        "2009_03_12",
        "12mrt2009",
        "3-juin-09",
        "1Maart09",
        "Jan Peeters",
        "Jan  P",
        "an\tna",
        "",
        "   ",
        "x" * 33,
        "é-001",
        "-001",
        "C 001",
        "C;001",
        "C\x00001",
    ],
)
def test_p8_case_codes_refuse_dates_names_and_odd_characters(vault: Vault, code: str) -> None:
    with pytest.raises(CaseCodeRejected):
        check_case_code(code)
    cell = add_cell(vault, "Cel")
    with pytest.raises(CaseCodeRejected):
        add_case(vault, cell, code)
    assert list_cases(vault) == []


@pytest.mark.parametrize(
    "code", ["FIC-001", "2026/17", "C.12", "a_b", "A12345", "X" * 32, "MRT-17", "K12DEC"]
)
def test_p8_pseudonymous_codes_are_accepted(code: str) -> None:
    assert check_case_code(f"  {code} ") == code


def test_p8_minor_case_is_flagged_until_both_stepwise_answers(
    vault: Vault, vault_path: Path
) -> None:
    t = build_table(vault)
    assert [c.id for c in flagged_cases(vault)] == [t.minor_case]
    assert stepwise_check_due(vault, t.minor_case) and not stepwise_check_due(vault, t.case)
    record_stepwise_check(vault, t.minor_case, care_first=True, clear_signs=None)
    assert [c.id for c in flagged_cases(vault)] == [t.minor_case]
    record_stepwise_check(vault, t.minor_case, care_first=None, clear_signs=False)
    assert stepwise_check_due(vault, t.minor_case)
    record_stepwise_check(vault, t.minor_case, care_first=False, clear_signs=True)
    assert flagged_cases(vault) == [] and not stepwise_check_due(vault, t.minor_case)
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        case = get_case(again, t.minor_case)
        assert (case.care_first, case.clear_signs, case.subject_is_minor) == (False, True, True)
        assert flagged_cases(again) == []
        answered = again.query(
            "SELECT stepwise_answered_at FROM casus WHERE id = ?", (t.minor_case,)
        )[0][0]
        assert answered is not None


def test_p8_an_open_check_never_blocks_typing(t: Table) -> None:
    v = t.vault
    minor_meeting_item = add_case_item(t, t.minor_case)
    assert stepwise_check_due(v, t.minor_case)
    texts = [
        add_note(v, "Eerste woord", agenda_item_id=minor_meeting_item),
        add_note(v, "Eigen reflectie", case_id=t.minor_case),
        record_other_text(t, minor_meeting_item),
    ]
    assert [get_note(v, n).case_id for n in texts] == [t.minor_case] * 3
    assert stepwise_check_due(v, t.minor_case), "still flagged after typing"


def add_case_item(t: Table, case_id: int) -> int:
    return add_agenda_item(t.vault, t.meeting, AgendaItemKind.CASE, case_id=case_id)


def record_other_text(t: Table, item: int) -> int:
    text = get_decision(t.vault, record_other(t.vault, item, "Besluit")).text_note_id
    assert text is not None
    return text


def test_p8_minors_in_context_are_recorded_and_adults_are_not_flagged(vault: Vault) -> None:
    cell = add_cell(vault, "Cel")
    adult = add_case(vault, cell, "VOL-1", minors_in_context=True)
    case = get_case(vault, adult)
    assert case.minors_in_context and not case.subject_is_minor
    assert not case.stepwise_check_open and flagged_cases(vault) == []


# ---------------------------------------------------------------------------- P9


def test_p9_attendance_records_briefing_for_everyone_including_ad_hoc(t: Table) -> None:
    v = t.vault
    rows = {a.person_id: a for a in attendance(v, t.meeting)}
    assert rows[t.adhoc].ad_hoc and not rows[t.adhoc].briefed
    assert not rows[t.adhoc].whole_meeting
    assert all(rows[getattr(t, p)].briefed for p in ROOM)
    set_briefed(v, t.meeting, t.adhoc)
    assert {a.person_id: a for a in attendance(v, t.meeting)}[t.adhoc].briefed
    with pytest.raises(KeyError):
        set_briefed(v, t.meeting, t.stranger)  # not at this meeting


def test_p9_unbriefed_people_in_the_room_are_listed(t: Table) -> None:
    v = t.vault
    set_attendance(v, t.meeting, t.colleague2, AttendanceStatus.PRESENT, ad_hoc=True)
    assert ids(unbriefed_present(v, t.case_item)) == {t.adhoc, t.colleague2}
    assert ids(unbriefed_present(v, t.opening)) == {t.colleague2}, "adhoc not in the room yet"
    set_briefed(v, t.meeting, t.adhoc)
    set_briefed(v, t.meeting, t.colleague2)
    assert unbriefed_present(v, t.case_item) == []
    set_briefed(v, t.meeting, t.mayor, False)
    set_item_presence(v, t.case_item, t.mayor, False)
    assert unbriefed_present(v, t.case_item) == [], "the mayor left the room for this item"
    assert ids(unbriefed_present(v, t.opening)) == {t.mayor}


# ---------------------------------------------------------------------------- P10

NO_FRAMEWORK: dict[str, Answer | None] = {
    q: Answer.NO if q == "framework_known" else Answer.YES for q in QUESTIONS
}


def test_p10_a_motivated_refusal_is_stored(t: Table, vault_path: Path) -> None:
    # Not taking part is proposed when there is no openness to raise the doubt (C19).
    assert suggested_conclusion(NO_FRAMEWORK, Answer.NO) is Conclusion.DECLINE
    text = "Er is geen afsprakenkader dat alle deelnemers kennen."
    assessment = save_assessment(t.vault, t.cell, NO_FRAMEWORK, Conclusion.DECLINE, text)
    t.vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        stored = get_assessment(again, assessment)
        assert stored.conclusion is Conclusion.DECLINE
        assert stored.answers == NO_FRAMEWORK
        assert stored.motivation_note_id is not None
        motivation = get_note(again, stored.motivation_note_id)
        assert motivation.body == text and motivation.kind is NoteKind.MOTIVATION


def test_p10_motivation_is_table_only_and_enters_only_the_letter_by_its_own_step(
    t: Table,
) -> None:
    """The motivation is the user's own text for the mayor (P10, review C10): it stays
    in the vault, goes into the letter only by the step "include my motivation in the
    letter", and an own-dossier release no longer decides anything about the letter."""
    v = t.vault
    assessment = save_assessment(v, t.cell, NO_FRAMEWORK, Conclusion.DECLINE, "Geen vertrouwen")
    note = get_assessment(v, assessment).motivation_note_id
    assert note is not None
    assert_stays_in(t, note)
    assert document_notes(v, DocumentKind.REFUSAL_LETTER, assessment_id=assessment) == []
    letter = DocumentKind.REFUSAL_LETTER
    assert document_notes(v, letter, assessment_id=assessment, with_motivation=True) == [note]
    with pytest.raises(ReleaseRefused):
        release(
            v,
            note,
            ReleaseKind.FEEDBACK,
            info_owner_id=t.me,
            agreed_meeting_id=None,
            colleague_id=t.colleague,
        )
    own = release(v, note, ReleaseKind.OWN_DOSSIER, info_owner_id=t.me, agreed_meeting_id=None)
    assert document_notes(v, DocumentKind.REFUSAL_LETTER, assessment_id=assessment) == []
    # Revising the assessment keeps the same motivation note and its history; the letter
    # holds the motivation as it now stands.
    save_assessment(
        v,
        t.cell,
        NO_FRAMEWORK,
        Conclusion.DECLINE,
        "Geen vertrouwen, uitgewerkt",
        assessment_id=assessment,
    )
    assert get_assessment(v, assessment).motivation_note_id == note
    (version,) = document_versions(v, letter, assessment_id=assessment, with_motivation=True)
    assert version.body == "Geen vertrouwen, uitgewerkt"
    tighten(v, own)
    assert document_notes(v, letter, assessment_id=assessment, with_motivation=True) == [note]


def test_p10_no_motivation_no_note(t: Table) -> None:
    before = len(list_notes(t.vault))
    assessment = save_assessment(t.vault, t.cell, {}, Conclusion.DECLINE)
    assert get_assessment(t.vault, assessment).motivation_note_id is None
    assert len(list_notes(t.vault)) == before
    save_assessment(
        t.vault, t.cell, {}, Conclusion.DECLINE, "Later gemotiveerd", assessment_id=assessment
    )
    note = get_assessment(t.vault, assessment).motivation_note_id
    assert note is not None and note_label(t.vault, note).table_only


def test_p10_unknown_questions_are_refused(t: Table) -> None:
    with pytest.raises(ValueError, match="unknown"):
        save_assessment(t.vault, t.cell, {"naam": Answer.YES}, None, "x")
    assert list_notes(t.vault) == []
