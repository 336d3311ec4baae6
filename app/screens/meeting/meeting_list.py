"""The meeting screen's first page: a cell's meetings, newest first, and "new meeting".

:class:`MeetingListPage` lists the meetings of the chosen cell (date and time, table,
place: metadata only) and starts a new one with
:class:`~app.screens.meeting.dialogs.NewMeetingDialog`; the screen opens the one chosen
(:attr:`MeetingListPage.open_requested`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.practice_meeting import PracticeMeetingDialog
from app.platform.i18n import ui_language
from app.screens.case_words import meeting_status_text
from app.screens.meeting.dialogs import NewMeetingDialog, forget_dialog
from app.widgets.basics import ErrorLabel, heading, label_for, name_after_text
from app.wording.meeting import table_text
from app.wording.messages import error_message
from vault.api import UnlockedVault
from vault.dates import long_date_time
from vault.errors import VaultError

ID_ROLE = Qt.ItemDataRole.UserRole


class MeetingListPage(QWidget):
    """The meetings of one cell; open one, or start a new one."""

    open_requested = Signal(int)
    """The meeting (id) to open: chosen in the list, or just started."""

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: UnlockedVault | None = None
        self._now = now
        self.new_meeting_dialog: NewMeetingDialog | None = None
        self.title = heading(QCoreApplication.translate("MeetingScreen", "Meetings"), scale=1.35)
        self.cell = QComboBox()
        self.meetings = QListWidget()
        self.new_meeting_button = QPushButton(
            QCoreApplication.translate("MeetingScreen", "&New meeting…")
        )
        name_after_text(self.new_meeting_button)
        self.open_button = QPushButton(QCoreApplication.translate("MeetingScreen", "&Open meeting"))
        name_after_text(self.open_button)
        self.back_button = QPushButton(
            QCoreApplication.translate("MeetingScreen", "&Back to notes")
        )
        name_after_text(self.back_button)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(label_for(QCoreApplication.translate("MeetingScreen", "&Cell"), self.cell))
        layout.addWidget(self.cell)
        layout.addWidget(
            label_for(
                QCoreApplication.translate("MeetingScreen", "&Meetings of this cell"), self.meetings
            )
        )
        layout.addWidget(self.meetings, 1)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_meeting_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.cell.currentIndexChanged.connect(self.fill_meetings)
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.open_button.clicked.connect(self._open_current)
        self.meetings.itemActivated.connect(lambda _item: self._open_current())

    def show_vault(self, vault: UnlockedVault) -> None:
        """The open vault's cells, and the meetings of the first."""
        self._vault = vault
        self.error.clear_message()
        self.cell.blockSignals(True)
        self.cell.clear()
        try:
            for cell in vault.cells.list():
                self.cell.addItem(cell.name, cell.id)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
        self.cell.blockSignals(False)
        self.fill_meetings()

    def fill_meetings(self) -> None:
        self.meetings.clear()
        cell_id = self.cell.currentData()
        if self._vault is None or cell_id is None:
            return
        try:
            found = self._vault.meetings.list(int(cell_id))
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        for meeting in reversed(found):
            when = long_date_time(meeting.starts_at, ui_language())
            text = f"{when} · {table_text(meeting.table_kind)}"
            if meeting.place:
                text += f" · {meeting.place}"
            text += f" · {meeting_status_text(meeting.status)}"  # C18
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, meeting.id)
            self.meetings.addItem(item)
        if self.meetings.count():
            self.meetings.setCurrentRow(0)

    def _open_current(self) -> None:
        item = self.meetings.currentItem()
        if item is not None:
            self.open_requested.emit(int(item.data(ID_ROLE)))

    def new_meeting(self) -> None:
        vault = self._vault
        if vault is None:
            return
        try:
            cells = vault.cells.list()
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        dialog = PracticeMeetingDialog(vault, cells, self.cell.currentData(), self._now(), self)
        dialog.accepted.connect(lambda: self._started(dialog))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.new_meeting_dialog = dialog
        dialog.open()

    def _started(self, dialog: NewMeetingDialog) -> None:
        meeting_id = dialog.start()
        if meeting_id is None:
            self.error.show_message(dialog.error.text())
            return
        self.cell.setCurrentIndex(max(0, self.cell.findData(dialog.cell.currentData())))
        self.fill_meetings()
        self.activateWindow()
        self.open_requested.emit(meeting_id)

    def _forget(self, dialog: NewMeetingDialog) -> None:
        if self.new_meeting_dialog is dialog:
            self.new_meeting_dialog = None
        forget_dialog(dialog)

    def clear(self) -> None:
        """Forget the vault and every cell and meeting shown (P12)."""
        self._vault = None
        if self.new_meeting_dialog is not None:
            self.new_meeting_dialog.reject()
        for widget in (self.cell, self.meetings):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.error.clear_message()
