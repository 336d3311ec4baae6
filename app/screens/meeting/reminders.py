"""The living agenda on the meeting screen: what resurfaces on it until it is resolved, the
meeting's status, and "Agenda bewerken…" (P7, P8, P13; issue 16 items 2, 4, 5; review C18).

:class:`RemindersList` shows :meth:`vault.api.Meetings.reminders` for the open meeting in
a compact list for the side panel — two lines in sight, its heading folding it to a count
so the agenda above keeps room for its rows (issue 17): overdue actions of earlier
meetings, informing the person still to decide (P7), minors' stepwise checks due (P8),
trajectories whose evaluation date has come (P13). Metadata only — case codes, owners,
dates, never a note's text — so it may stay on screen while projecting. Activating a
line opens its place: an item of this agenda (:attr:`RemindersList.item_requested`: the
case's item, or the item that carries the open actions), else the case's file
(:attr:`RemindersList.case_requested`).

:class:`LivingAgenda` is the screen's part of the agenda in the side panel: on the
agenda's heading line (:attr:`LivingAgenda.head`) the meeting's status in words (planned,
in progress, held, cancelled — from the vault) and the "Edit agenda…" button
(Ctrl+Shift+G) opening :class:`~app.dialogs.agenda_edit.AgendaEditDialog`; under the
agenda the reminders. It keeps the screen in step after each change and opens a
reminder's place there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.agenda_edit import AgendaEditDialog
from app.screens.case_words import meeting_status_text, short_day
from app.screens.meeting.agenda import ID_ROLE as AGENDA_ID_ROLE
from app.widgets.basics import name_after_text, plain_text
from app.wording.messages import error_message
from vault.api import MeetingView, UnlockedVault
from vault.errors import VaultError

EDIT_AGENDA_KEY = "Ctrl+Shift+G"
VISIBLE_LINES = 2
"""How many reminders the side panel shows before the list scrolls (its heading folds the
list away to a count, for the agenda's room; issue 17)."""

ITEM_ROLE = Qt.ItemDataRole.UserRole
"""The agenda item a line opens (None: it opens the case's file)."""
CASE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The case a line is about (None: an action without a case)."""


class RemindersList(QWidget):
    """The open meeting's reminders; Enter or a double click opens a line's place."""

    item_requested = Signal(int)
    """Go to this agenda item of the open meeting."""
    case_requested = Signal(int)
    """Open this case's file (a case that is not on this agenda)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A few lines in sight (more scroll): the agenda above keeps its room.
        lines = self.list.fontMetrics().lineSpacing() * VISIBLE_LINES
        self.list.setMaximumHeight(lines + 2 * self.list.frameWidth())
        # The heading folds the list away to its count (issue 17: the agenda's room).
        self.label = QToolButton()
        self.label.setObjectName("reminders-heading")
        self.label.setStyleSheet(
            "QToolButton#reminders-heading { border: none; background: transparent;"
            " padding: 1px 2px; }"
        )
        self.label.setText(QCoreApplication.translate("RemindersList", "To come &back to"))
        self.label.setCheckable(True)
        self.label.setChecked(True)
        self.label.setAutoRaise(True)
        self.label.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.label.setArrowType(Qt.ArrowType.DownArrow)
        self.label.setAccessibleName(
            QCoreApplication.translate("RemindersList", "Show or hide what to come back to")
        )
        self.list.setAccessibleName(
            plain_text(QCoreApplication.translate("RemindersList", "To come &back to"))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._activated)
        self.label.toggled.connect(self.set_unfolded)
        self.hide()

    def set_unfolded(self, unfolded: bool) -> None:
        """Show the lines, or only the heading with their count (kept between meetings)."""
        self.label.blockSignals(True)
        self.label.setChecked(unfolded)
        self.label.blockSignals(False)
        self.label.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.list.setVisible(unfolded)
        if not unfolded and self.list.hasFocus():
            self.label.setFocus()

    @property
    def unfolded(self) -> bool:
        return self.label.isChecked()

    def show_meeting(self, vault: UnlockedVault, meeting_id: int) -> None:
        """Read the meeting's reminders and list them; hidden when there are none."""
        self.list.clear()
        try:
            found = vault.meetings.reminders(meeting_id)
            items = vault.meetings.agenda(meeting_id)
            case_ids = {
                *found.informing_undecided,
                *found.stepwise_due,
                *found.trajectories_to_evaluate,
            }
            codes = {c: vault.cases.get(c).code for c in case_ids}
        except VaultError as exc:
            self._line(error_message(exc.code), None, None)
            self.show()
            return
        item_of_case = {i.case_id: i.id for i in items if i.case_id is not None}
        carrier = next((i.id for i in items if vault.meetings.carries_actions(items, i)), None)
        for entry in found.overdue_actions:
            who = entry.owner_name or entry.organisation
            due = short_day(entry.action.due_date)
            text = (
                QCoreApplication.translate("RemindersList", "Overdue action (%1, due %2)")
                .replace("%1", who)
                .replace("%2", due)
            )
            if entry.case_code:
                text += f" — {entry.case_code}"
            self._line(text, carrier, entry.action.case_id)
        for kind, ids in (
            (
                QCoreApplication.translate("RemindersList", "Informing to decide"),
                found.informing_undecided,
            ),
            (
                QCoreApplication.translate("RemindersList", "Stepwise check due (minor)"),
                found.stepwise_due,
            ),
            (
                QCoreApplication.translate("RemindersList", "Trajectory to evaluate"),
                found.trajectories_to_evaluate,
            ),
        ):
            for case_id in ids:
                self._line(f"{kind} — {codes[case_id]}", item_of_case.get(case_id), case_id)
        count = self.list.count()
        self.label.setText(
            QCoreApplication.translate("RemindersList", "To come &back to (%1)").replace(
                "%1", str(count)
            )
        )
        self.setVisible(count > 0)

    def _line(self, text: str, item_id: int | None, case_id: int | None) -> None:
        line = QListWidgetItem(text)
        line.setData(ITEM_ROLE, item_id)
        line.setData(CASE_ROLE, case_id)
        line.setToolTip(text)
        self.list.addItem(line)

    def lines(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def _activated(self, line: QListWidgetItem) -> None:
        self.open_line(self.list.row(line))

    def open_line(self, row: int) -> None:
        """Open the place of line ``row``: its agenda item, else its case's file."""
        if not 0 <= row < self.list.count():
            return
        line = self.list.item(row)
        item_id, case_id = line.data(ITEM_ROLE), line.data(CASE_ROLE)
        if item_id is not None:
            self.item_requested.emit(int(item_id))
        elif case_id is not None:
            self.case_requested.emit(int(case_id))

    def clear(self) -> None:
        """Forget every line (P12)."""
        self.list.clear()
        self.hide()


class AgendaHost(Protocol):
    """What :class:`LivingAgenda` needs of the meeting screen."""

    @property
    def vault(self) -> UnlockedVault | None: ...

    @property
    def view(self) -> MeetingView | None: ...

    @property
    def current_item_id(self) -> int | None: ...

    @property
    def agenda(self) -> QListWidget: ...

    def save_pending(self) -> bool: ...

    def open_meeting(self, meeting_id: int, item_id: int | None = None) -> None: ...

    def window(self) -> QWidget: ...


class LivingAgenda(QWidget):
    """The reminders under the agenda of the open meeting; its :attr:`head` (the status
    and "Edit agenda…") goes on the agenda's heading line."""

    def __init__(self, host: AgendaHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.edit_dialog: AgendaEditDialog | None = None
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_button = QPushButton(QCoreApplication.translate("LivingAgenda", "&Edit agenda…"))
        self.edit_button.setToolTip(
            QCoreApplication.translate(
                "LivingAgenda", "Add a case or a theme, reorder, date and place, close (%1)"
            ).replace("%1", EDIT_AGENDA_KEY)
        )
        self.edit_button.setAutoDefault(False)
        name_after_text(self.edit_button)
        self.reminders = RemindersList()
        # The status and the button share the agenda's heading line (the screen puts
        # ``head`` there); the reminders come under the agenda (issue 17: its rows).
        self.head = QWidget()
        row = QHBoxLayout(self.head)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.reminders)
        self.edit_action = QAction(QCoreApplication.translate("LivingAgenda", "Edit agenda…"), self)
        self.edit_action.setShortcut(QKeySequence(EDIT_AGENDA_KEY))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit)
        self.edit_button.clicked.connect(self.edit)
        self.reminders.item_requested.connect(self.go_to_item)
        self.reminders.case_requested.connect(self.open_case_file)

    def head_tab_stops(self) -> list[QWidget]:
        """The controls of its :attr:`head` (before the agenda in the screen's Tab chain)."""
        return [self.edit_button]

    def tab_stops(self) -> list[QWidget]:
        """Its controls under the agenda in reading order, for the screen's Tab chain."""
        return [self.reminders.label, self.reminders.list]

    def install_key(self, page: QWidget) -> None:
        """Ctrl+Shift+G opens the dialog wherever the focus is on ``page``."""
        page.addAction(self.edit_action)

    def refresh(self) -> None:
        """The open meeting's status and reminders, read again."""
        vault, view = self._host.vault, self._host.view
        if vault is None or view is None:
            self.clear()
            return
        self.status.setText(
            QCoreApplication.translate("LivingAgenda", "Status: %1").replace(
                "%1", meeting_status_text(view.meeting.status)
            )
        )
        self.reminders.show_meeting(vault, view.meeting.id)

    def edit(self) -> None:
        """Open "Edit agenda…" for the open meeting (saving the note first)."""
        host = self._host
        vault, view = host.vault, host.view
        if vault is None or view is None or not host.save_pending():
            return
        if self.edit_dialog is not None:
            self.edit_dialog.raise_()
            self.edit_dialog.activateWindow()
            return
        dialog = AgendaEditDialog(vault, view.meeting.id, parent=host.window())
        dialog.changed.connect(self._changed)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        track: Callable[[QDialog], object] = getattr(
            host.window(), "track_content_dialog", lambda _d: None
        )
        track(dialog)  # locking closes it (P12)
        self.edit_dialog = dialog
        dialog.open()

    def _changed(self) -> None:
        """Show the changed agenda, the current item kept when it is still there."""
        dialog = self.edit_dialog
        if dialog is None or dialog.view is None:
            return
        self.show_changed_agenda(dialog.meeting_id, [v.item.id for v in dialog.view.items])

    def show_changed_agenda(self, meeting_id: int, items: list[int]) -> None:
        """Show meeting ``meeting_id`` again with its changed agenda (``items``), the
        current item kept when it is still there and a read reminder still folded."""
        host = self._host
        keep = host.current_item_id if host.current_item_id in items else None
        framework = getattr(host, "framework", None)
        folded = framework.button.isChecked() if framework is not None else None
        host.open_meeting(meeting_id, keep)
        if framework is not None and folded is not None:
            framework.button.setChecked(folded)  # a read reminder stays folded
        self.refresh()

    def _forget(self, dialog: AgendaEditDialog) -> None:
        if self.edit_dialog is dialog:
            self.edit_dialog = None
        dialog.deleteLater()

    def go_to_item(self, item_id: int) -> None:
        """Make ``item_id`` the screen's current item (as choosing it in the agenda)."""
        agenda = self._host.agenda
        for row in range(agenda.count()):
            if agenda.item(row).data(AGENDA_ID_ROLE) == item_id:
                agenda.setCurrentRow(row)
                return

    def open_case_file(self, case_id: int) -> None:
        """Open the case's file in the cases window (Table › Cases…)."""
        window = self._host.window()
        open_cases = getattr(window, "open_cases", None)
        if open_cases is None:
            return
        open_cases()
        cases = getattr(window, "cases_dialog", None)
        if cases is not None:
            cases.open_case(case_id)

    def clear(self) -> None:
        """Forget the status and the reminders (P12)."""
        if self.edit_dialog is not None:
            self.edit_dialog.reject()
        self.status.clear()
        self.reminders.clear()
