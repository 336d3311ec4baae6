"""The six documents that may leave the vault, each built through the secrecy policy.

Why this file is longer than ~500 lines: six document builders side by side, each a
screenful, sharing the page furniture and the policy checks; one kind per module would
scatter what every builder must do alike.

Every builder

* asks :func:`vault.policy.may_make_document` first and raises :class:`DocumentRefused`
  with the policy's reason when it says no (or when the request lacks its subject);
* takes free text **only** from :func:`vault.policy.document_versions` for its own kind —
  through :func:`_released_notes`, the one function here that reads note text — and
  so only the released versions, never text typed after a release (P3);
* reads structured metadata (dates, attendance, agenda item kinds, case codes, decision
  kind and outcome, positions, action owner, due date and status, release facts) directly
  — where its purpose needs it; the meeting overview holds case codes, attendance and
  decisions only where the user included them (:class:`vault.policy.RevealedFact`, P1).

Markings, decided per document (header of every page; C11 of the domain review):

==================  ===============================================================
feedback sheet      VERTROUWELIJK — geheim van de tafel, art. 458ter Sw. — enkel
                    voor de geadresseerde  (table content relayed as agreed)
dossier extract     VERTROUWELIJK — afkomstig uit de LIVC R (art. 458ter Sw.); met
                    akkoord van de tafel opgenomen in het dossier van <organisatie> op
                    <datum van het uittreksel>; niet verder verspreiden  (once in the
                    dossier, the organisation's own secrecy applies: the marking says
                    where it came from and that it went in with the table's agreement)
LTF form            Terugkoppelingsfiche LIVC R — bevat geen informatie die onder het
                    beroepsgeheim aan tafel werd gedeeld (art. 458ter, § 2 Sw.) — beperkte
                    verspreiding  (the information officer's outgoing form, C4; everyone
                    else's own record of the consensus: … art. 458ter Sw. — voor eigen
                    gebruik)
meeting overview    … art. 458ter Sw. — voor eigen gebruik  (case codes, attendance and
                    decisions only when the user includes them, P1)
letter to mayor     VERTROUWELIJK — persoonlijk aan de burgemeester  (no table content:
                    the user's own assessment, so no 458ter marking)
notice to person    PERSOONLIJK  (goes to the young person or family and holds only the
                    fact of being discussed; a secrecy marking would itself say more; the
                    conversation script for the trusted worker: voor eigen gebruik)
==================  ===============================================================

Art. 458ter Sw. is about the case consultation: text that comes only from strategic-table
meetings is marked "VERTROUWELIJK — strategische tafel" instead (feedback sheet, meeting
overview; the dossier extract says "afkomstig van de strategische tafel van de LIVC R").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from vault.actions import actions_of
from vault.attendance import attendance
from vault.cases import get_case, list_cases
from vault.cells import CellContact, cell_contact, get_cell, members
from vault.decisions import decisions, get_decision
from vault.demo import is_demo
from vault.documents.render import (
    TEXT_WIDTH,
    Flowable,
    PageFrame,
    Styles,
    escape_markup,
    markup,
    para,
    render,
    rich,
    short,
    spacer,
    styles,
    table,
    text_block,
)
from vault.documents.strings import Language, Words, stamp_date
from vault.meetings import agenda, get_agenda_item, get_meeting
from vault.model import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Case,
    DecisionKind,
    Meeting,
    Note,
    NoteKind,
    Person,
    Role,
    TableKind,
)
from vault.participation import QUESTIONS, get_assessment
from vault.people import list_people, self_person
from vault.policy import (
    Addressee,
    DocumentKind,
    LtfDocument,
    Reason,
    RevealedFact,
    document_versions,
    latest_decision,
    ltf_document_for,
    may_make_document,
    notice_addressees,
    owner_is_named,
)
from vault.store import Vault

# ---------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class DocumentRequest:
    """Which document to make, about what, in which language."""

    kind: DocumentKind
    colleague_id: int | None = None
    """FEEDBACK_SHEET: the represented colleague it is for."""
    case_id: int | None = None
    """DOSSIER_EXTRACT (required); optional filter of a FEEDBACK_SHEET."""
    meeting_id: int | None = None
    """MEETING_OVERVIEW (required); optional filter of a FEEDBACK_SHEET."""
    decision_id: int | None = None
    """NOTICE_TO_PERSON (an allowed inform decision), LTF_RECORD (an agreed LTF form)."""
    assessment_id: int | None = None
    """REFUSAL_LETTER: the participation assessment."""
    with_motivation: bool = False
    """REFUSAL_LETTER: the user's own step "include my motivation in the letter to the
    mayor" (P10; required to decline)."""
    with_answers: bool = False
    """REFUSAL_LETTER: also the questions weighed and the answers (the user's choice)."""
    ltf_document: LtfDocument | None = None
    """LTF_RECORD: the outgoing form (the information officer's only) or an own record of
    the consensus; None: what :func:`vault.policy.ltf_document_for` gives the user."""
    script: bool = False
    """NOTICE_TO_PERSON: a script for a conversation instead of a letter."""
    addressee: Addressee | None = None
    """NOTICE_TO_PERSON: whom it addresses; for a minor the user chooses
    (:func:`vault.policy.notice_addressees`), for an adult it is the person."""
    language: Literal["nl", "en"] = "nl"
    reveal: frozenset[RevealedFact] = frozenset()
    """MEETING_OVERVIEW: the facts covered by the secret the user chose to include (P1);
    none by default. Other kinds hold what their purpose needs and ignore this."""


class DocumentRefused(Exception):
    """The policy refused the document, or the request lacks its subject.

    ``reason`` is the policy's code (``Reason.UNKNOWN`` for a missing or unknown
    subject); the client words it. The message is English developer text.
    """

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(f"document refused: {reason.value}" + (f" ({detail})" if detail else ""))
        self.reason = reason


@dataclass(frozen=True, slots=True)
class BuiltDocument:
    """A finished PDF and the facts the export record needs (never a path or text)."""

    pdf: bytes
    kind: DocumentKind
    note_ids: tuple[int, ...]
    recipient_id: int | None
    meeting_id: int | None
    case_id: int | None
    revealed: tuple[str, ...] = ()
    """Facts covered by the secret the user chose to include (recorded with the export)."""


# ---------------------------------------------------------------------------- internals


@dataclass(frozen=True, slots=True)
class _Draft:
    title: str
    marking: str
    recipient: str | None
    story: list[Flowable]
    note_ids: tuple[int, ...]
    recipient_id: int | None = None
    meeting_id: int | None = None
    case_id: int | None = None
    revealed: tuple[str, ...] = ()
    header_kind: str | None = None
    """The kind named in the page header, when not the kind's own name."""


@dataclass(frozen=True, slots=True)
class _Context:
    vault: Vault
    w: Words
    st: Styles
    today: date


def _released_notes(
    vault: Vault, kind: DocumentKind, *, with_motivation: bool = False, **subject: int | None
) -> list[Note]:
    """The notes this document may hold, each as released (``body`` is the released
    version, P3; a letter's motivation is the user's own text, included by their own
    step, P10) — the only place the builders read free text."""
    return document_versions(vault, kind, with_motivation=with_motivation, **subject)


def _exists(vault: Vault, table_name: str, row_id: int | None) -> bool:
    if row_id is None:
        return False
    allowed = {"person", "casus", "meeting", "decision", "participation_assessment"}
    if table_name not in allowed:
        raise ValueError(table_name)
    return bool(vault.query(f"SELECT 1 FROM {table_name} WHERE id = ?", (row_id,)))  # noqa: S608


def _require(vault: Vault, table_name: str, row_id: int | None, what: str) -> int:
    if row_id is None or not _exists(vault, table_name, row_id):
        raise DocumentRefused(Reason.UNKNOWN, f"{what} missing or unknown")
    return row_id


def _people(vault: Vault) -> dict[int, Person]:
    return {p.id: p for p in list_people(vault)}


def _name(people: dict[int, Person], person_id: int | None, w: Words) -> str:
    person = people.get(person_id) if person_id is not None else None
    return short(person.name) if person else w("unknown_person")


def _role(role: Role, w: Words) -> str:
    return w(f"role.{role.value}")


def _name_role(person: Person, w: Words) -> str:
    role = _role(person.role, w)
    name = short(person.name)
    suffix = f"({role})"
    return name if name.casefold().endswith(suffix.casefold()) else f"{name} {suffix}"


def place_of(cell_name: str) -> str:
    """The place for a letter's date line, from the cell's name ("LIVC R Gent" → "Gent")."""
    name = re.sub(r"\([^)]*\)", "", cell_name)
    name = re.sub(r"^\s*LIVC(?:[\s-]*R)?\b", "", name, flags=re.IGNORECASE)
    name = name.strip(" -–—,:")
    return short(name or cell_name, 80)


def _meeting_label(meeting: Meeting, cell_name: str, w: Words) -> str:
    return w("meeting_of", date=w.day(meeting.starts_at.date()), cell=short(cell_name))


def _item_label(item: AgendaItem, cases: dict[int, Case], w: Words) -> str:
    label = f"{item.position}. {w(f'item.{item.kind.value}')}"
    if item.case_id is not None and item.case_id in cases:
        label += f" {cases[item.case_id].code}"
    return label


def _sender_block(me: Person | None, ctx: _Context) -> list[Flowable]:
    if me is None:
        return []
    lines = [markup(short(me.name)), markup(_role(me.role, ctx.w))]
    if me.organisation.strip():
        lines.append(markup(short(me.organisation)))
    return [rich("<br/>".join(lines), ctx.st.body), spacer(6)]


def _address_block(lines: Iterable[str], ctx: _Context) -> Flowable:
    style = ctx.st.body.clone("tb-address", leftIndent=TEXT_WIDTH * 0.55)
    return rich("<br/>".join(markup(line) for line in lines), style)


def _signature(me: Person | None, ctx: _Context) -> list[Flowable]:
    story = [para(ctx.w("rl.closing"), ctx.st.body), spacer(14)]
    if me is not None:
        lines = [markup(short(me.name)), markup(_role(me.role, ctx.w))]
        if me.organisation.strip():
            lines.append(markup(short(me.organisation)))
        story.append(rich("<br/>".join(lines), ctx.st.body))
    return story


def _subject_line(label: str, subject: str, ctx: _Context) -> Flowable:
    return rich(f"<b>{escape_markup(label)}</b> {markup(subject)}", ctx.st.body)


def _facts_table(rows: list[tuple[str, str]], ctx: _Context) -> Flowable:
    return table(
        [list(r) for r in rows], [TEXT_WIDTH * 0.25, TEXT_WIDTH * 0.75], ctx.st, header=False
    )


# ---------------------------------------------------------------------------- (1) feedback


def _feedback_sheet(ctx: _Context, req: DocumentRequest) -> _Draft:
    """Only what was released to this colleague (P4), per meeting and case; one line when
    informing the person was allowed for a case on the sheet (P7)."""
    v, w, st = ctx.vault, ctx.w, ctx.st
    colleague_id = _require(v, "person", req.colleague_id, "colleague")
    if not v.query("SELECT 1 FROM representation WHERE colleague_id = ?", (colleague_id,)):
        raise DocumentRefused(Reason.NOT_REPRESENTED)
    if req.case_id is not None:
        _require(v, "casus", req.case_id, "case filter")
    if req.meeting_id is not None:
        _require(v, "meeting", req.meeting_id, "meeting filter")
    notes = _released_notes(
        v,
        DocumentKind.FEEDBACK_SHEET,
        colleague_id=colleague_id,
        case_id=req.case_id,
        meeting_id=req.meeting_id,
    )
    people = _people(v)
    colleague = people[colleague_id]
    me = self_person(v)

    story: list[Flowable] = [para(w("fb.title", name=short(colleague.name)), st.title)]
    facts = [(w("made_by"), w("representative", name=short(me.name)))] if me else []
    if colleague.organisation.strip():
        facts.insert(0, (w("ltf.organisation"), short(colleague.organisation)))
    if facts:
        story += [_facts_table(facts, ctx), spacer(3)]
    meetings: dict[int, Meeting] = {}
    for note in notes:
        if note.meeting_id is not None and note.meeting_id not in meetings:
            meetings[note.meeting_id] = get_meeting(v, note.meeting_id)
    strategic = _strategic_only(meetings.values())
    story.append(para(w("fb.intro_strategic" if strategic else "fb.intro"), st.notice))
    if not notes:
        story.append(para(w("fb.empty"), st.body))

    groups: dict[int, dict[int | None, list[Note]]] = defaultdict(lambda: defaultdict(list))
    for note in notes:
        if note.meeting_id is None:  # the policy gives feedback from meetings only
            raise DocumentRefused(Reason.OWN_REFLECTION_AS_FEEDBACK)
        if note.meeting_id not in meetings:
            meetings[note.meeting_id] = get_meeting(v, note.meeting_id)
        groups[note.meeting_id][note.case_id].append(note)
    inform_said: set[int] = set()
    for meeting_id, by_case in groups.items():
        meeting = meetings[meeting_id]
        story.append(para(_meeting_label(meeting, get_cell(v, meeting.cell_id).name, w), st.h2))
        for case_id, case_notes in by_case.items():
            code = get_case(v, case_id).code if case_id is not None else None
            story.append(para(w("case") + f" {code}" if code else w("no_case"), st.h3))
            for note in case_notes:
                story += text_block(note.body, st.note)
            if case_id is not None and case_id not in inform_said and _inform_allowed(v, case_id):
                inform_said.add(case_id)
                story.append(para(w("fb.inform"), st.notice))
    return _Draft(
        title=w("kind.feedback_sheet"),
        marking=f"{_table_mark(meetings.values(), w)} — {w('mark.feedback')}",
        recipient=w("head.for", name=short(colleague.name)),
        story=story,
        note_ids=tuple(n.id for n in notes),
        recipient_id=colleague_id,
        meeting_id=req.meeting_id,
        case_id=req.case_id,
    )


def _strategic_only(meetings: Iterable[Meeting]) -> bool:
    """Only strategic-table meetings (and at least one): not the case consultation."""
    kinds = {m.table_kind for m in meetings}
    return kinds == {TableKind.STRATEGIC}


def _table_mark(meetings: Iterable[Meeting], w: Words) -> str:
    """The secrecy marking for text from these meetings (C11): art. 458ter Sw. is about the
    case consultation; text from the strategic table only is confidential, no more."""
    return w("mark.strategic") if _strategic_only(meetings) else w("mark.table")


def _inform_allowed(vault: Vault, case_id: int) -> bool:
    """Does the decision that governs for this case — the latest (P7) — allow informing
    the person? Asked of the policy."""
    latest = latest_decision(vault, case_id, DecisionKind.INFORM_PERSON)
    return latest is not None and bool(
        may_make_document(vault, DocumentKind.NOTICE_TO_PERSON, decision_id=latest)
    )


# ---------------------------------------------------------------------------- (2) dossier


def _dossier_extract(ctx: _Context, req: DocumentRequest) -> _Draft:
    """Only notes released to the own dossier, each with when and where that was agreed
    and whose information it is (P3)."""
    v, w, st = ctx.vault, ctx.w, ctx.st
    case = get_case(v, _require(v, "casus", req.case_id, "case"))
    notes = _released_notes(v, DocumentKind.DOSSIER_EXTRACT, case_id=case.id)
    cell = get_cell(v, case.cell_id)
    people = _people(v)
    me = self_person(v)
    story: list[Flowable] = [para(w("dx.title", code=case.code), st.title)]
    facts = [(w("cell"), short(cell.name)), (w("case"), case.code)]
    if me is not None:
        facts.append((w("made_by"), _name_role(me, w)))
    story += [_facts_table(facts, ctx), spacer(3), para(w("dx.intro"), st.notice)]
    if not notes:
        story.append(para(w("dx.empty"), st.body))
    meetings: dict[int, Meeting] = {}

    def meeting(meeting_id: int) -> Meeting:
        if meeting_id not in meetings:
            meetings[meeting_id] = get_meeting(v, meeting_id)
        return meetings[meeting_id]

    for note in notes:
        kind = w(f"note.{note.kind.value}")
        if note.meeting_id is not None:
            m = meeting(note.meeting_id)
            heading = (
                f"{kind} — {w('meeting_of', date=w.day(m.starts_at.date()), cell=short(cell.name))}"
            )
        else:
            heading = f"{kind} — {w('reflection_of', date=w.day(stamp_date(note.created_at)))}"
        story.append(para(heading, st.h3))
        story += text_block(note.body, st.note)
        release = v.query(
            "SELECT id, agreed_meeting_id, info_owner_id, owner_agreed_meeting_id, released_at"
            " FROM release WHERE note_id = ? AND kind = 'own_dossier' AND revoked_at IS NULL"
            " ORDER BY id DESC LIMIT 1",
            (note.id,),
        )
        if release:
            release_id, agreed_id, owner_id, owner_agreed, released_at = release[0]
            parts = [w("dx.released", date=w.day(stamp_date(str(released_at))))]
            if agreed_id is not None and _exists(v, "meeting", int(agreed_id)):
                parts.append(w("dx.agreed", date=w.day(meeting(int(agreed_id)).starts_at.date())))
            else:
                parts.append(w("dx.agreed_none"))
            # The owner is named only when it is the user, or their agreement is recorded
            # (P3: keep ownership; another's name in a dossier colleagues read needs it).
            owner = people.get(int(owner_id))
            if not owner_is_named(v, int(release_id)):
                parts.append(w("dx.owner_unnamed"))
            elif owner_agreed is not None and _exists(v, "meeting", int(owner_agreed)):
                day = w.day(meeting(int(owner_agreed)).starts_at.date())
                name = _name_role(owner, w) if owner else w("unknown_person")
                parts.append(w("dx.owner_agreed", name=name, date=day))
            else:
                owner_text = _name_role(owner, w) if owner else w("unknown_person")
                parts.append(w("dx.owner", name=owner_text))
            story.append(para("; ".join(parts) + ".", st.meta))
    # Once in the dossier, the organisation's own secrecy applies: the marking says where
    # the text came from and that it went in with the table's agreement, on which day (C11).
    origins = [meeting(n.meeting_id) for n in notes if n.meeting_id is not None]
    org = me.organisation.strip() if me is not None else ""
    marking = w(
        "mark.dossier_taken_strategic" if _strategic_only(origins) else "mark.dossier_taken",
        org=short(org, 80) if org else w("mark.own_organisation"),
        date=w.day(ctx.today),
    )
    return _Draft(
        title=w("kind.dossier_extract"),
        marking=marking,
        recipient=w("head.own_dossier"),
        story=story,
        note_ids=tuple(n.id for n in notes),
        case_id=case.id,
    )


# ---------------------------------------------------------------------------- (3) letter


def _refusal_letter(ctx: _Context, req: DocumentRequest) -> _Draft:
    """The participation assessment as a letter to the mayor (P10), in Flemish
    administrative style. The motivation goes in through the user's own step
    (``with_motivation``: their own text, not a release; a decline needs it), the
    questions and answers only when the user chooses (``with_answers``)."""
    v, w, st = ctx.vault, ctx.w, ctx.st
    assessment = get_assessment(
        v, _require(v, "participation_assessment", req.assessment_id, "assessment")
    )
    motivation = _released_notes(
        v,
        DocumentKind.REFUSAL_LETTER,
        assessment_id=assessment.id,
        with_motivation=req.with_motivation,
    )
    cell = get_cell(v, assessment.cell_id)
    me = self_person(v)
    mayor = next((m.person for m in members(v, cell.id) if m.person.role is Role.MAYOR), None)
    cell_name = short(cell.name)

    story: list[Flowable] = _sender_block(me, ctx)
    address = [w("rl.to")]
    if mayor is not None:
        address.append(short(mayor.name))
    address.append(cell_name)
    story += [_address_block(address, ctx), spacer(8)]
    # The date line's place: the municipality recorded with the cell, else the place in
    # the cell's name.
    place = cell_contact(v, cell.id).municipality.strip() or place_of(cell.name)
    story.append(para(f"{short(place, 80)}, {w.short_day(ctx.today)}", st.body))
    story.append(spacer(4))
    declined = assessment.conclusion is not None and assessment.conclusion.value == "decline"
    subject = w("rl.subject.decline" if declined else "rl.subject.other", cell=cell_name)
    story += [_subject_line(w("rl.subject_label"), subject, ctx), spacer(3)]
    story.append(para(w("rl.salutation"), st.body))
    if me is None:
        intro = w("rl.intro_anon", cell=cell_name)
    elif me.organisation.strip():
        intro = w(
            "rl.intro", role=_role(me.role, w), organisation=short(me.organisation), cell=cell_name
        )
    else:
        intro = w("rl.intro_no_org", role=_role(me.role, w), cell=cell_name)
    story.append(para(intro, st.body))
    if req.with_answers:
        rows = [[w("rl.question"), w("rl.answer")]]
        for question in QUESTIONS:
            answer = assessment.answers.get(question)
            answer_key = f"answer.{answer.value}" if answer else "answer.none"
            rows.append([w(f"rl.q.{question}"), w(answer_key)])
        story.append(para(w("rl.answers"), st.h3))
        story += [table(rows, [TEXT_WIDTH * 0.8, TEXT_WIDTH * 0.2], st), spacer(3)]
    story.append(para(w("rl.conclusion"), st.h3))
    conclusion = assessment.conclusion.value if assessment.conclusion else "none"
    story.append(para(w(f"rl.c.{conclusion}"), st.body))
    if motivation:
        story.append(para(w("rl.motivation"), st.h3))
        for note in motivation:
            story += text_block(note.body, st.body)
    story += [spacer(2), para(w("rl.available"), st.body)]
    story += _signature(me, ctx)
    recipient = w("head.mayor") + (f", {short(mayor.name)}" if mayor else "")
    return _Draft(
        title=w("kind.refusal_letter"),
        marking=w("mark.letter"),
        recipient=w("head.to", name=recipient),
        story=story,
        note_ids=tuple(n.id for n in motivation),
        recipient_id=mayor.id if mayor else None,
    )


# ---------------------------------------------------------------------------- (4) notice


def _notice_subject(vault: Vault, req: DocumentRequest) -> tuple[int, Addressee, CellContact]:
    """(meeting, addressee, the cell's municipality and contact point) of a notice, or
    :class:`DocumentRefused`: the addressee must be one the policy allows (for a minor,
    chosen), and the cell must name its municipality and a contact point."""
    rows = vault.query(
        "SELECT m.cell_id, m.id FROM decision d JOIN meeting m ON m.id = d.meeting_id"
        " WHERE d.id = ?",
        (req.decision_id,),
    )
    if not rows or req.decision_id is None:  # may_make_document allowed it: does not happen
        raise DocumentRefused(Reason.NOT_AN_INFORM_DECISION)
    options = notice_addressees(vault, req.decision_id)
    addressee = (
        req.addressee if req.addressee is not None else (options[0] if len(options) == 1 else None)
    )
    if addressee is None or addressee not in options:
        raise DocumentRefused(Reason.ADDRESSEE_REQUIRED)
    contact = cell_contact(vault, int(rows[0][0]))
    if not contact.complete:
        raise DocumentRefused(Reason.NOTICE_DETAILS_MISSING)
    return int(rows[0][1]), addressee, contact


def _notice_to_person(ctx: _Context, req: DocumentRequest) -> _Draft:
    """Only the fact that the person was discussed (P7), as a letter or a script.

    Reads no note and no case at all — not even the case code: it names the LIVC R of
    the municipality, the contact point (both recorded with the cell), the sender and
    the date. Whether the subject is a minor, and so whom it may address, is asked of the
    policy (:func:`vault.policy.notice_addressees`). The **letter** speaks as the
    signatory ("ik"), leaves lines for the name and address to be written in by hand, and
    says whom it addresses; the **script** tells the trusted worker what to say in a
    short conversation, and what never to say.
    """
    v, w, st = ctx.vault, ctx.w, ctx.st
    meeting_id, addressee, contact = _notice_subject(v, req)
    municipality, point = short(contact.municipality, 80), short(contact.contact, 300)
    a = addressee.value
    me = self_person(v)
    if req.script:
        minor = addressee is not Addressee.PERSON
        story: list[Flowable] = [para(w("ns.title"), st.title)]
        story += [_facts_table([(w("ns.for"), w(f"head.{a}"))], ctx), spacer(3)]
        story.append(para(w("ns.intro"), st.notice))
        story.append(para(w("ns.say"), st.h2))
        for line in (
            w("ns.say.fact.minor" if minor else "ns.say.fact.person", municipality=municipality),
            w("ns.say.what"),
            w("ns.say.contact", contact=point),
            w("ns.say.rights", contact=point),
        ):
            story.append(para(f"• {line}", st.body))
        story.append(para(w("ns.not"), st.h2))
        for line in (w("ns.not.content"), w("ns.not.who"), w("ns.not.decided")):
            story.append(para(f"• {line}", st.body))
        story.append(para(w("ns.questions"), st.h2))
        story.append(para(w("ns.questions.text", contact=point), st.body))
        return _Draft(
            title=w("kind.notice_script"),
            marking=w("mark.own_use").capitalize(),
            recipient=w("head.own_use"),
            story=story,
            note_ids=(),
            meeting_id=meeting_id,
            header_kind=w("kind.notice_script"),
        )
    story = _sender_block(me, ctx)
    blank = w("np.blank")
    story += [_address_block([w(f"np.to.{a}"), blank, blank, blank], ctx), spacer(8)]
    story += [para(f"{municipality}, {w.short_day(ctx.today)}", st.body), spacer(4)]
    subject = w("np.subject", municipality=municipality)
    story += [_subject_line(w("rl.subject_label"), subject, ctx), spacer(3)]
    story.append(para(w(f"np.salutation.{a}"), st.body))
    story.append(para(w(f"np.body.{a}", municipality=municipality), st.body))
    story.append(para(w("np.what"), st.body))
    story.append(para(w("np.only_fact"), st.body))
    story.append(para(w(f"np.rights.{a}", contact=point), st.body))
    story += _signature(me, ctx)
    return _Draft(
        title=w("kind.notice_to_person"),
        marking=w("mark.personal"),
        recipient=w("head.to", name=w(f"head.{a}")),
        story=story,
        note_ids=(),
        meeting_id=meeting_id,
    )


# ---------------------------------------------------------------------------- (5) LTF


def _ltf_record(ctx: _Context, req: DocumentRequest) -> _Draft:
    """An agreed LTF feedback form (P6), as one of two documents (domain review C4).

    The **outgoing form** is the information officer's: marked as holding no information
    shared at the table under professional secrecy, addressed to the LTF, approvers only
    as "consensus of all effectively participating members on <date>" — no names, no
    organisations. Everyone else gets an **own record of the consensus**, for own use,
    never addressed to the LTF: the same sentence, the roles of those who approved (no
    names), and the form text.
    """
    v, w, st = ctx.vault, ctx.w, ctx.st
    if req.decision_id is None:  # may_make_document allowed it, so this does not happen
        raise DocumentRefused(Reason.NOT_AN_LTF_FORM)
    outgoing = (req.ltf_document or ltf_document_for(v)) is LtfDocument.OUTGOING
    decision = get_decision(v, req.decision_id)
    texts = _released_notes(v, DocumentKind.LTF_RECORD, decision_id=decision.id)
    meeting = get_meeting(v, decision.meeting_id)
    cell = get_cell(v, meeting.cell_id)
    item = get_agenda_item(v, decision.agenda_item_id)
    # The form's case: chosen when it was recorded at a general item (the text note's),
    # else the item's own.
    case_id = texts[0].case_id if texts and texts[0].case_id is not None else item.case_id
    story: list[Flowable] = [para(w("ltf.title" if outgoing else "lr.title"), st.title)]
    facts = [
        (w("cell"), short(cell.name)),
        (w("meeting"), w.moment(meeting.starts_at)),
    ]
    if case_id is not None:
        facts.append((w("case"), get_case(v, case_id).code))
    if outgoing:
        facts.append((w("made_by"), w("ltf.made_by_officer")))
    story += [_facts_table(facts, ctx), spacer(3)]
    if not outgoing:
        story.append(para(w("lr.intro"), st.notice))
    # The consensus was reached at the meeting: its day, not the day it was typed in.
    story.append(para(w("ltf.consensus", date=w.day(meeting.starts_at.date())), st.body))
    if not outgoing:
        roles = [
            _role(Role(str(role)), w)
            for (role,) in v.query(
                "SELECT DISTINCT p.role FROM decision_position dp"
                " JOIN person p ON p.id = dp.person_id"
                " WHERE dp.decision_id = ? AND dp.position = 'approve'",
                (decision.id,),
            )
        ]
        if roles:
            story.append(para(w("lr.roles", roles=", ".join(sorted(roles))), st.body))
    story.append(para(w("ltf.reminder"), st.notice))
    story.append(para(w("ltf.text"), st.h2))
    if texts:
        for note in texts:
            story += text_block(note.body, st.note)
    else:
        story.append(para(w("ltf.no_text"), st.body))
    if outgoing:
        marking, recipient, title = w("mark.ltf"), w("head.ltf"), w("kind.ltf_record")
        header = title
    else:
        marking = f"{_table_mark([meeting], w)} — {w('mark.own_use')}"
        recipient, title = w("head.own_use"), w("kind.ltf_own_record")
        header = w("kind.ltf_own_short")
    return _Draft(
        title=title,
        marking=marking,
        recipient=recipient,
        story=story,
        note_ids=tuple(n.id for n in texts),
        meeting_id=meeting.id,
        case_id=case_id,
        header_kind=header,
    )


# ---------------------------------------------------------------------------- (6) overview


def _meeting_overview(ctx: _Context, req: DocumentRequest) -> _Draft:
    """A meeting for own use: dates, cell, the agenda's kinds and own-dossier text (P1).

    Case codes, attendance (who was there for which case item) and decisions with their
    outcomes and actions reveal who was discussed and what was decided about them: they
    are covered by the secret of the table and go in only when the user includes them
    (``req.reveal``). The file says what it leaves out, and what it holds by choice.
    """
    v, w, st = ctx.vault, ctx.w, ctx.st
    meeting = get_meeting(v, _require(v, "meeting", req.meeting_id, "meeting"))
    reveal = frozenset(RevealedFact(f) for f in req.reveal)
    codes = RevealedFact.CASE_CODES in reveal
    released = {
        n.id: n for n in _released_notes(v, DocumentKind.MEETING_OVERVIEW, meeting_id=meeting.id)
    }
    shown: set[int] = set()
    cell = get_cell(v, meeting.cell_id)
    people = _people(v)
    cases = {c.id: c for c in list_cases(v, meeting.cell_id)} if codes else {}
    items = agenda(v, meeting.id)
    item_by_id = {i.id: i for i in items}

    def item_label(item_id: int | None) -> str:
        item = item_by_id.get(item_id) if item_id is not None else None
        return _item_label(item, cases, w) if item else w("none")

    story: list[Flowable] = [
        para(w("mo.title", date=w.day(meeting.starts_at.date())), st.title),
        _facts_table(
            [
                (w("cell"), short(cell.name)),
                (w("mo.when"), w.moment(meeting.starts_at)),
                (w("place"), short(meeting.place) or w("none")),
                (w("table"), w(f"table.{meeting.table_kind.value}")),
                (w("status"), w(f"meeting.{meeting.status.value}")),
            ],
            ctx,
        ),
    ]
    chosen = [f for f in RevealedFact if f in reveal]
    left = [f for f in RevealedFact if f not in reveal]
    if chosen:
        facts = ", ".join(w(f"fact.{f.value}") for f in chosen)
        story.append(para(w("mo.revealed", facts=facts), st.notice))

    if RevealedFact.ATTENDANCE in reveal:
        story += _overview_attendance(ctx, meeting, item_by_id, people)

    # Agenda: kinds (and case codes when chosen); "other" flagged on an operational table.
    story.append(para(w("mo.agenda"), st.h2))
    rows = [[w("mo.item"), w("mo.kind"), w("case"), w("mo.remark")]]
    for item in items:
        code = cases[item.case_id].code if item.case_id in cases else ""
        flag = w("mo.off_topic") if item.off_topic_on(meeting.table_kind) else ""
        rows.append([str(item.position), w(f"item.{item.kind.value}"), code, flag])
    columns = [0, 1] + ([2] if codes else []) + ([3] if any(r[3] for r in rows[1:]) else [])
    rows = [[row[c] for c in columns] for row in rows]
    fractions = {2: (0.1, 0.9), 3: (0.08, 0.6, 0.32), 4: (0.08, 0.42, 0.18, 0.32)}
    widths = [TEXT_WIDTH * f for f in fractions[len(columns)]]
    story.append(table(rows, widths, st) if items else para(w("mo.none"), st.body))

    def released_text(note_id: int | None, heading: str) -> list[Flowable]:
        if note_id is None or note_id not in released:
            return []
        shown.add(note_id)
        return [para(heading, st.h3), *text_block(released[note_id].body, st.note)]

    if RevealedFact.DECISIONS in reveal:
        # Decisions: kind and outcome; a text only when released to the own dossier.
        story.append(para(w("mo.decisions"), st.h2))
        decs = decisions(v, meeting_id=meeting.id)
        rows = [[w("mo.item"), w("mo.kind"), w("mo.outcome")]]
        rows += [
            [
                item_label(d.agenda_item_id),
                w(f"decision.{d.kind.value}"),
                w(f"outcome.{d.outcome.value}"),
            ]
            for d in decs
        ]
        widths = [TEXT_WIDTH * f for f in (0.4, 0.3, 0.3)]
        story.append(table(rows, widths, st) if decs else para(w("mo.none"), st.body))
        for d in decs:
            story += released_text(
                d.text_note_id, f"{w(f'decision.{d.kind.value}')} — {item_label(d.agenda_item_id)}"
            )

        # Actions: owner, due date, status; a description only when released.
        story.append(para(w("mo.actions"), st.h2))
        acts = actions_of(v, meeting.id)
        rows = [[w("mo.item"), w("mo.owner"), w("mo.due"), w("status")]]
        for act in acts:
            status = w(f"action.{act.status.value}")
            if act.not_done_reason is not None:
                status += f": {w(f'reason.{act.not_done_reason.value}')}"
            item_text = (
                item_label(act.agenda_item_id)
                if act.agenda_item_id
                else (cases[act.case_id].code if act.case_id in cases else w("none"))
            )
            rows.append(
                [
                    item_text,
                    _name(people, act.owner_id, w),
                    w.day(act.due_date) if act.due_date else w("none"),
                    status,
                ]
            )
        widths = [TEXT_WIDTH * f for f in (0.25, 0.21, 0.24, 0.3)]
        story.append(table(rows, widths, st) if acts else para(w("mo.none"), st.body))
        for act in acts:
            owner = _name(people, act.owner_id, w)
            story += released_text(
                act.description_note_id, f"{w('note.action_description')} — {owner}"
            )

    # Every other text released to the own dossier, per agenda item (decision texts and
    # action descriptions too, when their tables are left out: the text was released).
    rest = [n for n in released.values() if n.id not in shown]
    story.append(para(w("mo.notes"), st.h2))
    if not rest:
        story.append(para(w("mo.none"), st.body))
    by_item: dict[int | None, list[Note]] = defaultdict(list)
    for note in rest:
        by_item[note.agenda_item_id].append(note)
    for item_id, item_notes in sorted(
        by_item.items(), key=lambda e: item_by_id[e[0]].position if e[0] in item_by_id else 0
    ):
        story.append(para(item_label(item_id) if item_id is not None else w("meeting"), st.h3))
        for note in item_notes:
            if note.kind is not NoteKind.NOTE:
                story.append(para(w(f"note.{note.kind.value}"), st.small))
            story += text_block(note.body, st.note)
            shown.add(note.id)
    story += [spacer(4), para(w("mo.text_hidden"), st.small)]
    if left:
        facts = ", ".join(w(f"fact.{f.value}") for f in left)
        story.append(para(w("mo.left_out", facts=facts), st.small))
    return _Draft(
        title=w("kind.meeting_overview"),
        marking=f"{_table_mark([meeting], w)} — {w('mark.own_use')}",
        recipient=w("head.own_use"),
        story=story,
        note_ids=tuple(sorted(shown)),
        meeting_id=meeting.id,
        revealed=tuple(f.value for f in chosen),
    )


def _overview_attendance(
    ctx: _Context, meeting: Meeting, item_by_id: dict[int, AgendaItem], people: dict[int, Person]
) -> list[Flowable]:
    """Attendance, with who was in or out for single items (P5) and the briefing (P9):
    only when the user chose to include it (it can tell which school a young person
    attends, through the ad hoc participant at their case)."""
    v, w, st = ctx.vault, ctx.w, ctx.st
    story: list[Flowable] = [para(w("mo.attendance"), st.h2)]
    marks: dict[int, list[tuple[int, bool]]] = defaultdict(list)
    for item_id, person_id, present in v.query(
        "SELECT ia.agenda_item_id, ia.person_id, ia.present FROM item_attendance ia"
        " JOIN agenda_item i ON i.id = ia.agenda_item_id WHERE i.meeting_id = ?"
        " ORDER BY i.position",
        (meeting.id,),
    ):
        if int(item_id) in item_by_id:
            marks[int(person_id)].append((item_by_id[int(item_id)].position, bool(present)))
    rows = [[w("mo.person"), w("mo.role"), w("mo.presence"), w("mo.ad_hoc"), w("mo.briefed")]]
    order = {s: n for n, s in enumerate(AttendanceStatus)}

    def attendance_order(a: Attendance) -> tuple[int, str]:
        return order[a.status], _name(people, a.person_id, w).casefold()

    for a in sorted(attendance(v, meeting.id), key=attendance_order):
        person = people.get(a.person_id)
        status = w(f"att.{a.status.value}")
        if a.status is AttendanceStatus.PRESENT:
            if not a.whole_meeting:
                only = [str(pos) for pos, present in marks[a.person_id] if present]
                status += f" ({w('mo.only_items', items=', '.join(only) or w('none'))})"
            else:
                left = [str(pos) for pos, present in marks[a.person_id] if not present]
                if left:
                    status += f" ({w('mo.left_items', items=', '.join(left))})"
        rows.append(
            [
                _name(people, a.person_id, w),
                _role(person.role, w) if person else "",
                status,
                w("yes") if a.ad_hoc else w("no"),
                w("yes") if a.briefed else w("no"),
            ]
        )
    widths = [TEXT_WIDTH * f for f in (0.25, 0.22, 0.25, 0.09, 0.19)]
    story.append(table(rows, widths, st) if len(rows) > 1 else para(w("mo.none"), st.body))
    return story


# ---------------------------------------------------------------------------- entry point

_BUILDERS: dict[DocumentKind, Callable[[_Context, DocumentRequest], _Draft]] = {
    DocumentKind.FEEDBACK_SHEET: _feedback_sheet,
    DocumentKind.DOSSIER_EXTRACT: _dossier_extract,
    DocumentKind.REFUSAL_LETTER: _refusal_letter,
    DocumentKind.NOTICE_TO_PERSON: _notice_to_person,
    DocumentKind.LTF_RECORD: _ltf_record,
    DocumentKind.MEETING_OVERVIEW: _meeting_overview,
}


def refusal_of(vault: Vault, request: DocumentRequest) -> Reason | None:
    """Why this document would be refused, or None — asked before a file is chosen, and
    again when the document is built: the policy's verdict (P6, P7, P10), and a notice's
    addressee and the cell's contact details."""
    kind = DocumentKind(request.kind)
    ltf = request.ltf_document
    if kind is DocumentKind.LTF_RECORD and ltf is None:
        ltf = ltf_document_for(vault)
    verdict = may_make_document(
        vault,
        kind,
        decision_id=request.decision_id,
        ltf_document=ltf,
        assessment_id=request.assessment_id,
        with_motivation=request.with_motivation,
    )
    if not verdict:
        return verdict.reason
    if kind is DocumentKind.NOTICE_TO_PERSON:
        try:
            _notice_subject(vault, request)
        except DocumentRefused as exc:
            return exc.reason
    return None


def build_document(
    vault: Vault, request: DocumentRequest, *, today: date | None = None
) -> BuiltDocument:
    """Build the PDF for a request (unencrypted, in memory) with its export facts.

    Raises :class:`DocumentRefused` when the policy refuses or the subject is missing.
    """
    kind = DocumentKind(request.kind)
    if request.language not in ("nl", "en"):
        raise ValueError(f"unsupported document language: {request.language!r}")
    language: Language = request.language
    refusal = refusal_of(vault, request)
    if refusal is not None:
        raise DocumentRefused(refusal)
    w = Words(language)
    day = today if today is not None else vault.clock.now().astimezone().date()
    draft = _BUILDERS[kind](_Context(vault, w, styles(), day), request)
    frame = PageFrame(
        kind=draft.header_kind or w(f"kind.{kind.value}"),
        marking=draft.marking,
        recipient=draft.recipient,
        date=w.day(day),
        page_template=w("foot.page"),
        demo=w("mark.demo") if is_demo(vault) else None,
    )
    pdf = render(draft.story, frame, title=draft.title, lang="nl-BE" if language == "nl" else "en")
    return BuiltDocument(
        pdf,
        kind,
        draft.note_ids,
        draft.recipient_id,
        draft.meeting_id,
        draft.case_id,
        draft.revealed,
    )
