"""The secrecy policy — the one place that decides what may leave the vault.

Why this file is longer than ~500 lines: the secrecy policy is one module by rule (the
developers' brief: every path that lets content out asks it, and only it). Its sections
follow the rules: releases and feedback (P3, P4), copies and channels, the facts an overview
reveals (P1), consensus (P6), informing (P7), documents.

Every path that lets content out (clipboard, drag, print, PDF, feedback sheet, the
projector in presentation mode) asks this module; none decides for itself. Rules are
cited by number from ``../shared/domain.md``:

* **P1** every free text starts table-only: a note without an active release.
* **P2** table-only content never leaves: :func:`may_leave` refuses every channel.
* **P3** releasing is an explicit act that names the meeting where it was agreed and
  whose information it is: :func:`may_release` checks those facts. A release binds the
  text as it stood (a ``note_version``): every output reads the released versions
  (:func:`document_versions`, :func:`may_copy`), never text typed afterwards.
* **P4** feedback goes only to a colleague of the user's own organisation whom the user
  represented **for the note's agenda item** (the user's own record that they sat at
  that meeting for the colleague, ``represented_at``, with the user in the room for the
  item) — one rule, :func:`feedback_refusal`, for the
  release, the dialog's candidates and the feedback sheet; a colleague's sheet holds
  only the versions released to that colleague. :func:`may_represent` keeps the
  representation itself to colleagues of the user's own organisation.
* **P5** a note's scope is who was in the room for its agenda item (:func:`note_scope`).
* **P6** an LTF form belongs to a case; it is agreed only when every effectively
  participating member present for any item of that case in the meeting, and every owner
  of the information it draws on, approved (:func:`consensus`, :func:`item_consensus`).
  A permanent representative is the member: one position, for the organisation; the
  colleague they sit in for is never part of the consensus.
* **P7** informing the person is allowed when every participant agrees and only the fact
  is told; condition 3 holds unless a police participant present indicates a risk, and
  with no police present the question stays open ("ask the information officer"), it is
  not refused (:func:`inform_person_verdict`, :func:`inform_outcome`); the notice holds
  no content at all, and the person is told only under a governing "allowed"
  (:func:`may_inform`). For P6 and P7 the latest decision per case governs
  (:func:`latest_decision`); superseded ones make no documents (:func:`superseded_by`).
* **P6** the outgoing LTF form is the information officer's document; everyone else
  makes an own record of the consensus (:func:`ltf_document_for`, :class:`LtfDocument`).
* **P7** a notice about a minor addresses the young person, the parents or both, as the
  user chooses (:func:`notice_addressees`).
* **P8** a minor's case asks the stepwise questions; see :mod:`vault.cases`.
* **P10** a letter declining to take part holds the user's motivation — their own text,
  included by their own step, not a release (:func:`may_make_document`).

Answers are :class:`Verdict` values with a reason code, so the GUI can explain a refusal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Set
from dataclasses import dataclass
from enum import StrEnum

from vault.attendance import present_for_item
from vault.model import (
    DecisionKind,
    DecisionOutcome,
    MeetingStatus,
    Note,
    Person,
    Position,
    ReleaseKind,
    Role,
)
from vault.notes import get_note
from vault.people import PERSON_COLUMNS, person_from_row
from vault.store import Vault


class Channel(StrEnum):
    """Ways content can leave the vault."""

    CLIPBOARD = "clipboard"
    DRAG = "drag"
    PRINT = "print"
    EXPORT = "export"
    PROJECTION = "projection"
    """A screen others look at: presentation mode, while the meeting screen is projected."""


class Reason(StrEnum):
    """Why the policy refused (or, for :attr:`OK`, allowed)."""

    OK = "ok"
    TABLE_ONLY = "table_only"
    NOT_RELEASED_TO_RECIPIENT = "not_released_to_recipient"
    NOT_REPRESENTED = "not_represented"
    NOT_REPRESENTED_FOR_ITEM = "not_represented_for_item"
    """The user did not sit in for the colleague for this agenda item (P4)."""
    NOT_SAME_ORGANISATION = "not_same_organisation"
    """A permanent representative is of the colleague's own organisation (P4)."""
    ORGANISATION_UNKNOWN = "organisation_unknown"
    """The user's or the colleague's organisation is not recorded, so P4 cannot be checked."""
    SITS_AT_TABLE = "sits_at_table"
    """The person sits at this table themselves (a standing member, the mayor)."""
    OWN_REFLECTION_AS_FEEDBACK = "own_reflection_as_feedback"
    AGREED_MEETING_REQUIRED = "agreed_meeting_required"
    AGREED_MEETING_INVALID = "agreed_meeting_invalid"
    INFO_OWNER_REQUIRED = "info_owner_required"
    OWNER_AGREEMENT_REQUIRED = "owner_agreement_required"
    """Another participant's information: their agreement at the table is recorded (P3)."""
    OWNER_NOT_AT_MEETING = "owner_not_at_meeting"
    """The owner's agreement names a meeting they were not present at (or one that does
    not fit the note: another cell, before the note's meeting, cancelled)."""
    ALREADY_RELEASED = "already_released"
    EMPTY_NOTE = "empty_note"
    """Nothing to release: the note holds no text."""
    NOTE_CHANGED = "note_changed"
    """The stored text is not the text the user confirmed (changed in the meantime)."""
    CHANGED_SINCE_RELEASE = "changed_since_release"
    """The note's current text is not a released version (P3): it stays at the table."""
    NOT_RELEASED_TEXT = "not_released_text"
    """The text asked for is not part of a released version (P3)."""
    NOT_COPYABLE = "not_copyable"
    """Released, but not to the own dossier: feedback and LTF text are never copied (P4)."""
    NO_CONSENSUS = "no_consensus"
    CONDITIONS_MISSING = "conditions_missing"
    CONFIRMER_NOT_POLICE = "confirmer_not_police"
    """The person named as speaking for the police (P7) is not a police participant."""
    CONFIRMER_NOT_PRESENT = "confirmer_not_present"
    """The person named as speaking for the police (P7) is not present for the item."""
    RISK_INDICATED = "risk_indicated"
    """A police participant present indicated a risk for the secrecy of an investigation:
    informing the person is refused (P7)."""
    NO_POLICE_PRESENT = "no_police_present"
    """No police participant is present for the item: the question stays open — ask the
    information officer (P7). This is not a refusal."""
    INFORMING_NOT_ALLOWED = "informing_not_allowed"
    """The case's governing informing decision does not allow telling the person (P7)."""
    ALREADY_INFORMED = "already_informed"
    """The person was already told under this decision (P7)."""
    NOT_AN_LTF_FORM = "not_an_ltf_form"
    NOT_AN_INFORM_DECISION = "not_an_inform_decision"
    SUPERSEDED = "superseded"
    """A later decision of the same kind on the same case governs: this one makes no
    document (P6, P7)."""
    NOT_INFORMATION_OFFICER = "not_information_officer"
    """Only the information officer makes the outgoing LTF feedback form; other
    participants keep an own record of the consensus (P6)."""
    MOTIVATION_REQUIRED = "motivation_required"
    """A letter declining to take part holds the user's motivation (P10)."""
    ADDRESSEE_REQUIRED = "addressee_required"
    """A notice about a minor says whom it addresses: the young person, the parents or
    both (P7, P8)."""
    NOTICE_DETAILS_MISSING = "notice_details_missing"
    """The notice names the LIVC R of the municipality and a contact point: the cell
    records neither yet (P7)."""
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    reason: Reason

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Verdict(True, Reason.OK)


def _refuse(reason: Reason) -> Verdict:
    return Verdict(False, reason)


# ---------------------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True)
class _NoteFacts:
    note_id: int
    meeting_id: int | None
    agenda_item_id: int | None
    case_id: int | None
    cell_id: int | None
    meeting_starts_at: str | None


def _facts(vault: Vault, note_id: int) -> _NoteFacts | None:
    rows = vault.query(
        "SELECT n.id, n.meeting_id, n.agenda_item_id, n.case_id, m.cell_id, m.starts_at"
        " FROM note n LEFT JOIN meeting m ON m.id = n.meeting_id WHERE n.id = ?",
        (note_id,),
    )
    if not rows:
        return None
    r = rows[0]
    return _NoteFacts(int(r[0]), r[1], r[2], r[3], r[4], r[5])


def _active_releases(vault: Vault, note_id: int) -> list[tuple[str, int | None, bool]]:
    """(kind, colleague, current) per active release; ``current``: its version is the
    note's current text."""
    rows = vault.query(
        "SELECT r.kind, r.colleague_id, v.body = n.body FROM release r"
        " JOIN note n ON n.id = r.note_id JOIN note_version v ON v.id = r.version_id"
        " WHERE r.note_id = ? AND r.revoked_at IS NULL",
        (note_id,),
    )
    return [(str(r[0]), r[1], bool(r[2])) for r in rows]


def _active_versions(vault: Vault, note_id: int, kinds: Set[str]) -> list[str]:
    """The texts of the note's active releases of these kinds."""
    rows = vault.query(
        "SELECT r.kind, v.body FROM release r JOIN note_version v ON v.id = r.version_id"
        " WHERE r.note_id = ? AND r.revoked_at IS NULL ORDER BY r.id",
        (note_id,),
    )
    return [str(r[1]) for r in rows if str(r[0]) in kinds]


def same_organisation(a: Person, b: Person) -> bool:
    """Both organisations recorded and the same (case, spacing and accents of case aside)."""

    def norm(text: str) -> str:
        return " ".join(text.split()).casefold()

    return bool(norm(a.organisation)) and norm(a.organisation) == norm(b.organisation)


def _person(vault: Vault, person_id: int) -> Person | None:
    rows = vault.query(f"SELECT {PERSON_COLUMNS} FROM person WHERE id = ?", (person_id,))  # noqa: S608
    return person_from_row(rows[0]) if rows else None


def _self(vault: Vault) -> Person | None:
    rows = vault.query(f"SELECT {PERSON_COLUMNS} FROM person WHERE is_self = 1")  # noqa: S608
    return person_from_row(rows[0]) if rows else None


def _organisation_refusal(me: Person | None, colleague: Person | None) -> Reason | None:
    if me is None or colleague is None:
        return Reason.NOT_REPRESENTED
    if not me.organisation.strip() or not colleague.organisation.strip():
        return Reason.ORGANISATION_UNKNOWN
    if not same_organisation(me, colleague):
        return Reason.NOT_SAME_ORGANISATION
    return None


def may_represent(vault: Vault, cell_id: int, colleague_id: int) -> Verdict:
    """May the user become permanent representative of this colleague at this cell? (P4)

    Only for a colleague of the user's own organisation (both organisations recorded),
    never for the user, the mayor (who convenes the table) or a standing member of the
    cell (they sit at the table themselves).
    """
    colleague = _person(vault, colleague_id)
    if colleague is None or not vault.query("SELECT 1 FROM cell WHERE id = ?", (cell_id,)):
        return _refuse(Reason.UNKNOWN)
    if (
        colleague.is_self
        or colleague.role is Role.MAYOR
        or vault.query(
            "SELECT 1 FROM cell_member WHERE cell_id = ? AND person_id = ? AND structural = 1",
            (cell_id, colleague_id),
        )
    ):
        return _refuse(Reason.SITS_AT_TABLE)
    refusal = _organisation_refusal(_self(vault), colleague)
    return _refuse(refusal) if refusal is not None else ALLOWED


# ---------------------------------------------------------------------------- P2


def is_table_only(vault: Vault, note_id: int) -> bool:
    """True when the note has no active release (also for unknown notes: fail closed)."""
    return not _active_releases(vault, note_id)


_LEAVES_BY = {
    Channel.CLIPBOARD: frozenset({ReleaseKind.OWN_DOSSIER.value}),
    Channel.DRAG: frozenset({ReleaseKind.OWN_DOSSIER.value}),
    Channel.PRINT: frozenset(k.value for k in ReleaseKind),
    Channel.EXPORT: frozenset(k.value for k in ReleaseKind),
    Channel.PROJECTION: frozenset(k.value for k in ReleaseKind),
}
"""Which releases let a note's text out through each channel. Copying (clipboard, drag)
only for own-dossier releases (P4): pasting into the dossier system is its real use, and
a copy could go anywhere — feedback for one named colleague and an LTF form never do.
Projecting shows a note released anywhere beyond the table."""


def may_leave(vault: Vault, note_id: int, channel: Channel) -> Verdict:
    """May this note's *current* text be copied, dragged, printed, exported or projected
    at all? (P2, P3)

    Table-only text never leaves. A release binds the text as it stood (P3): when the
    note was changed afterwards, its current text is not released and is refused
    (:attr:`Reason.CHANGED_SINCE_RELEASE`). While projecting (presentation mode), a note
    is shown only when **every** active release holds its current text — the note
    whose label says *changed* is hidden whole. *Which document* may hold a released
    version is decided by :func:`document_notes`; a part of a text, by :func:`may_copy`.
    """
    if _facts(vault, note_id) is None:
        return _refuse(Reason.UNKNOWN)
    active = _active_releases(vault, note_id)
    if not active:
        return _refuse(Reason.TABLE_ONLY)
    kinds = _LEAVES_BY[channel]
    usable = [current for kind, _, current in active if kind in kinds]
    if not usable:
        return _refuse(Reason.NOT_COPYABLE)
    if not any(usable) or (channel is Channel.PROJECTION and not all(usable)):
        return _refuse(Reason.CHANGED_SINCE_RELEASE)
    return ALLOWED


def may_copy(vault: Vault, note_id: int, text: str) -> Verdict:
    """May ``text`` (a selection of the note) go to the clipboard? (P2, P3, P4)

    Only when it is part of a version released **to the own dossier**: text typed after
    the release stays at the table even when the rest of the note was released, and text
    released only as feedback or for the LTF is never copied
    (:attr:`Reason.NOT_COPYABLE`).
    """
    if _facts(vault, note_id) is None:
        return _refuse(Reason.UNKNOWN)
    if not text:
        return _refuse(Reason.NOT_RELEASED_TEXT)
    versions = _active_versions(vault, note_id, _LEAVES_BY[Channel.CLIPBOARD])
    if not versions:
        return _refuse(
            Reason.NOT_COPYABLE if _active_releases(vault, note_id) else Reason.TABLE_ONLY
        )
    if not any(text in body for body in versions):
        return _refuse(Reason.NOT_RELEASED_TEXT)
    return ALLOWED


# ---------------------------------------------------------------------------- P3, P4


def may_release(
    vault: Vault,
    note_id: int,
    kind: ReleaseKind,
    *,
    colleague_id: int | None,
    agreed_meeting_id: int | None,
    info_owner_id: int | None,
    text: str | None = None,
    owner_agreed_meeting_id: int | None = None,
) -> Verdict:
    """May this release be recorded? (P3: facts named; P4: represented colleagues only)

    What is released is the note's current text (P3). ``text``: the text the user saw
    when confirming — refused when the stored text differs. An empty note is refused;
    releasing the version a destination already holds is refused as already released,
    while a changed text may be released again (it supersedes the earlier version).

    Whose information it is has no default (P3, keep ownership): when it is not the
    user's own, ``owner_agreed_meeting_id`` names the meeting where the owner agreed to
    this use at the table — one they were present at, of the note's cell, not before
    the note's meeting, not cancelled.
    """
    facts = _facts(vault, note_id)
    if facts is None:
        return _refuse(Reason.UNKNOWN)
    body = vault.query("SELECT body FROM note WHERE id = ?", (note_id,))[0][0]
    if not str(body).strip():
        return _refuse(Reason.EMPTY_NOTE)
    if text is not None and text != body:
        return _refuse(Reason.NOTE_CHANGED)
    if info_owner_id is None or not vault.query(
        "SELECT 1 FROM person WHERE id = ?", (info_owner_id,)
    ):
        return _refuse(Reason.INFO_OWNER_REQUIRED)
    if facts.meeting_id is not None:
        if agreed_meeting_id is None:
            return _refuse(Reason.AGREED_MEETING_REQUIRED)
        agreed = vault.query(
            "SELECT cell_id, starts_at, status FROM meeting WHERE id = ?", (agreed_meeting_id,)
        )
        if (
            not agreed
            or agreed[0][0] != facts.cell_id
            or str(agreed[0][1]) < str(facts.meeting_starts_at)
            or agreed[0][2] == MeetingStatus.CANCELLED.value
        ):
            return _refuse(Reason.AGREED_MEETING_INVALID)
    elif agreed_meeting_id is not None and not vault.query(
        "SELECT 1 FROM meeting WHERE id = ?", (agreed_meeting_id,)
    ):
        return _refuse(Reason.AGREED_MEETING_INVALID)
    owner_refusal = _owner_agreement_refusal(vault, facts, info_owner_id, owner_agreed_meeting_id)
    if owner_refusal is not None:
        return _refuse(owner_refusal)
    active = _active_releases(vault, note_id)
    if kind is ReleaseKind.FEEDBACK:
        if colleague_id is None:
            return _refuse(Reason.NOT_REPRESENTED)
        refusal = _feedback_refusal(vault, facts, colleague_id)
        if refusal is not None:
            return _refuse(refusal)
        if (ReleaseKind.FEEDBACK.value, colleague_id, True) in active:
            return _refuse(Reason.ALREADY_RELEASED)
    elif kind is ReleaseKind.LTF:
        # Only the deliberately written text of an LTF form whose consensus is recorded.
        agreed_form = vault.query(
            "SELECT 1 FROM decision WHERE text_note_id = ? AND kind = 'ltf_form'"
            " AND outcome = 'agreed'",
            (note_id,),
        )
        if colleague_id is not None or not agreed_form:
            return _refuse(Reason.NO_CONSENSUS)
        if (ReleaseKind.LTF.value, None, True) in active:
            return _refuse(Reason.ALREADY_RELEASED)
    else:
        if colleague_id is not None:
            return _refuse(Reason.UNKNOWN)
        if (ReleaseKind.OWN_DOSSIER.value, None, True) in active:
            return _refuse(Reason.ALREADY_RELEASED)
    return ALLOWED


@dataclass(frozen=True, slots=True)
class _FeedbackGrounds:
    """What P4 looks at for feedback to one colleague, gathered once for any number of notes."""

    represented_at_cells: frozenset[int]
    """The cells where the user is the colleague's permanent representative."""
    organisation_refusal: Reason | None
    """Why the user and the colleague are not of one recorded organisation, or None."""
    items_sat_in: Mapping[int, tuple[int, ...]]
    """Per meeting where the user sat in for the colleague (``represented_at``), its agenda
    items."""
    user_in_room: frozenset[int]
    """Of those agenda items, the ones the user was in the room for (P5)."""


def _feedback_grounds(vault: Vault, colleague_id: int) -> _FeedbackGrounds:
    """The facts of :func:`_feedback_rule` for one colleague, in four queries."""
    cells = vault.query(
        "SELECT cell_id FROM representation WHERE colleague_id = ?", (colleague_id,)
    )
    # The user in the room for an item: the same condition as
    # vault.attendance.present_for_item, for every item of the meetings sat in at once.
    rows = vault.query(
        "SELECT ra.meeting_id, i.id, EXISTS (SELECT 1 FROM attendance a"
        "  JOIN person p ON p.id = a.person_id AND p.is_self = 1"
        "  LEFT JOIN item_attendance ia ON ia.agenda_item_id = i.id AND ia.person_id = a.person_id"
        "  WHERE a.meeting_id = i.meeting_id AND a.status = 'present'"
        "  AND CASE WHEN a.whole_meeting = 1 THEN coalesce(ia.present, 1) = 1"
        "           ELSE coalesce(ia.present, 0) = 1 END)"
        " FROM represented_at ra LEFT JOIN agenda_item i ON i.meeting_id = ra.meeting_id"
        " WHERE ra.colleague_id = ?",
        (colleague_id,),
    )
    items: dict[int, list[int]] = {}
    in_room = set()
    for meeting_id, item_id, present in rows:
        found = items.setdefault(int(meeting_id), [])
        if item_id is not None:
            found.append(int(item_id))
            if present:
                in_room.add(int(item_id))
    return _FeedbackGrounds(
        represented_at_cells=frozenset(int(r[0]) for r in cells),
        organisation_refusal=_organisation_refusal(_self(vault), _person(vault, colleague_id)),
        items_sat_in={meeting: tuple(ids) for meeting, ids in items.items()},
        user_in_room=frozenset(in_room),
    )


def _feedback_rule(facts: _NoteFacts, grounds: _FeedbackGrounds) -> Reason | None:
    """Why this note may not go as feedback to the colleague of ``grounds`` (P4), or None.

    The one rule, per agenda item: the user is the colleague's permanent representative
    at the note's cell, of the colleague's own organisation, and sat in for the colleague
    for the note's agenda item — the user's own record says they sat at that meeting for
    the colleague (``represented_at``, :func:`vault.cells.sit_in_for`) and the user was in
    the room for the item. A note on the meeting as a whole needs that for every agenda
    item of the meeting.
    """
    if facts.cell_id is None or facts.meeting_id is None:
        return Reason.OWN_REFLECTION_AS_FEEDBACK
    if facts.cell_id not in grounds.represented_at_cells:
        return Reason.NOT_REPRESENTED
    if grounds.organisation_refusal is not None:
        return grounds.organisation_refusal
    meeting_items = grounds.items_sat_in.get(facts.meeting_id)
    if not meeting_items:  # not sat in for the colleague, or a meeting without items
        return Reason.NOT_REPRESENTED_FOR_ITEM
    items = [facts.agenda_item_id] if facts.agenda_item_id is not None else meeting_items
    if any(item not in grounds.user_in_room for item in items):
        return Reason.NOT_REPRESENTED_FOR_ITEM
    return None


def _feedback_refusal(vault: Vault, facts: _NoteFacts, colleague_id: int) -> Reason | None:
    """:func:`_feedback_rule` for one note (None: it may go to the colleague as feedback)."""
    return _feedback_rule(facts, _feedback_grounds(vault, colleague_id))


def feedback_refusal(vault: Vault, note_id: int, colleague_id: int) -> Reason | None:
    """:func:`_feedback_rule` for a note id (None: this note may go to them as feedback)."""
    facts = _facts(vault, note_id)
    if facts is None:
        return Reason.UNKNOWN
    return _feedback_refusal(vault, facts, colleague_id)


def released_feedback_refusals(vault: Vault, colleague_id: int) -> dict[int, Reason | None]:
    """Per note with an active feedback release to this colleague: why it may not (or no
    longer) go to them (P4), or None when it may.

    The same rule as :func:`feedback_refusal` — the representative's view and the
    feedback sheet show a release only while its grounds hold — in a fixed number of
    queries, however many releases there are.
    """
    rows = vault.query(
        "SELECT DISTINCT n.id, n.meeting_id, n.agenda_item_id, n.case_id, m.cell_id,"
        " m.starts_at FROM release r JOIN note n ON n.id = r.note_id"
        " LEFT JOIN meeting m ON m.id = n.meeting_id"
        " WHERE r.kind = 'feedback' AND r.colleague_id = ? AND r.revoked_at IS NULL",
        (colleague_id,),
    )
    grounds = _feedback_grounds(vault, colleague_id)
    return {
        int(r[0]): _feedback_rule(_NoteFacts(int(r[0]), r[1], r[2], r[3], r[4], r[5]), grounds)
        for r in rows
    }


def _owner_agreement_refusal(
    vault: Vault, facts: _NoteFacts, owner_id: int, agreed_meeting_id: int | None
) -> Reason | None:
    """Why the owner's agreement is missing or does not hold (P3), or None."""
    me = _self(vault)
    if me is not None and owner_id == me.id:
        return None
    if agreed_meeting_id is None:
        return Reason.OWNER_AGREEMENT_REQUIRED
    meeting = vault.query(
        "SELECT cell_id, starts_at, status FROM meeting WHERE id = ?", (agreed_meeting_id,)
    )
    present = vault.query(
        "SELECT 1 FROM attendance WHERE meeting_id = ? AND person_id = ? AND status = 'present'",
        (agreed_meeting_id, owner_id),
    )
    if not meeting or not present or meeting[0][2] == MeetingStatus.CANCELLED.value:
        return Reason.OWNER_NOT_AT_MEETING
    if facts.meeting_id is not None and (
        meeting[0][0] != facts.cell_id or str(meeting[0][1]) < str(facts.meeting_starts_at)
    ):
        return Reason.OWNER_NOT_AT_MEETING
    return None


def owner_is_named(vault: Vault, release_id: int) -> bool:
    """May a document name whose information this release holds? (P3, C7)

    Only the user's own information, or another participant's whose agreement at the
    table was recorded.
    """
    rows = vault.query(
        "SELECT info_owner_id, owner_agreed_meeting_id FROM release WHERE id = ?", (release_id,)
    )
    if not rows:
        return False
    me = _self(vault)
    return (me is not None and int(rows[0][0]) == me.id) or rows[0][1] is not None


def feedback_candidates(vault: Vault, note_id: int) -> list[int]:
    """Colleagues this note could be released to as feedback (P4), by the same rule."""
    facts = _facts(vault, note_id)
    if facts is None or facts.cell_id is None:
        return []
    rows = vault.query(
        "SELECT colleague_id FROM representation WHERE cell_id = ? ORDER BY colleague_id",
        (facts.cell_id,),
    )
    return [int(r[0]) for r in rows if _feedback_refusal(vault, facts, int(r[0])) is None]


# ---------------------------------------------------------------------------- P5


@dataclass(frozen=True, slots=True)
class Scope:
    """Who knew a note (P5)."""

    people: tuple[Person, ...]
    own_reflection: bool
    """Written outside a meeting: only the user knows it."""


def note_scope(vault: Vault, note_id: int) -> Scope:
    """The people present for the note's agenda item; own reflections say so."""
    facts = _facts(vault, note_id)
    if facts is None:
        raise KeyError(note_id)
    if facts.meeting_id is None:
        return Scope((), own_reflection=True)
    prepared = vault.query("SELECT colleague_id FROM prepared_input WHERE note_id = ?", (note_id,))
    if prepared:
        # Prepared with a represented colleague before the table: only the two know it.
        rows = vault.query(
            f"SELECT {PERSON_COLUMNS} FROM person"  # noqa: S608 - a constant column list
            " WHERE is_self = 1 OR id = ? ORDER BY name, id",
            (prepared[0][0],),
        )
        return Scope(tuple(person_from_row(r) for r in rows), own_reflection=False)
    if facts.agenda_item_id is None:
        # A note on the meeting as a whole: known to everyone present at any item.
        rows = vault.query("SELECT id FROM agenda_item WHERE meeting_id = ?", (facts.meeting_id,))
        seen: dict[int, Person] = {}
        for (item_id,) in rows:
            for p in present_for_item(vault, int(item_id)):
                seen[p.id] = p
        return Scope(tuple(sorted(seen.values(), key=lambda p: (p.name, p.id))), False)
    return Scope(tuple(present_for_item(vault, facts.agenda_item_id)), False)


# ---------------------------------------------------------------------------- P6


@dataclass(frozen=True, slots=True)
class ConsensusResult:
    agreed: bool
    required: frozenset[int]
    """Everyone whose approval was needed: present for any item of the form's case in the
    meeting (and for the item where it is recorded) and every owner of information the
    form draws on. A permanent representative counts once, as the member; the colleague
    they sit in for is never required."""
    approved: frozenset[int]
    objected: frozenset[int]
    abstained: frozenset[int]
    missing: frozenset[int]
    """Required people without a valid position: absence of a position is not approval."""
    out_of_room: frozenset[int] = frozenset()
    """Required people who are not in the room for the item where the form is recorded
    (they left after the case, or an owner who is not there): named, and still required."""


def consensus(
    present: Set[int],
    positions: Mapping[int, Position],
    *,
    owners: Set[int] = frozenset(),
    in_room: Set[int] | None = None,
) -> ConsensusResult:
    """Decide whether an LTF feedback form is agreed (P6) — pure, for any inputs.

    ``present``: people present for any item of the form's case in the meeting, and for
    the item where it is recorded (ad hoc participants included; a permanent
    representative is one of them, the member for their organisation). ``owners``: every
    owner of information the form draws on — required whether present or not.
    ``positions``: person → their own position; positions of people who were not
    required are ignored. Agreed only when at least one member is present (owners alone
    are no table) and every required person approved. ``in_room``: who is in the room
    for the recording item (None: everyone present), to name the required people who are
    not.
    """
    members = frozenset(present)
    required = members | frozenset(owners)
    approved, objected, abstained, missing = set(), set(), set(), set()
    for person in required:
        position = positions.get(person)
        if position is None:
            missing.add(person)
        elif position is Position.APPROVE:
            approved.add(person)
        elif position is Position.OBJECT:
            objected.add(person)
        else:
            abstained.add(person)
    agreed = bool(members) and approved == set(required)
    room = frozenset(present) if in_room is None else frozenset(in_room)
    return ConsensusResult(
        agreed,
        required,
        frozenset(approved),
        frozenset(objected),
        frozenset(abstained),
        frozenset(missing),
        frozenset(required - room),
    )


def case_items(vault: Vault, meeting_id: int, case_id: int) -> list[int]:
    """The agenda items of ``case_id`` in the meeting (a case may have more than one)."""
    rows = vault.query(
        "SELECT id FROM agenda_item WHERE meeting_id = ? AND case_id = ? ORDER BY position",
        (meeting_id, case_id),
    )
    return [int(r[0]) for r in rows]


def item_case(vault: Vault, agenda_item_id: int) -> tuple[int, int | None]:
    """(meeting, case) of an agenda item; the case is None for a general item."""
    rows = vault.query(
        "SELECT meeting_id, case_id FROM agenda_item WHERE id = ?", (agenda_item_id,)
    )
    if not rows:
        raise KeyError(agenda_item_id)
    return int(rows[0][0]), (None if rows[0][1] is None else int(rows[0][1]))


def ltf_participants(
    vault: Vault, agenda_item_id: int, case_id: int | None = None
) -> tuple[frozenset[int], frozenset[int]]:
    """(present, in the room now) for an LTF form recorded at the item.

    Present: everyone present for any item of the form's case in this meeting — the
    case defaults to the item's own — and everyone present for the recording item (P6).
    A permanent representative is present as the member; nobody is "represented".
    """
    meeting_id, own_case = item_case(vault, agenda_item_id)
    case = own_case if case_id is None else case_id
    items = [agenda_item_id]
    if case is not None:
        items += [i for i in case_items(vault, meeting_id, case) if i != agenda_item_id]
    in_room = frozenset(p.id for p in present_for_item(vault, agenda_item_id))
    present: set[int] = set(in_room)
    for item in items:
        present |= {p.id for p in present_for_item(vault, item)}
    return frozenset(present), in_room


def item_consensus(
    vault: Vault,
    agenda_item_id: int,
    positions: Mapping[int, Position],
    *,
    case_id: int | None = None,
    owners: Set[int] = frozenset(),
) -> ConsensusResult:
    """:func:`consensus` for an LTF form recorded at the agenda item, about ``case_id``
    (default: the item's own case), drawing on the information of ``owners`` (P6)."""
    present, in_room = ltf_participants(vault, agenda_item_id, case_id)
    return consensus(present, positions, owners=owners, in_room=in_room)


# ---------------------------------------------------------------------------- P7


def police_present(vault: Vault, agenda_item_id: int) -> list[Person]:
    """The police participants (information officer, chief of police, police) present for
    the item: they speak for condition 3 of P7."""
    return [p for p in present_for_item(vault, agenda_item_id) if p.role.is_police]


def inform_person_verdict(
    vault: Vault,
    agenda_item_id: int,
    *,
    all_agree: bool,
    fact_only: bool,
    risk_indicated_by: Set[int] = frozenset(),
) -> Verdict:
    """May the person discussed be told that they were discussed? (P7, rev.)

    Conditions 1 and 2 are the table's (``all_agree``, ``fact_only``). Condition 3 follows
    the seed's default: it holds unless a police participant present for the item
    indicates a risk for the secrecy of an investigation (``risk_indicated_by``: who did;
    empty: the police present gave no indication). With no police participant present
    the answer is :attr:`Reason.NO_POLICE_PRESENT` — ask the information officer; the
    question stays open (:func:`inform_outcome`), it is not refused.
    """
    present = {p.id: p for p in present_for_item(vault, agenda_item_id)}
    for person_id in risk_indicated_by:
        person = present.get(person_id)
        if person is None:
            return _refuse(Reason.CONFIRMER_NOT_PRESENT)
        if not person.role.is_police:
            return _refuse(Reason.CONFIRMER_NOT_POLICE)
    if not (all_agree and fact_only):
        return _refuse(Reason.CONDITIONS_MISSING)
    if risk_indicated_by:
        return _refuse(Reason.RISK_INDICATED)
    if not any(p.role.is_police for p in present.values()):
        return _refuse(Reason.NO_POLICE_PRESENT)
    return ALLOWED


def inform_outcome(verdict: Verdict) -> DecisionOutcome:
    """The outcome an informing decision records for a verdict (P7): allowed; open when
    no police participant was present (ask the information officer); else not allowed."""
    if verdict.allowed:
        return DecisionOutcome.ALLOWED
    if verdict.reason is Reason.NO_POLICE_PRESENT:
        return DecisionOutcome.OPEN
    return DecisionOutcome.NOT_ALLOWED


def may_inform(vault: Vault, case_id: int) -> Verdict:
    """May the person of this case be told now — and so be recorded as told? (P7)

    Only under the case's governing informing decision (:func:`latest_decision`), when it
    allowed it, and only once per decision."""
    decision_id = latest_decision(vault, case_id, DecisionKind.INFORM_PERSON)
    decision = _decision(vault, decision_id) if decision_id is not None else None
    if decision is None or decision[1] != DecisionOutcome.ALLOWED.value:
        return _refuse(Reason.INFORMING_NOT_ALLOWED)
    if vault.query("SELECT 1 FROM inform_done WHERE decision_id = ?", (decision_id,)):
        return _refuse(Reason.ALREADY_INFORMED)
    return ALLOWED


# ---------------------------------------------------------------------------- documents


class DocumentKind(StrEnum):
    """The documents that may leave the vault (built in the documents issue)."""

    FEEDBACK_SHEET = "feedback_sheet"
    """For a represented colleague: only what was released to them (P4)."""
    DOSSIER_EXTRACT = "dossier_extract"
    """For a case: only notes released to one's own dossier."""
    REFUSAL_LETTER = "refusal_letter"
    """Participation assessment / motivated refusal to the mayor (P10)."""
    NOTICE_TO_PERSON = "notice_to_person"
    """Only the fact that the person was discussed (P7): no note at all."""
    LTF_RECORD = "ltf_record"
    """Only when consensus is recorded (P6): the deliberately written form text."""
    MEETING_OVERVIEW = "meeting_overview"
    """Dates, cell, agenda kinds and own-dossier text; case codes, attendance and
    decisions only where the user includes them (:class:`RevealedFact`, P1)."""


class RevealedFact(StrEnum):
    """Structured facts that reveal who was discussed or what was decided about them (P1,
    revised). They are covered by the secret of the table: the meeting overview holds
    them only when the user includes them for that export, after a plain warning; by
    default it holds dates, the cell, the agenda's kinds and own-dossier text only."""

    CASE_CODES = "case_codes"
    """Which cases were on the agenda (their pseudonymous codes)."""
    ATTENDANCE = "attendance"
    """Who attended, and which ad hoc participant was there for which case item."""
    DECISIONS = "decisions"
    """Decisions with their outcomes, and actions with owner, due date and status."""


class LtfDocument(StrEnum):
    """The two documents an agreed LTF form can become (P6, domain review C4)."""

    OUTGOING = "outgoing"
    """The outgoing *terugkoppelingsfiche*: the information officer's document, the
    bridge to the LTF. Approvers only as "consensus of all effectively participating
    members on <date>"; no names, no organisations."""
    OWN_RECORD = "own_record"
    """Every other participant's own record of the consensus: for own use, never
    addressed to the LTF."""


def ltf_document_for(vault: Vault) -> LtfDocument:
    """Which LTF document the user makes (P6): the outgoing form only when the user's
    own role (the vault's self person) is information officer; an own record otherwise."""
    me = _self(vault)
    if me is not None and me.role is Role.INFORMATION_OFFICER:
        return LtfDocument.OUTGOING
    return LtfDocument.OWN_RECORD


def may_make_ltf_document(vault: Vault, form: LtfDocument) -> Verdict:
    """May the user make this LTF document? The outgoing form is refused to anyone whose
    role is not information officer (:attr:`Reason.NOT_INFORMATION_OFFICER`); the own
    record of the consensus is anyone's."""
    if form is LtfDocument.OUTGOING and ltf_document_for(vault) is not LtfDocument.OUTGOING:
        return _refuse(Reason.NOT_INFORMATION_OFFICER)
    return ALLOWED


class Addressee(StrEnum):
    """Whom a notice to the person discussed addresses (P7; for a minor the user
    chooses, P8)."""

    PERSON = "person"
    """An adult: the person discussed."""
    YOUNG_PERSON = "young_person"
    PARENTS = "parents"
    BOTH = "young_person_and_parents"


def notice_addressees(vault: Vault, decision_id: int) -> tuple[Addressee, ...]:
    """Whom a notice of this informing decision may address: for a case whose subject is
    a minor the young person, the parents, or both (the user chooses); otherwise the
    person. Read from the case's minor flag only, never its code."""
    rows = vault.query(
        "SELECT c.subject_is_minor FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id"
        " JOIN casus c ON c.id = i.case_id WHERE d.id = ?",
        (decision_id,),
    )
    if rows and rows[0][0]:
        return (Addressee.YOUNG_PERSON, Addressee.PARENTS, Addressee.BOTH)
    return (Addressee.PERSON,)


def motivation_text(vault: Vault, assessment_id: int) -> str:
    """The motivation of a participation assessment as the user wrote it ("" if none)."""
    rows = vault.query(
        "SELECT n.body FROM participation_assessment a JOIN note n"
        " ON n.id = a.motivation_note_id WHERE a.id = ?",
        (assessment_id,),
    )
    return str(rows[0][0]) if rows else ""


def _declined(vault: Vault, assessment_id: int) -> bool:
    rows = vault.query(
        "SELECT conclusion FROM participation_assessment WHERE id = ?", (assessment_id,)
    )
    return bool(rows) and rows[0][0] == "decline"


def _decision(vault: Vault, decision_id: int) -> tuple[str, str, int | None] | None:
    rows = vault.query(
        "SELECT kind, outcome, text_note_id FROM decision WHERE id = ?", (decision_id,)
    )
    return (str(rows[0][0]), str(rows[0][1]), rows[0][2]) if rows else None


_CASE_OF_DECISION = """
    SELECT d.kind, coalesce(n.case_id, i.case_id) FROM decision d
    JOIN agenda_item i ON i.id = d.agenda_item_id LEFT JOIN note n ON n.id = d.text_note_id
    WHERE d.id = ?
"""

_LATEST_ON_CASE = """
    SELECT d.id FROM decision d JOIN meeting m ON m.id = d.meeting_id
    JOIN agenda_item i ON i.id = d.agenda_item_id LEFT JOIN note n ON n.id = d.text_note_id
    WHERE d.kind = ? AND coalesce(n.case_id, i.case_id) = ?
    ORDER BY m.starts_at DESC, d.decided_at DESC, d.id DESC LIMIT 1
"""


def latest_decision(vault: Vault, case_id: int, kind: DecisionKind) -> int | None:
    """The decision of ``kind`` that governs for the case (P6, P7): the one of the latest
    meeting, and within a meeting the one recorded last. An LTF form's case is its own
    (chosen at a general item); an informing decision's is its agenda item's."""
    rows = vault.query(_LATEST_ON_CASE, (kind.value, case_id))
    return int(rows[0][0]) if rows else None


def superseded_by(vault: Vault, decision_id: int) -> int | None:
    """The later decision that governs instead of this one, or None when this one governs
    (or is not about a case). Superseded decisions are shown as such and make no
    documents (P6, P7)."""
    rows = vault.query(_CASE_OF_DECISION, (decision_id,))
    if not rows or rows[0][1] is None:
        return None
    kind = DecisionKind(rows[0][0])
    if kind not in (DecisionKind.LTF_FORM, DecisionKind.INFORM_PERSON):
        return None
    latest = latest_decision(vault, int(rows[0][1]), kind)
    return None if latest is None or latest == decision_id else latest


def may_make_document(
    vault: Vault,
    kind: DocumentKind,
    *,
    decision_id: int | None = None,
    ltf_document: LtfDocument | None = None,
    assessment_id: int | None = None,
    with_motivation: bool = False,
) -> Verdict:
    """Whether a document of this kind may be made at all (P6, P7, P10): a notice or an
    LTF record only of the decision that governs for its case, and only when it allowed
    it; the outgoing LTF form (``ltf_document``) only by the information officer; a
    letter declining to take part only with the user's motivation in it
    (``with_motivation``, and a motivation written)."""
    if (
        kind is DocumentKind.REFUSAL_LETTER
        and assessment_id is not None
        and _declined(vault, assessment_id)
        and not (with_motivation and motivation_text(vault, assessment_id).strip())
    ):
        return _refuse(Reason.MOTIVATION_REQUIRED)
    if kind is DocumentKind.LTF_RECORD and ltf_document is not None:
        verdict = may_make_ltf_document(vault, ltf_document)
        if not verdict:
            return verdict
    if kind in (DocumentKind.NOTICE_TO_PERSON, DocumentKind.LTF_RECORD):
        decision = _decision(vault, decision_id) if decision_id is not None else None
        if kind is DocumentKind.NOTICE_TO_PERSON:
            if decision is None or decision[0] != DecisionKind.INFORM_PERSON.value:
                return _refuse(Reason.NOT_AN_INFORM_DECISION)
        elif decision is None or decision[0] != DecisionKind.LTF_FORM.value:
            return _refuse(Reason.NOT_AN_LTF_FORM)
        if decision_id is not None and superseded_by(vault, decision_id) is not None:
            return _refuse(Reason.SUPERSEDED)
        if kind is DocumentKind.NOTICE_TO_PERSON:
            if decision[1] != DecisionOutcome.ALLOWED.value:
                return _refuse(Reason.CONDITIONS_MISSING)
        elif decision[1] != DecisionOutcome.AGREED.value:
            return _refuse(Reason.NO_CONSENSUS)
    return ALLOWED


def _document_rows(
    vault: Vault,
    kind: DocumentKind,
    *,
    colleague_id: int | None = None,
    case_id: int | None = None,
    meeting_id: int | None = None,
    decision_id: int | None = None,
    assessment_id: int | None = None,
    with_motivation: bool = False,
) -> list[tuple[int, int | None]]:
    """(note id, released version id) for every text the document may hold, in order;
    no version for the user's own text that is not a release (a letter's motivation)."""
    if kind is DocumentKind.FEEDBACK_SHEET:
        if colleague_id is None:
            return []
        rows = vault.query(
            "SELECT n.id, r.version_id FROM release r JOIN note n ON n.id = r.note_id"
            " JOIN meeting m ON m.id = n.meeting_id"
            " JOIN representation rep ON rep.cell_id = m.cell_id"
            "  AND rep.colleague_id = r.colleague_id"
            " WHERE r.kind = 'feedback' AND r.revoked_at IS NULL AND r.colleague_id = ?"
            "  AND (? IS NULL OR n.case_id = ?) AND (? IS NULL OR n.meeting_id = ?)"
            " ORDER BY m.starts_at, n.id, r.id",
            (colleague_id, case_id, case_id, meeting_id, meeting_id),
        )
        # The same per-item rule as the release (P4): a release whose grounds are gone
        # (the user turned out to be out of the room for the item) does not go out.
        refusals = released_feedback_refusals(vault, colleague_id)
        rows = [r for r in rows if int(r[0]) in refusals and refusals[int(r[0])] is None]
    elif kind is DocumentKind.DOSSIER_EXTRACT:
        if case_id is None:
            return []
        rows = vault.query(
            "SELECT n.id, r.version_id FROM release r JOIN note n ON n.id = r.note_id"
            " LEFT JOIN meeting m ON m.id = n.meeting_id"
            " WHERE r.kind = 'own_dossier' AND r.revoked_at IS NULL AND n.case_id = ?"
            " ORDER BY coalesce(m.starts_at, n.created_at), n.id, r.id",
            (case_id,),
        )
    elif kind is DocumentKind.MEETING_OVERVIEW:
        if meeting_id is None:
            return []
        rows = vault.query(
            "SELECT n.id, r.version_id FROM release r JOIN note n ON n.id = r.note_id"
            " WHERE r.kind = 'own_dossier' AND r.revoked_at IS NULL AND n.meeting_id = ?"
            " ORDER BY n.id, r.id",
            (meeting_id,),
        )
    elif kind is DocumentKind.REFUSAL_LETTER:
        # The motivation is the user's own text for the mayor, not a release from the
        # table (P10): it goes in, as it stands, only when the user includes it.
        if assessment_id is None or not with_motivation:
            return []
        rows = vault.query(
            "SELECT a.motivation_note_id, NULL FROM participation_assessment a"
            " JOIN note n ON n.id = a.motivation_note_id WHERE a.id = ? AND trim(n.body) <> ''",
            (assessment_id,),
        )
    elif kind is DocumentKind.LTF_RECORD:
        if decision_id is None or not may_make_document(vault, kind, decision_id=decision_id):
            return []
        rows = vault.query(
            "SELECT d.text_note_id, r.version_id FROM decision d"
            " JOIN release r ON r.note_id = d.text_note_id"
            " WHERE d.id = ? AND r.kind = 'ltf' AND r.revoked_at IS NULL",
            (decision_id,),
        )
    else:
        return []  # NOTICE_TO_PERSON: the fact of having been discussed, and nothing else
    seen: set[int] = set()
    found = []
    for note_id, version_id in rows:
        if note_id is not None and int(note_id) not in seen:
            seen.add(int(note_id))
            found.append((int(note_id), None if version_id is None else int(version_id)))
    return found


def document_notes(
    vault: Vault,
    kind: DocumentKind,
    *,
    colleague_id: int | None = None,
    case_id: int | None = None,
    meeting_id: int | None = None,
    decision_id: int | None = None,
    assessment_id: int | None = None,
    with_motivation: bool = False,
) -> list[int]:
    """The ids of the notes whose released text a document may contain — nothing else."""
    rows = _document_rows(
        vault,
        kind,
        colleague_id=colleague_id,
        case_id=case_id,
        meeting_id=meeting_id,
        decision_id=decision_id,
        assessment_id=assessment_id,
        with_motivation=with_motivation,
    )
    return [note_id for note_id, _ in rows]


def document_versions(
    vault: Vault,
    kind: DocumentKind,
    *,
    colleague_id: int | None = None,
    case_id: int | None = None,
    meeting_id: int | None = None,
    decision_id: int | None = None,
    assessment_id: int | None = None,
    with_motivation: bool = False,
) -> list[Note]:
    """The notes of :func:`document_notes` **as released** (P3): each record's ``body``
    is the released version, never the current text. The only source of free text for
    documents."""
    rows = _document_rows(
        vault,
        kind,
        colleague_id=colleague_id,
        case_id=case_id,
        meeting_id=meeting_id,
        decision_id=decision_id,
        assessment_id=assessment_id,
        with_motivation=with_motivation,
    )
    found = []
    for note_id, version_id in rows:
        note = get_note(vault, note_id)
        if version_id is None:  # the user's own text, not a release: as it stands
            found.append(note)
            continue
        body = vault.query("SELECT body FROM note_version WHERE id = ?", (version_id,))
        found.append(dataclasses.replace(note, body=str(body[0][0])))
    return found
