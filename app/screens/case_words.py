"""The words of a case's life (P13), its informing status (P7) and its code warnings, shared
by the case list, the case file and the case dialogs. Dutch through the catalogue
(context ``CaseWords``); never colour alone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.platform.i18n import ui_language
from vault.api import CodeWarning, InformingState, InformingStatus
from vault.dates import long_date, short_date
from vault.model import CaseDecisionKind, CaseStage, ClosureReason, MeetingStatus


def stage_text(stage: CaseStage) -> str:
    """Where the case stands, in words."""
    words = {
        CaseStage.REFERRAL: QCoreApplication.translate("CaseWords", "Referral received"),
        CaseStage.DISCUSSED: QCoreApplication.translate("CaseWords", "Discussed"),
        CaseStage.SCREENING: QCoreApplication.translate("CaseWords", "In screening"),
        CaseStage.TRAJECTORY_PROPOSED: QCoreApplication.translate(
            "CaseWords", "Follow-up trajectory proposed"
        ),
        CaseStage.TRAJECTORY_RUNNING: QCoreApplication.translate(
            "CaseWords", "Follow-up trajectory running"
        ),
        CaseStage.CLOSED: QCoreApplication.translate("CaseWords", "Closed"),
    }
    return words[stage]


def closure_reason_text(reason: ClosureReason) -> str:
    words = {
        ClosureReason.GOAL_REACHED: QCoreApplication.translate("CaseWords", "Goal reached"),
        ClosureReason.REFERRED_TO_CARE: QCoreApplication.translate(
            "CaseWords", "Referred to care services"
        ),
        ClosureReason.OUT_OF_SCOPE: QCoreApplication.translate(
            "CaseWords", "Outside the local definition"
        ),
        ClosureReason.LTF_POLICE: QCoreApplication.translate(
            "CaseWords", "Followed by the LTF or the police"
        ),
        ClosureReason.MOVED: QCoreApplication.translate(
            "CaseWords", "Moved to another municipality"
        ),
        ClosureReason.OTHER: QCoreApplication.translate("CaseWords", "Other reason"),
    }
    return words[reason]


def decision_kind_text(kind: CaseDecisionKind) -> str:
    words = {
        CaseDecisionKind.TRAJECTORY: QCoreApplication.translate(
            "CaseWords", "Follow-up trajectory"
        ),
        CaseDecisionKind.REFERRAL: QCoreApplication.translate("CaseWords", "Referral"),
        CaseDecisionKind.CLOSURE: QCoreApplication.translate("CaseWords", "Closure"),
    }
    return words[kind]


def informing_short(status: InformingStatus, today: date) -> str:
    """The informing status in a few words, for a list column (P7)."""
    state = status.state
    if state is InformingState.POSTPONED:
        until = status.review_on
        text = QCoreApplication.translate("CaseWords", "postponed until %1").replace(
            "%1", short_day(until) if until else "?"
        )
        if status.undecided(today):
            text += " — " + QCoreApplication.translate("CaseWords", "decide again")
        return text
    return informing_state_text(state)


def informing_state_text(state: InformingState) -> str:
    """An informing state in a word or two (a filter's choices)."""
    words = {
        InformingState.NOT_CONSIDERED: QCoreApplication.translate(
            "CaseWords", "not yet considered"
        ),
        InformingState.OPEN: QCoreApplication.translate(
            "CaseWords", "open — ask the information officer"
        ),
        InformingState.POSTPONED: QCoreApplication.translate("CaseWords", "postponed"),
        InformingState.ALLOWED: QCoreApplication.translate("CaseWords", "allowed"),
        InformingState.REFUSED: QCoreApplication.translate("CaseWords", "refused"),
        InformingState.DONE: QCoreApplication.translate("CaseWords", "done"),
    }
    return words[state]


def meeting_status_text(status: MeetingStatus) -> str:
    words = {
        MeetingStatus.PLANNED: QCoreApplication.translate("CaseWords", "planned"),
        MeetingStatus.IN_PROGRESS: QCoreApplication.translate("CaseWords", "in progress"),
        MeetingStatus.CLOSED: QCoreApplication.translate("CaseWords", "held"),
        MeetingStatus.CANCELLED: QCoreApplication.translate("CaseWords", "cancelled"),
    }
    return words[status]


def code_warning_text(warnings: tuple[CodeWarning, ...]) -> str:
    """Why a case code may point at a person, in one paragraph (empty when it does not)."""
    if not warnings:
        return ""
    reasons = {
        CodeWarning.NO_NUMBER: QCoreApplication.translate("CaseWords", "it has no number"),
        CodeWarning.NAME: QCoreApplication.translate(
            "CaseWords", "it holds a word written like a name"
        ),
        CodeWarning.INITIALS: QCoreApplication.translate(
            "CaseWords", "it holds initials with a dot"
        ),
        CodeWarning.BIRTH_YEAR: QCoreApplication.translate(
            "CaseWords", "it reads as initials and a birth year"
        ),
    }
    return QCoreApplication.translate(
        "CaseWords",
        "This code may point at a person: %1. Prefer the coordinator's case number, "
        "such as LIVCR-2025-000017.",
    ).replace("%1", "; ".join(reasons[w] for w in warnings))


def day_words(day: date | None) -> str:
    """A date in words with its weekday ("" for none), as the screens show dates."""
    return "" if day is None else long_date(day, ui_language())


def short_day(day: date | None) -> str:
    """A date in words without the weekday ("" for none), for list columns."""
    return "" if day is None else short_date(day, ui_language())


def label_words(
    table_only: bool, changed: bool, own_dossier: bool, feedback: list[str], ltf: bool
) -> str:
    """A note's label in words (P1, P3): where its released version may go."""
    if table_only:
        return QCoreApplication.translate("CaseWords", "Table only — secret of the table")
    parts = []
    if own_dossier:
        parts.append(QCoreApplication.translate("CaseWords", "released to own dossier"))
    if feedback:
        parts.append(
            QCoreApplication.translate("CaseWords", "feedback for %1").replace(
                "%1", ", ".join(feedback)
            )
        )
    if ltf:
        parts.append(QCoreApplication.translate("CaseWords", "LTF feedback form"))
    text = ", ".join(parts)
    if changed:
        text = QCoreApplication.translate(
            "CaseWords", "Changed since release — new text only at the table; earlier version: %1"
        ).replace("%1", text)
    return text[:1].upper() + text[1:]


FOCUS_STYLE = (
    "QLineEdit:focus, QComboBox:focus, QPushButton:focus, QCheckBox:focus, QSpinBox:focus,"
    " QDateEdit:focus, QListWidget:focus, QTableView:focus, QTreeWidget:focus,"
    " QTextBrowser:focus, QPlainTextEdit:focus"
    " { border: 2px solid palette(highlight); border-radius: 3px; }"
)
"""A focus ring that is seen on a projector and a bright laptop (the walkthrough found
Fusion's 1 px outline easy to lose): the case screens and dialogs set it on themselves."""
