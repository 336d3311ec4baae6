"""Property: on random vaults, no document holds the text of a note it may not hold.

The random vaults are those of ``test_policy_properties.py`` (cells, people, meetings,
attendance, notes of every kind, valid and invalid releases, tightenings, deletions,
LTF forms with random positions, inform decisions, assessments…), built through the real
domain API. Every note is written with a unique canary word (``KAN00042Q``), sometimes
next to hostile text; afterwards every note's text is changed to a second canary
(``LAT00042Q``) — text typed after its release. Then every document that can be asked
for is built and read back with pypdf:

* a canary appears only if its note is in ``document_notes`` for that document — never
  a table-only note, a tightened one, or one released to someone or something else;
* every note ``document_notes`` allows does appear (nothing is silently dropped), as the
  version released: no text changed after a release is in any document (P3);
* a refused document raises :class:`DocumentRefused` with the policy's reason;
* :func:`document_choices` offers exactly the subjects that give a document.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

from conftest import FAST_KDF, PASSPHRASE, FakeClock
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_documents_support import text_of
from test_policy_properties import (
    OPERATIONS,
    World,
    attempt_release,
    build_world,
    op_inform,
    op_ltf,
    op_note,
    op_release,
)

import vault.actions
import vault.decisions
import vault.notes
import vault.participation
import vault.releases
from vault import Vault
from vault.cells import set_cell_contact
from vault.documents import (
    DocumentKind,
    DocumentRefused,
    DocumentRequest,
    build_pdf,
    document_choices,
    refusal_of,
)
from vault.model import ReleaseKind
from vault.notes import update_note
from vault.policy import Reason, document_notes, may_make_document

TODAY = date(2026, 3, 5)
CANARY = re.compile(r"KAN(\d{5})Q")
PREFIXES = ["", "<b>vet</b> &amp;", "]]> <![CDATA[", "NUL\x00", "שלום عالم", "😀 👍🏽", "ő ĳ ç"]


def op_valid_release(data: st.DataObject, w: World) -> None:
    """A release the way the user makes it when all is in order (kept in the test's model)."""
    if not w.notes:
        return
    note = data.draw(st.sampled_from(sorted(w.notes)), label="valid release note")
    n = w.notes[note]
    colleagues = sorted(c for cell, c in w.representation if cell == n.cell)
    if colleagues and data.draw(st.booleans(), label="as feedback"):
        colleague = data.draw(st.sampled_from(colleagues), label="to colleague")
        attempt_release(w, note, ReleaseKind.FEEDBACK, colleague, n.meeting, w.me)
    else:
        attempt_release(w, note, ReleaseKind.OWN_DOSSIER, None, n.meeting, w.me)


# The policy test's operations, with more notes, releases and decisions: documents are
# only interesting when something was released.
STEPS = [*OPERATIONS, op_note, op_release, op_ltf, op_inform, *[op_valid_release] * 6]

DOCUMENT_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


LATE = re.compile(r"LAT(\d{5})Q")
WRITERS = (vault.notes, vault.actions, vault.decisions, vault.participation, vault.releases)
"""The modules that write notes (each holds its own name for ``insert_note``)."""


def canaries(pdf: bytes) -> set[int]:
    text = text_of(pdf)
    assert not LATE.search(text), "text changed after its release left the vault (P3)"
    return {int(m) for m in CANARY.findall(text)}


@contextlib.contextmanager
def canaries_when_written(data: st.DataObject) -> Iterator[None]:
    """Every note is stored with its canary, in the transaction that writes it."""
    original = vault.notes.insert_note

    def insert_with_canary(db: Any, now: str, body: str, **place: Any) -> int:
        note_id = original(db, now, body, **place)
        prefix = data.draw(st.sampled_from(PREFIXES), label="prefix")
        db.execute(
            "UPDATE note SET body = ? WHERE id = ?",
            (f"{prefix}\nKAN{note_id:05d}Q\nklaar", note_id),
        )
        return note_id

    with contextlib.ExitStack() as stack:
        for module in WRITERS:
            stack.enter_context(mock.patch.object(module, "insert_note", insert_with_canary))
        yield


def change_after_release(vault: Vault) -> None:
    """Every note's current text becomes text typed after the releases (P3)."""
    for (note_id,) in vault.query("SELECT id FROM note"):
        update_note(vault, int(note_id), f"LAT{int(note_id):05d}Q nieuw")


def check(vault: Vault, request: DocumentRequest, subject: dict[str, int | None]) -> bool:
    """Build one document and compare its text with the policy; True when it was built."""
    kind = request.kind
    verdict = may_make_document(vault, kind, decision_id=request.decision_id)
    # What the dialog asks before a file is chosen: the policy (P6, P7, P10) and a
    # notice's details — the same reason the builder gives.
    expected = refusal_of(vault, request)
    try:
        pdf = build_pdf(vault, request, today=TODAY)
    except DocumentRefused as refused:
        if not verdict:
            assert refused.reason is verdict.reason
        elif expected is not None:
            assert refused.reason is expected, (refused.reason, expected)
        else:
            assert refused.reason in (Reason.UNKNOWN, Reason.NOT_REPRESENTED), refused.reason
        return False
    assert verdict and expected is None, (kind, subject)
    allowed = set(document_notes(vault, kind, **subject))
    found = canaries(pdf)
    assert found <= allowed, (kind, subject, found - allowed)
    assert allowed <= found, (kind, subject, allowed - found)
    if kind is DocumentKind.NOTICE_TO_PERSON:
        assert found == set()
    return True


def all_documents(vault: Vault, language: str) -> int:
    people = [int(r[0]) for r in vault.query("SELECT id FROM person")]
    cases = [int(r[0]) for r in vault.query("SELECT id FROM casus")]
    meetings = [int(r[0]) for r in vault.query("SELECT id FROM meeting")]
    decisions = [int(r[0]) for r in vault.query("SELECT id FROM decision")]
    assessments = [int(r[0]) for r in vault.query("SELECT id FROM participation_assessment")]
    built = 0
    for (cell,) in vault.query("SELECT id FROM cell"):  # what a notice names (P7)
        set_cell_contact(vault, int(cell), municipality="Fictiegem", contact="de coördinator")

    def one(kind: DocumentKind, **subject: int | None) -> bool:
        nonlocal built
        request = DocumentRequest(kind, language=language, **subject)  # type: ignore[arg-type]
        ok = check(vault, request, subject)
        built += ok
        return ok

    for colleague in [*people, None]:
        sheet = one(DocumentKind.FEEDBACK_SHEET, colleague_id=colleague)
        if sheet and document_notes(vault, DocumentKind.FEEDBACK_SHEET, colleague_id=colleague):
            for case in cases:
                one(DocumentKind.FEEDBACK_SHEET, colleague_id=colleague, case_id=case)
            for meeting in meetings:
                one(DocumentKind.FEEDBACK_SHEET, colleague_id=colleague, meeting_id=meeting)
    for case in [*cases, None]:
        one(DocumentKind.DOSSIER_EXTRACT, case_id=case)
    for meeting in meetings:
        one(DocumentKind.MEETING_OVERVIEW, meeting_id=meeting)
    for assessment in assessments:
        one(DocumentKind.REFUSAL_LETTER, assessment_id=assessment)
    for decision in [*decisions, None]:
        one(DocumentKind.NOTICE_TO_PERSON, decision_id=decision)
        one(DocumentKind.LTF_RECORD, decision_id=decision)
    return built


def check_choices(vault: Vault) -> None:
    choices = document_choices(vault)
    people = [int(r[0]) for r in vault.query("SELECT id FROM person")]
    cases = [int(r[0]) for r in vault.query("SELECT id FROM casus")]
    decisions = [int(r[0]) for r in vault.query("SELECT id FROM decision")]
    fb = DocumentKind.FEEDBACK_SHEET
    assert {c.id for c in choices.feedback_colleagues} == {
        p for p in people if document_notes(vault, fb, colleague_id=p)
    }
    assert {c.id for c in choices.dossier_cases} == {
        c for c in cases if document_notes(vault, DocumentKind.DOSSIER_EXTRACT, case_id=c)
    }
    for kind, offered in (
        (DocumentKind.LTF_RECORD, choices.ltf_decisions),
        (DocumentKind.NOTICE_TO_PERSON, choices.inform_decisions),
    ):
        assert {c.id for c in offered} == {
            d for d in decisions if may_make_document(vault, kind, decision_id=d)
        }
    labels = " ".join(label for kind in DocumentKind for _, label in choices.subjects(kind))
    assert not CANARY.search(labels)


@DOCUMENT_SETTINGS
@given(data=st.data())
def test_no_document_holds_a_note_outside_its_document_notes(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(
            Path(folder) / "d.tafelboek", PASSPHRASE, kdf=FAST_KDF, clock=FakeClock()
        )
        try:
            with canaries_when_written(data):
                w: World = build_world(data, vault)
                steps = data.draw(
                    st.lists(st.sampled_from(STEPS), min_size=10, max_size=30), label="operations"
                )
                for step in steps:
                    step(data, w)
            change_after_release(vault)
            language = data.draw(st.sampled_from(["nl", "en"]), label="language")
            built = all_documents(vault, language)
            check_choices(vault)
            event(f"documents built: {min(built, 20) // 5 * 5}+")
            released = vault.query("SELECT count(*) FROM release WHERE revoked_at IS NULL")
            count = int(released[0][0])
            event(f"active releases: {min(count, 3)}{'+' if count >= 3 else ''}")
        finally:
            vault.close()
