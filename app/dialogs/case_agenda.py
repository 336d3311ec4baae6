"""Put on the agenda… — a case onto one of its cell's coming meetings, from the case file
(P13: a case runs over many meetings; domain review M2, C18).

The choice is among the cell's meetings that are neither held nor cancelled, the next one
chosen first. The item goes through the same door as the meeting's own agenda editor
(:meth:`vault.api.Meetings.add_case_item`), so a minor's case that returns to the agenda
has its stepwise questions asked again there (P8), exactly as when it is added at the
meeting. Every refusal — the meeting was closed or cancelled meanwhile, it is a strategic
table, the case is already on that agenda — is said in words (:func:`refusal_text`), read
again from the meeting as it stands.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.agenda_edit import section_text
from app.platform.i18n import ui_language
from app.screens.case_words import meeting_status_text
from app.widgets.basics import ErrorLabel, label_for, name_after_text, paragraph
from app.wording.meeting import table_text
from app.wording.messages import error_message
from vault.api import UnlockedVault
from vault.dates import long_date_time
from vault.errors import VaultError
from vault.model import AgendaSection, CaseStage, Meeting, MeetingStatus, TableKind

COMING = (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
"""A meeting whose agenda still changes: planned, or running now."""


def meeting_words(meeting: Meeting) -> str:
    """A meeting as the choice shows it: when, where, its status (and a strategic table
    said, as it takes no case)."""
    text = long_date_time(meeting.starts_at, ui_language())
    if meeting.place:
        text += f", {meeting.place}"
    text += f" — {meeting_status_text(meeting.status)}"
    if meeting.table_kind is TableKind.STRATEGIC:
        text += f" · {table_text(meeting.table_kind)}"
    return text


def refusal_text(vault: UnlockedVault, meeting_id: int, case_id: int) -> str | None:
    """Why the case cannot go on that meeting's agenda, in words; None when nothing is in
    the way. Read from the meeting as it stands now (another window may have closed it)."""
    meeting = vault.meetings.get(meeting_id)
    when = long_date_time(meeting.starts_at, ui_language())
    if meeting.status is MeetingStatus.CLOSED:
        return QCoreApplication.translate(
            "CaseAgendaDialog",
            "The meeting of %1 was closed as held: its agenda no longer changes.",
        ).replace("%1", when)
    if meeting.status is MeetingStatus.CANCELLED:
        return QCoreApplication.translate(
            "CaseAgendaDialog", "The meeting of %1 was cancelled: its agenda no longer changes."
        ).replace("%1", when)
    if meeting.table_kind is TableKind.STRATEGIC:
        return QCoreApplication.translate(
            "CaseAgendaDialog",
            "The meeting of %1 is a strategic table: cases are discussed at the operational table.",
        ).replace("%1", when)
    if meeting.cell_id != vault.cases.get(case_id).cell_id:
        return QCoreApplication.translate(
            "CaseAgendaDialog", "The meeting of %1 belongs to another cell."
        ).replace("%1", when)
    item = next((i for i in vault.meetings.agenda(meeting_id) if i.case_id == case_id), None)
    if item is not None:
        return (
            QCoreApplication.translate(
                "CaseAgendaDialog",
                "The case is already on the agenda of the meeting of %1 (item %2).",
            )
            .replace("%1", when)
            .replace("%2", str(item.position))
        )
    return None


class CaseAgendaDialog(QDialog):
    """Choose one of the cell's coming meetings and put the case on its agenda."""

    added = Signal(int, int)
    """The case was put on meeting X's agenda as item Y."""

    def __init__(self, vault: UnlockedVault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Put the case on the agenda"))
        self.setMinimumWidth(520)
        self._vault: UnlockedVault | None = vault
        self.case_id = case_id
        case = vault.cases.get(case_id)
        self.intro = paragraph(
            self.tr(
                "Case %1 goes on the agenda of one of the cell's coming meetings, under %2. "
                "For a minor the stepwise questions are asked again at that meeting."
            )
            .replace("%1", case.code)
            .replace(
                "%2",
                section_text(
                    AgendaSection.NEW_REFERRALS
                    if case.stage is CaseStage.REFERRAL
                    else AgendaSection.RUNNING_CASES
                ),
            )
        )
        self.meeting = QComboBox()
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.hint = paragraph()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(label_for(self.tr("&Meeting"), self.meeting), self.meeting)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(
            self.tr("&Put on the agenda"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            name_after_text(button)
        self.add_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.meeting.currentIndexChanged.connect(lambda _i: self._show_hint())
        self._fill(vault, case.cell_id)

    def _fill(self, vault: UnlockedVault, cell_id: int) -> None:
        try:
            coming = [m for m in vault.meetings.list(cell_id) if m.status in COMING]
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            coming = []
        for meeting in coming:
            self.meeting.addItem(meeting_words(meeting), meeting.id)
        if not coming:
            self.hint.setText(
                self.tr(
                    "The cell has no planned meeting. Plan one first with New meeting… on the "
                    "meeting screen."
                )
            )
        self.meeting.setEnabled(bool(coming))
        self.add_button.setEnabled(bool(coming))
        # The next one: the first from now on that can take the case, else the first
        # from now on, else the last one (a meeting typed up later).
        today = vault.clock.now().date()
        ahead = [i for i, m in enumerate(coming) if m.starts_at.date() >= today]
        free = [i for i in ahead if self._refusal(coming[i].id) is None]
        chosen = free[0] if free else ahead[0] if ahead else len(coming) - 1
        if coming:
            self.meeting.setCurrentIndex(chosen)
        self._show_hint()

    def chosen_meeting(self) -> int | None:
        data = self.meeting.currentData()
        return None if data is None else int(data)

    def _refusal(self, meeting_id: int) -> str | None:
        vault = self._vault
        if vault is None:
            return None
        try:
            return refusal_text(vault, meeting_id, self.case_id)
        except VaultError as exc:
            return error_message(exc.code)

    def _show_hint(self) -> None:
        meeting_id = self.chosen_meeting()
        if meeting_id is None:
            return
        self.error.clear_message()
        refused = self._refusal(meeting_id)
        self.hint.setText(refused or "")
        self.hint.setVisible(bool(refused))

    def add(self) -> int | None:
        """Put the case on the chosen meeting's agenda; the new item's id (the dialog
        closes), or None with the reason in words."""
        vault, meeting_id = self._vault, self.chosen_meeting()
        if vault is None or meeting_id is None:
            return None
        self.error.clear_message()
        try:
            item_id = vault.meetings.add_case_item(meeting_id, self.case_id)
        except VaultError as exc:
            self.error.show_message(self._refusal(meeting_id) or error_message(exc.code))
            return None
        self.added.emit(meeting_id, item_id)
        self.accept()
        return item_id

    def done(self, result: int) -> None:
        """Closing (or a lock, P12) forgets the vault."""
        self._vault = None
        super().done(result)
