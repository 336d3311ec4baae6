"""The participant at the table: meetings of a cell, attendance, and notes per agenda item.

Every note typed here starts table-only (P1) and shows its label as a band with an icon
and words, never colour alone, and the people present for its item (P5). Nothing here
lets table-only text out (P2): the editor and lists put nothing on the clipboard or in a
drag. Edits are saved a moment after typing stops, when moving to another item or note,
and before locking (P12). Database calls are few and small and run on the GUI thread.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.dialogs.case_entry import CaseEntry
from app.platform.i18n import ui_language
from app.screens.actions_panel import ActionsPanel, show_representation
from app.screens.decisions_panel import DecisionsPanel
from app.screens.notebook import TableOnlyEditor, TableOnlyList, note_title
from app.screens.presentation import PresentationMode
from app.session.locking import ClipboardGuard
from app.widgets.basics import ErrorLabel, Notice, heading, label_for, name_after_text, paragraph
from app.wording.meeting import (
    attendance_text,
    core_notice_text,
    item_title,
    label_band_text,
    names_of,
    note_entry_text,
    role_text,
    table_text,
)
from app.wording.messages import error_message, refusal_message
from vault.api import ItemView, MeetingView, NoteView, UnlockedVault
from vault.dates import long_date_time
from vault.errors import VaultError
from vault.model import (
    AttendanceStatus,
    Cell,
    Label,
    NoteKind,
    Person,
    Role,
    TableKind,
)
from vault.policy import Reason

if TYPE_CHECKING:
    from app.dialogs.release import ReleaseDialog  # loads when a note is first released

AUTOSAVE_DELAY_MS = 800
"""Save this long after the last keystroke at the table."""

ID_ROLE = Qt.ItemDataRole.UserRole

TABLE_ONLY_COLOUR = "#fbe7c6"
RELEASED_COLOUR = "#d7ecf7"
CHANGED_COLOUR = "#fde0cc"
"""Changed after release: the new text is table-only (P3), the band says so in words."""
BAND_TEXT_COLOUR = "#1f1f1f"


# ---------------------------------------------------------------------------- wording
def role_combo() -> QComboBox:
    """Every role in words, "other" chosen: for adding a person."""
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_text(role), role)
    combo.setCurrentIndex(combo.findData(Role.OTHER))
    return combo


def item_notes(item_view: ItemView) -> tuple[NoteView, ...]:
    """The notes the editor walks: action descriptions live in the actions panel."""
    return tuple(n for n in item_view.notes if n.note.kind not in _NOT_IN_EDITOR)


_NOT_IN_EDITOR = frozenset(
    {NoteKind.ACTION_DESCRIPTION, NoteKind.LTF_FORM_TEXT, NoteKind.DECISION_TEXT}
)
"""Note kinds shown in their own place: the actions panel, the decision dialogs."""


# ---------------------------------------------------------------------------- pieces
class MeetingEditor(TableOnlyEditor):
    """The notebook's no-copy editor (cut, drag and the menu's copy entries blocked).

    Copy (Ctrl+C) is not performed here: it asks the meeting screen, which copies a
    *released* note's selection through the clipboard guard after asking the policy, and
    refuses for table-only text (P2).
    """

    copy_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            event.accept()
            self.copy_requested.emit()
            return
        super().keyPressEvent(event)


def _band_icon(closed: bool, colour: str) -> QPixmap:
    """A padlock (table-only) or an outgoing arrow (released), drawn so no font is needed."""
    size = 18
    app = QGuiApplication.instance()
    ratio = max(app.devicePixelRatio(), 1.0) if isinstance(app, QGuiApplication) else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)  # sharp on high-DPI screens: drawn, never scaled up
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour))
    pen.setWidthF(2.0)
    painter.setPen(pen)
    if closed:
        painter.drawArc(5, 2, 8, 10, 0, 180 * 16)
        painter.drawLine(5, 7, 5, 9)
        painter.drawLine(13, 7, 13, 9)
        painter.fillRect(3, 8, 12, 9, QColor(colour))
    else:
        painter.drawLine(3, 9, 14, 9)
        painter.drawLine(10, 5, 14, 9)
        painter.drawLine(10, 13, 14, 9)
    painter.end()
    return pixmap


class LabelBand(QFrame):
    """A note's label: coloured band, icon and words together (never colour alone)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("labelband")
        self.icon = QLabel()
        self.text = paragraph()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.setSpacing(8)
        self.release_button = QPushButton(QCoreApplication.translate("MeetingScreen", "Release…"))
        self.release_button.setAccessibleName(
            QCoreApplication.translate("MeetingScreen", "Release beyond the table")
        )
        self.release_button.setToolTip("Ctrl+Shift+R")
        self.tighten_button = QPushButton(
            QCoreApplication.translate("MeetingScreen", "&Withdraw release")
        )
        name_after_text(self.tighten_button)
        self.tighten_button.setToolTip(
            QCoreApplication.translate(
                "MeetingScreen",
                "Withdraw every release: the note is table-only again (Ctrl+Shift+T)",
            )
        )
        self.release_again_button = QPushButton(
            QCoreApplication.translate("MeetingScreen", "Release new version…")
        )
        self.release_again_button.setAccessibleName(
            QCoreApplication.translate(
                "MeetingScreen", "Release the new text where the earlier version went"
            )
        )
        self.release_again_button.setToolTip("Ctrl+Shift+R")
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.release_again_button)
        layout.addWidget(self.release_button)
        layout.addWidget(self.tighten_button)
        self.show_label(None, [])

    def show_label(self, label: Label | None, colleague_names: list[str]) -> None:
        if label is None:
            self.icon.clear()
            self.text.clear()
            self.setAccessibleName("")
            self.hide()
            return
        words = label_band_text(label, colleague_names)
        closed = label.table_only
        if label.changed:
            colour, edge = CHANGED_COLOUR, "#b45309"
        else:
            colour = TABLE_ONLY_COLOUR if closed else RELEASED_COLOUR
            edge = "#b7791f" if closed else "#2b6c9e"
        # The new text of a changed note is table-only: the padlock, as for table-only.
        self.icon.setPixmap(_band_icon(closed or label.changed, edge))
        self.text.setText(words)
        self.setAccessibleName(words)
        self.tighten_button.setEnabled(not closed)
        self.release_again_button.setVisible(label.changed)
        self.release_button.setVisible(not label.changed)
        self.setStyleSheet(
            f"QFrame#labelband {{ background: {colour}; border-left: 5px solid {edge};"
            f" border-radius: 3px; }} QFrame#labelband QLabel {{ color: {BAND_TEXT_COLOUR}; }}"
        )
        self.show()

    @property
    def words(self) -> str:
        return self.text.text()


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    """Text that could not be saved before locking; kept in memory only (P12)."""

    vault_path: Path
    meeting_id: int
    item_id: int
    note_id: int | None
    body: str


class AttendanceRow:
    """One person's quick ticks: status and "briefed on framework and secrecy duty" (P9)."""

    STATUSES = (None, AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)

    def __init__(self, person: Person, ad_hoc: bool) -> None:
        self.person = person
        suffix = QCoreApplication.translate("MeetingScreen", " (ad hoc)") if ad_hoc else ""
        self.name = QLabel(person.name + suffix)
        self.name.setToolTip(f"{role_text(person.role)} — {person.organisation}")
        self.status = QComboBox()
        for status in self.STATUSES:
            self.status.addItem(attendance_text(status), status)
        self.status.setAccessibleName(
            QCoreApplication.translate("MeetingScreen", "Attendance of %1").replace(
                "%1", person.name
            )
        )
        self.name.setBuddy(self.status)
        self.briefed = QCheckBox(QCoreApplication.translate("MeetingScreen", "Briefed"))
        self.briefed.setToolTip(
            QCoreApplication.translate(
                "MeetingScreen", "Told the agreement framework and the secrecy duty"
            )
        )
        self.briefed.setAccessibleName(
            QCoreApplication.translate(
                "MeetingScreen", "%1 was told the agreement framework and the secrecy duty"
            ).replace("%1", person.name)
        )


# ---------------------------------------------------------------------------- dialogs
class NewMeetingDialog(QDialog):
    """Start a meeting from the cell's template agenda."""

    def __init__(
        self,
        vault: UnlockedVault,
        cells: list[Cell],
        cell_id: int | None,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self._vault = vault
        self.cell = QComboBox()
        for cell in cells:
            self.cell.addItem(cell.name, cell.id)
        if cell_id is not None:
            self.cell.setCurrentIndex(max(0, self.cell.findData(cell_id)))
        moment = now.replace(second=0, microsecond=0)
        self.starts_at = QDateTimeEdit(
            QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
        )
        self.starts_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts_at.setCalendarPopup(True)
        self.table = QComboBox()
        self.table.addItem(table_text(TableKind.OPERATIONAL), TableKind.OPERATIONAL)
        self.table.addItem(table_text(TableKind.STRATEGIC), TableKind.STRATEGIC)
        self.place = QLineEdit()
        self.cases = QListWidget()
        self.cases.setMaximumHeight(140)
        self.new_case = CaseEntry(vault)  # a case the cell has not discussed before
        self.new_case.case_added.connect(self._case_added)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            name_after_text(button)
        form = QFormLayout()
        form.addRow(label_for(self.tr("&Cell"), self.cell), self.cell)
        form.addRow(label_for(self.tr("&Date and time"), self.starts_at), self.starts_at)
        form.addRow(label_for(self.tr("&Table"), self.table), self.table)
        form.addRow(label_for(self.tr("&Place"), self.place), self.place)
        form.addRow(label_for(self.tr("Ca&ses"), self.cases), self.cases)
        form.addRow("", self.new_case)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.cell.currentIndexChanged.connect(self._fill_cases)
        self.table.currentIndexChanged.connect(self._on_table_changed)
        self._fill_cases()

    def _case_added(self, case_id: int) -> None:
        """Show the new (or existing) case in the list, ticked for this meeting."""
        ticked = set(self.chosen_case_ids()) | {case_id}
        self._fill_cases()
        for row in range(self.cases.count()):
            item = self.cases.item(row)
            if int(item.data(ID_ROLE)) in ticked:
                item.setCheckState(Qt.CheckState.Checked)
                if int(item.data(ID_ROLE)) == case_id:
                    self.cases.setCurrentItem(item)

    def _fill_cases(self) -> None:
        self.cases.clear()
        cell_id = self.cell.currentData()
        self.new_case.set_cell(None if cell_id is None else int(cell_id))
        if cell_id is None:
            return
        try:
            cases = self._vault.cases.list(int(cell_id))
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return
        for case in cases:
            item = QListWidgetItem(case.code)
            item.setData(ID_ROLE, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cases.addItem(item)

    def _on_table_changed(self) -> None:
        operational = self.table_kind() is TableKind.OPERATIONAL
        self.cases.setEnabled(operational)
        self.new_case.setVisible(operational)

    def table_kind(self) -> TableKind:
        return TableKind(self.table.currentData())

    def chosen_case_ids(self) -> list[int]:
        if self.table_kind() is not TableKind.OPERATIONAL:
            return []
        return [
            int(self.cases.item(r).data(ID_ROLE))
            for r in range(self.cases.count())
            if self.cases.item(r).checkState() == Qt.CheckState.Checked
        ]

    def _starts_at(self) -> datetime:
        value = self.starts_at.dateTime().toPython()
        assert isinstance(value, datetime)
        return value

    def start(self) -> int | None:
        """Create the meeting; its id, or None (with the error shown)."""
        cell_id = self.cell.currentData()
        if cell_id is None:
            return None
        try:
            return self._vault.meetings.start(
                int(cell_id),
                self._starts_at(),
                self.table_kind(),
                place=self.place.text().strip(),
                case_ids=self.chosen_case_ids(),
            )
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return None


class AdHocDialog(QDialog):
    """Add an ad hoc participant in seconds (P9: briefed tick; whole meeting or one item)."""

    def __init__(self, item_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add ad hoc participant"))
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.role = role_combo()
        self.briefed = QCheckBox(self.tr("&Told the agreement framework and the secrecy duty"))
        name_after_text(self.briefed)
        self.whole_meeting = QRadioButton(self.tr("&Whole meeting"))
        self.this_item = QRadioButton(self.tr("Only this item: %1").replace("%1", item_text))
        self.this_item.setChecked(True)
        name_after_text(self.whole_meeting)
        self.this_item.setAccessibleName(self.tr("Only this item"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            name_after_text(button)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(label_for(self.tr("&Name"), self.name), self.name)
        form.addRow(label_for(self.tr("&Organisation"), self.organisation), self.organisation)
        form.addRow(label_for(self.tr("&Role"), self.role), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.briefed)
        layout.addWidget(self.this_item)
        layout.addWidget(self.whole_meeting)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)

    def _accept_if_named(self) -> None:
        if not self.name.text().strip():
            self.error.show_message(self.tr("Type the participant's name."))
            self.name.setFocus()
            return
        self.accept()


# ---------------------------------------------------------------------------- screen
class MeetingScreen(QWidget):
    """Meetings per cell; one meeting with attendance, agenda and notes per item."""

    back_requested = Signal()
    saved = Signal()
    """A note was stored (after the pause, on moving on, or before locking)."""

    def __init__(self) -> None:
        super().__init__()
        self._vault: UnlockedVault | None = None
        self._view: MeetingView | None = None
        self._item_id: int | None = None
        self._note_id: int | None = None
        self._rows: list[AttendanceRow] = []
        self._draft: MeetingDraft | None = None
        self._now = datetime.now
        self.new_meeting_dialog: QDialog | None = None
        self.ad_hoc_dialog: QDialog | None = None
        self.release_dialog: ReleaseDialog | None = None
        self._band_shown: Label | None = None

        # --- list page
        self.list_title = heading(self.tr("Meetings"), scale=1.35)
        self.cell = QComboBox()
        self.meetings = QListWidget()
        self.new_meeting_button = QPushButton(self.tr("&New meeting…"))
        name_after_text(self.new_meeting_button)
        self.open_button = QPushButton(self.tr("&Open meeting"))
        name_after_text(self.open_button)
        self.back_button = QPushButton(self.tr("&Back to notes"))
        name_after_text(self.back_button)
        self.list_error = ErrorLabel()
        list_page = QWidget()
        lp = QVBoxLayout(list_page)
        lp.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        top.addWidget(self.list_title, 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        lp.addLayout(top)
        lp.addWidget(label_for(self.tr("&Cell"), self.cell))
        lp.addWidget(self.cell)
        lp.addWidget(label_for(self.tr("&Meetings of this cell"), self.meetings))
        lp.addWidget(self.meetings, 1)
        lp.addWidget(self.list_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_meeting_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        lp.addLayout(buttons)

        # --- meeting page
        self.meeting_title = heading("", scale=1.25)
        self.meeting_title.setTextFormat(Qt.TextFormat.PlainText)
        self.to_list_button = QPushButton(self.tr("All &meetings"))
        name_after_text(self.to_list_button)
        self.reminder = Notice(self.tr("Agreement framework and secrecy duty"), "")
        self.reminder.hide()
        # Shown at the start of every operational meeting; once read, it may fold away
        # to give the notes room, and come back with the same button.
        self.reminder_button = QPushButton(self.tr("Hide the &framework"))
        self.reminder_button.setCheckable(True)
        self.reminder_button.setAccessibleName(self.tr("Show or hide the agreement framework"))
        self.reminder_button.toggled.connect(self._fold_reminder)
        self.reminder_button.hide()

        self.attendance_box = QWidget()
        self.attendance_grid = QGridLayout(self.attendance_box)
        self.attendance_grid.setContentsMargins(0, 0, 0, 0)
        self.attendance_grid.setHorizontalSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.attendance_box)
        self.ad_hoc_button = QPushButton(self.tr("Add &ad hoc participant…"))
        name_after_text(self.ad_hoc_button)
        # The legal core of the cell (law of 30 July 2018, art. 3 § 1): a calm notice.
        self.core_notice = paragraph()
        self.core_notice.hide()

        self.agenda = QListWidget()
        self.agenda_label = label_for(self.tr("A&genda"), self.agenda)

        self.item_heading = heading("", scale=1.1)
        self.item_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.off_topic = Notice(
            self.tr("Not for this table"),
            self.tr(
                "The operational table is meant for cases that fit the local definition "
                "of radicalisation. Keep unrelated topics off it."
            ),
        )
        self.off_topic.hide()
        self.known_to = paragraph()
        self.unbriefed = ErrorLabel()
        self.notes = TableOnlyList()
        self.notes.setMaximumHeight(110)
        self.notes_label = label_for(self.tr("N&otes on this item"), self.notes)
        self.band = LabelBand()
        self.editor = MeetingEditor()
        self.clipboard: ClipboardGuard | None = None
        """Set by the window: the one way text reaches the clipboard (flags, 30 s, lock)."""
        self.editor.copy_requested.connect(self.copy_selection)
        self.editor.setTabChangesFocus(True)
        self.editor.document().setDocumentMargin(8)
        self.editor_label = label_for(self.tr("&Text"), self.editor)
        self.new_note_button = QPushButton(self.tr("New note (Ctrl+N)"))
        name_after_text(self.new_note_button)
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save state"))

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.agenda_label)
        ll.addWidget(self.agenda, 1)
        ll.addWidget(QLabel(self.tr("Attendance")))
        ll.addWidget(self.core_notice)
        ll.addWidget(scroll, 3)
        ll.addWidget(self.ad_hoc_button)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.item_heading)
        rl.addWidget(self.off_topic)
        rl.addWidget(self.known_to)
        self.actions_panel = ActionsPanel()  # actions, left the room (app/screens/actions_panel.py)
        room = QHBoxLayout()
        room.addWidget(self.actions_panel.room_status, 1)
        room.addWidget(
            self.actions_panel.room_button,
            0,
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
        )
        rl.addLayout(room)
        rl.addWidget(self.unbriefed)
        # Decisions (P6, P7) and the minors' stepwise gate (P8): app/screens/decisions_panel.py.
        self.decisions = DecisionsPanel(self.save_pending, self.editor)
        rl.addWidget(self.decisions)
        rl.addWidget(self.notes_label)
        rl.addWidget(self.notes)
        rl.addWidget(self.decisions.gate)
        rl.addWidget(self.editor_label)
        rl.addWidget(self.band)
        rl.addWidget(self.editor, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.save_state, 1)
        footer.addWidget(self.new_note_button)
        rl.addLayout(footer)
        rl.addWidget(self.actions_panel)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 680])  # attendance (name, status, "Kader en geheim meegedeeld")

        meeting_page = QWidget()
        mp = QVBoxLayout(meeting_page)
        mp.setContentsMargins(18, 14, 18, 14)
        head = QHBoxLayout()
        head.addWidget(self.meeting_title, 1)
        self.presentation = PresentationMode(self, meeting_page)  # app/screens/presentation.py
        self.decisions.presenting = lambda: self.presentation.active
        head.addWidget(self.reminder_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.presentation.button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.to_list_button, 0, Qt.AlignmentFlag.AlignTop)
        mp.addLayout(head)
        mp.addWidget(self.presentation.banner)
        mp.addWidget(self.reminder)
        mp.addWidget(splitter, 1)

        self.pages = QStackedWidget()
        self.list_page, self.meeting_page = list_page, meeting_page
        self.pages.addWidget(list_page)
        self.pages.addWidget(meeting_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self.setTabOrder(self.agenda, self.notes)
        self.setTabOrder(self.notes, self.editor)
        self.setTabOrder(self.editor, self.new_note_button)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_pending)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.next_item_action = QAction(self.tr("Next agenda item"), meeting_page)
        self.next_item_action.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Down")])
        self.previous_item_action = QAction(self.tr("Previous agenda item"), meeting_page)
        self.previous_item_action.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Up")])
        self.new_note_action = QAction(self.tr("New note"), meeting_page)
        self.new_note_action.setShortcut(QKeySequence("Ctrl+N"))
        self.release_action = QAction(self.tr("Release beyond the table…"), meeting_page)
        self.release_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.table_only_action = QAction(self.tr("Withdraw release"), meeting_page)
        self.table_only_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        for action in (
            self.next_item_action,
            self.previous_item_action,
            self.new_note_action,
            self.release_action,
            self.table_only_action,
        ):
            action.setShortcutContext(context)
            meeting_page.addAction(action)
        self.next_item_action.triggered.connect(lambda: self.move_item(1))
        self.previous_item_action.triggered.connect(lambda: self.move_item(-1))
        self.new_note_action.triggered.connect(self.new_note)
        self.new_note_button.clicked.connect(self.new_note)
        self.release_action.triggered.connect(self.open_release)
        self.table_only_action.triggered.connect(self.make_table_only)
        self.band.release_button.clicked.connect(self.open_release)
        self.band.release_again_button.clicked.connect(self.open_release)
        self.band.tighten_button.clicked.connect(self.make_table_only)
        # Actions (Ctrl+Shift+A) and who is in the room for this item (Ctrl+Shift+K).
        self.add_action_action = QAction(self.tr("Add action"), meeting_page)
        self.add_action_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.room_action = QAction(self.tr("Who is in the room for this item"), meeting_page)
        self.room_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        for action in (self.add_action_action, self.room_action):
            action.setShortcutContext(context)
            meeting_page.addAction(action)
        self.add_action_action.triggered.connect(self.actions_panel.open_add)
        self.room_action.triggered.connect(self.actions_panel.open_presence)
        self.actions_panel.changed.connect(self._refresh_scope)
        for action in self.decisions.actions_for_shortcuts:  # Ctrl+Shift+L, I, J
            action.setShortcutContext(context)
            meeting_page.addAction(action)
        self.decisions.changed.connect(self._refresh_scope)
        self.actions_panel.message.connect(self.save_state.setText)
        self.actions_panel.set_content_dialog_hook(
            lambda d: getattr(self.window(), "track_content_dialog", lambda _d: None)(d)
        )

        self.back_button.clicked.connect(self._back)
        self.to_list_button.clicked.connect(self._to_list)
        self.cell.currentIndexChanged.connect(self._fill_meetings)
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.open_button.clicked.connect(self._open_current)
        self.meetings.itemActivated.connect(lambda _item: self._open_current())
        self.ad_hoc_button.clicked.connect(self.add_ad_hoc)
        self.agenda.currentItemChanged.connect(self._on_item_changed)
        self.notes.currentItemChanged.connect(self._on_note_changed)
        self.editor.textChanged.connect(self._on_text_changed)

    # ------------------------------------------------------------------ state
    @property
    def view(self) -> MeetingView | None:
        return self._view

    @property
    def current_item_id(self) -> int | None:
        return self._item_id

    @property
    def current_note_id(self) -> int | None:
        return self._note_id

    @property
    def vault(self) -> UnlockedVault | None:
        return self._vault

    # ------------------------------------------------------------------ list page
    def show_vault(self, vault: UnlockedVault) -> None:
        """Show the meetings of the open vault's cells."""
        self.save_pending()
        self._vault = vault  # a draft of another vault stays: it is put back in its own (P12)
        self.list_error.clear_message()
        self.cell.blockSignals(True)
        self.cell.clear()
        try:
            for cell in vault.cells.list():
                self.cell.addItem(cell.name, cell.id)
        except VaultError as exc:
            self.list_error.show_message(error_message(exc.code))
        self.cell.blockSignals(False)
        self._fill_meetings()
        self.pages.setCurrentWidget(self.list_page)
        self.meetings.setFocus()

    def _fill_meetings(self) -> None:
        self.meetings.clear()
        cell_id = self.cell.currentData()
        if self._vault is None or cell_id is None:
            return
        try:
            found = self._vault.meetings.list(int(cell_id))
        except VaultError as exc:
            self.list_error.show_message(error_message(exc.code))
            return
        for meeting in reversed(found):
            when = long_date_time(meeting.starts_at, ui_language())
            text = f"{when} · {table_text(meeting.table_kind)}"
            if meeting.place:
                text += f" · {meeting.place}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, meeting.id)
            self.meetings.addItem(item)
        if self.meetings.count():
            self.meetings.setCurrentRow(0)

    def _open_current(self) -> None:
        item = self.meetings.currentItem()
        if item is not None:
            self.open_meeting(int(item.data(ID_ROLE)))

    def new_meeting(self) -> None:
        vault = self._vault
        if vault is None:
            return
        try:
            cells = vault.cells.list()
        except VaultError as exc:
            self.list_error.show_message(error_message(exc.code))
            return
        dialog = NewMeetingDialog(vault, cells, self.cell.currentData(), self._now(), self)
        dialog.accepted.connect(lambda: self._started(dialog))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.new_meeting_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if getattr(self, "new_meeting_dialog", None) is dialog:
            self.new_meeting_dialog = None
        if getattr(self, "ad_hoc_dialog", None) is dialog:
            self.ad_hoc_dialog = None
        if getattr(self, "release_dialog", None) is dialog:
            self.release_dialog = None
        for field in dialog.findChildren(QLineEdit):
            field.clear()  # a name typed there must not wait in memory for deletion
        dialog.setParent(None)
        dialog.deleteLater()

    def _started(self, dialog: NewMeetingDialog) -> None:
        meeting_id = dialog.start()
        if meeting_id is None:
            self.list_error.show_message(dialog.error.text())
            return
        self.cell.setCurrentIndex(max(0, self.cell.findData(dialog.cell.currentData())))
        self._fill_meetings()
        self.activateWindow()
        self.open_meeting(meeting_id)

    def _back(self) -> None:
        if self.save_pending():
            self.back_requested.emit()

    def _to_list(self) -> None:
        if self.save_pending():
            self._fill_meetings()
            self.pages.setCurrentWidget(self.list_page)
            self.meetings.setFocus()

    # ------------------------------------------------------------------ meeting page
    def open_meeting(self, meeting_id: int, item_id: int | None = None) -> None:
        """Show one meeting; the framework reminder opens an operational table."""
        if self._vault is None or not self.save_pending():
            return
        if not self._reload(meeting_id):
            return
        view = self._view
        assert view is not None
        self.meeting_title.setText(
            f"{view.cell.name} — {long_date_time(view.meeting.starts_at, ui_language())}"
            f" — {table_text(view.meeting.table_kind)}"
        )
        if view.show_framework_reminder:
            body = view.cell.framework_text.strip()
            sentence = self.tr(
                "What is said at this table stays at this table: art. 458ter § 2 Sw. "
                "imposes a duty of secrecy on everyone taking part, ad hoc participants "
                "too, on pain of the penalties of art. 458. Nobody is obliged to share "
                "anything. What is shared may reach the LTF and OCAD and may be used in a "
                "criminal investigation. Share only what others need to know."
            )
            self.reminder.body.setText(f"{body}\n\n{sentence}" if body else sentence)
            self.reminder.setAccessibleName(self.reminder.title.text())
            self.reminder_button.setChecked(False)
            self.reminder.show()
            self.reminder_button.show()
        else:
            self.reminder.body.clear()
            self.reminder.hide()
            self.reminder_button.hide()
        self._fill_attendance()
        self._fill_agenda(item_id)
        self.pages.setCurrentWidget(self.meeting_page)
        draft = self._draft
        if (
            draft is not None
            and draft.meeting_id == meeting_id
            and self._vault is not None
            and draft.vault_path == self._vault.path  # meeting ids repeat across vaults
        ):
            # Only consumed by its own meeting: opening another one (e.g. from search)
            # must not drop text that could not be saved at locking.
            self._draft = None
            self._select_item(draft.item_id)
            self._load_note(draft.note_id, draft.body)
            self.editor.document().setModified(True)
            self.save_state.setText(
                self.tr("Text you had not saved before locking has been put back.")
            )
            self._autosave.start()
        self.editor.setFocus()

    def _fold_reminder(self, folded: bool) -> None:
        self.reminder.setVisible(not folded and bool(self.reminder.body.text()))
        self.reminder_button.setText(
            self.tr("Show the &framework") if folded else self.tr("Hide the &framework")
        )

    def _reload(self, meeting_id: int) -> bool:
        assert self._vault is not None
        try:
            self._view = self._vault.meetings.view(meeting_id)
        except (KeyError, VaultError) as exc:
            code = exc.code if isinstance(exc, VaultError) else None
            self.list_error.show_message(error_message(code))
            return False
        return True

    def _fill_attendance(self) -> None:
        view = self._view
        assert view is not None and self._vault is not None
        while self.attendance_grid.count():
            child = self.attendance_grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.setParent(None)  # out of the tree now, not at the next event loop (P12)
                widget.deleteLater()
        self._rows = []
        recorded = {a.person_id: a for a in view.attendance}
        people: list[tuple[Person, bool]] = []
        try:
            standing = [m.person for m in self._vault.cells.members(view.cell.id) if m.structural]
        except VaultError:
            standing = []
        seen = set()
        for person in standing:
            people.append((person, False))
            seen.add(person.id)
        for a in view.attendance:
            if a.person_id not in seen and a.person_id in view.people:
                people.append((view.people[a.person_id], a.ad_hoc))
                seen.add(a.person_id)
        # A permanent representative is the member (P6, revised): the colleagues the user
        # sits in for are never listed here; the user's row says "permanent representative
        # for <organisation>" (show_representation).
        for r, (person, ad_hoc) in enumerate(people):
            row = AttendanceRow(person, ad_hoc)
            known = recorded.get(person.id)
            if known is not None:
                index = row.status.findData(known.status)
                row.status.setCurrentIndex(index if index >= 0 else 0)
                row.briefed.setChecked(known.briefed)
            row.briefed.setEnabled(known is not None)
            row.status.currentIndexChanged.connect(lambda _i, row=row: self._status_changed(row))
            row.briefed.toggled.connect(lambda _b, row=row: self._status_changed(row))
            self.attendance_grid.addWidget(row.name, r, 0)
            self.attendance_grid.addWidget(row.status, r, 1)
            self.attendance_grid.addWidget(row.briefed, r, 2)
            self._rows.append(row)
        self.attendance_grid.setRowStretch(len(people), 1)
        self.attendance_grid.setColumnStretch(0, 1)
        show_representation(self._rows, view, self._vault)  # "permanent representative for …"

    def _status_changed(self, row: AttendanceRow) -> None:
        view, vault = self._view, self._vault
        if view is None or vault is None:
            return
        status = row.status.currentData()
        if status is None:
            return
        try:
            vault.attendance.set(
                view.meeting.id,
                row.person.id,
                AttendanceStatus(status),
                briefed=row.briefed.isChecked(),
            )
        except VaultError as exc:
            self.save_state.setText(error_message(exc.code))
            return
        row.briefed.setEnabled(True)
        self._refresh_scope()

    def _refresh_scope(self) -> None:
        """Reload the meeting facts (a few ms) and show the current item's scope again."""
        view = self._view
        if view is None or not self._reload(view.meeting.id):
            return
        self.show_item_facts()

    def add_ad_hoc(self) -> None:
        view, vault = self._view, self._vault
        if view is None or vault is None:
            return
        current = self.agenda.currentItem()
        dialog = AdHocDialog(current.text() if current is not None else "", self)
        dialog.accepted.connect(lambda: self._add_ad_hoc(dialog))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.ad_hoc_dialog = dialog
        dialog.open()

    def _add_ad_hoc(self, dialog: AdHocDialog) -> None:
        view, vault = self._view, self._vault
        if view is None or vault is None:
            return
        whole = dialog.whole_meeting.isChecked() or self._item_id is None
        try:
            vault.attendance.add_ad_hoc_participant(
                view.meeting.id,
                name=dialog.name.text(),
                organisation=dialog.organisation.text(),
                role=Role(dialog.role.currentData()),
                briefed=dialog.briefed.isChecked(),
                item_id=None if whole else self._item_id,
            )
        except VaultError as exc:
            self.save_state.setText(error_message(exc.code))
            return
        if self._reload(view.meeting.id):
            self._fill_attendance()
            self.show_item_facts()
        self.editor.setFocus()

    def _fill_agenda(self, item_id: int | None) -> None:
        view = self._view
        assert view is not None
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for item_view in view.items:
            entry = QListWidgetItem(item_title(item_view))
            entry.setData(ID_ROLE, item_view.item.id)
            self.agenda.addItem(entry)
        self.agenda.blockSignals(False)
        if view.items:
            first = item_id if item_id is not None else view.items[0].item.id
            self._select_item(first)
            self._enter_item(first)

    def _select_item(self, item_id: int) -> None:
        for row in range(self.agenda.count()):
            if self.agenda.item(row).data(ID_ROLE) == item_id:
                self.agenda.blockSignals(True)
                self.agenda.setCurrentRow(row)
                self.agenda.blockSignals(False)
                return

    def item_view(self) -> ItemView | None:
        """The current agenda item's facts (None before a meeting is open)."""
        if self._view is None:
            return None
        for item_view in self._view.items:
            if item_view.item.id == self._item_id:
                return item_view
        return None

    def _on_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None or self._view is None:
            return
        if not self.save_pending():
            self._select_item(self._item_id or 0)
            return
        self._refresh_scope_silently()
        self._enter_item(int(current.data(ID_ROLE)))

    def _refresh_scope_silently(self) -> None:
        if self._view is not None:
            self._reload(self._view.meeting.id)

    def move_item(self, step: int) -> None:
        """Next or previous agenda item (keyboard); the editor keeps the focus."""
        row = self.agenda.currentRow() + step
        if 0 <= row < self.agenda.count():
            self.agenda.setCurrentRow(row)
            self.editor.setFocus()

    def _enter_item(self, item_id: int) -> None:
        self._item_id = item_id
        self.show_item_facts()
        item_view = self.item_view()
        notes = item_notes(item_view) if item_view is not None else ()
        if notes:
            last = notes[-1].note
            self._select_note(last.id)
            self._load_note(last.id, last.body)
        else:
            self._select_note(None)
            self._load_note(None, "")

    def show_item_facts(self) -> None:
        """Heading, off-topic reminder, "Known to" (P5), unbriefed flag (P9), note list."""
        self._show_core()
        item_view = self.item_view()
        if item_view is None:
            return
        self.item_heading.setText(item_title(item_view))
        self.off_topic.setVisible(item_view.off_topic)
        known = names_of(item_view.scope) or self.tr("nobody recorded as present yet")
        self.known_to.setText(self.tr("Known to: %1").replace("%1", known))
        self.known_to.setAccessibleName(self.known_to.text())
        if item_view.unbriefed:
            self.unbriefed.show_message(
                self.tr("Present but not told the framework and secrecy duty: %1").replace(
                    "%1", names_of(item_view.unbriefed)
                )
            )
        else:
            self.unbriefed.clear_message()
        self.notes.blockSignals(True)
        self.notes.clear()
        for note_view in item_notes(item_view):
            entry = QListWidgetItem(self._entry_text(note_view.note.body, note_view.label))
            entry.setData(ID_ROLE, note_view.note.id)
            entry.setToolTip(
                label_band_text(note_view.label, self._colleague_names(note_view.label))
            )
            self.notes.addItem(entry)
        self.notes.blockSignals(False)
        self._select_note(self._note_id)
        if self._vault is not None and self._view is not None:
            self.actions_panel.show_item(self._vault, self._view, item_view, item_title(item_view))
            self.decisions.show_item(self._vault, self._view, item_view, item_title(item_view))
            self.decisions.flag_agenda(self.agenda)
        self._show_band()

    def _show_core(self) -> None:
        """Say, calmly, which seats of the legal core nobody present fills (C20)."""
        missing = self._view.missing_core if self._view is not None else ()
        text = core_notice_text(missing)
        self.core_notice.setText(text)
        self.core_notice.setAccessibleName(text)
        self.core_notice.setVisible(bool(text))

    def _show_band(self, label: Label | None = None) -> None:
        if label is None:
            label = self.band_label
        self._band_shown = label
        self.band.show_label(label, self._colleague_names(label))
        self.band.release_button.setEnabled(self._note_id is not None)
        self.presentation.apply()  # hides table-only text while projecting

    # ------------------------------------------------------------------ releasing (P3, P4)
    def open_release(self) -> None:
        """Open the release dialog for the current note (saved first)."""
        vault, view = self._vault, self._view
        if vault is None or view is None or not self.save_pending():
            return
        item_view = self.item_view()
        if item_view is None or self._note_id is None:
            self.save_state.setText(self.tr("Type a note first; an empty note cannot be released."))
            return
        from app.dialogs.release import ReleaseDialog

        dialog = ReleaseDialog(vault, view, item_view, self._note_id, self)
        dialog.accepted.connect(self._after_release)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.release_dialog = dialog
        dialog.open()

    def _after_release(self) -> None:
        self._refresh_scope()
        self.save_state.setText(
            self.tr(
                "Released as it stands now. What you type in this note from now on stays "
                "at the table until you release it again."
            )
        )
        self.editor.setFocus()

    def make_table_only(self) -> None:
        """Tighten every release of the current note in one step (always allowed)."""
        vault = self._vault
        if vault is None or not self.save_pending():
            return
        note_id = self._note_id
        if note_id is None:
            return
        try:
            vault.releases.make_table_only(note_id)
        except VaultError as exc:
            self.save_state.setText(error_message(exc.code))
            return
        self._refresh_scope()
        self.save_state.setText(self.tr("Release withdrawn: the note is table-only again."))

    def _colleague_names(self, label: Label) -> list[str]:
        names = []
        for person_id in sorted(label.colleague_ids):
            person = self._view.people.get(person_id) if self._view is not None else None
            if person is None and self._vault is not None:
                try:
                    person = self._vault.people.get(person_id)
                except (KeyError, VaultError):
                    person = None
            names.append(person.name if person is not None else "?")
        return names

    @property
    def band_label(self) -> Label:
        item_view = self.item_view()
        if item_view is not None:
            for note_view in item_view.notes:
                if note_view.note.id == self._note_id:
                    return note_view.label
        return Label(False, frozenset())

    def _select_note(self, note_id: int | None) -> None:
        self.notes.blockSignals(True)
        self.notes.setCurrentRow(-1)
        for row in range(self.notes.count()):
            if self.notes.item(row).data(ID_ROLE) == note_id:
                self.notes.setCurrentRow(row)
        self.notes.blockSignals(False)

    def _load_note(self, note_id: int | None, body: str) -> None:
        self._autosave.stop()
        self._note_id = note_id
        self.editor.blockSignals(True)
        self.editor.setPlainText(body)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.document().setModified(False)
        self.editor.blockSignals(False)
        self.save_state.clear()
        self._show_band()

    def _on_note_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        # Read the choice first: saving a new note rebuilds the list (and deletes ``current``).
        note_id = int(current.data(ID_ROLE))
        if not self.save_pending():
            self._select_note(self._note_id)
            return
        item_view = self.item_view()
        for note_view in item_view.notes if item_view is not None else ():
            if note_view.note.id == note_id:
                self._select_note(note_id)
                self._load_note(note_id, note_view.note.body)

    def new_note(self) -> None:
        """Start an empty note on the current item; it is stored once it has text."""
        if self._item_id is None or not self.save_pending():
            return
        self._select_note(None)
        self._load_note(None, "")
        self.editor.setFocus()

    def _on_text_changed(self) -> None:
        if self._vault is None:
            return
        shown = self._band_shown
        if shown is not None and shown.current_text_released:
            # Typing in a released note: the new text is table-only from the first key
            # (P3); the band says so at once, the save confirms it.
            self._show_band(dataclasses.replace(shown, changed=True))
        self.save_state.setText(self.tr("Not saved yet"))
        if self.isEnabled():
            self._autosave.start()

    def copy_selection(self) -> bool:
        """Copy the editor's selection if it is text released to the own dossier (P2-P4).

        Only the saved note's label counts, so pending edits are saved first. Table-only
        text never reaches the clipboard; released text goes through the clipboard guard
        (kept out of clipboard histories, cleared after 30 seconds and at locking).
        """
        vault, guard = self._vault, self.clipboard
        if vault is None or guard is None or self.presentation.hides_editor:
            return False
        text = self.editor.textCursor().selectedText().replace("\u2029", "\n")
        if not text or not self.save_pending() or self._note_id is None:
            return False
        verdict = vault.policy.may_copy(self._note_id, text)
        if not verdict:
            if verdict.reason is Reason.NOT_COPYABLE:
                self.save_state.setText(refusal_message(verdict.reason))
            elif verdict.reason is Reason.NOT_RELEASED_TEXT:
                self.save_state.setText(
                    self.tr(
                        "Only released text can be copied. Your selection holds text typed "
                        "or changed after the release: release the note again first "
                        "(Ctrl+Shift+R) if the table agreed to it."
                    )
                )
            else:
                self.save_state.setText(
                    self.tr(
                        "Table-only text cannot be copied. Release the note first "
                        "(Ctrl+Shift+R) if the table agreed it may leave."
                    )
                )
            return False
        guard.copy(text)
        self.save_state.setText(self.tr("Copied. The clipboard is cleared in 30 seconds."))
        return True

    def has_unsaved_changes(self) -> bool:
        # The presentation placeholder is never text to save (app/screens/presentation.py).
        return self.editor.document().isModified() and not self.presentation.hides_editor

    def save_pending(self) -> bool:
        """Save the editor if it changed; False when saving failed (the text stays)."""
        self._autosave.stop()
        if self._vault is None or self._item_id is None or not self.has_unsaved_changes():
            return True
        body = self.editor.toPlainText()
        added = self._note_id is None
        try:
            if self._note_id is None:
                if not body:
                    self.editor.document().setModified(False)
                    return True
                self._note_id = self._vault.notes.add(body, agenda_item_id=self._item_id)
            else:
                self._vault.notes.update(self._note_id, body)
        except VaultError as exc:
            self.save_state.setText(
                self.tr("Not saved: %1 Your text is still here.").replace(
                    "%1", error_message(exc.code)
                )
            )
            return False
        self.editor.document().setModified(False)
        if self._view is not None and self._reload(self._view.meeting.id):
            if added or self.presentation.active:
                self.show_item_facts()
            else:
                # A saved edit changes only this note's line in the list: redrawing the
                # whole item (decisions, actions, scope) would cost an autosave ~3 ms more.
                self._retitle_current_note(body)
        self.save_state.setText(self.tr("Saved"))
        self.saved.emit()
        return True

    def _entry_text(self, body: str, label: Label) -> str:
        return note_entry_text(note_title(body) or self.tr("(empty note)"), label)

    def _retitle_current_note(self, body: str) -> None:
        """After a save: the note's line (its label may have become "changed") and band."""
        label = self.band_label
        for row in range(self.notes.count()):
            entry = self.notes.item(row)
            if entry.data(ID_ROLE) == self._note_id:
                entry.setText(self._entry_text(body, label))
                entry.setToolTip(label_band_text(label, self._colleague_names(label)))
                break
        if label != self._band_shown:
            self._show_band()

    def set_busy(self, busy: bool) -> None:
        if busy:
            self._autosave.stop()
        self.setEnabled(not busy)
        if not busy and self.has_unsaved_changes():
            self._autosave.start()

    # ------------------------------------------------------------------ locking
    def keep_draft(self) -> None:
        """Keep unsaved text in memory (never on disk) to offer after unlock (P12)."""
        if (
            self._vault is not None
            and self._view is not None
            and self._item_id is not None
            and self.has_unsaved_changes()
        ):
            self._draft = MeetingDraft(
                self._vault.path,
                self._view.meeting.id,
                self._item_id,
                self._note_id,
                self.editor.toPlainText(),
            )

    def detach_draft(self, vault_path: Path) -> None:
        """The vault at ``vault_path`` was replaced: keep the text, as a new note."""
        draft = self._draft
        if draft is not None and draft.vault_path == vault_path:
            self._draft = dataclasses.replace(draft, note_id=None)

    @property
    def draft(self) -> MeetingDraft | None:
        return self._draft

    def clear(self, *, keep_draft: bool = False) -> None:
        """Remove every piece of vault content from the widgets and forget the vault."""
        self._autosave.stop()
        own = (
            self._vault is not None
            and self._draft is not None
            and (self._draft.vault_path == self._vault.path)
        )
        if not keep_draft and own:
            self._draft = None  # only this vault's draft; another vault's waits for it
        self._vault = None
        self._view = None
        self._item_id = None
        self._note_id = None
        for dialog in (self.new_meeting_dialog, self.ad_hoc_dialog, self.release_dialog):
            if dialog is not None:
                dialog.reject()
        for combo in (self.cell,):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        for view in (self.meetings, self.agenda, self.notes):
            view.blockSignals(True)
            view.clear()
            view.blockSignals(False)
        while self.attendance_grid.count():
            child = self.attendance_grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._rows = []
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        for label in (self.meeting_title, self.item_heading, self.known_to, self.save_state):
            label.clear()
            label.setAccessibleName("")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.reminder.body.clear()
        self.reminder.hide()
        self.reminder_button.hide()
        self.off_topic.hide()
        self.unbriefed.clear_message()
        self.list_error.clear_message()
        self.band.show_label(None, [])
        self._band_shown = None
        self.actions_panel.clear()
        self.decisions.clear()
        self.presentation.reset()
        self.pages.setCurrentWidget(self.list_page)

    # ------------------------------------------------------------------ jump to a note (search)
    def show_note(self, note_id: int) -> bool:
        """Open the meeting and agenda item of note ``note_id`` with that note selected.

        False when the note has no place on this screen (an own reflection or a text of
        the whole meeting) or could not be shown; the caller then shows it elsewhere.
        """

        vault = self._vault
        if vault is None:
            return False
        try:
            note = vault.notes.get(note_id)
        except (KeyError, VaultError):
            return False
        if note.meeting_id is None or note.agenda_item_id is None:
            return False
        self.open_meeting(note.meeting_id, note.agenda_item_id)
        view = self._view
        if view is None or view.meeting.id != note.meeting_id:
            return False
        if self.has_unsaved_changes():
            return self._note_id == note_id  # text put back after locking stays in front
        if self._item_id != note.agenda_item_id:
            self._select_item(note.agenda_item_id)
            self._enter_item(note.agenda_item_id)
        self._select_note(note_id)
        self._load_note(note_id, note.body)
        self.editor.setFocus()
        return self._note_id == note_id
