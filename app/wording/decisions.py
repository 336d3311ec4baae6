"""Decisions in words: when they were taken, what they say, and which one counts (P6, P7).

The status lines the meeting screen's decisions panel shows and the LTF consensus and
informing dialogs repeat: an LTF form's consensus, informing the person, a decision a later
one on the case replaced. Shared by the panel and the dialogs, so the screen never loads a
dialog for a sentence. The Qt contexts stay the dialogs' (``InformDialog``,
``ConsensusDialog``), so the catalogue's translations follow them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app.platform.i18n import ui_language
from vault.api import InformedHow, InformingState, InformingStatus, ItemView, UnlockedVault
from vault.dates import long_date, long_date_time
from vault.errors import VaultError
from vault.model import Decision, DecisionKind, DecisionOutcome, Position
from vault.policy import ConsensusResult


def stamp_text(stamp: str) -> str:
    """A stored ISO timestamp as the user reads it: ``donderdag 5 maart 2026, 10.30 uur``."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return long_date_time(moment, ui_language())


def day_text(day: date) -> str:
    """A date as the user reads it: ``donderdag 5 maart 2026``."""
    return long_date(day, ui_language())


def latest_decision(item_view: ItemView, kind: DecisionKind) -> Decision | None:
    """The most recent decision of ``kind`` on the item: the one that counts."""
    found = [d for d in item_view.decisions if d.kind is kind]
    return max(found, key=lambda d: d.id) if found else None


def superseded_text(vault: UnlockedVault, decision: Decision) -> str | None:
    """A line saying that a later decision on the case replaces this one (P6, P7), or
    None when this one governs."""
    try:
        later = vault.policy.superseded_by(decision.id)
        if later is None:
            return None
        when = stamp_text(vault.decisions.get(later).decided_at)
    except (KeyError, VaultError):
        return None
    return QCoreApplication.translate(
        "InformDialog",
        "Superseded: a later decision on this case (%1) replaces it; only that one counts "
        "and makes documents.",
    ).replace("%1", when)


def inform_status(decision: Decision) -> str:
    """One line for the item's facts about a recorded P7 decision."""
    when = stamp_text(decision.decided_at)
    if decision.outcome is DecisionOutcome.ALLOWED:
        text = QCoreApplication.translate(
            "InformDialog", "Informing the person: allowed — only the fact of being discussed (%1)."
        )
    elif decision.outcome is DecisionOutcome.OPEN:
        text = QCoreApplication.translate(
            "InformDialog",
            "Informing the person: open — no police present, ask the information officer (%1).",
        )
    elif decision.outcome is DecisionOutcome.POSTPONED:
        until = day_text(decision.review_on) if decision.review_on is not None else "?"
        text = QCoreApplication.translate(
            "InformDialog", "Informing the person: postponed until %2 (%1)."
        ).replace("%2", until)
    else:
        text = QCoreApplication.translate("InformDialog", "Informing the person: not allowed (%1).")
    return text.replace("%1", when)


def how_text(how: InformedHow) -> str:
    if how is InformedHow.LETTER:
        return QCoreApplication.translate("InformDialog", "by letter")
    return QCoreApplication.translate("InformDialog", "in a conversation")


def case_status_text(status: InformingStatus, names: dict[int, str], due: bool) -> str:
    """The case's informing status in one line (P7); ``due``: it needs deciding now."""
    state = status.state
    if state is InformingState.NOT_CONSIDERED:
        return QCoreApplication.translate(
            "InformDialog", "Informing the person: not yet considered for this case."
        )
    if state is InformingState.DONE and status.informed is not None:
        done = status.informed
        return (
            QCoreApplication.translate(
                "InformDialog", "Informing the person: done — %1, %2, on %3."
            )
            .replace("%1", names.get(done.by_id, "?"))
            .replace("%2", how_text(done.how))
            .replace("%3", day_text(done.on))
        )
    assert status.decision is not None
    line = inform_status(status.decision)
    if state is InformingState.POSTPONED and due:
        line += " " + QCoreApplication.translate(
            "InformDialog", "That date has come: decide again."
        )
    return line


def position_text(position: Position | None) -> str:
    if position is Position.APPROVE:
        return QCoreApplication.translate("ConsensusDialog", "Agrees")
    if position is Position.OBJECT:
        return QCoreApplication.translate("ConsensusDialog", "Disagrees")
    if position is Position.ABSTAIN:
        return QCoreApplication.translate("ConsensusDialog", "Abstention")
    return QCoreApplication.translate("ConsensusDialog", "No position yet")


def ltf_status(decision: Decision) -> str:
    """One line for the item's facts about a recorded LTF form."""
    when = stamp_text(decision.decided_at)
    if decision.outcome is DecisionOutcome.AGREED:
        text = QCoreApplication.translate(
            "ConsensusDialog", "LTF feedback form: consensus reached (%1)."
        )
    else:
        text = QCoreApplication.translate(
            "ConsensusDialog", "LTF feedback form: no consensus — recorded as not passed on (%1)."
        )
    return text.replace("%1", when)


def result_words(
    result: ConsensusResult, names: Mapping[int, str], *, recorded: DecisionOutcome | None = None
) -> tuple[str, str]:
    """(title, body) saying whether consensus is reached, and if not, exactly why not.

    With ``recorded`` (the outcome on record) the words describe the recorded decision.
    """

    def listed(ids: frozenset[int]) -> str:
        return ", ".join(sorted(names.get(i, "?") for i in ids))

    if recorded is DecisionOutcome.AGREED:
        return (
            QCoreApplication.translate("ConsensusDialog", "Consensus reached"),
            QCoreApplication.translate(
                "ConsensusDialog",
                "Every member whose position counted agreed. The form text was released for "
                "the LTF record.",
            ),
        )
    if recorded is None and not result.required:
        return (
            QCoreApplication.translate("ConsensusDialog", "No consensus possible"),
            QCoreApplication.translate(
                "ConsensusDialog",
                "Nobody is recorded as present for this item. Record the attendance first.",
            ),
        )
    if recorded is None and result.agreed:
        body = QCoreApplication.translate(
            "ConsensusDialog",
            "All %1 members whose position counts agree. When recorded, the form text is "
            "released for the LTF record.",
        ).replace("%1", str(len(result.required)))
        if result.out_of_room:
            body += "\n" + QCoreApplication.translate(
                "ConsensusDialog", "Among them, not in the room now: %1."
            ).replace("%1", listed(result.out_of_room))
        return QCoreApplication.translate("ConsensusDialog", "Consensus reached"), body
    lines = []
    if result.out_of_room and recorded is None:
        lines.append(
            QCoreApplication.translate(
                "ConsensusDialog",
                "Not in the room now, but present for this case or owner of the information, "
                "so still required: %1.",
            ).replace("%1", listed(result.out_of_room))
        )
    if result.objected:
        lines.append(
            QCoreApplication.translate("ConsensusDialog", "Disagrees: %1.").replace(
                "%1", listed(result.objected)
            )
        )
    if result.abstained:
        lines.append(
            QCoreApplication.translate(
                "ConsensusDialog", "Abstention (an abstention is not approval): %1."
            ).replace("%1", listed(result.abstained))
        )
    if result.missing:
        lines.append(
            QCoreApplication.translate(
                "ConsensusDialog", "No position yet (no position is not approval): %1."
            ).replace("%1", listed(result.missing))
        )
    if recorded is None:
        lines.append(
            QCoreApplication.translate(
                "ConsensusDialog",
                "Recorded like this, the form counts as not passed on and its text stays "
                "table-only.",
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "ConsensusDialog",
                "The form was recorded as not passed on; its text stays table-only.",
            )
        )
    return QCoreApplication.translate("ConsensusDialog", "No consensus"), "\n".join(lines)
