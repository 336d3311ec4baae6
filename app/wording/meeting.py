"""The meeting's vocabulary in words: roles, agenda items, tables, labels, attendance.

Shared by the meeting screen and its panels, the dialogs opened from it, the search, the
cells screen and the representative's view; none of them imports another screen for a
word. The Qt contexts stay those of the screen the words were first written for
(``MeetingScreen``, ``ActionsPanel``), so the catalogue's translations follow them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from vault.api import CoreSeat, ItemView
from vault.model import AgendaItemKind, AttendanceStatus, Label, Person, Role, TableKind


def core_notice_text(missing: Sequence[CoreSeat]) -> str:
    """The seats of the legal core nobody present fills, in one calm sentence (C20);
    empty when the core is complete (or attendance is not taken yet)."""
    if not missing:
        return ""
    seats = {
        CoreSeat.MAYOR: QCoreApplication.translate("MeetingScreen", "the mayor or a stand-in"),
        CoreSeat.POLICE: QCoreApplication.translate(
            "MeetingScreen", "the chief of police or the information officer"
        ),
        CoreSeat.PREVENTION: QCoreApplication.translate("MeetingScreen", "the prevention official"),
    }
    return QCoreApplication.translate(
        "MeetingScreen",
        "Legal core not complete (law of 30 July 2018, art. 3 § 1): not recorded as present: %1.",
    ).replace("%1", "; ".join(seats[seat] for seat in missing))


def role_text(role: Role) -> str:
    names = {
        Role.MAYOR: QCoreApplication.translate("MeetingScreen", "Mayor"),
        Role.PREVENTION_OFFICER: QCoreApplication.translate("MeetingScreen", "Prevention officer"),
        Role.INFORMATION_OFFICER: QCoreApplication.translate(
            "MeetingScreen", "Information officer"
        ),
        Role.POLICE_CHIEF: QCoreApplication.translate("MeetingScreen", "Chief of police"),
        Role.POLICE: QCoreApplication.translate("MeetingScreen", "Police"),
        Role.CLB: QCoreApplication.translate("MeetingScreen", "School counselling (CLB)"),
        Role.SCHOOL: QCoreApplication.translate("MeetingScreen", "School"),
        Role.SOCIAL_SERVICES: QCoreApplication.translate("MeetingScreen", "Social services"),
        Role.JUSTICE_HOUSE: QCoreApplication.translate("MeetingScreen", "Justice house"),
        Role.CIVIL_AFFAIRS: QCoreApplication.translate("MeetingScreen", "Civil affairs"),
        Role.YOUTH_OFFICER: QCoreApplication.translate("MeetingScreen", "Youth officer"),
        Role.YOUTH_WELFARE_WORKER: QCoreApplication.translate(
            "MeetingScreen", "Youth welfare worker"
        ),
        Role.HEAD_OF_LEISURE: QCoreApplication.translate("MeetingScreen", "Head of leisure"),
        Role.OTHER: QCoreApplication.translate("MeetingScreen", "Other"),
    }
    return names.get(role, QCoreApplication.translate("MeetingScreen", "Other"))


def item_kind_text(kind: AgendaItemKind) -> str:
    names = {
        AgendaItemKind.OPENING: QCoreApplication.translate("MeetingScreen", "Opening"),
        AgendaItemKind.OPEN_ACTIONS: QCoreApplication.translate("MeetingScreen", "Open actions"),
        AgendaItemKind.CASE: QCoreApplication.translate("MeetingScreen", "Case"),
        AgendaItemKind.THEME: QCoreApplication.translate("MeetingScreen", "Theme"),
        AgendaItemKind.LTF_DECISIONS: QCoreApplication.translate("MeetingScreen", "LTF decisions"),
        AgendaItemKind.CLOSING: QCoreApplication.translate("MeetingScreen", "Closing"),
        AgendaItemKind.OTHER: QCoreApplication.translate("MeetingScreen", "Other"),
    }
    return names.get(kind, QCoreApplication.translate("MeetingScreen", "Other"))


def table_text(kind: TableKind) -> str:
    if kind is TableKind.OPERATIONAL:
        return QCoreApplication.translate("MeetingScreen", "Operational table")
    return QCoreApplication.translate("MeetingScreen", "Strategic table")


def item_title(view: ItemView) -> str:
    """What the agenda list shows: position, kind, and a case code or title (metadata)."""
    item = view.item
    text = f"{item.position}. {item_kind_text(item.kind)}"
    if view.case is not None:
        text += f" — {view.case.code}"
    elif item.title:
        text += f" — {item.title}"
    return text


def names_of(people: tuple[Person, ...]) -> str:
    return ", ".join(p.name for p in people)


def label_band_text(label: Label, colleague_names: list[str]) -> str:
    """The words of a note's label (P1, P3, P4, P6); the band adds an icon and colour.

    A note changed after its release says so first: the new text is table-only until it
    is released again (P3); where the earlier version went follows.
    """
    if label.table_only:
        return QCoreApplication.translate("MeetingScreen", "Table only — secret of the table")
    parts = []
    if label.changed:
        parts.append(changed_words())
    if label.own_dossier:
        parts.append(QCoreApplication.translate("MeetingScreen", "Released to own dossier"))
    if colleague_names:
        parts.append(
            QCoreApplication.translate("MeetingScreen", "Feedback for: %1").replace(
                "%1", ", ".join(colleague_names)
            )
        )
    if label.ltf:
        parts.append(
            QCoreApplication.translate("MeetingScreen", "LTF feedback form (consensus recorded)")
        )
    if label.changed and len(parts) > 1:
        # Where the earlier version went: it, not the new text, may leave (P3).
        parts[1] = QCoreApplication.translate("MeetingScreen", "earlier version: %1").replace(
            "%1", parts[1]
        )
    return " · ".join(parts)


def changed_words() -> str:
    return QCoreApplication.translate(
        "MeetingScreen", "Changed since release — new text only at the table"
    )


def label_short(label: Label) -> str:
    """A note's label in a word or two, for the notes list (never colour alone)."""
    if label.table_only:
        return QCoreApplication.translate("MeetingScreen", "table only")
    if label.changed:
        return QCoreApplication.translate("MeetingScreen", "changed since release")
    parts = []
    if label.own_dossier:
        parts.append(QCoreApplication.translate("MeetingScreen", "own dossier"))
    if label.colleague_ids:
        parts.append(QCoreApplication.translate("MeetingScreen", "feedback"))
    if label.ltf:
        parts.append(QCoreApplication.translate("MeetingScreen", "LTF"))
    return ", ".join(parts)


def note_entry_text(title: str, label: Label) -> str:
    """A line of the notes list: the label, then the note's first line."""
    return f"[{label_short(label)}] {title}"


def attendance_text(status: AttendanceStatus | None) -> str:
    """An attendance status in a word; "not recorded" when nobody ticked it yet."""
    if status is AttendanceStatus.PRESENT:
        return QCoreApplication.translate("MeetingScreen", "Present")
    if status is AttendanceStatus.ABSENT:
        return QCoreApplication.translate("MeetingScreen", "Absent")
    if status is AttendanceStatus.EXCUSED:
        return QCoreApplication.translate("MeetingScreen", "Excused")
    return QCoreApplication.translate("MeetingScreen", "Not recorded")


def hidden_text() -> str:
    """What stands in place of table-only text while projecting (app.screens.presentation)."""
    return QCoreApplication.translate("ActionsPanel", "Hidden: table only — presentation mode")
