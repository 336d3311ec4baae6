"""The door: an unlocked vault as the client sees it (``UnlockedVault``).

Why this file is longer than ~500 lines: the door is one table of contents — one class per
domain group, each a list of one-line methods; its length is the size of the domain.

One object the client holds instead of the storage :class:`vault.store.Vault`. Its
behaviour is grouped by domain, the way Anki's ``Collection`` groups its managers::

    vault.notes          add, update, get, delete, list, own_reflections, label, revisions
    vault.meetings       list, get, start, add_item, agenda, item, view, previous, set_status
                         living agenda: add_case_item, add_case_by_code, add_theme_item,
                         reorder, move_item, item_contents, remove_item, reschedule,
                         change_status, open, close, cancel; the practice's template:
                         practice_agenda, start_practice, proposed_cases, stepwise_due
                         reminders (what resurfaces on the agenda)
    vault.attendance     set, add_ad_hoc_participant, set_item_presence, of_meeting, ...
    vault.people         list, get, add, update, me, find
    vault.cells          list, get, add, update, members, add_member, remove_member, ...
    vault.cases          list, get, add, update, record_stepwise_check, stepwise_check_due
                         stepwise_answers, check_code, code_warnings; the case's life
                         (P13): move, start_trajectory, closing_blockers, close,
                         stage_history
                         file (the case file), overview (the case list, CaseFilters)
    vault.releases       release, tighten, make_table_only, mark_relayed, prepared inputs
    vault.decisions      record_ltf_form, record_inform_person, positions, informing, ...
                         record_trajectory, record_referral, record_closure,
                         case_decision, case_decisions (P13)
    vault.actions        add, close, get, of_meeting, open_before, default_due, is_overdue
                         of_case, of_organisation, mine, overdue, overdue_for_meeting,
                         organisations (across meetings)
    vault.participation  save, get, of_cell, reassessment_due, needs_openness, ...
    vault.representation users_cells, represented, feedback_entries, feedback_to_withdraw
    vault.policy         may_leave, may_copy, may_release, item_consensus, ...
    vault.documents      choices, refusal_of, build, export, exports
    vault.care           backup, change_passphrase, integrity_check, backup_overdue
    vault.retention      due_for_review
                         by case (P13): case_periods, set_case_period, cases_due,
                         deletion_preview, delete_case, deletion_records,
                         deletion_register_csv
    vault.spelling       speller, dictionary, words, add_word, remove_word
    vault.search(text, SearchFilters(...))

**Every failure that crosses the door is a** :class:`~vault.errors.VaultError` **with a
code.** The domain modules behind it raise ``KeyError`` for a missing record and
``ValueError`` (or a subclass such as :class:`vault.releases.ReleaseRefused`) for a refused
rule; :func:`at_the_door` turns those into :class:`~vault.errors.NoSuchRecord`
(``ErrorCode.NO_SUCH_RECORD``) and :class:`~vault.errors.Refused` (``ErrorCode.REFUSED``,
with the policy's :class:`~vault.policy.Reason` when it gave one; a closure refused
because actions or the informing question are still open is its subclass
:class:`~vault.errors.ClosureNeedsConfirmation`, carrying what is open). Programming errors
(``TypeError``, ``AttributeError``...) are not failures of the vault and pass unchanged.

The door is thin: each method *is* the domain function with the storage vault filled in
(same parameters, same result, same docstring), so ``help(vault.notes.add)`` shows
:func:`vault.notes.add_note`. Usable from a Python shell::

    >>> from pathlib import Path
    >>> from tempfile import TemporaryDirectory
    >>> from vault import FixedKdf, KdfParams
    >>> from vault.api import UnlockedVault
    >>> from vault.errors import ErrorCode, VaultError
    >>> quick = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1),
    ...                  floor_memory_kib=8)   # for the example only: far too weak
    >>> folder = TemporaryDirectory()
    >>> vault = UnlockedVault.create(Path(folder.name) / "Voorbeeld.tafelboek",
    ...                              "ijsvogel tekent kompas boven rivierdelta", kdf=quick)
    >>> cell_id = vault.cells.add("LIVC R Voorbeeldstad")
    >>> note_id = vault.notes.add("Een eigen reflectie")
    >>> vault.notes.get(note_id).body
    'Een eigen reflectie'
    >>> [cell.name for cell in vault.cells.list()]
    ['LIVC R Voorbeeldstad']
    >>> try:
    ...     vault.notes.get(9999)
    ... except VaultError as error:
    ...     print(error.code, error.key)
    no_such_record 9999
    >>> try:
    ...     vault.cells.add("")
    ... except VaultError as error:
    ...     print(error.code is ErrorCode.REFUSED)
    True
    >>> vault.close()
    >>> folder.cleanup()
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from vault import (
    actions,
    attendance,
    backup_reminder,
    case_decisions,
    case_file,
    case_register,
    cases,
    cells,
    composition,
    decisions,
    exports,
    informing,
    lifecycle,
    meeting_view,
    meetings,
    notes,
    participation,
    people,
    policy,
    releases,
    representation_view,
    retention,
    spelling,
    strength,
)
from vault import search as searching
from vault import store as storage
from vault.actions import ActionEntry
from vault.backup_reminder import DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS, MIN_REMINDER_DAYS
from vault.case_file import (
    AgendaReminders,
    CaseFile,
    CaseFilters,
    CaseListRow,
    CaseMeeting,
)
from vault.cases import CodeWarning, StepwiseAnswer
from vault.cells import DEFAULT_RETENTION_MONTHS, CellContact
from vault.clock import Clock
from vault.composition import CoreSeat
from vault.dates import Language
from vault.errors import (
    ClosureNeedsConfirmation,
    NoSuchRecord,
    Refused,
    VaultError,
    VaultWarning,
)
from vault.exports import ExportRecord
from vault.freshness import Ledger
from vault.fsutil import os_error_to_vault_error
from vault.informing import InformedHow, InformingState, InformingStatus, PoliceStatement
from vault.kdf import KdfParams, KdfProfile, ProgressCallback
from vault.lifecycle import ClosingBlockers, StageChange
from vault.location import Uploader, first_local_folder, upload_risk
from vault.meeting_view import ActionLine, ItemView, MeetingView, NoteView
from vault.meetings import ItemContents, ProposedCases, TemplateItem
from vault.participation import QUESTIONS, Assessment
from vault.policy import Reason
from vault.process import Hardening, harden_process
from vault.representation_view import FeedbackEntry, RepresentedColleague
from vault.retention import CaseDeletionRecord, CaseReviewItem, DeletionPreview, ReviewItem
from vault.search import DEFAULT_LIMIT, LabelFilter, SearchFilters, SearchHit
from vault.spelling import Speller as Speller
from vault.store import (
    SUFFIX,
    IntegrityReport,
    RestoreResult,
    UnlockKey,
    derive_unlock_key,
    new_unlock_key,
)

if TYPE_CHECKING:
    from vault.documents import DocumentChoices, DocumentRequest

P = ParamSpec("P")
R = TypeVar("R")

# The door, the records its methods return that live beside their domain functions (the
# rest are in vault.model, vault.policy and vault.errors), and what the client needs before
# the door: reaching an unlocked vault (keys, the file suffix, the freshness ledger), the
# machine (process hardening, cloud-synced folders) and the domain's constants.
__all__ = [
    "DEFAULT_LIMIT",
    "DEFAULT_REMINDER_DAYS",
    "DEFAULT_RETENTION_MONTHS",
    "MAX_REMINDER_DAYS",
    "MIN_REMINDER_DAYS",
    "QUESTIONS",
    "SUFFIX",
    "ActionEntry",
    "ActionLine",
    "AgendaReminders",
    "Assessment",
    "CaseDeletionRecord",
    "CaseFile",
    "CaseFilters",
    "CaseListRow",
    "CaseMeeting",
    "CaseReviewItem",
    "CellContact",
    "ClosingBlockers",
    "CodeWarning",
    "CoreSeat",
    "DeletionPreview",
    "ExportRecord",
    "FeedbackEntry",
    "Hardening",
    "InformedHow",
    "InformingState",
    "InformingStatus",
    "IntegrityReport",
    "ItemContents",
    "ItemView",
    "LabelFilter",
    "Ledger",
    "MeetingView",
    "NoteView",
    "PoliceStatement",
    "ProposedCases",
    "RepresentedColleague",
    "RestoreResult",
    "ReviewItem",
    "SearchFilters",
    "SearchHit",
    "StageChange",
    "StepwiseAnswer",
    "TemplateItem",
    "UnlockKey",
    "UnlockedVault",
    "Uploader",
    "at_the_door",
    "derive_unlock_key",
    "first_local_folder",
    "harden_process",
    "new_unlock_key",
    "os_error_to_vault_error",
    "restore",
    "upload_risk",
]


# ------------------------------------------------------------------------ the one decorator
def _refusal(error: ValueError) -> Refused:
    """The coded refusal for a domain ``ValueError``, keeping the policy's reason."""
    reason: Reason | None = None
    existing_id: int | None = None
    if isinstance(error, lifecycle.ClosingNeedsConfirmation):
        return ClosureNeedsConfirmation(str(error), blockers=error.blockers)
    if isinstance(error, releases.ReleaseRefused | cells.RepresentationRefused):
        reason = error.verdict.reason
    elif isinstance(error, cases.CaseExists):
        existing_id = error.case_id
    return Refused(str(error), reason=reason, existing_id=existing_id)


def at_the_door(function: Callable[P, R]) -> Callable[P, R]:
    """Let only coded :class:`~vault.errors.VaultError` failures out of ``function``.

    ``KeyError`` becomes :class:`~vault.errors.NoSuchRecord` (its ``key`` the id that was
    looked up), ``ValueError`` becomes :class:`~vault.errors.Refused` (with the policy's
    reason for a refused release or representation, and the existing case for a case code
    already taken; :class:`~vault.errors.ClosureNeedsConfirmation` with the blockers for a
    closure that needs confirming). The original exception is kept as ``__cause__``.
    """

    @functools.wraps(function)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except VaultError:
            raise
        except KeyError as error:
            key = error.args[0] if error.args else None
            raise NoSuchRecord(f"no such record: {key!r}", key=key) from error
        except ValueError as error:
            raise _refusal(error) from error

    return guarded


restore = at_the_door(storage.restore)
"""Put a backup in place as a vault (:func:`vault.store.restore`), behind the door: with
``keep_previous=True`` the vault it replaces is kept beside it (:class:`RestoreResult`)."""


# ------------------------------------------------------------------------ groups
class _Group:
    """A domain's share of the door: methods bound to one open storage vault."""

    def __init__(self, store: storage.Vault) -> None:
        self._store = store

    def _bind(self, function: Callable[Concatenate[storage.Vault, P], R]) -> Callable[P, R]:
        store = self._store

        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            return function(store, *args, **kwargs)

        call.__name__ = function.__name__
        call.__qualname__ = f"{type(self).__name__}.{function.__name__}"
        call.__doc__ = function.__doc__
        signature = inspect.signature(function)
        call.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=list(signature.parameters.values())[1:]
        )
        return at_the_door(call)


class _Op(Generic[P, R]):
    """A domain function whose first parameter is the storage vault, offered as a method.

    Reading it from a group gives the function with the group's vault filled in, behind
    :func:`at_the_door`; reading it from the class gives this descriptor (for ``help``).
    """

    def __init__(self, function: Callable[Concatenate[storage.Vault, P], R]) -> None:
        self.function = function
        self.__doc__ = function.__doc__
        self.name = function.__name__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    @overload
    def __get__(self, group: None, owner: type[Any]) -> _Op[P, R]: ...
    @overload
    def __get__(self, group: _Group, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, group: _Group | None, owner: type[Any]) -> _Op[P, R] | Callable[P, R]:
        if group is None:
            return self
        bound = group._bind(self.function)
        # A non-data descriptor: the bound method kept in the group's __dict__ answers every
        # later lookup directly (binding once per vault, not once per call).
        group.__dict__[self.name] = bound
        return bound


class Notes(_Group):
    """Notes at the table and own reflections (:mod:`vault.notes`)."""

    add = _Op(notes.add_note)
    update = _Op(notes.update_note)
    get = _Op(notes.get_note)
    delete = _Op(notes.delete_note)
    list = _Op(notes.list_notes)
    own_reflections = _Op(notes.own_reflections)
    label = _Op(notes.note_label)
    revisions = _Op(notes.revisions)
    check_storable = staticmethod(at_the_door(notes.check_storable))


class Meetings(_Group):
    """Meetings, their agenda and the meeting screen's read model (:mod:`vault.meetings`,
    :mod:`vault.meeting_view`)."""

    list = _Op(meetings.list_meetings)
    get = _Op(meetings.get_meeting)
    start = _Op(meetings.start_meeting)
    set_status = _Op(meetings.set_meeting_status)
    add_item = _Op(meetings.add_agenda_item)
    agenda = _Op(meetings.agenda)
    item = _Op(meetings.get_agenda_item)
    previous = _Op(meetings.previous_meeting)
    view = _Op(meeting_view.load_meeting_view)
    carries_actions = staticmethod(at_the_door(meeting_view.carries_actions))
    template_agenda = staticmethod(at_the_door(meetings.template_agenda))
    # The living agenda (P13, review M2, C18).
    add_case_item = _Op(meetings.add_case_item)
    add_case_by_code = _Op(meetings.add_case_by_code)
    add_theme_item = _Op(meetings.add_theme_item)
    reorder = _Op(meetings.reorder_agenda)
    move_item = _Op(meetings.move_item)
    item_contents = _Op(meetings.item_contents)
    remove_item = _Op(meetings.remove_item)
    reschedule = _Op(meetings.reschedule_meeting)
    change_status = _Op(meetings.change_meeting_status)
    open = _Op(meetings.open_meeting)
    close = _Op(meetings.close_meeting)
    cancel = _Op(meetings.cancel_meeting)
    start_practice = _Op(meetings.start_practice_meeting)
    proposed_cases = _Op(meetings.proposed_cases)
    stepwise_due = _Op(meetings.stepwise_due_on_agenda)
    reminders = _Op(case_file.agenda_reminders)
    practice_agenda = staticmethod(at_the_door(meetings.practice_agenda))


class Attendance(_Group):
    """Who attends a meeting and who is present for an item (:mod:`vault.attendance`,
    :mod:`vault.composition`)."""

    set = _Op(attendance.set_attendance)
    set_briefed = _Op(attendance.set_briefed)
    set_item_presence = _Op(attendance.set_item_presence)
    add_ad_hoc_participant = _Op(attendance.add_ad_hoc_participant)
    of_meeting = _Op(attendance.attendance)
    present_for_item = _Op(attendance.present_for_item)
    unbriefed_present = _Op(attendance.unbriefed_present)
    missing_core = staticmethod(at_the_door(composition.missing_core))


class People(_Group):
    """Participants and the user themselves (:mod:`vault.people`)."""

    list = _Op(people.list_people)
    get = _Op(people.get_person)
    add = _Op(people.add_person)
    update = _Op(people.update_person)
    me = _Op(people.self_person)
    find = _Op(people.find_person)


class Cells(_Group):
    """Cells, their members and contact details, representation (:mod:`vault.cells`)."""

    list = _Op(cells.list_cells)
    get = _Op(cells.get_cell)
    add = _Op(cells.add_cell)
    update = _Op(cells.update_cell)
    contact = _Op(cells.cell_contact)
    set_contact = _Op(cells.set_cell_contact)
    members = _Op(cells.members)
    add_member = _Op(cells.add_member)
    remove_member = _Op(cells.remove_member)
    represent = _Op(cells.represent)
    stop_representing = _Op(cells.stop_representing)
    sit_in_for = _Op(cells.sit_in_for)


class Cases(_Group):
    """Cases under a pseudonymous code (:mod:`vault.cases`)."""

    list = _Op(cases.list_cases)
    get = _Op(cases.get_case)
    add = _Op(cases.add_case)
    update = _Op(cases.update_case)
    flagged = _Op(cases.flagged_cases)
    record_stepwise_check = _Op(cases.record_stepwise_check)
    stepwise_check_due = _Op(cases.stepwise_check_due)
    check_code = staticmethod(at_the_door(cases.check_case_code))
    code_warnings = staticmethod(at_the_door(cases.case_code_warnings))
    stepwise_answers = _Op(cases.stepwise_answers)
    # The case's life (P13, :mod:`vault.lifecycle`).
    move = _Op(lifecycle.move_case)
    start_trajectory = _Op(lifecycle.start_trajectory)
    closing_blockers = _Op(lifecycle.closing_blockers)
    close = _Op(lifecycle.close_case)
    stage_history = _Op(lifecycle.stage_history)
    # The case file and the case list (P13, :mod:`vault.case_file`).
    file = _Op(case_file.load_case_file)
    overview = _Op(case_file.case_list)


class Releases(_Group):
    """What leaves the table, and prepared inputs (:mod:`vault.releases`)."""

    release = _Op(releases.release)
    of_note = _Op(releases.releases_of)
    changed_destinations = _Op(releases.changed_destinations)
    released_text = _Op(releases.released_text)
    tighten = _Op(releases.tighten)
    make_table_only = _Op(releases.make_table_only)
    mark_relayed = _Op(releases.mark_relayed)
    add_prepared_input = _Op(releases.add_prepared_input)
    set_may_share = _Op(releases.set_may_share)
    prepared_inputs = _Op(releases.prepared_inputs)


class Decisions(_Group):
    """Decisions by consensus, and informing the person (:mod:`vault.decisions`,
    :mod:`vault.informing`, :mod:`vault.composition`)."""

    record_ltf_form = _Op(decisions.record_ltf_form)
    record_inform_person = _Op(decisions.record_inform_person)
    record_inform_postponed = _Op(decisions.record_inform_postponed)
    record_other = _Op(decisions.record_other)
    # Decisions beyond the two legal ones (P13, :mod:`vault.case_decisions`).
    record_trajectory = _Op(case_decisions.record_trajectory)
    record_referral = _Op(case_decisions.record_referral)
    record_closure = _Op(case_decisions.record_closure)
    case_decision = _Op(case_decisions.case_decision)
    case_decisions = _Op(case_decisions.case_decisions)
    get = _Op(decisions.get_decision)
    list = _Op(decisions.decisions)
    positions = _Op(decisions.positions)
    informing_status = _Op(informing.informing_status)
    informing_statuses = _Op(informing.informing_statuses)
    undecided_cases = _Op(informing.undecided_cases)
    police_statements = _Op(informing.police_statements)
    record_informed = _Op(informing.record_informed)
    ltf_without_police = _Op(composition.ltf_without_police)
    default_postponement = staticmethod(at_the_door(informing.default_postponement))


class Actions(_Group):
    """Actions agreed at a meeting (:mod:`vault.actions`)."""

    add = _Op(actions.add_action)
    close = _Op(actions.close_action)
    get = _Op(actions.get_action)
    of_meeting = _Op(actions.actions_of)
    open_before = _Op(actions.open_actions_before)
    # Across meetings (P13, review M5): per case, per partner, the user's own.
    of_case = _Op(actions.actions_of_case)
    of_organisation = _Op(actions.actions_of_organisation)
    mine = _Op(actions.my_actions)
    overdue = _Op(actions.overdue_actions)
    overdue_for_meeting = _Op(actions.overdue_for_meeting)
    organisations = _Op(actions.owner_organisations)
    default_due = staticmethod(at_the_door(actions.default_due))
    is_overdue = staticmethod(at_the_door(actions.is_overdue))


class Participation(_Group):
    """The assessment of taking part (P10, :mod:`vault.participation`)."""

    save = _Op(participation.save_assessment)
    get = _Op(participation.get_assessment)
    of_cell = _Op(participation.assessments)
    reassessment_due = _Op(participation.reassessment_due)
    needs_openness = staticmethod(at_the_door(participation.needs_openness))
    suggested_conclusion = staticmethod(at_the_door(participation.suggested_conclusion))


class Representation(_Group):
    """The user as permanent representative of colleagues (P4): whom, where and what
    was released to them (:mod:`vault.representation_view`, :mod:`vault.cells`,
    :mod:`vault.releases`)."""

    users_cells = _Op(representation_view.users_cells)
    represented = _Op(representation_view.represented)
    feedback_entries = _Op(representation_view.feedback_entries)
    feedback_to_withdraw = _Op(representation_view.feedback_to_withdraw)
    represented_colleagues = _Op(cells.represented_colleagues)
    sat_in_for = _Op(cells.sat_in_for)
    feedback_for = _Op(releases.feedback_for)


class Policy(_Group):
    """The secrecy policy's questions (:mod:`vault.policy`): ask before content leaves."""

    may_leave = _Op(policy.may_leave)
    may_copy = _Op(policy.may_copy)
    may_release = _Op(policy.may_release)
    may_represent = _Op(policy.may_represent)
    may_inform = _Op(policy.may_inform)
    is_table_only = _Op(policy.is_table_only)
    feedback_refusal = _Op(policy.feedback_refusal)
    released_feedback_refusals = _Op(policy.released_feedback_refusals)
    feedback_candidates = _Op(policy.feedback_candidates)
    note_scope = _Op(policy.note_scope)
    item_consensus = _Op(policy.item_consensus)
    ltf_participants = _Op(policy.ltf_participants)
    police_present = _Op(policy.police_present)
    inform_person_verdict = _Op(policy.inform_person_verdict)
    ltf_document_for = _Op(policy.ltf_document_for)
    notice_addressees = _Op(policy.notice_addressees)
    superseded_by = _Op(policy.superseded_by)
    latest_decision = _Op(policy.latest_decision)
    same_organisation = staticmethod(at_the_door(policy.same_organisation))
    inform_outcome = staticmethod(at_the_door(policy.inform_outcome))


class Documents(_Group):
    """Documents that may leave the vault (:mod:`vault.documents`), and their exports.

    The PDF machinery loads on first use, as in :mod:`vault.documents`. A document the
    policy refuses raises :class:`~vault.errors.Refused` with the policy's reason.
    """

    exports_of_note = _Op(exports.exports_of_note)
    list_exports = _Op(exports.list_exports)
    withdraw_export = _Op(exports.withdraw_export)
    get_export = _Op(exports.get_export)

    def choices(self, *, language: Language = "nl") -> DocumentChoices:
        """What documents can be made now (:func:`vault.documents.document_choices`)."""
        from vault.documents.choices import document_choices

        return _documents_door(document_choices)(self._store, language=language)

    def refusal_of(self, request: DocumentRequest) -> Reason | None:
        """Why the document would be refused, or ``None`` (ask before a file is chosen)."""
        from vault.documents.builders import refusal_of

        return _documents_door(refusal_of)(self._store, request)

    def build(self, request: DocumentRequest, *, today: date | None = None) -> bytes:
        """The document as PDF bytes, nothing recorded (:func:`vault.documents.build_pdf`)."""
        from vault.documents.export import build_pdf

        return _documents_door(build_pdf)(self._store, request, today=today)

    def export(
        self,
        request: DocumentRequest,
        dest: Path,
        *,
        password: str | None = None,
        overwrite: bool = False,
        today: date | None = None,
    ) -> int:
        """Write the document to ``dest``, record the export, return the record's id
        (:func:`vault.documents.export_document`)."""
        from vault.documents.export import export_document

        return _documents_door(export_document)(
            self._store, request, dest, password=password, overwrite=overwrite, today=today
        )


def _documents_door(function: Callable[P, R]) -> Callable[P, R]:
    """:func:`at_the_door`, also turning a refused document into a coded refusal."""
    from vault.documents.builders import DocumentRefused

    guarded = at_the_door(function)

    @functools.wraps(function)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return guarded(*args, **kwargs)
        except DocumentRefused as error:
            raise Refused(str(error), reason=error.reason) from error

    return call


class Care(_Group):
    """Looking after the vault file: backups, passphrase, integrity (:mod:`vault.store`,
    :mod:`vault.backup_reminder`)."""

    backup = _Op(storage.Vault.backup)
    change_passphrase = _Op(storage.Vault.change_passphrase)
    integrity_check = _Op(storage.Vault.integrity_check)
    file_in_place = _Op(storage.Vault.file_in_place)
    last_backup_at = _Op(backup_reminder.last_backup_at)
    created_at = _Op(backup_reminder.created_at)
    backup_overdue = _Op(backup_reminder.backup_overdue)
    clamp_reminder_days = staticmethod(at_the_door(backup_reminder.clamp_reminder_days))
    personal_words = _Op(strength.vault_personal_words)

    def is_older_than_last_close(self, ledger: Ledger) -> bool:
        """Whether this vault is older than the copy this computer last closed (a
        whole-file rollback, :mod:`vault.freshness`); best effort, never raises."""
        return ledger.is_older(self._store)

    def count_close(self, ledger: Ledger) -> None:
        """Count this close in the vault and in ``ledger``; call just before
        :meth:`UnlockedVault.close`. Never raises: a lock must always succeed."""
        ledger.close(self._store)


class Retention(_Group):
    """What has been kept long enough to review (:mod:`vault.retention`)."""

    due_for_review = _Op(retention.due_for_review)
    # By case (P13): review from closure, deletion with a record without content.
    case_periods = _Op(retention.case_retention)
    set_case_period = _Op(retention.set_case_retention)
    cases_due = _Op(retention.cases_due_for_review)
    deletion_preview = _Op(retention.deletion_preview)
    delete_case = _Op(retention.delete_case)
    deletion_records = _Op(retention.deletion_records)
    deletion_register_csv = _Op(retention.deletion_register_csv)
    write_deletion_register = _Op(case_register.write_deletion_register)


class Spelling(_Group):
    """Offline Dutch spell checking and the user's own word list, kept in the vault
    (:mod:`vault.spelling`; the list is ``vault_meta`` ``spelling.personal_words``).

    One :class:`Speller` per open vault, shared by every editor: a word added here is
    accepted by it at once.
    """

    words = _Op(spelling.personal_words)
    dictionary = staticmethod(at_the_door(spelling.bundled_dictionary))

    def __init__(self, store: storage.Vault) -> None:
        super().__init__(store)
        self._speller: Speller | None = None

    def speller(self) -> Speller:
        """This vault's speller: the bundled dictionary and the user's own words.

        The dictionary is read on first use (about 0.3 s); call :meth:`dictionary` on a
        worker thread first to keep that off the GUI thread.
        """
        if self._speller is None:
            self._speller = at_the_door(spelling.speller_for)(self._store)
        return self._speller

    def add_word(self, word: str) -> str:
        """Add ``word`` to the own word list in the vault (and to the speller); returns it
        as stored. A refused word (spaces, too long, no letters) raises ``Refused``."""
        added = at_the_door(spelling.add_personal_word)(self._store, word)
        if self._speller is not None:
            self._speller.add(added)
        return added

    def remove_word(self, word: str) -> None:
        """Take ``word`` off the own word list in the vault (and out of the speller)."""
        at_the_door(spelling.remove_personal_word)(self._store, word)
        if self._speller is not None:
            self._speller.remove(word)


# ------------------------------------------------------------------------ the facade
class UnlockedVault(_Group):
    """An unlocked vault as the client sees it: records in, records out, and every
    failure a :class:`~vault.errors.VaultError` with a code (``KeyError`` and
    ``ValueError`` never cross this line).

    Wraps an open storage :class:`vault.store.Vault`; closing the one closes the other.
    """

    search = _Op(searching.search)

    def __init__(self, store: storage.Vault) -> None:
        super().__init__(store)
        self.notes = Notes(store)
        self.meetings = Meetings(store)
        self.attendance = Attendance(store)
        self.people = People(store)
        self.cells = Cells(store)
        self.cases = Cases(store)
        self.releases = Releases(store)
        self.decisions = Decisions(store)
        self.actions = Actions(store)
        self.participation = Participation(store)
        self.representation = Representation(store)
        self.policy = Policy(store)
        self.documents = Documents(store)
        self.care = Care(store)
        self.retention = Retention(store)
        self.spelling = Spelling(store)

    # -------------------------------------------------------------- opening
    @classmethod
    @at_the_door
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        clock: Clock | None = None,
        kdf_profile: KdfProfile | None = None,
    ) -> UnlockedVault:
        """Unlock the vault at ``path`` (slow: key derivation included)."""
        return cls(storage.Vault.open(path, passphrase, clock=clock, kdf_profile=kdf_profile))

    @classmethod
    @at_the_door
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf: KdfProfile | None = None,
        clock: Clock | None = None,
        progress: ProgressCallback | None = None,
    ) -> UnlockedVault:
        """Create a new vault at ``path`` (which must not exist) and open it."""
        return cls(storage.Vault.create(path, passphrase, kdf=kdf, clock=clock, progress=progress))

    @classmethod
    @at_the_door
    def open_with_key(
        cls,
        path: Path,
        unlock: UnlockKey,
        *,
        clock: Clock | None = None,
        kdf_profile: KdfProfile | None = None,
        passphrase: str | None = None,
    ) -> UnlockedVault:
        """Open the vault at ``path`` with a key from :func:`derive_unlock_key` (derived
        on a worker thread); ``passphrase`` lets a schema upgrade's safety copy get its
        own key (:meth:`vault.store.Vault.open_with_key`)."""
        return cls(
            storage.Vault.open_with_key(
                path, unlock, clock=clock, kdf_profile=kdf_profile, passphrase=passphrase
            )
        )

    @classmethod
    @at_the_door
    def create_with_key(
        cls,
        path: Path,
        unlock: UnlockKey,
        *,
        clock: Clock | None = None,
        kdf_profile: KdfProfile | None = None,
    ) -> UnlockedVault:
        """Create a new vault at ``path`` with a key from :func:`new_unlock_key`."""
        return cls(
            storage.Vault.create_with_key(path, unlock, clock=clock, kdf_profile=kdf_profile)
        )

    @at_the_door
    def fill_with_demo(self) -> None:
        """Fill this new, empty vault with the fictional demonstration data
        (:func:`vault.demo.build_demo`; its word lists load only here)."""
        from vault.demo import DEMO, build_demo

        build_demo(self._store, DEMO)

    # -------------------------------------------------------------- the file
    @property
    def store(self) -> storage.Vault:
        """The storage vault behind the door (for the vault layer and tests only)."""
        return self._store

    @property
    def path(self) -> Path:
        """The vault file."""
        return self._store.path

    @property
    def is_open(self) -> bool:
        """Whether the vault is still unlocked."""
        return self._store.is_open

    @property
    def is_demo(self) -> bool:
        """Whether this is the demonstration vault (made-up content)."""
        return self._store.is_demo

    @property
    def warnings(self) -> list[VaultWarning]:
        """Conditions to tell the user about, found when the vault opened."""
        return self._store.warnings

    @property
    def kdf(self) -> KdfParams:
        """The key-derivation parameters the vault's header records (shown, and offered
        for strengthening when below today's floor)."""
        return self._store.header.kdf

    @property
    def clock(self) -> Clock:
        """The wall clock the vault stamps records with."""
        return self._store.clock

    def close(self) -> None:
        """Lock: checkpoint, release the file and forget the key."""
        at_the_door(self._store.close)()

    def __enter__(self) -> UnlockedVault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
