"""A release binds one version of the text (P3, revised December 2026).

Walkthrough 2026-12, finding 1: after "Vrijgeven" the cursor stayed in the note, and
whatever was typed next was autosaved as released, went word for word into the
colleague's feedback sheet and "Doorgegeven" stayed after later edits. These tests pin
the fix in the vault: a release records the text as it stood; text typed or changed
afterwards is table-only until released again; every output reads the released version;
"relayed" names the version relayed; a vault of the previous schema migrates.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from domain_strategies import Table
from test_documents_support import text_of

import vault.store as store
from vault import Vault
from vault.decisions import record_ltf_form
from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.model import Position, ReleaseKind
from vault.notes import add_note, delete_note, get_note, note_label, update_note
from vault.policy import (
    Channel,
    Reason,
    document_notes,
    document_versions,
    may_copy,
    may_leave,
    may_release,
)
from vault.releases import (
    ReleaseRefused,
    feedback_for,
    mark_relayed,
    release,
    released_text,
    releases_of,
    tighten,
)
from vault.schema import MIGRATIONS

AGREED = "Afgesproken: doorverwijzing naar het CAW."
LATER = " Niet doorgeven: vader werkloos sinds mei."


def _case_note(t: Table, body: str = AGREED) -> int:
    return add_note(t.vault, body, agenda_item_id=t.case_item)


def _audit(vault: Vault, kind: str) -> list[tuple[str, str]]:
    sql = "SELECT subject, detail FROM audit_event WHERE kind = ? ORDER BY id"
    rows = vault.query(sql, (kind,))
    return [(str(r[0]), str(r[1])) for r in rows]


# ---------------------------------------------------------------------------- binding


def test_p3_text_typed_after_a_release_is_not_released(t: Table) -> None:
    note = _case_note(t)
    t.release_feedback(note, t.colleague)
    t.release_own(note)
    update_note(t.vault, note, AGREED + LATER)

    label = note_label(t.vault, note)
    assert label.own_dossier and label.colleague_ids == {t.colleague}
    assert label.changed and not label.current_text_released
    for kind, subject in (
        (DocumentKind.FEEDBACK_SHEET, {"colleague_id": t.colleague}),
        (DocumentKind.DOSSIER_EXTRACT, {"case_id": t.case}),
        (DocumentKind.MEETING_OVERVIEW, {"meeting_id": t.meeting}),
    ):
        (as_released,) = document_versions(t.vault, kind, **subject)  # type: ignore[arg-type]
        assert as_released.id == note and as_released.body == AGREED
    for channel in Channel:
        verdict = may_leave(t.vault, note, channel)
        assert verdict.reason is Reason.CHANGED_SINCE_RELEASE
    (entry,) = feedback_for(t.vault, t.colleague)
    assert released_text(t.vault, entry.id) == AGREED


def test_p3_every_pdf_holds_the_released_version_only(t: Table) -> None:
    note = _case_note(t)
    t.release_feedback(note, t.colleague)
    t.release_own(note)
    update_note(t.vault, note, AGREED + LATER)
    for request in (
        DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague),
        DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=t.case),
        DocumentRequest(DocumentKind.MEETING_OVERVIEW, meeting_id=t.meeting),
    ):
        text = " ".join(text_of(build_pdf(t.vault, request)).split())
        assert "doorverwijzing naar het CAW" in text, request.kind
        assert "werkloos" not in text, request.kind


def test_p3_releasing_again_binds_the_new_version_and_supersedes_the_old(t: Table) -> None:
    note = _case_note(t)
    first = t.release_feedback(note, t.colleague)
    update_note(t.vault, note, AGREED + LATER)
    second = t.release_feedback(note, t.colleague)

    old, new = releases_of(t.vault, note)
    assert (old.id, new.id) == (first, second)
    assert old.revoked_at is not None and new.active
    assert old.version_id != new.version_id
    assert released_text(t.vault, first) == AGREED
    assert released_text(t.vault, second) == AGREED + LATER
    assert not note_label(t.vault, note).changed
    superseded = (f"note:{note}", f"release:{first} by release:{second}")
    assert _audit(t.vault, "superseded") == [superseded]
    (only,) = document_versions(t.vault, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague)
    assert only.body == AGREED + LATER


def test_p3_relayed_names_the_version_relayed(t: Table) -> None:
    note = _case_note(t)
    first = t.release_feedback(note, t.colleague)
    mark_relayed(t.vault, first)
    update_note(t.vault, note, AGREED + LATER)
    (still,) = feedback_for(t.vault, t.colleague)
    assert still.id == first and still.relayed_at is not None
    assert released_text(t.vault, still.id) == AGREED  # what the colleague received
    second = t.release_feedback(note, t.colleague)
    (now,) = feedback_for(t.vault, t.colleague)
    assert now.id == second and now.relayed_at is None  # the new version was not handed over


def test_p3_an_agreed_ltf_form_binds_the_form_text_as_agreed(t: Table) -> None:
    approvals = dict.fromkeys((t.me, t.mayor, t.police, t.clb, t.adhoc), Position.APPROVE)
    decision, result = record_ltf_form(
        t.vault,
        t.ltf_item,
        "Fiche zoals afgesproken.",
        approvals,
        info_owner_id=t.police,
        case_id=t.case,
    )
    assert result.agreed
    (text_note,) = document_notes(t.vault, DocumentKind.LTF_RECORD, decision_id=decision)
    update_note(t.vault, text_note, "Fiche zoals afgesproken. Plus iets dat niemand zag.")
    (form,) = document_versions(t.vault, DocumentKind.LTF_RECORD, decision_id=decision)
    assert form.body == "Fiche zoals afgesproken."


def test_p3_a_released_version_never_changes(t: Table) -> None:
    note = _case_note(t)
    rid = t.release_own(note)
    version = releases_of(t.vault, note)[0].version_id
    with pytest.raises(Exception, match="never changes"), t.vault.transaction() as db:
        db.execute("UPDATE note_version SET body = 'anders' WHERE id = ?", (version,))
    assert released_text(t.vault, rid) == AGREED


def test_p3_deleting_a_note_deletes_its_released_versions(t: Table) -> None:
    note = _case_note(t)
    t.release_own(note)
    delete_note(t.vault, note)
    assert t.vault.query("SELECT count(*) FROM note_version") == [(0,)]


# ---------------------------------------------------------------------------- bad input


def test_p3_an_empty_note_cannot_be_released(t: Table) -> None:
    note = _case_note(t, " \n\t")
    verdict = may_release(
        t.vault,
        note,
        ReleaseKind.OWN_DOSSIER,
        colleague_id=None,
        agreed_meeting_id=t.meeting,
        info_owner_id=t.me,
    )
    assert verdict.reason is Reason.EMPTY_NOTE
    with pytest.raises(ReleaseRefused):
        t.release_own(note)
    assert releases_of(t.vault, note) == []


def test_p3_releasing_the_same_version_twice_is_refused_and_changes_nothing(t: Table) -> None:
    note = _case_note(t)
    t.release_own(note)
    before = t.vault.query("SELECT count(*) FROM audit_event")
    with pytest.raises(ReleaseRefused) as refused:
        t.release_own(note)
    assert refused.value.verdict.reason is Reason.ALREADY_RELEASED
    assert len(releases_of(t.vault, note)) == 1
    assert t.vault.query("SELECT count(*) FROM audit_event") == before
    # the same text once more after a detour is still the same version
    update_note(t.vault, note, AGREED + LATER)
    update_note(t.vault, note, AGREED)
    assert not note_label(t.vault, note).changed
    with pytest.raises(ReleaseRefused):
        t.release_own(note)


def test_p3_a_text_changed_while_releasing_is_not_released(t: Table) -> None:
    note = _case_note(t)
    seen = get_note(t.vault, note).body
    update_note(t.vault, note, AGREED + LATER)  # another window saved in the meantime
    with pytest.raises(ReleaseRefused) as refused:
        release(
            t.vault,
            note,
            ReleaseKind.OWN_DOSSIER,
            info_owner_id=t.me,
            agreed_meeting_id=t.meeting,
            text=seen,
        )
    assert refused.value.verdict.reason is Reason.NOTE_CHANGED
    assert releases_of(t.vault, note) == []
    assert t.vault.query("SELECT count(*) FROM note_version") == [(0,)]


def test_p3_a_tightened_version_stays_out_even_when_the_text_is_released_elsewhere(
    t: Table,
) -> None:
    note = _case_note(t)
    own = t.release_own(note)
    tighten(t.vault, own)
    update_note(t.vault, note, AGREED + LATER)
    t.release_feedback(note, t.colleague)
    assert document_notes(t.vault, DocumentKind.DOSSIER_EXTRACT, case_id=t.case) == []
    (fb,) = document_versions(t.vault, DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague)
    assert fb.body == AGREED + LATER


# ---------------------------------------------------------------------------- clipboard


def test_p3_only_released_text_may_be_copied(t: Table) -> None:
    note = _case_note(t)
    t.release_own(note)
    update_note(t.vault, note, AGREED + LATER)
    assert may_copy(t.vault, note, "doorverwijzing naar het CAW")
    assert may_copy(t.vault, note, AGREED)
    assert may_copy(t.vault, note, "werkloos").reason is Reason.NOT_RELEASED_TEXT
    assert may_copy(t.vault, note, AGREED + LATER).reason is Reason.NOT_RELEASED_TEXT
    table_only = _case_note(t, "Alleen aan tafel.")
    assert may_copy(t.vault, table_only, "Alleen").reason is Reason.TABLE_ONLY
    assert may_copy(t.vault, 987_654, "x").reason is Reason.UNKNOWN


# ---------------------------------------------------------------------------- migration


def _schema_2_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault as the previous version (schema 2) made it, with releases bound to notes."""
    previous = {v: s for v, s in MIGRATIONS.items() if v <= 2}
    monkeypatch.setattr(store, "MIGRATIONS", previous)
    monkeypatch.setattr(store, "LATEST_VERSION", 2)
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()) as old:
        assert old.schema_version() == 2
        with old.transaction() as db:
            at = "2026-03-05T09:30:00+00:00"
            db.execute(
                "INSERT INTO person(id, name, organisation, role, is_self, created_at)"
                " VALUES (1, 'Ik', 'JOC', 'youth_officer', 1, ?),"
                " (2, 'Collega', 'JOC', 'other', 0, ?)",
                (at, at),
            )
            db.execute("INSERT INTO cell(id, name, created_at) VALUES (1, 'LIVC R X', ?)", (at,))
            db.execute("INSERT INTO representation VALUES (1, 2, ?)", (at,))
            db.execute(
                "INSERT INTO casus(id, cell_id, code, created_at) VALUES (1, 1, 'X-1', ?)", (at,)
            )
            db.execute(
                "INSERT INTO meeting(id, cell_id, starts_at, table_kind, created_at)"
                " VALUES (1, 1, '2026-03-05T14:00:00', 'operational', ?)",
                (at,),
            )
            db.execute(
                "INSERT INTO agenda_item(id, meeting_id, position, kind, case_id)"
                " VALUES (1, 1, 1, 'case', 1)"
            )
            db.execute(
                "INSERT INTO attendance(meeting_id, person_id, status, represented_by)"
                " VALUES (1, 1, 'present', NULL), (1, 2, 'represented', 1)"
            )
            db.executemany(
                "INSERT INTO note(id, body, kind, meeting_id, agenda_item_id, case_id, created_at,"
                " updated_at) VALUES (?, ?, 'note', 1, 1, 1, ?, ?)",
                [
                    (1, "Vrijgegeven toen.", at, at),
                    (2, "Ingetrokken.", at, at),
                    (3, "Alleen aan tafel.", at, at),
                ],
            )
            db.executemany(
                "INSERT INTO release(id, note_id, kind, colleague_id, agreed_meeting_id,"
                " info_owner_id, released_at, revoked_at, relayed_at)"
                " VALUES (?, ?, ?, ?, 1, 1, ?, ?, ?)",
                [
                    (1, 1, "own_dossier", None, at, None, None),
                    (2, 1, "feedback", 2, at, None, at),
                    (3, 2, "own_dossier", None, at, at, None),
                ],
            )
    monkeypatch.undo()


def test_p3_a_vault_of_schema_2_migrates_its_releases_to_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Oud.tafelboek"
    _schema_2_vault(path, monkeypatch)
    with Vault.open(path, PASSPHRASE, clock=FakeClock()) as v:
        assert v.schema_version() == store.LATEST_VERSION >= 3
        own, fb = releases_of(v, 1)
        (revoked,) = releases_of(v, 2)
        assert own.version_id == fb.version_id  # one version: the note's text at the upgrade
        assert released_text(v, own.id) == "Vrijgegeven toen."
        assert released_text(v, revoked.id) == "Ingetrokken." and not revoked.active
        assert fb.relayed_at == "2026-03-05T09:30:00+00:00"
        assert own.owner_agreed_meeting_id is None
        assert not note_label(v, 1).changed and note_label(v, 3).table_only
        assert [s for s, _ in _audit(v, "release_bound")] == ["note:1", "note:1", "note:2"]
        assert all("version:" in d for _, d in _audit(v, "release_bound"))
        # and from now on the binding holds for these old releases too
        update_note(v, 1, "Vrijgegeven toen. Later bijgetypt.")
        assert note_label(v, 1).changed
        (sheet,) = document_versions(v, DocumentKind.FEEDBACK_SHEET, colleague_id=2)
        assert sheet.body == "Vrijgegeven toen."
    assert path.with_name(f"Oud.before-schema-{store.LATEST_VERSION}.tafelboek").exists()


def test_p4_feedback_and_ltf_text_are_never_copied(t: Table) -> None:
    feedback = _case_note(t)
    t.release_feedback(feedback, t.colleague)
    assert may_copy(t.vault, feedback, AGREED).reason is Reason.NOT_COPYABLE
    assert may_leave(t.vault, feedback, Channel.CLIPBOARD).reason is Reason.NOT_COPYABLE
    assert may_leave(t.vault, feedback, Channel.DRAG).reason is Reason.NOT_COPYABLE
    assert may_leave(t.vault, feedback, Channel.EXPORT)  # the feedback sheet may hold it
    t.release_own(feedback)  # once in the own dossier too, that version may be copied
    assert may_copy(t.vault, feedback, AGREED)
    approvals = dict.fromkeys((t.me, t.mayor, t.police, t.clb, t.adhoc), Position.APPROVE)
    decision, _ = record_ltf_form(
        t.vault, t.ltf_item, "Fiche.", approvals, info_owner_id=t.me, case_id=t.case
    )
    (form,) = document_notes(t.vault, DocumentKind.LTF_RECORD, decision_id=decision)
    assert may_copy(t.vault, form, "Fiche.").reason is Reason.NOT_COPYABLE
