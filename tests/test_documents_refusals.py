"""Documents the policy refuses, or whose subject is missing: DocumentRefused, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from domain_strategies import build_table
from test_documents_support import Scene, scene

from vault import Vault
from vault.documents import (
    DocumentKind,
    DocumentRefused,
    DocumentRequest,
    build_pdf,
    export_document,
)
from vault.exports import list_exports
from vault.model import Role
from vault.people import add_person
from vault.policy import Reason, may_make_document


@pytest.fixture
def s(vault: Vault) -> Scene:
    return scene(build_table(vault))


def refused(v: Vault, request: DocumentRequest) -> Reason:
    with pytest.raises(DocumentRefused) as caught:
        build_pdf(v, request)
    return caught.value.reason


def test_notice_needs_an_allowed_inform_decision(s: Scene) -> None:
    v, kind = s.t.vault, DocumentKind.NOTICE_TO_PERSON
    assert refused(v, DocumentRequest(kind, decision_id=s.inform_refused)) is (
        Reason.CONDITIONS_MISSING
    )
    assert refused(v, DocumentRequest(kind)) is Reason.NOT_AN_INFORM_DECISION
    assert refused(v, DocumentRequest(kind, decision_id=s.ltf_decision)) is (
        Reason.NOT_AN_INFORM_DECISION
    )
    assert refused(v, DocumentRequest(kind, decision_id=987_654)) is Reason.NOT_AN_INFORM_DECISION
    # The reason is the policy's own.
    verdict = may_make_document(v, kind, decision_id=s.inform_refused)
    assert refused(v, DocumentRequest(kind, decision_id=s.inform_refused)) is verdict.reason


def test_ltf_record_needs_recorded_consensus(s: Scene) -> None:
    v, kind = s.t.vault, DocumentKind.LTF_RECORD
    assert refused(v, DocumentRequest(kind, decision_id=s.ltf_refused)) is Reason.NO_CONSENSUS
    assert refused(v, DocumentRequest(kind)) is Reason.NOT_AN_LTF_FORM
    assert refused(v, DocumentRequest(kind, decision_id=s.inform_allowed)) is (
        Reason.NOT_AN_LTF_FORM
    )


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        (DocumentKind.DOSSIER_EXTRACT, "case_id"),
        (DocumentKind.MEETING_OVERVIEW, "meeting_id"),
        (DocumentKind.REFUSAL_LETTER, "assessment_id"),
        (DocumentKind.FEEDBACK_SHEET, "colleague_id"),
    ],
)
def test_a_request_without_its_subject_is_refused(s: Scene, kind: DocumentKind, field: str) -> None:
    v = s.t.vault
    assert refused(v, DocumentRequest(kind)) is Reason.UNKNOWN
    assert refused(v, DocumentRequest(kind, **{field: 987_654})) is Reason.UNKNOWN  # type: ignore[arg-type]


def test_feedback_only_for_a_represented_colleague(s: Scene) -> None:
    t = s.t
    stranger = add_person(t.vault, "Niet Vertegenwoordigd", Role.SCHOOL)
    request = DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=stranger)
    assert refused(t.vault, request) is Reason.NOT_REPRESENTED
    # An unknown filter is refused rather than silently ignored.
    request = DocumentRequest(
        DocumentKind.FEEDBACK_SHEET, colleague_id=t.colleague, case_id=987_654
    )
    assert refused(t.vault, request) is Reason.UNKNOWN


def test_a_refused_export_writes_and_records_nothing(s: Scene, tmp_path: Path) -> None:
    dest = tmp_path / "out" / "fiche.pdf"
    dest.parent.mkdir()
    before = s.t.vault.query("SELECT count(*) FROM audit_event")[0][0]
    with pytest.raises(DocumentRefused) as caught:
        export_document(
            s.t.vault, DocumentRequest(DocumentKind.LTF_RECORD, decision_id=s.ltf_refused), dest
        )
    assert caught.value.reason is Reason.NO_CONSENSUS
    assert list(dest.parent.iterdir()) == []
    assert list_exports(s.t.vault) == []
    assert s.t.vault.query("SELECT count(*) FROM audit_event")[0][0] == before


def test_unknown_language_is_an_error(s: Scene) -> None:
    request = DocumentRequest(DocumentKind.MEETING_OVERVIEW, meeting_id=s.t.meeting, language="fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="language"):
        build_pdf(s.t.vault, request)
