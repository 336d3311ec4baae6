"""Agenda bewerken… — the agenda follows the real meeting (P13; domain review M2, C18).

:class:`AgendaEditDialog` shows a meeting's items in order, each with its section of the
practice's agenda (:func:`section_text`), and changes them through the door
(:class:`vault.api.Meetings`): add a case that comes up (an existing code or a new
referral; what makes a code look like a person is said while typing), add a theme with a
title, move an item up or down (Alt+Up / Alt+Down in the list), remove an empty item (one
that holds something is refused with what it holds), change date and place, cancel the
meeting, and "Overleg afsluiten": the meeting was held, and the referrals on its agenda
become discussed. Both ask first. Every refusal is shown in words; :attr:`changed` tells
the meeting screen to reload.

Longer than ~500 lines on purpose: one dialog, because every change re-reads the same
agenda and keeps the same item chosen, and the status decides which of its controls work.
The new meeting with the practice's template is
:class:`app.dialogs.practice_meeting.PracticeMeetingDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.platform.i18n import ui_language
from app.screens.case_words import code_warning_text, meeting_status_text
from app.widgets.basics import ErrorLabel, heading, label_for, name_after_text, paragraph
from app.wording.meeting import item_kind_text, table_text
from app.wording.messages import error_message
from vault.api import ItemView, MeetingView, UnlockedVault
from vault.dates import long_date_time
from vault.errors import Refused, VaultError
from vault.model import AgendaSection, CaseStage, MeetingStatus, TableKind

ID_ROLE = Qt.ItemDataRole.UserRole


def section_text(section: AgendaSection) -> str:
    """A section of the practice's agenda in words."""
    words = {
        AgendaSection.OPENING: QCoreApplication.translate("AgendaEditDialog", "Opening"),
        AgendaSection.PREVIOUS_REPORT: QCoreApplication.translate(
            "AgendaEditDialog", "Previous report"
        ),
        AgendaSection.OPEN_ACTIONS: QCoreApplication.translate("AgendaEditDialog", "Open actions"),
        AgendaSection.RUNNING_CASES: QCoreApplication.translate(
            "AgendaEditDialog", "Running cases"
        ),
        AgendaSection.NEW_REFERRALS: QCoreApplication.translate(
            "AgendaEditDialog", "New referrals"
        ),
        AgendaSection.LTF: QCoreApplication.translate(
            "AgendaEditDialog", "LTF information and feedback"
        ),
        AgendaSection.CASES_TO_CLOSE: QCoreApplication.translate(
            "AgendaEditDialog", "Cases to close"
        ),
        AgendaSection.VARIA: QCoreApplication.translate("AgendaEditDialog", "Varia and signals"),
        AgendaSection.NEXT_MEETING: QCoreApplication.translate("AgendaEditDialog", "Next meeting"),
    }
    return words[section]


def agenda_line(view: ItemView) -> str:
    """An item as the dialog lists it: position, section (or kind), case code or title.

    The section names what the item is for: "previous report" is a theme item, "varia"
    an other item, "next meeting" the closing one — their kinds would mislead.
    """
    item = view.item
    what = section_text(item.section) if item.section is not None else item_kind_text(item.kind)
    text = f"{item.position}. {what}"
    if view.case is not None:
        text += f" — {view.case.code}"
    elif item.title:
        text += f" — {item.title}"
    return text


def contents_text(notes: int, decisions: int, actions: int, presence: int) -> str:
    """What an item holds, in words ("2 note(s), 1 action(s)")."""
    parts = []
    for count, words in (
        (notes, QCoreApplication.translate("AgendaEditDialog", "%1 note(s)")),
        (decisions, QCoreApplication.translate("AgendaEditDialog", "%1 decision(s)")),
        (actions, QCoreApplication.translate("AgendaEditDialog", "%1 action(s)")),
        (
            presence,
            QCoreApplication.translate("AgendaEditDialog", "%1 mark(s) of who was in the room"),
        ),
    ):
        if count:
            parts.append(words.replace("%1", str(count)))
    return ", ".join(parts)


class AgendaItems(QListWidget):
    """The items in order: Alt+Up / Alt+Down ask to move the current one, Delete to
    remove it (keys of the list itself, so they work wherever the dialog sits)."""

    move_requested = Signal(int)
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
        elif event.key() == Qt.Key.Key_Delete and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.remove_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


class AgendaEditDialog(QDialog):
    """Edit a planned or running meeting's agenda, date and place; cancel or close it."""

    changed = Signal()
    """The agenda, the date or place, or the meeting's status changed."""

    def __init__(
        self,
        vault: UnlockedVault,
        meeting_id: int,
        *,
        ask: Callable[[QMessageBox], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit agenda"))
        self._vault: UnlockedVault | None = vault
        self.meeting_id = meeting_id
        self._view: MeetingView | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_button: QPushButton | None = None

        self.title = heading("", scale=1.2)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.status = paragraph()
        self.items = AgendaItems()
        self.items.setMinimumHeight(180)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.remove_button = QPushButton(self.tr("&Remove item"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.remove_button.setToolTip(self.tr("Only an empty item can be removed (Delete)"))

        # A case that comes up at the table.
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(self.tr("A code, e.g. LIVCR-2025-000017 — never a name"))
        self.minor = QCheckBox(self.tr("A new case's subject is a mi&nor"))
        self.code_warning = paragraph()
        self.code_warning.hide()
        self.add_case_button = QPushButton(self.tr("&Add case"))
        self.case_box = QGroupBox(self.tr("A case that comes up (new or existing code)"))
        case_grid = QGridLayout(self.case_box)
        case_grid.addWidget(label_for(self.tr("Case &code"), self.code), 0, 0)
        case_grid.addWidget(self.code, 0, 1)
        case_grid.addWidget(self.add_case_button, 0, 2)
        case_grid.addWidget(self.minor, 1, 1, 1, 2)
        case_grid.addWidget(self.code_warning, 2, 0, 1, 3)

        # A theme with a title.
        self.theme = QLineEdit()
        self.theme.setMaxLength(200)
        self.theme.setPlaceholderText(self.tr("A title, e.g. Signals for the strategic table"))
        self.add_theme_button = QPushButton(self.tr("Add th&eme"))
        theme_row = QHBoxLayout()
        theme_row.addWidget(label_for(self.tr("&Theme"), self.theme))
        theme_row.addWidget(self.theme, 1)
        theme_row.addWidget(self.add_theme_button)

        # Date, time and place.
        self.starts_at = QDateTimeEdit()
        self.starts_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts_at.setCalendarPopup(True)
        self.place = QLineEdit()
        self.place.setMaxLength(200)
        self.reschedule_button = QPushButton(self.tr("Change date and &place"))
        when_row = QHBoxLayout()
        when_row.addWidget(label_for(self.tr("&Date and time"), self.starts_at))
        when_row.addWidget(self.starts_at)
        when_row.addWidget(label_for(self.tr("P&lace"), self.place))
        when_row.addWidget(self.place, 1)
        when_row.addWidget(self.reschedule_button)

        # The meeting's status.
        self.close_meeting_button = QPushButton(self.tr("Close meeting (&held)…"))
        self.cancel_meeting_button = QPushButton(self.tr("Cancel &meeting…"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.plan_again_button = QPushButton(self.tr("Plan a&gain"))
        status_row = QHBoxLayout()
        for button in (
            self.close_meeting_button,
            self.cancel_meeting_button,
            self.reopen_button,
            self.plan_again_button,
        ):
            status_row.addWidget(button)
        status_row.addStretch(1)

        self.message = paragraph()
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        moves = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.items, 1)
        list_row.addLayout(moves)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(label_for(self.tr("Agenda &items"), self.items))
        layout.addLayout(list_row, 1)
        layout.addWidget(self.case_box)
        layout.addLayout(theme_row)
        layout.addLayout(when_row)
        layout.addLayout(status_row)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 640)
        for control in self.findChildren(QAbstractButton):
            if isinstance(control, QPushButton):
                control.setAutoDefault(False)  # Enter belongs to the fields
            name_after_text(control)

        self.items.move_requested.connect(self.move_by)
        self.items.remove_requested.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.code.textChanged.connect(self._warn_about_code)
        self.code.returnPressed.connect(self.add_case)
        self.add_case_button.clicked.connect(self.add_case)
        self.theme.returnPressed.connect(self.add_theme)
        self.add_theme_button.clicked.connect(self.add_theme)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.close_meeting_button.clicked.connect(self.ask_close)
        self.cancel_meeting_button.clicked.connect(self.ask_cancel)
        self.reopen_button.clicked.connect(
            lambda: self._set_status(MeetingStatus.IN_PROGRESS, self.tr("The meeting is open."))
        )
        self.plan_again_button.clicked.connect(
            lambda: self._set_status(MeetingStatus.PLANNED, self.tr("The meeting is planned."))
        )
        self.items.currentRowChanged.connect(lambda _r: self._enable())
        self._ask = ask or (lambda box: box.open())
        self.reload()
        self._fill_when()
        self.items.setFocus()

    # ------------------------------------------------------------------ state
    @property
    def view(self) -> MeetingView | None:
        return self._view

    def current_item_id(self) -> int | None:
        entry = self.items.currentItem()
        return None if entry is None else int(entry.data(ID_ROLE))

    def reload(self, item_id: int | None = None) -> None:
        """Read the meeting again and list its items; ``item_id`` (or the current one)
        stays chosen."""
        vault = self._vault
        if vault is None:
            return
        keep = item_id if item_id is not None else self.current_item_id()
        try:
            view = vault.meetings.view(self.meeting_id)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        self._view = view
        meeting = view.meeting
        self.title.setText(
            f"{view.cell.name} — {long_date_time(meeting.starts_at, ui_language())}"
            f" — {table_text(meeting.table_kind)}"
        )
        self.status.setText(
            self.tr("Status: %1").replace("%1", meeting_status_text(meeting.status))
            + (" " + self._status_help(meeting.status) if self._status_help(meeting.status) else "")
        )
        self.items.blockSignals(True)
        self.items.clear()
        for item_view in view.items:
            entry = QListWidgetItem(agenda_line(item_view))
            entry.setData(ID_ROLE, item_view.item.id)
            self.items.addItem(entry)
            if item_view.item.id == keep:
                self.items.setCurrentItem(entry)
        if self.items.currentRow() < 0 and self.items.count():
            self.items.setCurrentRow(0)
        self.items.blockSignals(False)
        self._enable()

    def _status_help(self, status: MeetingStatus) -> str:
        if status is MeetingStatus.CLOSED:
            return self.tr(
                "The meeting was held: its agenda no longer changes. Reopen it to correct it."
            )
        if status is MeetingStatus.CANCELLED:
            return self.tr("The meeting does not take place: plan it again to change its agenda.")
        return ""

    def _editable(self) -> bool:
        view = self._view
        return view is not None and view.meeting.status in (
            MeetingStatus.PLANNED,
            MeetingStatus.IN_PROGRESS,
        )

    def _enable(self) -> None:
        view = self._view
        editable = self._editable()
        row, count = self.items.currentRow(), self.items.count()
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.remove_button.setEnabled(editable and row >= 0)
        operational = view is not None and view.meeting.table_kind is TableKind.OPERATIONAL
        self.case_box.setEnabled(editable and operational)
        self.case_box.setToolTip(
            "" if operational else self.tr("Cases are discussed at the operational table.")
        )
        for widget in (
            self.theme,
            self.add_theme_button,
            self.starts_at,
            self.place,
            self.reschedule_button,
        ):
            widget.setEnabled(editable)
        status = view.meeting.status if view is not None else None
        self.close_meeting_button.setVisible(editable)
        self.cancel_meeting_button.setVisible(editable)
        self.reopen_button.setVisible(status is MeetingStatus.CLOSED)
        self.plan_again_button.setVisible(status is MeetingStatus.CANCELLED)

    def _fill_when(self) -> None:
        view = self._view
        if view is None:
            return
        moment = view.meeting.starts_at
        self.starts_at.setDateTime(
            QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
        )
        self.place.setText(view.meeting.place)

    def _say(self, text: str) -> None:
        self.error.clear_message()
        self.message.setText(text)

    def _refused(self, text: str) -> None:
        self.message.clear()
        self.error.show_message(text)

    def _done(self, text: str, item_id: int | None = None) -> None:
        self.reload(item_id)
        self._say(text)
        self.changed.emit()

    # ------------------------------------------------------------------ items
    def move_by(self, step: int) -> bool:
        """Move the current item one place up (-1) or down (+1)."""
        vault, item_id = self._vault, self.current_item_id()
        if vault is None or item_id is None or not self._editable():
            return False
        row = self.items.currentRow() + step
        if not 0 <= row < self.items.count():
            return False
        try:
            vault.meetings.move_item(item_id, row + 1)
        except VaultError as exc:
            self._refused(error_message(exc.code))
            return False
        self._done(self.tr("Moved to place %1.").replace("%1", str(row + 1)), item_id)
        return True

    def remove_current(self) -> bool:
        """Remove the current item if it holds nothing; else say what it holds."""
        vault, item_id = self._vault, self.current_item_id()
        if vault is None or item_id is None or not self._editable():
            return False
        try:
            contents = vault.meetings.item_contents(item_id)
            if not contents.empty:
                self._refused(
                    self.tr("This item holds %1: it stays on the agenda. Move it instead.").replace(
                        "%1",
                        contents_text(
                            contents.notes, contents.decisions, contents.actions, contents.presence
                        ),
                    )
                )
                return False
            row = self.items.currentRow()
            vault.meetings.remove_item(item_id)
        except VaultError as exc:
            self._refused(error_message(exc.code))
            return False
        self.reload()
        self.items.setCurrentRow(min(row, self.items.count() - 1))
        self._say(self.tr("The empty item was removed."))
        self.changed.emit()
        return True

    def _warn_about_code(self, text: str) -> None:
        vault = self._vault
        if vault is None or not text.strip():
            self.code_warning.hide()
            return
        today = vault.clock.now().date()
        words = code_warning_text(vault.cases.code_warnings(text, today=today))
        self.code_warning.setText(words)
        self.code_warning.setVisible(bool(words))

    def add_case(self) -> int | None:
        """Put the case with the typed code on the agenda (a new referral when the cell
        has no case with that code); the new item's id, or None with the reason shown."""
        vault, view = self._vault, self._view
        code = self.code.text().strip()
        if vault is None or view is None or not self._editable():
            return None
        if not code:
            self._refused(self.tr("Type the case's code first."))
            self.code.setFocus()
            return None
        if view.meeting.table_kind is not TableKind.OPERATIONAL:
            self._refused(self.tr("Cases are discussed at the operational table."))
            return None
        on_agenda = [v for v in view.items if v.case is not None and v.case.code == code]
        if on_agenda:
            self._refused(
                self.tr("%1 is already on this agenda (item %2).")
                .replace("%1", code)
                .replace("%2", str(on_agenda[0].item.position))
            )
            self.items.setCurrentRow(on_agenda[0].item.position - 1)
            return None
        try:
            vault.cases.check_code(code)  # first: a refused code makes no case
        except Refused:
            self._refused(
                self.tr(
                    "Use a pseudonymous code: letters, digits and . _ / - only, at most 32 "
                    "characters, no date of birth and no name."
                )
            )
            self.code.setFocus()
            return None
        try:
            known = {c.code for c in vault.cases.list(view.meeting.cell_id)}
            _case_id, item_id = vault.meetings.add_case_by_code(
                self.meeting_id, code, subject_is_minor=self.minor.isChecked()
            )
        except VaultError as exc:
            self._refused(
                self.tr("The case could not be added: %1").replace("%1", error_message(exc.code))
            )
            return None
        self.code.clear()
        self.minor.setChecked(False)
        if code in known:
            text = self.tr("Existing case %1 added to the agenda.")
        else:
            text = self.tr("New referral %1 added under new referrals.")
        self._done(text.replace("%1", code), item_id)
        return item_id

    def add_theme(self) -> int | None:
        """Add a theme with the typed title (under varia)."""
        vault = self._vault
        title = self.theme.text().strip()
        if vault is None or not self._editable():
            return None
        if not title:
            self._refused(self.tr("Give the theme a title."))
            self.theme.setFocus()
            return None
        try:
            item_id = vault.meetings.add_theme_item(self.meeting_id, title)
        except VaultError as exc:
            self._refused(error_message(exc.code))
            return None
        self.theme.clear()
        self._done(self.tr("Theme added: %1").replace("%1", title), item_id)
        return item_id

    # ------------------------------------------------------------------ the meeting
    def _chosen_start(self) -> datetime:
        value = self.starts_at.dateTime().toPython()
        assert isinstance(value, datetime)
        return value

    def reschedule(self) -> bool:
        """Store the date, time and place shown."""
        vault = self._vault
        if vault is None or not self._editable():
            return False
        try:
            vault.meetings.reschedule(
                self.meeting_id, starts_at=self._chosen_start(), place=self.place.text()
            )
        except VaultError as exc:
            self._refused(error_message(exc.code))
            return False
        self._done(self.tr("Date and place changed."))
        self._fill_when()
        return True

    def ask_close(self) -> None:
        """Ask before closing the meeting as held (it says what closing does)."""
        view = self._view
        referrals = [
            v.case.code
            for v in (view.items if view is not None else ())
            if v.case is not None and v.case.stage is CaseStage.REFERRAL
        ]
        text = self.tr(
            "The meeting was held: its status becomes “held” in the overviews and in each "
            "case's history, and its agenda no longer changes (you can reopen it to correct "
            "it)."
        )
        if referrals:
            text += " " + self.tr("The referrals on its agenda become discussed: %1.").replace(
                "%1", ", ".join(referrals)
            )
        self._confirm(
            self.tr("Close the meeting?"),
            text,
            self.tr("Close as &held"),
            lambda: self._set_status(
                MeetingStatus.CLOSED, self.tr("The meeting is closed as held.")
            ),
        )

    def ask_cancel(self) -> None:
        """Ask before cancelling the meeting."""
        self._confirm(
            self.tr("Cancel the meeting?"),
            self.tr(
                "The meeting does not take place: it stays in the list as cancelled, with "
                "what was written for it. You can plan it again."
            ),
            self.tr("Cancel the &meeting"),
            lambda: self._set_status(MeetingStatus.CANCELLED, self.tr("The meeting is cancelled.")),
        )

    def _confirm(self, title: str, text: str, yes: str, then: Callable[[], object]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(title)
        box.setInformativeText(text)
        self.confirm_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep it as it is"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        for button in box.buttons():
            name_after_text(button)

        def answered(_result: int) -> None:
            chosen = box.clickedButton()
            confirmed = chosen is not None and chosen is self.confirm_button
            self.confirm_box = None
            self.confirm_button = None
            box.deleteLater()
            if confirmed:
                then()

        box.finished.connect(answered)
        self.confirm_box = box
        self._ask(box)

    def _set_status(self, status: MeetingStatus, text: str) -> bool:
        vault = self._vault
        if vault is None:
            return False
        try:
            vault.meetings.change_status(self.meeting_id, status)
        except VaultError as exc:
            self._refused(error_message(exc.code))
            return False
        self._done(text)
        return True

    def done(self, result: int) -> None:
        """Closing (or a lock) forgets the vault and what was typed (P12)."""
        if self.confirm_box is not None:
            box, self.confirm_box = self.confirm_box, None
            box.finished.disconnect()
            box.reject()
            box.deleteLater()
        self._vault = None
        self._view = None
        self.items.clear()
        for field in (self.code, self.theme, self.place):
            field.clear()
        self.title.clear()
        super().done(result)
