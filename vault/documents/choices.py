"""What can be made now: the subjects the client's document dialog offers.

Labels are built from metadata only — names, case codes, dates, cell names, kinds — and
never from note text. Which decisions qualify is asked of the policy
(:func:`vault.policy.may_make_document`); the counts of released notes follow the same
rules as :func:`vault.policy.document_notes` (a test checks they agree). Whether an
assessment has a motivation to include in the letter is asked of the policy too
(:func:`vault.policy.motivation_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal, NamedTuple

from vault.cells import list_cells
from vault.documents.builders import DocumentRequest
from vault.documents.render import short
from vault.documents.strings import Language, Words, stamp_date
from vault.meetings import list_meetings
from vault.model import DecisionKind
from vault.participation import get_assessment
from vault.people import list_people
from vault.policy import DocumentKind, may_make_document, motivation_text
from vault.store import Vault


class Choice(NamedTuple):
    """One subject a document can be about: its id and a human label (no note text).

    A plain ``(id, label)`` pair, ready for a combo box.
    """

    id: int
    label: str


@dataclass(frozen=True, slots=True)
class DocumentChoices:
    """Everything a document can be made about now, per kind, newest or by name."""

    feedback_colleagues: tuple[Choice, ...]
    """Represented colleagues with feedback released to them (FEEDBACK_SHEET)."""
    dossier_cases: tuple[Choice, ...]
    """Cases with notes released to the own dossier (DOSSIER_EXTRACT)."""
    meetings: tuple[Choice, ...]
    """Every meeting, newest first (MEETING_OVERVIEW; a filter of a feedback sheet)."""
    ltf_decisions: tuple[Choice, ...]
    """LTF forms whose consensus is recorded (LTF_RECORD)."""
    inform_decisions: tuple[Choice, ...]
    """Decisions that allowed informing the person (NOTICE_TO_PERSON). The label shows the
    case code so the user can pick; the notice itself never does."""
    assessments: tuple[Choice, ...]
    """Participation assessments (REFUSAL_LETTER)."""
    motivation_missing: frozenset[int] = frozenset()
    """Assessments without a written motivation: their letter cannot hold one (and one
    declining cannot be made, P10); their label says so as well."""

    def subjects(self, kind: DocumentKind) -> tuple[Choice, ...]:
        """The subjects a document of this kind can be made about."""
        return {
            DocumentKind.FEEDBACK_SHEET: self.feedback_colleagues,
            DocumentKind.DOSSIER_EXTRACT: self.dossier_cases,
            DocumentKind.MEETING_OVERVIEW: self.meetings,
            DocumentKind.LTF_RECORD: self.ltf_decisions,
            DocumentKind.NOTICE_TO_PERSON: self.inform_decisions,
            DocumentKind.REFUSAL_LETTER: self.assessments,
        }[kind]


def request_for(
    kind: DocumentKind, subject_id: int, language: Literal["nl", "en"] = "nl"
) -> DocumentRequest:
    """The request for a document about one subject picked from :class:`DocumentChoices`."""
    field = {
        DocumentKind.FEEDBACK_SHEET: "colleague_id",
        DocumentKind.DOSSIER_EXTRACT: "case_id",
        DocumentKind.MEETING_OVERVIEW: "meeting_id",
        DocumentKind.LTF_RECORD: "decision_id",
        DocumentKind.NOTICE_TO_PERSON: "decision_id",
        DocumentKind.REFUSAL_LETTER: "assessment_id",
    }[kind]
    request = DocumentRequest(kind, language=language)
    return replace(request, **{field: subject_id})  # type: ignore[arg-type]


def document_choices(vault: Vault, *, language: Language = "nl") -> DocumentChoices:
    """Everything a document can be made about right now, with human labels."""
    w = Words(language)
    cells = {c.id: c.name for c in list_cells(vault)}
    people = {p.id: p for p in list_people(vault)}

    colleagues = []
    for colleague_id, count in vault.query(
        "SELECT r.colleague_id, count(DISTINCT n.id) FROM release r"
        " JOIN note n ON n.id = r.note_id JOIN meeting m ON m.id = n.meeting_id"
        " JOIN representation rep"
        "  ON rep.cell_id = m.cell_id AND rep.colleague_id = r.colleague_id"
        " WHERE r.kind = 'feedback' AND r.revoked_at IS NULL GROUP BY r.colleague_id"
    ):
        name = people[int(colleague_id)].name
        label = w("choice.colleague", name=short(name), count=int(count))
        colleagues.append((name.casefold(), Choice(int(colleague_id), label)))
    colleagues.sort()

    cases = []
    for case_id, code, cell_id, count in vault.query(
        "SELECT c.id, c.code, c.cell_id, count(DISTINCT n.id) FROM release r"
        " JOIN note n ON n.id = r.note_id JOIN casus c ON c.id = n.case_id"
        " WHERE r.kind = 'own_dossier' AND r.revoked_at IS NULL"
        " GROUP BY c.id ORDER BY c.code, c.id"
    ):
        cell = short(cells.get(int(cell_id), ""))
        cases.append(Choice(int(case_id), w("choice.case", code=code, cell=cell, count=count)))

    meetings = tuple(
        Choice(
            m.id,
            w("choice.meeting", date=w.moment(m.starts_at), cell=short(cells.get(m.cell_id, ""))),
        )
        for m in reversed(list_meetings(vault))
    )

    def decision_choices(kind: DecisionKind, document: DocumentKind) -> tuple[Choice, ...]:
        out = []
        for decision_id, starts_at, cell_id, code in vault.query(
            # A form recorded at a general item belongs to the case chosen for it, kept on
            # its text (as the policy reads it): that case names the choice.
            "SELECT d.id, m.starts_at, m.cell_id, c.code FROM decision d"
            " JOIN meeting m ON m.id = d.meeting_id JOIN agenda_item i ON i.id = d.agenda_item_id"
            " LEFT JOIN note n ON n.id = d.text_note_id"
            " LEFT JOIN casus c ON c.id = coalesce(n.case_id, i.case_id) WHERE d.kind = ?"
            " ORDER BY m.starts_at DESC, d.id DESC",
            (kind.value,),
        ):
            if not may_make_document(vault, document, decision_id=int(decision_id)):
                continue
            day = datetime.fromisoformat(str(starts_at)).date()
            label = w(
                "choice.decision",
                kind=w(f"decision.{kind.value}"),
                case=code or w("none"),
                date=w.day(day),
                cell=short(cells.get(int(cell_id), "")),
            )
            out.append(Choice(int(decision_id), label))
        return tuple(out)

    assessments = []
    missing = set()
    for (assessment_id,) in vault.query(
        "SELECT id FROM participation_assessment ORDER BY assessed_at DESC, id DESC"
    ):
        a = get_assessment(vault, int(assessment_id))
        conclusion = w(f"conclusion.{a.conclusion.value}" if a.conclusion else "conclusion.none")
        if not motivation_text(vault, a.id).strip():
            missing.add(a.id)
            conclusion += f"; {w('choice.no_motivation')}"
        label = w(
            "choice.assessment",
            cell=short(cells.get(a.cell_id, "")),
            date=w.short_day(stamp_date(a.assessed_at)),
            conclusion=conclusion,
        )
        assessments.append(Choice(a.id, label))

    return DocumentChoices(
        feedback_colleagues=tuple(c for _, c in colleagues),
        dossier_cases=tuple(cases),
        meetings=meetings,
        ltf_decisions=decision_choices(DecisionKind.LTF_FORM, DocumentKind.LTF_RECORD),
        inform_decisions=decision_choices(
            DecisionKind.INFORM_PERSON, DocumentKind.NOTICE_TO_PERSON
        ),
        assessments=tuple(assessments),
        motivation_missing=frozenset(missing),
    )
