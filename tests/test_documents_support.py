"""Helpers shared by the ``test_documents_*`` modules (this module holds no tests).

* :func:`pages_text` / :func:`text_of` extract what a reader would copy out of a PDF
  (pypdf), so a test checks the document as it leaves the vault — not our inputs.
* :func:`squash` makes phrase checks independent of where lines wrap.
* :func:`scene` fills the shared sample table (:func:`domain_strategies.build_table`)
  with one text per place a note can end up, each carrying a unique canary word.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pikepdf
from domain_strategies import Table
from pypdf import PdfReader

from vault.actions import add_action, get_action
from vault.cells import set_cell_contact
from vault.decisions import get_decision, record_inform_person, record_ltf_form, record_other
from vault.meetings import add_agenda_item
from vault.model import AgendaItemKind, Answer, Conclusion, Position, ReleaseKind
from vault.notes import add_note
from vault.participation import get_assessment, save_assessment
from vault.releases import make_table_only, release


def decrypted(pdf: bytes, password: str) -> bytes:
    """An encrypted PDF opened with its password (pikepdf: pypdf's AES needs the
    ``cryptography`` package, which the project does not depend on)."""
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf), password=password) as doc:
        doc.save(out)
    return out.getvalue()


def pages_text(pdf: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf if password is None else decrypted(pdf, password)))
    assert not reader.is_encrypted
    return [page.extract_text() or "" for page in reader.pages]


def squash(text: str) -> str:
    return " ".join(text.split())


def text_of(pdf: bytes, password: str | None = None) -> str:
    """The whole document's text, whitespace squashed (phrases survive line wrapping)."""
    return squash("\n".join(pages_text(pdf, password)))


@dataclass(frozen=True, slots=True)
class Scene:
    """The sample table with a text in every place; attribute = note id, canary = name."""

    t: Table
    feedback: int
    """Released as feedback to ``colleague`` (case item)."""
    feedback_meeting: int
    """Released as feedback to ``colleague`` (meeting as a whole, no case)."""
    feedback_other: int
    """Released as feedback to ``colleague2`` only."""
    own: int
    """Released to the own dossier (case item)."""
    own_reflection: int
    """An own reflection on the case, released to the own dossier without a meeting."""
    table_only: int
    """Never released."""
    tightened: int
    """Released to the own dossier and to ``colleague``, then tightened to table-only."""
    decision_text: int
    """Another decision's text, table-only."""
    decision_released: int
    """Another decision's text, released to the own dossier."""
    action_text: int
    """An action description, table-only."""
    ltf_form: int
    """The text of an agreed LTF form (released to the LTF only)."""
    ltf_refused_form: int
    """The text of an LTF form without consensus (table-only)."""
    motivation: int
    """The motivation of an assessment, released to the own dossier."""
    ltf_decision: int
    ltf_refused: int
    inform_allowed: int
    inform_refused: int
    assessment: int
    action: int


CANARY = {
    "feedback": "KANFEEDBACK",
    "feedback_meeting": "KANFBMEETING",
    "feedback_other": "KANOTHERCOLLEAGUE",
    "own": "KANOWNDOSSIER",
    "own_reflection": "KANREFLECTION",
    "table_only": "KANTABLEONLY",
    "tightened": "KANTIGHTENED",
    "decision_text": "KANDECISIONHIDDEN",
    "decision_released": "KANDECISIONSHOWN",
    "action_text": "KANACTIONHIDDEN",
    "ltf_form": "KANLTFFORM",
    "ltf_refused_form": "KANLTFREFUSED",
    "motivation": "KANMOTIVATION",
}


CONTACT = "de LIVC-coördinator van Fictiegem, 011 12 34 56"
"""The cell's contact point in the scene, named by a notice to the person."""


def scene(t: Table) -> Scene:
    v = t.vault

    def note(name: str, **where: int) -> int:
        return add_note(v, f"Tekst {CANARY[name]} einde.", **where)  # type: ignore[arg-type]

    feedback = note("feedback", agenda_item_id=t.case_item)
    feedback_meeting = note("feedback_meeting", meeting_id=t.meeting)
    feedback_other = note("feedback_other", agenda_item_id=t.case_item)
    own = note("own", agenda_item_id=t.case_item)
    own_reflection = note("own_reflection", case_id=t.case)
    table_only = note("table_only", agenda_item_id=t.case_item)
    tightened = note("tightened", agenda_item_id=t.case_item)
    t.release_feedback(feedback, t.colleague)
    t.release_feedback(feedback_meeting, t.colleague)
    t.sit_in(t.colleague2)
    t.release_feedback(feedback_other, t.colleague2)
    t.release_own(own)
    release(
        v,
        own_reflection,
        ReleaseKind.OWN_DOSSIER,
        info_owner_id=t.clb,
        agreed_meeting_id=None,
        owner_agreed_meeting_id=t.meeting,
    )  # the CLB agreed at the table (P3)
    t.release_own(tightened)
    t.release_feedback(tightened, t.colleague)
    make_table_only(v, tightened)

    hidden = record_other(v, t.case_item, f"Besluit {CANARY['decision_text']}.")
    shown = record_other(v, t.case_item, f"Besluit {CANARY['decision_released']}.")
    decision_released = get_decision(v, shown).text_note_id or 0
    t.release_own(decision_released)
    action = add_action(
        v, t.meeting, t.clb, f"Actie {CANARY['action_text']}.", agenda_item_id=t.case_item
    )

    # The user sat in for both colleagues (P4): at the table the user is the member (P6).
    everyone = dict.fromkeys((t.me, t.mayor, t.police, t.clb, t.adhoc), Position.APPROVE)
    # The refused ones on another case: the latest decision per case governs (P6, P7), and
    # the scene needs every one of them to be the one that counts for its case.
    other_item = add_agenda_item(v, t.meeting, AgendaItemKind.CASE, case_id=t.minor_case)
    ltf_refused, result = record_ltf_form(
        v,
        other_item,
        f"Fiche {CANARY['ltf_refused_form']}.",
        {**everyone, t.mayor: Position.ABSTAIN},
        info_owner_id=t.me,
    )
    assert not result.agreed
    ltf_decision, result = record_ltf_form(
        v, t.case_item, f"Fiche {CANARY['ltf_form']}.", everyone, info_owner_id=t.me
    )
    assert result.agreed
    inform_refused = record_inform_person(
        v, other_item, all_agree=True, fact_only=True, risk_indicated_by={t.police}
    )
    inform_allowed = record_inform_person(v, t.case_item, all_agree=True, fact_only=True)
    # What a notice names (P7): the municipality's LIVC R and a contact point.
    set_cell_contact(v, t.cell, municipality="Fictiegem", contact=CONTACT)
    answers: dict[str, Answer | None] = {
        "framework_known": Answer.NO,
        "agenda_clear": Answer.YES,
        "composition_clear": Answer.PARTLY,
        "trust": Answer.YES,
        "right_person": None,
    }
    assessment = save_assessment(
        v, t.cell, answers, Conclusion.DECLINE, f"Motivering {CANARY['motivation']}."
    )
    motivation = get_assessment(v, assessment).motivation_note_id or 0
    release(v, motivation, ReleaseKind.OWN_DOSSIER, info_owner_id=t.me, agreed_meeting_id=None)
    return Scene(
        t=t,
        feedback=feedback,
        feedback_meeting=feedback_meeting,
        feedback_other=feedback_other,
        own=own,
        own_reflection=own_reflection,
        table_only=table_only,
        tightened=tightened,
        decision_text=get_decision(v, hidden).text_note_id or 0,
        decision_released=decision_released,
        action_text=get_action(v, action).description_note_id or 0,
        ltf_form=get_decision(v, ltf_decision).text_note_id or 0,
        ltf_refused_form=get_decision(v, ltf_refused).text_note_id or 0,
        motivation=motivation,
        ltf_decision=ltf_decision,
        ltf_refused=ltf_refused,
        inform_allowed=inform_allowed,
        inform_refused=inform_refused,
        assessment=assessment,
        action=action,
    )


def present_canaries(text: str) -> set[str]:
    return {name for name, word in CANARY.items() if word in text}
