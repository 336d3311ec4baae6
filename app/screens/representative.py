"""The permanent representative's view: per represented colleague, before and after the table.

A *vaste vertegenwoordiger* sits at the table for colleagues of their own organisation.
Per colleague this dialog shows

* **before the table**: whether the user sits at a meeting for that colleague — the
  user's own record (:func:`vault.cells.sit_in_for`): at the table the user is the
  member for their organisation and the colleague is never named (P6, revised), but
  feedback can go to the colleague only from meetings where the user sat in for them
  (P4) —, and the input prepared with that colleague for a meeting — a table-only text
  (P1) — and whether the colleague agreed it may be shared at the table;
* **after the table**: exactly what was released as feedback to that colleague (P3, P4,
  :func:`vault.releases.feedback_for`), each with its meeting and agenda item, whether it
  was already relayed ("Doorgegeven op …"), and a link to the feedback sheet PDF.

Nothing else from the table is ever shown here: the feedback tab reads only the notes of
the colleague's active feedback releases. Texts cannot be copied out (P2); the dialog is a
content dialog that locking closes (P12).

Why this file is longer than ~500 lines: the before and after tabs are one colleague's view.
Both follow the chosen colleague and the one-cell-or-many wording, the sitting-in record
decides which meetings the input and the feedback lists offer, and locking wipes them
together; the rules themselves are behind the door (``vault.cells``/``vault.releases``).
Splitting the tabs would pass that shared selection back and forth for about 80 lines of
layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.platform.i18n import ui_language
from app.screens.notebook import TableOnlyEditor, TableOnlyList
from app.widgets.basics import ErrorLabel, heading, label_for, name_after_text, paragraph
from app.wording.meeting import item_kind_text, role_text, table_text
from app.wording.messages import error_message
from vault.api import FeedbackEntry, UnlockedVault
from vault.dates import long_date, stamp_date
from vault.errors import VaultError
from vault.model import Cell, Meeting, MeetingStatus, Release

if TYPE_CHECKING:
    from app.dialogs.documents import DocumentDialog

ID_ROLE = Qt.ItemDataRole.UserRole
WHERE_ROLE = Qt.ItemDataRole.UserRole + 1
BODY_ROLE = Qt.ItemDataRole.UserRole + 2


# ---------------------------------------------------------------------------- words
def meeting_words(meeting: Meeting, cell_name: str = "") -> str:
    """``donderdag 5 maart 2026`` (with the cell when given)."""
    day = long_date(meeting.starts_at.date(), ui_language())
    return f"{day} — {cell_name}" if cell_name else day


def relayed_words(release: Release) -> str:
    if release.relayed_at is None:
        return QCoreApplication.translate("RepresentativeDialog", "Not yet relayed")
    day = long_date(stamp_date(release.relayed_at), ui_language())
    return QCoreApplication.translate("RepresentativeDialog", "Relayed on %1").replace("%1", day)


def where_words(entry: FeedbackEntry) -> str:
    """The meeting's day, or "" when the note has no meeting."""
    return meeting_words(entry.meeting) if entry.meeting is not None else ""


def item_words(entry: FeedbackEntry) -> str:
    """``2. Case — TG-2026-0001``: the agenda item and the case discussed."""
    text = ""
    item = entry.item
    if item is not None:
        text = f"{item.position}. {item_kind_text(item.kind)}"
        if item.case_id is None and item.title:
            text += f" — {item.title}"
    if entry.case is not None:
        text = f"{text} — {entry.case.code}" if text else entry.case.code
    return text or QCoreApplication.translate("RepresentativeDialog", "No agenda item")


def preselect_subject(dialog: DocumentDialog, subject_id: int) -> None:
    """Choose ``subject_id`` (a colleague for the feedback sheet) in an open document dialog."""
    index = dialog.subject.findData(subject_id)
    if index >= 0:
        dialog.subject.setCurrentIndex(index)


# ---------------------------------------------------------------------------- dialog
class RepresentativeDialog(QDialog):
    """Per represented colleague: input prepared before the table, feedback after it."""

    feedback_sheet_requested = Signal(int)
    """Carries the colleague's id: the window opens the feedback sheet document for them."""

    def __init__(self, vault: UnlockedVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.setWindowTitle(self.tr("Permanent representative"))
        self.setAccessibleName(self.tr("Permanent representative"))
        self.resize(860, 640)
        self._meetings: list[tuple[Meeting, str]] = []
        self._entries: list[FeedbackEntry] = []
        self._filling = False
        self._cells_of: dict[int, tuple[Cell, ...]] = {}

        self.colleague = QComboBox()
        self.colleague_facts = paragraph()
        self.colleague_facts.setAccessibleName(self.tr("About this colleague"))
        self.nobody = paragraph(
            self.tr(
                "You represent nobody yet. Record whom you represent at a cell under "
                "Table › Cells… (Representation tab)."
            )
        )
        self.error = ErrorLabel()

        # Before the table: prepared input (table-only).
        self.meeting = QComboBox()
        self.sitting_in = QCheckBox(self.tr("I sit in f&or this colleague at this meeting"))
        name_after_text(self.sitting_in)
        self.sitting_in.setToolTip(
            self.tr(
                "Your own record. At the table you are the member for your organisation, "
                "with one position; your colleague is not in the attendance list. Feedback "
                "can go to this colleague only from meetings where you sat in for them."
            )
        )
        self.case = QComboBox()
        self.input = TableOnlyEditor()
        self.input.setTabChangesFocus(True)
        self.input.setPlaceholderText(
            self.tr("What did you agree with your colleague to bring to the table?")
        )
        self.input.setMaximumHeight(110)
        self.may_share = QCheckBox(self.tr("My colleague agreed this may be s&hared at the table"))
        name_after_text(self.may_share)
        self.add_button = QPushButton(self.tr("&Add input"))
        name_after_text(self.add_button)
        self.add_button.setToolTip(self.tr("Ctrl+Enter"))
        self.inputs = TableOnlyList()
        self.inputs.setWordWrap(True)
        self.inputs.setAlternatingRowColors(True)
        self.inputs.setSpacing(3)
        self.inputs_hint = paragraph(
            self.tr(
                "Prepared input stays in the vault: it is secret of the table and never "
                "leaves. Tick an entry (Space) when your colleague agrees it may be shared."
            )
        )

        before = QWidget()
        form = QFormLayout()
        form.addRow(label_for(self.tr("For &meeting"), self.meeting), self.meeting)
        form.addRow("", self.sitting_in)
        form.addRow(label_for(self.tr("Ca&se (optional)"), self.case), self.case)
        form.addRow(label_for(self.tr("&Input"), self.input), self.input)
        add_row = QHBoxLayout()
        add_row.addWidget(self.may_share, 1)
        add_row.addWidget(self.add_button)
        before_layout = QVBoxLayout(before)
        before_layout.addLayout(form)
        before_layout.addLayout(add_row)
        before_layout.addWidget(label_for(self.tr("&Prepared with this colleague"), self.inputs))
        before_layout.addWidget(self.inputs, 1)
        before_layout.addWidget(self.inputs_hint)

        # After the table: released feedback, relayed or not.
        self.feedback = TableOnlyList()
        self.feedback.setAlternatingRowColors(True)
        self.feedback.setWordWrap(True)
        self.feedback.setSpacing(3)
        self.detail_where = QLabel()
        self.detail_where.setWordWrap(True)
        bold = QFont(self.detail_where.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.detail_where.setFont(bold)
        self.detail_where.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text = TableOnlyEditor()
        self.detail_text.setReadOnly(True)
        self.detail_text.setTabChangesFocus(True)
        self.detail_status = QLabel()
        self.detail_status.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_status.setFont(bold)
        self.relayed_button = QPushButton(self.tr("Mark as relaye&d"))
        name_after_text(self.relayed_button)
        self.sheet_button = QPushButton(self.tr("Feedback &sheet (PDF)…"))
        name_after_text(self.sheet_button)
        self.no_feedback = paragraph(
            self.tr("Nothing has been released as feedback to this colleague.")
        )
        self.feedback_hint = paragraph(
            self.tr(
                "Only what the table agreed could be fed back to this colleague is listed "
                "here, nothing more. Hand it over, then mark it as relayed."
            )
        )

        after = QWidget()
        detail = QVBoxLayout()
        detail.addWidget(self.detail_where)
        detail.addWidget(label_for(self.tr("Released &text"), self.detail_text))
        detail.addWidget(self.detail_text, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.detail_status, 1)
        status_row.addWidget(self.relayed_button)
        detail.addLayout(status_row)
        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(label_for(self.tr("&Released to this colleague"), self.feedback))
        left.addWidget(self.feedback, 1)
        left.addWidget(self.no_feedback)
        lists.addLayout(left, 2)
        lists.addLayout(detail, 3)
        after_layout = QVBoxLayout(after)
        after_layout.addWidget(self.feedback_hint)
        after_layout.addLayout(lists, 1)
        sheet_row = QHBoxLayout()
        sheet_row.addStretch(1)
        sheet_row.addWidget(self.sheet_button)
        after_layout.addLayout(sheet_row)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Before and after the table"))
        self.tabs.tabBar().setAccessibleName(self.tr("Before and after the table"))
        self.tabs.addTab(before, self.tr("&Before the table"))
        self.tabs.addTab(after, self.tr("A&fter the table"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in buttons.buttons():
            name_after_text(button)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(label_for(self.tr("&Colleague"), self.colleague), self.colleague)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Permanent representative"), scale=1.3))
        layout.addLayout(top)
        layout.addWidget(self.colleague_facts)
        layout.addWidget(self.nobody)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.colleague.currentIndexChanged.connect(self._show_colleague)
        self.meeting.currentIndexChanged.connect(self._fill_cases)
        self.meeting.currentIndexChanged.connect(self._show_sitting_in)
        self.sitting_in.toggled.connect(self._sitting_in_toggled)
        self.add_button.clicked.connect(self.add_input)
        self.inputs.itemChanged.connect(self._on_input_ticked)
        self.feedback.currentRowChanged.connect(self._show_feedback)
        self.relayed_button.clicked.connect(self.mark_current_relayed)
        self.sheet_button.clicked.connect(self._request_sheet)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.input)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_input)

        self._fill_colleagues()

    # ------------------------------------------------------------------ colleague
    def _fill_colleagues(self) -> None:
        try:
            people = self._vault.representation.represented()
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            people = []
        self._cells_of = {}
        for colleague in people:
            person = colleague.person
            self._cells_of[person.id] = colleague.cells
            text = person.name
            if person.organisation:
                text += f" — {person.organisation}"
            self.colleague.addItem(text, person.id)
        has_any = bool(people)
        self.nobody.setVisible(not has_any)
        self.tabs.setEnabled(has_any)
        self.colleague.setEnabled(has_any)
        self._show_colleague()

    @property
    def colleague_id(self) -> int | None:
        data = self.colleague.currentData()
        return int(data) if data is not None else None

    def select_colleague(self, colleague_id: int) -> None:
        self.colleague.setCurrentIndex(max(0, self.colleague.findData(colleague_id)))

    def _show_colleague(self) -> None:
        colleague_id = self.colleague_id
        if colleague_id is None:
            self.colleague_facts.setText("")
            self.colleague_facts.hide()
            self._fill_meetings([])
            self._fill_inputs()
            self._fill_feedback()
            return
        cells = self._cells_of.get(colleague_id, ())
        try:
            person = self._vault.people.get(colleague_id)
            role = role_text(person.role)
        except (KeyError, VaultError):
            role = ""
        facts = self.tr("%1 · represented by you at: %2").replace("%1", role)
        facts = facts.replace("%2", ", ".join(c.name for c in cells))
        self.colleague_facts.setText(facts)
        self.colleague_facts.show()
        self._fill_meetings(cells)
        self._fill_inputs()
        self._fill_feedback()

    # ------------------------------------------------------------------ before the table
    def _fill_meetings(self, cells: Sequence[Cell]) -> None:
        self._filling = True
        self.meeting.clear()
        meetings: list[tuple[Meeting, str]] = []
        try:
            for cell in cells:
                meetings += [
                    (m, cell.name)
                    for m in self._vault.meetings.list(cell.id)
                    if m.status is not MeetingStatus.CANCELLED
                ]
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
        meetings.sort(key=lambda mc: (mc[0].starts_at, mc[0].id), reverse=True)
        self._meetings = meetings
        for meeting, cell_name in meetings:
            text = f"{meeting_words(meeting, cell_name)} · {table_text(meeting.table_kind)}"
            self.meeting.addItem(text, meeting.id)
        # The next meeting still to come (today's included) is what one prepares for;
        # when none is planned yet, the latest one.
        now = self._vault.clock.now()
        local = now.astimezone().replace(tzinfo=None) if now.tzinfo is not None else now
        today = local.replace(hour=0, minute=0, second=0, microsecond=0)
        upcoming = [
            m for m, _ in meetings if m.status is not MeetingStatus.CLOSED and m.starts_at >= today
        ]
        chosen = upcoming[-1].id if upcoming else (meetings[0][0].id if meetings else None)
        if chosen is not None:
            self.meeting.setCurrentIndex(self.meeting.findData(chosen))
        self._filling = False
        self.input.setEnabled(bool(meetings))
        self.add_button.setEnabled(bool(meetings))
        self._fill_cases()
        self._show_sitting_in()

    def _show_sitting_in(self) -> None:
        """Tick the box when the user's record says they sit in for the colleague here."""
        colleague_id, meeting_id = self.colleague_id, self.meeting.currentData()
        sitting = False
        if colleague_id is not None and meeting_id is not None:
            try:
                sitting = colleague_id in self._vault.representation.sat_in_for(int(meeting_id))
            except VaultError as exc:
                self.error.show_message(error_message(exc.code))
        self.sitting_in.blockSignals(True)
        self.sitting_in.setChecked(sitting)
        self.sitting_in.blockSignals(False)
        self.sitting_in.setEnabled(colleague_id is not None and meeting_id is not None)

    def _sitting_in_toggled(self, sitting: bool) -> None:
        colleague_id, meeting_id = self.colleague_id, self.meeting.currentData()
        if colleague_id is None or meeting_id is None:
            return
        self.error.clear_message()
        try:
            self._vault.cells.sit_in_for(int(meeting_id), colleague_id, sitting)
        except (KeyError, ValueError, VaultError) as exc:
            self.error.show_message(error_message(getattr(exc, "code", None)))
            self._show_sitting_in()

    def _fill_cases(self) -> None:
        self.case.clear()
        self.case.addItem(self.tr("No particular case"), None)
        meeting_id = self.meeting.currentData()
        if meeting_id is None:
            return
        try:
            items = self._vault.meetings.agenda(int(meeting_id))
            for item in items:
                if item.case_id is not None:
                    self.case.addItem(self._vault.cases.get(item.case_id).code, item.case_id)
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))

    def _fill_inputs(self) -> None:
        self._filling = True
        self.inputs.clear()
        colleague_id = self.colleague_id
        if colleague_id is not None:
            try:
                meetings = {m.id: (m, c) for m, c in self._meetings}
                for input_id, note_id, may_share in self._vault.releases.prepared_inputs(
                    colleague_id
                ):
                    note = self._vault.notes.get(note_id)
                    where = ""
                    if note.meeting_id in meetings:
                        meeting, cell_name = meetings[note.meeting_id]
                        where = meeting_words(meeting, cell_name if self._many_cells() else "")
                    if note.case_id is not None:
                        where += f" · {self._vault.cases.get(note.case_id).code}"
                    entry = QListWidgetItem()
                    entry.setData(ID_ROLE, input_id)
                    entry.setData(WHERE_ROLE, where)
                    entry.setData(BODY_ROLE, note.body)
                    entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    entry.setCheckState(
                        Qt.CheckState.Checked if may_share else Qt.CheckState.Unchecked
                    )
                    self._show_share(entry, may_share)
                    self.inputs.insertItem(0, entry)  # newest first
            except VaultError as exc:
                self.error.show_message(error_message(exc.code))
        if self.inputs.count():
            self.inputs.setCurrentRow(0)
        self._filling = False

    def _show_share(self, entry: QListWidgetItem, may_share: bool) -> None:
        """The entry's text: where, whether it may be shared, then the input itself."""
        words = self._share_words(may_share)
        entry.setText(f"{entry.data(WHERE_ROLE)} · {words}\n{entry.data(BODY_ROLE)}")
        entry.setToolTip(words)

    def _share_words(self, may_share: bool) -> str:
        if may_share:
            return self.tr("May be shared at the table")
        return self.tr("Not to be shared without asking again")

    def add_input(self) -> int | None:
        """Store the typed input for the chosen meeting; its id, or None (with the reason)."""
        colleague_id, meeting_id = self.colleague_id, self.meeting.currentData()
        body = self.input.toPlainText()
        self.error.clear_message()
        if colleague_id is None or meeting_id is None:
            return None
        if not body.strip():
            self.error.show_message(self.tr("Type the input first."))
            self.input.setFocus()
            return None
        case_id = self.case.currentData()
        try:
            input_id = self._vault.releases.add_prepared_input(
                colleague_id,
                int(meeting_id),
                body,
                case_id=int(case_id) if case_id is not None else None,
                may_share=self.may_share.isChecked(),
            )
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
            return None
        self.input.clear()
        self.may_share.setChecked(False)
        self._fill_inputs()
        self.input.setFocus()
        return input_id

    def _on_input_ticked(self, entry: QListWidgetItem) -> None:
        if self._filling:
            return
        may_share = entry.checkState() == Qt.CheckState.Checked
        try:
            self._vault.releases.set_may_share(int(entry.data(ID_ROLE)), may_share)
        except (KeyError, VaultError) as exc:
            code = exc.code if isinstance(exc, VaultError) else None
            self.error.show_message(error_message(code))
            return
        self._filling = True
        self._show_share(entry, may_share)
        self._filling = False

    # ------------------------------------------------------------------ after the table
    def _fill_feedback(self, keep_release: int | None = None) -> None:
        self.feedback.clear()
        self._entries = []
        colleague_id = self.colleague_id
        if colleague_id is not None:
            try:
                self._entries = self._vault.representation.feedback_entries(colleague_id)
            except VaultError as exc:
                self.error.show_message(error_message(exc.code))
        many = self._many_cells()
        for entry in self._entries:
            mark = "✓ " if entry.release.relayed_at else "• "
            where = where_words(entry)
            if many and entry.cell is not None:
                where = f"{where} — {entry.cell.name}"
            words = f"{mark}{where}\n{item_words(entry)}\n{relayed_words(entry.release)}"
            line = QListWidgetItem(words)
            line.setData(ID_ROLE, entry.release.id)
            self.feedback.addItem(line)
        has_any = bool(self._entries)
        self.feedback.setVisible(has_any)
        self.no_feedback.setVisible(not has_any)
        self.sheet_button.setEnabled(has_any)
        row = 0
        if keep_release is not None:
            row = next((i for i, e in enumerate(self._entries) if e.release.id == keep_release), 0)
        if has_any:
            self.feedback.setCurrentRow(row)
        self._show_feedback(row if has_any else -1)

    def _many_cells(self) -> bool:
        colleague_id = self.colleague_id
        return colleague_id is not None and len(self._cells_of.get(colleague_id, ())) > 1

    def current_entry(self) -> FeedbackEntry | None:
        row = self.feedback.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _show_feedback(self, _row: int) -> None:
        entry = self.current_entry()
        if entry is None:
            self.detail_where.clear()
            self.detail_text.clear()
            self.detail_status.clear()
            self.relayed_button.setEnabled(False)
            self.detail_text.setEnabled(False)
            return
        self.detail_text.setEnabled(True)
        where = where_words(entry)
        if entry.cell is not None:
            where = f"{where} — {entry.cell.name}"
        self.detail_where.setText(f"{where}\n{item_words(entry)}")
        self.detail_text.setPlainText(entry.body)
        self.detail_status.setText(relayed_words(entry.release))
        self.relayed_button.setEnabled(entry.release.relayed_at is None)

    def mark_current_relayed(self) -> bool:
        """Record that the selected feedback was handed over to the colleague."""
        entry = self.current_entry()
        if entry is None or entry.release.relayed_at is not None:
            return False
        try:
            self._vault.releases.mark_relayed(entry.release.id)
        except (KeyError, VaultError) as exc:
            code = exc.code if isinstance(exc, VaultError) else None
            self.error.show_message(error_message(code))
            return False
        self._fill_feedback(keep_release=entry.release.id)
        self.feedback.setFocus()
        return True

    def _request_sheet(self) -> None:
        colleague_id = self.colleague_id
        if colleague_id is not None:
            self.feedback_sheet_requested.emit(colleague_id)

    def done(self, result: int) -> None:
        """Closing (also by locking, P12) first wipes every text the dialog shows."""
        self._wipe()
        super().done(result)

    def _wipe(self) -> None:
        for widget in (self.colleague, self.meeting, self.case, self.inputs, self.feedback):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for label in (self.colleague_facts, self.detail_where, self.detail_status):
            label.clear()
        self.input.clear()
        self.detail_text.clear()
        self._entries = []
        self._meetings = []
        self._cells_of = {}

    def show_after(self) -> None:
        """Open on the feedback tab (after the table)."""
        self.tabs.setCurrentIndex(1)
