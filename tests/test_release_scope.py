"""Feedback follows representation per agenda item, by one rule everywhere (P4, revised).

Domain review 2026-12 (C2) and walkthrough 2026-12 (§2, problem 4): a permanent
representative who left the room for a case item could still release that item's note as
feedback, and it was printed in the colleague's sheet — the policy checked representation
per cell for releases and candidates, per item only for consensus; and anyone, the mayor
included, could be "represented". Here: one rule (:func:`vault.policy.feedback_refusal`)
for the release, the dialog's candidates and the sheet's query; representation only of a
colleague of the user's own organisation.
"""

from __future__ import annotations

import pytest
from domain_strategies import Table
from test_documents_support import text_of

from vault.attendance import set_item_presence
from vault.cells import (
    RepresentationRefused,
    add_member,
    represent,
    represented_colleagues,
    sit_in_for,
)
from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.model import ReleaseKind, Role
from vault.notes import add_note
from vault.people import add_person, update_person
from vault.policy import (
    Reason,
    document_notes,
    feedback_candidates,
    feedback_refusal,
    may_release,
    may_represent,
)
from vault.releases import ReleaseRefused


def _verdict(t: Table, note: int, colleague: int, agreed: int | None = None) -> Reason:
    agreed = t.meeting if agreed is None else agreed
    return may_release(
        t.vault,
        note,
        ReleaseKind.FEEDBACK,
        colleague_id=colleague,
        agreed_meeting_id=agreed,
        info_owner_id=t.me,
    ).reason


def test_p4_a_representative_out_of_the_room_for_an_item_cannot_feed_it_back(t: Table) -> None:
    case_note = add_note(t.vault, "Casus: de school volgt op.", agenda_item_id=t.case_item)
    closing_note = add_note(t.vault, "Slot: volgende datum.", agenda_item_id=t.closing)
    set_item_presence(t.vault, t.case_item, t.me, False)  # left the room for the case

    assert _verdict(t, case_note, t.colleague) is Reason.NOT_REPRESENTED_FOR_ITEM
    assert feedback_refusal(t.vault, case_note, t.colleague) is Reason.NOT_REPRESENTED_FOR_ITEM
    assert feedback_candidates(t.vault, case_note) == []
    with pytest.raises(ReleaseRefused):
        t.release_feedback(case_note, t.colleague)
    # the same meeting's other items, where the user was in the room, still can
    assert feedback_candidates(t.vault, closing_note) == [t.colleague]
    t.release_feedback(closing_note, t.colleague)


def test_p4_the_sheet_drops_feedback_whose_item_the_representative_was_out_for(
    t: Table,
) -> None:
    note = add_note(t.vault, "TERUGKOPPELBAAR 4711", agenda_item_id=t.case_item)
    t.release_feedback(note, t.colleague)
    sheet = DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague)
    assert "TERUGKOPPELBAAR 4711" in text_of(build_pdf(t.vault, sheet))
    # The attendance is corrected afterwards: the user was out of the room for the case.
    set_item_presence(t.vault, t.case_item, t.me, False)
    assert document_notes(t.vault, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague) == []
    assert "TERUGKOPPELBAAR 4711" not in text_of(build_pdf(t.vault, sheet))


def test_p4_feedback_needs_the_colleague_sat_in_for_at_that_meeting(t: Table) -> None:
    sql = "SELECT id FROM agenda_item WHERE meeting_id = ?"
    later_item = int(t.vault.query(sql, (t.later_meeting,))[0][0])
    note = add_note(t.vault, "Later overleg.", agenda_item_id=later_item)
    assert _verdict(t, note, t.colleague, t.later_meeting) is Reason.NOT_REPRESENTED_FOR_ITEM
    # colleague2 is represented at the cell, but not at this meeting
    first = add_note(t.vault, "Dit overleg.", agenda_item_id=t.case_item)
    assert _verdict(t, first, t.colleague2) is Reason.NOT_REPRESENTED_FOR_ITEM
    # sitting in for a colleague is the user's own record, for that meeting only
    sit_in_for(t.vault, t.earlier_meeting, t.colleague2)
    assert _verdict(t, first, t.colleague2) is Reason.NOT_REPRESENTED_FOR_ITEM
    t.sit_in(t.colleague2)
    assert _verdict(t, first, t.colleague2) is Reason.OK


def test_p4_a_meeting_note_needs_the_representative_in_for_every_item(t: Table) -> None:
    note = add_note(t.vault, "Over het hele overleg.", meeting_id=t.meeting)
    assert feedback_candidates(t.vault, note) == [t.colleague]
    set_item_presence(t.vault, t.closing, t.me, False)
    assert feedback_candidates(t.vault, note) == []
    assert _verdict(t, note, t.colleague) is Reason.NOT_REPRESENTED_FOR_ITEM


def test_p4_only_a_colleague_of_the_users_own_organisation_is_represented(t: Table) -> None:
    v = t.vault
    other_org = add_person(
        v, "Welzijnswerker Elders", Role.YOUTH_WELFARE_WORKER, organisation="OCMW Fictiegem"
    )
    no_org = add_person(v, "Zonder Organisatie", Role.YOUTH_WELFARE_WORKER)
    same_org = add_person(
        v, "Nieuwe Collega", Role.YOUTH_WELFARE_WORKER, organisation="  jeugddienst   FICTIEGEM "
    )
    assert may_represent(v, t.cell, other_org).reason is Reason.NOT_SAME_ORGANISATION
    assert may_represent(v, t.cell, no_org).reason is Reason.ORGANISATION_UNKNOWN
    assert may_represent(v, t.cell, t.mayor).reason is Reason.SITS_AT_TABLE
    assert may_represent(v, t.cell, t.police).reason is Reason.SITS_AT_TABLE  # standing member
    assert may_represent(v, t.cell, t.me).reason is Reason.SITS_AT_TABLE
    assert may_represent(v, t.cell, same_org)
    for refused in (other_org, no_org, t.mayor):
        with pytest.raises(RepresentationRefused):
            represent(v, t.cell, refused)
    assert set(represented_colleagues(v, t.cell)) == {t.colleague, t.colleague2}
    # A mayor who is not a member of the cell is still never represented.
    mayor2 = add_person(v, "Burgemeester Elders", Role.MAYOR, organisation="Jeugddienst Fictiegem")
    assert may_represent(v, t.cell, mayor2).reason is Reason.SITS_AT_TABLE
    # An ad hoc member is not a standing member: a colleague may be both.
    add_member(v, t.cell, same_org, structural=False)
    represent(v, t.cell, same_org)


def test_p4_without_the_users_organisation_nobody_is_represented(t: Table) -> None:
    v = t.vault
    update_person(
        v, t.me, name="Ik Zelf", organisation="", role=Role.YOUTH_OFFICER, professional=True
    )
    newcomer = add_person(v, "Collega", Role.YOUTH_WELFARE_WORKER, organisation="")
    assert may_represent(v, t.cell, newcomer).reason is Reason.ORGANISATION_UNKNOWN
    note = add_note(v, "Voor de collega.", agenda_item_id=t.case_item)
    assert _verdict(t, note, t.colleague) is Reason.ORGANISATION_UNKNOWN
    assert feedback_candidates(v, note) == []


def test_p4_a_representation_of_another_organisation_from_before_gives_no_feedback(
    t: Table,
) -> None:
    """Vaults made before the rule may hold one (the mayor, in the walkthrough): inert."""
    v = t.vault
    with v.transaction() as db:
        db.execute(
            "INSERT INTO representation VALUES (?, ?, '2026-01-01T00:00:00+00:00')", (t.cell, t.clb)
        )
    with v.transaction() as db:  # and the user's record of sitting in for them
        db.execute("INSERT INTO represented_at VALUES (?, ?, 'x')", (t.meeting, t.clb))
    note = add_note(v, "Voor het CLB?", agenda_item_id=t.case_item)
    assert _verdict(t, note, t.clb) is Reason.NOT_SAME_ORGANISATION
    assert t.clb not in feedback_candidates(v, note)
    with v.transaction() as db:  # and a feedback release recorded back then is not printed
        version = db.execute(
            "INSERT INTO note_version(note_id, body, saved_at) VALUES (?, 'x', 'x')", (note,)
        ).lastrowid
        db.execute(
            "INSERT INTO release(note_id, version_id, kind, colleague_id,"
            " agreed_meeting_id, info_owner_id, released_at)"
            " VALUES (?, ?, 'feedback', ?, ?, ?, 'x')",
            (note, version, t.clb, t.meeting, t.me),
        )
    assert document_notes(v, DocumentKind.FEEDBACK_SHEET, colleague_id=t.clb) == []
