"""The meeting screen's panel under the current agenda item: actions, and who left the room.

* **Actions** (*acties*): owner, due date and a short description, added in seconds by
  keyboard (Ctrl+Shift+A). The description is a table-only note (P1); owner and due date
  are metadata. Open actions of earlier meetings of the same cell carry forward
  (:func:`vault.actions.open_actions_before`): they are listed on the meeting's
  "open actions" item and can be closed there (done, or not done with a reason). The
  rules are the vault's: the lines and the owners offered come with the meeting view
  (:class:`vault.meeting_view.ActionLine`, ``ItemView.owner_candidates``), the due date
  offered from :func:`vault.actions.default_due`.
* **Left the room** for one item (conflict of interest, …): the status line under "Known
  to", and :class:`~app.screens.meeting.attendance.ItemPresenceDialog` to tick who is in
  the room for the current item (:func:`vault.attendance.set_item_presence`); the item's
  "Known to" scope (P5) follows at once.

Everything shown here is vault content: :meth:`ActionsPanel.clear` empties it when the
vault locks (P12). Descriptions can be hidden while projecting (:mod:`app.screens.presentation`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.platform.i18n import ui_language
from app.screens.meeting.attendance import ItemPresenceDialog
from app.screens.notebook import TableOnlyList, note_title, remove_copy_out_actions
from app.widgets.basics import ErrorLabel, label_for, name_after_text, paragraph
from app.wording.meeting import hidden_text
from app.wording.messages import error_message
from vault.api import ActionLine, Actions, ItemView, MeetingView, UnlockedVault
from vault.dates import long_date
from vault.errors import VaultError
from vault.model import (
    Action,
    ActionStatus,
    AttendanceStatus,
    NotDoneReason,
    Person,
)
from vault.policy import Channel

ID_ROLE = Qt.ItemDataRole.UserRole


# ---------------------------------------------------------------------------- wording
def status_words(action: Action, meeting_day: date | None) -> str:
    if action.status is ActionStatus.DONE:
        return QCoreApplication.translate("ActionsPanel", "done")
    if action.status is ActionStatus.NOT_DONE:
        if action.not_done_reason is NotDoneReason.CIRCUMSTANCES_CHANGED:
            return QCoreApplication.translate("ActionsPanel", "not done: circumstances changed")
        return QCoreApplication.translate("ActionsPanel", "not done: not acted on")
    if meeting_day is not None and Actions.is_overdue(action, meeting_day):
        return QCoreApplication.translate("ActionsPanel", "open, overdue")
    return QCoreApplication.translate("ActionsPanel", "open")


def due_words(due: date | None) -> str:
    if due is None:
        return QCoreApplication.translate("ActionsPanel", "no due date")
    return QCoreApplication.translate("ActionsPanel", "due %1").replace(
        "%1", long_date(due, ui_language())
    )


# ---------------------------------------------------------------------------- pieces
class TableOnlyLine(QLineEdit):
    """A one-line field for table-only text: nothing copied, cut or dragged out (P2)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        remove_copy_out_actions(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()


class AddActionDialog(QDialog):
    """Description, owner, due date — Enter stores it (Ctrl+Shift+A on the meeting page)."""

    def __init__(
        self,
        owners: list[Person],
        default_owner: int | None,
        due: date,
        item_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New action"))
        self.description = TableOnlyLine()
        self.description.setPlaceholderText(self.tr("What is to be done"))
        self.owner = QComboBox()
        for person in owners:
            self.owner.addItem(person.name, person.id)
        if default_owner is not None:
            self.owner.setCurrentIndex(max(0, self.owner.findData(default_owner)))
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd-MM-yyyy")
        self.due_words = QLabel()
        self.due_words.setAccessibleName(self.tr("Due date in words"))
        self.no_due = QCheckBox(self.tr("No &due date"))
        name_after_text(self.no_due)
        self.item_text = paragraph(self.tr("For agenda item: %1").replace("%1", item_text))
        self.table_only = paragraph(
            self.tr("The description is table-only, like every text you write here.")
        )
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            name_after_text(button)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.due_words, 1)
        form = QFormLayout()
        form.addRow(label_for(self.tr("&What"), self.description), self.description)
        form.addRow(label_for(self.tr("&Owner"), self.owner), self.owner)
        form.addRow(label_for(self.tr("D&ue on"), self.due), due_row)
        form.addRow("", self.no_due)
        layout = QVBoxLayout(self)
        layout.addWidget(self.item_text)
        layout.addLayout(form)
        layout.addWidget(self.table_only)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        self.due.dateChanged.connect(self._show_due_words)
        self.no_due.toggled.connect(self._show_due_words)
        self._show_due_words()
        self.description.setFocus()

    def due_date(self) -> date | None:
        if self.no_due.isChecked():
            return None
        value = self.due.date().toPython()
        assert isinstance(value, date)
        return value

    def owner_id(self) -> int | None:
        data = self.owner.currentData()
        return None if data is None else int(data)

    def _show_due_words(self) -> None:
        self.due.setEnabled(not self.no_due.isChecked())
        self.due_words.setText(due_words(self.due_date()))

    def _accept_if_complete(self) -> None:
        if not self.description.text().strip():
            self.error.show_message(self.tr("Say in a few words what is to be done."))
            self.description.setFocus()
            return
        if self.owner_id() is None:
            self.error.show_message(self.tr("Choose who will do it."))
            self.owner.setFocus()
            return
        self.accept()


# ---------------------------------------------------------------------------- the panel
class ActionsPanel(QWidget):
    """Actions of the current item, carried-forward actions, and the room for the item."""

    changed = Signal()
    """Actions or item presence were stored: the screen reloads its facts."""
    message = Signal(str)
    """A short status sentence for the screen's save-state line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: UnlockedVault | None = None
        self._view: MeetingView | None = None
        self._item_view: ItemView | None = None
        self._item_text = ""
        self._hide_table_only = False
        self._shown: list[ActionLine] = []
        self._content_dialog_hook: Callable[[QDialog], object] | None = None
        self.add_dialog: AddActionDialog | None = None
        self.presence_dialog: ItemPresenceDialog | None = None

        self.list = TableOnlyList()
        self.list.setMinimumHeight(44)  # two lines even on a small screen
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_label = label_for(self.tr("A&ctions"), self.list)
        self.add_button = QPushButton(self.tr("Add act&ion… (Ctrl+Shift+A)"))
        self.add_button.setAccessibleName(self.tr("Add action"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        name_after_text(self.done_button)
        self.not_done_button = QPushButton(self.tr("&Not done…"))
        self.not_done_button.setAccessibleName(self.tr("Not done or open again"))
        self.not_done_menu = QMenu(self.not_done_button)
        self.changed_action = QAction(self.tr("Not done: circumstances changed"), self)
        self.not_acted_action = QAction(self.tr("Not done: not acted on"), self)
        self.reopen_action = QAction(self.tr("Open again"), self)
        self.not_done_menu.addAction(self.changed_action)
        self.not_done_menu.addAction(self.not_acted_action)
        self.not_done_menu.addSeparator()
        self.not_done_menu.addAction(self.reopen_action)
        self.not_done_button.setMenu(self.not_done_menu)

        # Left the room: the status line and its button sit under "Known to".
        self.room_status = paragraph()
        self.room_button = QPushButton(self.tr("Left the &room… (Ctrl+Shift+K)"))
        self.room_button.setAccessibleName(self.tr("Who is in the room for this item"))
        self.room_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        # The panel sits in the meeting screen's narrow side panel (issue 17): the label,
        # the list, then its buttons in a row under it, so nothing is cut off.
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.not_done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.open_add)
        self.done_button.clicked.connect(lambda: self.close_current(ActionStatus.DONE))
        self.changed_action.triggered.connect(
            lambda: self.close_current(ActionStatus.NOT_DONE, NotDoneReason.CIRCUMSTANCES_CHANGED)
        )
        self.not_acted_action.triggered.connect(
            lambda: self.close_current(ActionStatus.NOT_DONE, NotDoneReason.NOT_ACTED)
        )
        self.reopen_action.triggered.connect(lambda: self.close_current(ActionStatus.OPEN))
        self.room_button.clicked.connect(self.open_presence)
        self.list.currentItemChanged.connect(lambda _c, _p: self._enable_buttons())
        self._enable_buttons()

    def set_content_dialog_hook(self, hook: Callable[[QDialog], object] | None) -> None:
        """Where dialogs showing vault content are registered (MainWindow: closed on lock)."""
        self._content_dialog_hook = hook

    # ------------------------------------------------------------------ showing
    @property
    def shown_actions(self) -> list[ActionLine]:
        return list(self._shown)

    def show_item(
        self, vault: UnlockedVault, view: MeetingView, item_view: ItemView, item_text: str
    ) -> None:
        """Show the actions of ``item_view`` (and the carried ones on the open-actions item)."""
        self._vault, self._view, self._item_view = vault, view, item_view
        self._item_text = item_text
        self._shown = list(item_view.action_lines)
        self._fill()
        self._show_room(view, item_view)

    def _may_project(self, shown: ActionLine) -> bool:
        """May the action's description be shown while projecting? The policy decides."""
        note_id = shown.action.description_note_id
        if self._vault is None or note_id is None:
            return False
        return bool(self._vault.policy.may_leave(note_id, Channel.PROJECTION))

    def entry_text(self, shown: ActionLine) -> str:
        """One line: description (or the placeholder), owner, due date, status."""
        view = self._view
        today = view.meeting.starts_at.date() if view is not None else None
        action = shown.action
        if self._hide_table_only and not self._may_project(shown):
            what = hidden_text()
        else:
            what = note_title(shown.description) or self.tr("(no description)")
        parts = [
            what,
            shown.owner.name if shown.owner is not None else "?",
            due_words(action.due_date),
            status_words(action, today),
        ]
        if shown.carried:
            parts.append(
                self.tr("from %1").replace("%1", long_date(shown.agreed_on, ui_language()))
            )
        return " — ".join(parts)

    def _fill(self) -> None:
        current = self.current_action_id()
        self.list.blockSignals(True)
        self.list.clear()
        carried = [s for s in self._shown if s.carried]
        own = [s for s in self._shown if not s.carried]
        if carried:
            self._header(
                self.tr("Open actions from earlier meetings (%1)").replace("%1", str(len(carried)))
            )
            for shown in carried:
                self._entry(shown)
            self._header(self.tr("Actions on this item"))
        for shown in own:
            self._entry(shown)
        if not self._shown:
            self._header(self.tr("No actions on this item yet."))
        self.list.blockSignals(False)
        self.select_action(current)
        self._enable_buttons()

    def _header(self, text: str) -> None:
        entry = QListWidgetItem(text)
        entry.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: readable, not selectable
        font = entry.font()
        font.setBold(True)
        entry.setFont(font)
        self.list.addItem(entry)

    def _entry(self, shown: ActionLine) -> None:
        entry = QListWidgetItem(self.entry_text(shown))
        entry.setData(ID_ROLE, shown.action.id)
        self.list.addItem(entry)

    def refresh_texts(self) -> None:
        """Redo the lines (after presentation mode changed)."""
        self._fill()

    def set_hide_table_only(self, hide: bool) -> None:
        self._hide_table_only = hide
        self._fill()

    def _show_room(self, view: MeetingView, item_view: ItemView) -> None:
        inside = {p.id for p in item_view.scope}
        left = [
            view.people[a.person_id].name
            for a in view.attendance
            if a.status is AttendanceStatus.PRESENT
            and a.whole_meeting
            and a.person_id not in inside
            and a.person_id in view.people
        ]
        if left:
            self.room_status.setText(
                self.tr("Left the room for this item: %1").replace("%1", ", ".join(sorted(left)))
            )
        else:
            self.room_status.clear()
        self.room_status.setAccessibleName(self.room_status.text())
        self.room_status.setVisible(bool(left))

    def current_action_id(self) -> int | None:
        entry = self.list.currentItem()
        data = entry.data(ID_ROLE) if entry is not None else None
        return None if data is None else int(data)

    def select_action(self, action_id: int | None) -> None:
        for row in range(self.list.count()):
            if action_id is not None and self.list.item(row).data(ID_ROLE) == action_id:
                self.list.setCurrentRow(row)
                return

    def _enable_buttons(self) -> None:
        has = self.current_action_id() is not None
        self.done_button.setEnabled(has)
        self.not_done_button.setEnabled(has)
        self.add_button.setEnabled(self._item_view is not None)
        self.room_button.setEnabled(self._item_view is not None)

    # ------------------------------------------------------------------ adding
    def open_add(self) -> None:
        """Open the quick "new action" dialog for the current item."""
        view, item_view = self._view, self._item_view
        if view is None or item_view is None or self._vault is None:
            return
        dialog = AddActionDialog(
            list(item_view.owner_candidates),
            item_view.default_owner,
            Actions.default_due(view.meeting.starts_at.date()),
            self._item_text,
            self,
        )
        dialog.accepted.connect(lambda: self._add(dialog))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.add_dialog = dialog
        if self._content_dialog_hook is not None:
            self._content_dialog_hook(dialog)
        dialog.open()
        dialog.description.setFocus()

    def _add(self, dialog: AddActionDialog) -> None:
        view, item_view, vault = self._view, self._item_view, self._vault
        owner = dialog.owner_id()
        if view is None or item_view is None or vault is None or owner is None:
            return
        try:
            action_id = vault.actions.add(
                view.meeting.id,
                owner,
                dialog.description.text().strip(),
                due_date=dialog.due_date(),
                agenda_item_id=item_view.item.id,
            )
        except VaultError as exc:
            self.message.emit(error_message(exc.code))
            return
        self.changed.emit()
        self.select_action(action_id)
        self.message.emit(self.tr("Action added."))

    def _forget(self, dialog: QDialog) -> None:
        if self.add_dialog is dialog:
            self.add_dialog = None
        if self.presence_dialog is dialog:
            self.presence_dialog = None
        for field in dialog.findChildren(QLineEdit):
            field.clear()  # typed text must not wait in memory for deletion
        dialog.setParent(None)
        dialog.deleteLater()

    # ------------------------------------------------------------------ closing
    def close_current(self, status: ActionStatus, reason: NotDoneReason | None = None) -> None:
        """Done, not done (with its reason) or open again, for the selected action."""
        action_id, vault = self.current_action_id(), self._vault
        if action_id is None or vault is None:
            return
        try:
            if vault.actions.get(action_id).status is status and status is ActionStatus.OPEN:
                return
            vault.actions.close(action_id, status, reason)
        except (KeyError, VaultError) as exc:
            self.message.emit(error_message(exc.code if isinstance(exc, VaultError) else None))
            return
        words = {
            ActionStatus.DONE: self.tr("Action marked done."),
            ActionStatus.NOT_DONE: self.tr("Action marked not done."),
            ActionStatus.OPEN: self.tr("Action open again."),
        }
        self.changed.emit()
        self.select_action(action_id)
        self.message.emit(words[status])

    # ------------------------------------------------------------------ the room
    def open_presence(self) -> None:
        """Tick who is in the room for the current item (left for a conflict of interest…)."""
        view, item_view = self._view, self._item_view
        if view is None or item_view is None or self._vault is None:
            return
        dialog = ItemPresenceDialog(view, item_view, self._item_text, self)
        dialog.presence_changed.connect(self._set_presence)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.presence_dialog = dialog
        if self._content_dialog_hook is not None:
            self._content_dialog_hook(dialog)
        dialog.open()
        dialog.people.setFocus()

    def _set_presence(self, person_id: int, inside: bool) -> None:
        item_view, vault = self._item_view, self._vault
        if item_view is None or vault is None:
            return
        try:
            vault.attendance.set_item_presence(item_view.item.id, person_id, inside)
        except (ValueError, VaultError) as exc:
            self.message.emit(error_message(exc.code if isinstance(exc, VaultError) else None))
            return
        self.changed.emit()

    # ------------------------------------------------------------------ locking
    def clear(self) -> None:
        """Remove every piece of vault content (P12) and close the panel's dialogs."""
        for dialog in (self.add_dialog, self.presence_dialog):
            if dialog is not None:
                dialog.reject()
        self._vault = self._view = self._item_view = None
        self._item_text = ""
        self._shown = []
        self._hide_table_only = False
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        self.room_status.clear()
        self.room_status.setAccessibleName("")
        self.room_status.hide()
        self._enable_buttons()
