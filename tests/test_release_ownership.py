"""Keep ownership (P3, revised): "whose information" has no default, and another
participant's information leaves only with their agreement at the table recorded (who,
which meeting); the dossier extract names the owner only then (domain review C7)."""

from __future__ import annotations

import pytest
from domain_strategies import Table
from test_documents_support import text_of

from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.model import ReleaseKind
from vault.notes import add_note
from vault.policy import Reason, may_release, owner_is_named
from vault.releases import ReleaseRefused, release, releases_of


def _own(t: Table, note: int, owner: int, agreed: int | None) -> Reason:
    return may_release(
        t.vault,
        note,
        ReleaseKind.OWN_DOSSIER,
        colleague_id=None,
        agreed_meeting_id=t.meeting,
        info_owner_id=owner,
        owner_agreed_meeting_id=agreed,
    ).reason


def test_p3_anothers_information_needs_their_recorded_agreement(t: Table) -> None:
    note = add_note(t.vault, "Wat het CLB inbracht.", agenda_item_id=t.case_item)
    assert _own(t, note, t.clb, None) is Reason.OWNER_AGREEMENT_REQUIRED
    assert _own(t, note, t.clb, t.earlier_meeting) is Reason.OWNER_NOT_AT_MEETING  # not there
    assert _own(t, note, t.clb, t.other_cell_meeting) is Reason.OWNER_NOT_AT_MEETING
    assert _own(t, note, t.absent, t.meeting) is Reason.OWNER_NOT_AT_MEETING  # absent
    assert _own(t, note, t.me, None) is Reason.OK  # the user's own: nobody else to ask
    with pytest.raises(ReleaseRefused):
        release(
            t.vault, note, ReleaseKind.OWN_DOSSIER, info_owner_id=t.clb, agreed_meeting_id=t.meeting
        )
    assert releases_of(t.vault, note) == []
    rid = release(
        t.vault,
        note,
        ReleaseKind.OWN_DOSSIER,
        info_owner_id=t.clb,
        agreed_meeting_id=t.meeting,
        owner_agreed_meeting_id=t.meeting,
    )
    (r,) = releases_of(t.vault, note)
    assert (r.info_owner_id, r.owner_agreed_meeting_id) == (t.clb, t.meeting)
    assert owner_is_named(t.vault, rid)


def test_p3_the_dossier_extract_names_the_owner_only_with_their_agreement(t: Table) -> None:
    v = t.vault
    mine = add_note(v, "EIGEN-INFO 1", agenda_item_id=t.case_item)
    agreed = add_note(v, "CLB-MET-AKKOORD 2", agenda_item_id=t.case_item)
    older = add_note(v, "POLITIE-ZONDER-AKKOORD 3", agenda_item_id=t.case_item)
    t.release_own(mine)
    release(
        v,
        agreed,
        ReleaseKind.OWN_DOSSIER,
        info_owner_id=t.clb,
        agreed_meeting_id=t.meeting,
        owner_agreed_meeting_id=t.meeting,
    )
    # A release from before the rule (a migrated vault): the police's, no agreement recorded.
    with v.transaction() as db:
        version = db.execute(
            "INSERT INTO note_version(note_id, body, saved_at)"
            " SELECT id, body, updated_at FROM note WHERE id = ?",
            (older,),
        ).lastrowid
        db.execute(
            "INSERT INTO release(note_id, version_id, kind, agreed_meeting_id,"
            " info_owner_id, released_at) VALUES (?, ?, 'own_dossier', ?, ?,"
            " '2026-03-05T09:30:00+00:00')",
            (older, version, t.meeting, t.police),
        )
    (old_release,) = releases_of(v, older)
    assert not owner_is_named(v, old_release.id)

    text = " ".join(
        text_of(build_pdf(v, DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case))).split()
    )
    assert "POLITIE-ZONDER-AKKOORD 3" in text  # the text was released; only the name is held
    assert "Inspecteur Verzinsel" not in text
    assert "informatie van een andere deelnemer (niet genoemd" in text
    assert "informatie van CLB Proefmans" in text and "die akkoord ging op het overleg van" in text
    assert "informatie van Ik Zelf" in text
