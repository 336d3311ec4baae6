"""The vocabulary of the LIVC R domain: enumerations and plain records.

Names follow the glossary in ``../shared/domain.md`` (English in code, Dutch in the UI).
Records are frozen dataclasses holding plain values — no database connection — so the
GUI's item models and the secrecy policy can hold and pass them freely.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Role(StrEnum):
    """What a person does at (or for) the table."""

    MAYOR = "mayor"
    PREVENTION_OFFICER = "prevention_officer"
    """Coordinator / *preventieambtenaar*."""
    INFORMATION_OFFICER = "information_officer"
    POLICE_CHIEF = "police_chief"
    POLICE = "police"
    CLB = "clb"
    """School counselling centre."""
    SCHOOL = "school"
    SOCIAL_SERVICES = "social_services"
    JUSTICE_HOUSE = "justice_house"
    CIVIL_AFFAIRS = "civil_affairs"
    YOUTH_OFFICER = "youth_officer"
    """*Jeugdambtenaar*."""
    YOUTH_WELFARE_WORKER = "youth_welfare_worker"
    HEAD_OF_LEISURE = "head_of_leisure"
    OTHER = "other"

    @property
    def is_police(self) -> bool:
        """Police participants can confirm that no investigation is at risk (P7)."""
        return self in (Role.INFORMATION_OFFICER, Role.POLICE_CHIEF, Role.POLICE)


class TableKind(StrEnum):
    STRATEGIC = "strategic"
    OPERATIONAL = "operational"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class AgendaItemKind(StrEnum):
    OPENING = "opening"
    """Opening, with the reminder of the agreement framework and the secrecy duty."""
    OPEN_ACTIONS = "open_actions"
    CASE = "case"
    THEME = "theme"
    LTF_DECISIONS = "ltf_decisions"
    CLOSING = "closing"
    OTHER = "other"
    """On an operational table this shows the reminder that the table is not meant for it."""


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    # No "represented": a permanent representative is the member (P6, rev.); whom they sit
    # in for is their own record (:func:`vault.cells.sit_in_for`), never attendance.


class CaseStatus(StrEnum):
    OPEN = "open"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class Trajectory(StrEnum):
    """State of an individual follow-up trajectory (*opvolgingstraject*)."""

    NONE = "none"
    PROPOSED = "proposed"
    RUNNING = "running"
    ENDED = "ended"


class CaseStage(StrEnum):
    """Where a case stands in its life (P13). ``status`` and ``trajectory`` follow it."""

    REFERRAL = "referral"
    """*Aanmelding*: referred to the cell, not yet discussed."""
    DISCUSSED = "discussed"
    SCREENING = "screening"
    """Being screened against the local definition (and, for a minor, the stepwise check)."""
    TRAJECTORY_PROPOSED = "trajectory_proposed"
    TRAJECTORY_RUNNING = "trajectory_running"
    CLOSED = "closed"


class ClosureReason(StrEnum):
    """Why a case was closed (P13); retention review counts from the closure."""

    GOAL_REACHED = "goal_reached"
    REFERRED_TO_CARE = "referred_to_care"
    OUT_OF_SCOPE = "out_of_scope"
    """Outside the cell's local definition of radicalisation."""
    LTF_POLICE = "ltf_police"
    """Followed by the LTF or the police."""
    MOVED = "moved"
    """The person moved to another municipality: the notes do not travel (M11)."""
    OTHER = "other"


class CaseDecisionKind(StrEnum):
    """Decisions beyond the two legal ones (P13; domain review M3)."""

    TRAJECTORY = "trajectory"
    """A follow-up trajectory: what, who leads it, when it is evaluated."""
    REFERRAL = "referral"
    """Referred to another service or organisation."""
    CLOSURE = "closure"
    """The case is closed, with a reason."""


class AgendaSection(StrEnum):
    """The sections of the practice's operational agenda (domain review M2)."""

    OPENING = "opening"
    PREVIOUS_REPORT = "previous_report"
    OPEN_ACTIONS = "open_actions"
    RUNNING_CASES = "running_cases"
    NEW_REFERRALS = "new_referrals"
    LTF = "ltf"
    CASES_TO_CLOSE = "cases_to_close"
    VARIA = "varia"
    """Varia and signals for the strategic table."""
    NEXT_MEETING = "next_meeting"


class NoteKind(StrEnum):
    """Every free text the user writes is a note of one of these kinds (P1)."""

    NOTE = "note"
    DECISION_TEXT = "decision_text"
    ACTION_DESCRIPTION = "action_description"
    PREPARED_INPUT = "prepared_input"
    LTF_FORM_TEXT = "ltf_form_text"
    MOTIVATION = "motivation"
    """Motivation of a participation assessment or of a refusal (P10)."""


class ReleaseKind(StrEnum):
    OWN_DOSSIER = "own_dossier"
    """Into one's own organisation's case file — readable by colleagues there."""
    FEEDBACK = "feedback"
    """As feedback for a named, represented colleague (P4)."""
    LTF = "ltf"
    """The text of an LTF feedback form, released by recording its consensus (P6)."""


class Position(StrEnum):
    """A member's position on an LTF feedback form (P6)."""

    APPROVE = "approve"
    OBJECT = "object"
    ABSTAIN = "abstain"


class DecisionKind(StrEnum):
    LTF_FORM = "ltf_form"
    INFORM_PERSON = "inform_person"
    OTHER = "other"


class DecisionOutcome(StrEnum):
    AGREED = "agreed"
    """LTF form: every effectively participating member present approved (P6)."""
    NOT_PASSED_ON = "not_passed_on"
    """LTF form without consensus: recorded as not passed on (P6)."""
    ALLOWED = "allowed"
    """Informing the person: all three conditions hold (P7)."""
    NOT_ALLOWED = "not_allowed"
    """Informing the person: refused — a condition fails, or a police participant
    indicated a risk for an investigation (P7)."""
    OPEN = "open"
    """Informing the person: no police participant was present, so the question stays
    open — ask the information officer (P7). Not a refusal."""
    POSTPONED = "postponed"
    """Informing the person: the table postponed the question until ``review_on`` (P7)."""
    RECORDED = "recorded"
    """Other decisions: the text is what was decided."""


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_DONE = "not_done"


class NotDoneReason(StrEnum):
    CIRCUMSTANCES_CHANGED = "circumstances_changed"
    NOT_ACTED = "not_acted"


class Answer(StrEnum):
    """Answer to a question of the participation assessment."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class Conclusion(StrEnum):
    PARTICIPATE = "participate"
    PARTICIPATE_WITH_CONDITIONS = "participate_with_conditions"
    SEND_REPRESENTATIVE = "send_representative"
    DECLINE = "decline"


# ---------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    organisation: str
    role: Role
    professional: bool
    is_self: bool


@dataclass(frozen=True, slots=True)
class Cell:
    id: int
    name: str
    framework_text: str
    local_definition: str
    retention_months: int


@dataclass(frozen=True, slots=True)
class Member:
    person: Person
    structural: bool


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    cell_id: int
    code: str
    subject_is_minor: bool
    minors_in_context: bool
    status: CaseStatus
    trajectory: Trajectory
    care_first: bool | None
    """Stepwise check (P8): was the minor handled first by care and welfare outside?"""
    clear_signs: bool | None
    """Stepwise check (P8): are there very clear signs of radicalisation?"""
    stage: CaseStage = CaseStage.REFERRAL
    """Where the case stands in its life (P13)."""
    lead_organisation: str = ""
    """The organisation leading the follow-up trajectory ("" when none)."""
    case_director_id: int | None = None
    """The *casusregisseur*, when known."""
    evaluation_on: date | None = None
    """When the follow-up trajectory is evaluated."""
    closure_reason: ClosureReason | None = None
    closed_on: date | None = None
    """The day the case was closed: its retention review counts from here (P13)."""

    @property
    def closed(self) -> bool:
        return self.stage is CaseStage.CLOSED

    @property
    def stepwise_check_open(self) -> bool:
        """True for a minor's case whose stepwise questions are not both answered (P8)."""
        return self.subject_is_minor and (self.care_first is None or self.clear_signs is None)


@dataclass(frozen=True, slots=True)
class Meeting:
    id: int
    cell_id: int
    starts_at: datetime
    table_kind: TableKind
    place: str
    status: MeetingStatus


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: int
    meeting_id: int
    position: int
    kind: AgendaItemKind
    title: str
    case_id: int | None
    section: AgendaSection | None = None
    """The practice's agenda section the item belongs to (None: made before schema 7)."""

    def off_topic_on(self, table: TableKind) -> bool:
        """ "Other" items do not belong on an operational table: show the reminder."""
        return self.kind is AgendaItemKind.OTHER and table is TableKind.OPERATIONAL


@dataclass(frozen=True, slots=True)
class Attendance:
    meeting_id: int
    person_id: int
    status: AttendanceStatus
    ad_hoc: bool
    briefed: bool
    """Told the agreement framework and the secrecy duty (P9)."""
    whole_meeting: bool
    """False: present only for the agenda items recorded in item attendance."""


@dataclass(frozen=True, slots=True)
class Release:
    id: int
    note_id: int
    kind: ReleaseKind
    colleague_id: int | None
    agreed_meeting_id: int | None
    info_owner_id: int
    released_at: str
    revoked_at: str | None
    relayed_at: str | None
    """When the released version was handed over (feedback): it names that version."""
    version_id: int = 0
    """The text released: a frozen row of ``note_version`` (P3). Text typed or changed
    afterwards is table-only until released again."""
    owner_agreed_meeting_id: int | None = None
    """When the information is another participant's: the meeting where they agreed to
    this use (P3, keep ownership). None for the user's own information."""

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    body: str
    kind: NoteKind
    meeting_id: int | None
    agenda_item_id: int | None
    case_id: int | None
    created_at: str
    updated_at: str

    @property
    def own_reflection(self) -> bool:
        """Written outside a meeting: the user's own reflection, and it says so (P5)."""
        return self.meeting_id is None


@dataclass(frozen=True, slots=True)
class Label:
    """Where a note's released versions may go. No active release: table-only (P1, P2).

    A release binds the text as it stood when released (P3): ``changed`` says that the
    note's current text differs from at least one active release's version. That new
    text is table-only until it is released again; outputs hold the released versions.
    """

    own_dossier: bool
    colleague_ids: frozenset[int]
    ltf: bool = False
    """The text of an LTF form whose consensus was recorded (P6)."""
    changed: bool = False
    """The note was changed after (one of) its releases: the new text stays at the table."""

    @property
    def table_only(self) -> bool:
        return not self.own_dossier and not self.colleague_ids and not self.ltf

    @property
    def current_text_released(self) -> bool:
        """Every active release holds the current text (so it may be shown as released)."""
        return not self.table_only and not self.changed


TABLE_ONLY_LABEL = Label(False, frozenset())


def label_from_releases(active: Iterable[tuple[str, int | None, bool]]) -> Label:
    """The label of a note from its active releases as (kind, colleague id, current)
    triples; ``current`` says whether the release's version is the note's current text."""
    releases = list(active)
    if not releases:
        return TABLE_ONLY_LABEL
    return Label(
        own_dossier=any(kind == ReleaseKind.OWN_DOSSIER for kind, _, _ in releases),
        colleague_ids=frozenset(
            int(c) for kind, c, _ in releases if kind == ReleaseKind.FEEDBACK and c is not None
        ),
        ltf=any(kind == ReleaseKind.LTF for kind, _, _ in releases),
        changed=not all(current for _, _, current in releases),
    )


@dataclass(frozen=True, slots=True)
class Decision:
    id: int
    meeting_id: int
    agenda_item_id: int
    kind: DecisionKind
    outcome: DecisionOutcome
    text_note_id: int | None
    all_agree: bool | None
    fact_only: bool | None
    no_investigation_risk: bool | None
    confirmed_by_id: int | None
    """Informing, schema ≤ 5: the police member who confirmed no risk. Since schema 6 who
    said what for the police is :func:`vault.informing.police_statements`."""
    decided_at: str
    review_on: date | None = None
    """Informing postponed: the date the question comes back (P7)."""


@dataclass(frozen=True, slots=True)
class Action:
    id: int
    meeting_id: int
    agenda_item_id: int | None
    case_id: int | None
    owner_id: int
    due_date: date | None
    status: ActionStatus
    not_done_reason: NotDoneReason | None
    description_note_id: int | None
    owner_organisation: str = ""
    """The organisation that does it. When the person is not known, only this is set and
    :attr:`owner_id` is :data:`NO_PERSON` (schema 7; domain review M5)."""

    @property
    def owner_person_id(self) -> int | None:
        """The person who does it, or None when only the organisation is known."""
        return None if self.owner_id == NO_PERSON else self.owner_id


NO_PERSON = 0
"""An action's :attr:`Action.owner_id` when only its organisation is known (no person has
id 0: ids start at 1)."""


@dataclass(frozen=True, slots=True)
class CaseDecision:
    """The structure of a decision beyond the two legal ones (P13): a trajectory, a
    referral or a closure. Its :class:`Decision` (kind ``other``) holds the text."""

    decision_id: int
    case_id: int
    kind: CaseDecisionKind
    lead_organisation: str = ""
    case_director_id: int | None = None
    evaluation_on: date | None = None
    referred_to: str = ""
    closure_reason: ClosureReason | None = None
