"""The participant at the table: one meeting with attendance, agenda and notes per item.

:class:`MeetingScreen` puts the parts together — the list of meetings
(:mod:`.meeting_list`), the attendance (:mod:`.attendance`), the agenda walk, the item's
facts (heading, off-topic reminder, "Known to" P5, who is not briefed P9), the decisions
(:mod:`app.screens.decisions_panel`), the notes (:mod:`.notes`) and the actions
(:mod:`app.screens.actions_panel`) — and keeps them on one meeting and one item. The
note being written has most of the window (issue 17): agenda, the item's notes,
attendance and actions sit in a side panel (F9); focus mode (F11) leaves only the label
band, "Known to" and the note; Tab follows reading order and a focus ring
(:mod:`.focus_ring`) shows where the keys go; the note is spell-checked (off while
presenting). Every note typed here starts table-only (P1); releasing (P3, P4) goes
through :class:`~app.dialogs.release.ReleaseDialog`. Database calls are few and small and
run on the GUI thread.

Longer than ~500 lines on purpose: this is the one place that keeps the parts in step —
reloading the meeting after every store and redrawing only what changed, the agenda walk,
the draft and the place put back after a lock (P12), jumping to a note from search. Each part it
coordinates lives in its own module; splitting the coordination would scatter it.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.platform.i18n import ui_language
from app.screens.actions_panel import ActionsPanel
from app.screens.decisions_panel import DecisionsPanel
from app.screens.meeting.agenda import AgendaList
from app.screens.meeting.attendance import AttendancePanel
from app.screens.meeting.focus_ring import FocusRing
from app.screens.meeting.framework import FrameworkReminder
from app.screens.meeting.item_facts import ItemFacts
from app.screens.meeting.meeting_list import MeetingListPage
from app.screens.meeting.notes import MeetingDraft, MeetingEditor, NoteArea, item_notes
from app.screens.meeting.reminders import LivingAgenda
from app.screens.notebook import TableOnlyList
from app.screens.presentation import PresentationMode
from app.session.locking import ClipboardGuard
from app.spell_check import SpellCheck, attach_spell_check, spell_check_of
from app.widgets.basics import heading, label_for, name_after_text
from app.wording.meeting import item_title, table_text
from app.wording.messages import error_message
from vault.api import ItemView, MeetingView, UnlockedVault
from vault.dates import long_date_time
from vault.errors import VaultError
from vault.model import Label

if TYPE_CHECKING:
    from app.dialogs.release import ReleaseDialog  # loads when a note is first released

ID_ROLE = Qt.ItemDataRole.UserRole

SIDE_PANEL_WIDTH = 380
"""The side panel's narrowest width when a meeting opens (a third of a wider screen)."""

SIDE_SECTIONS = (3, 2, 5, 2)
"""How the side panel shares its height: agenda, notes, attendance, actions."""

SIDE_PANEL_KEY = "F9"
FOCUS_KEY = "F11"


@dataclasses.dataclass(frozen=True, slots=True)
class MeetingPlace:
    """Where the participant was when the vault locked (issue 17 item 3): ids, the caret
    and the scroll position — no text — kept in memory only, never in settings or on disk."""

    vault_path: Path
    meeting_id: int
    item_id: int | None
    note_id: int | None
    caret: int
    """The caret's position in the note (-1: the note was hidden by presentation mode)."""
    anchor: int
    scroll: int
    focus_mode: bool


def _boxed(*widgets: QWidget) -> QWidget:
    """``widgets`` in a plain box, so the screen can hide them together while each keeps
    its own visibility (the decisions panel and the reminder show and hide themselves)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class MeetingScreen(QWidget):
    """Meetings per cell; one meeting with attendance, agenda and notes per item."""

    back_requested = Signal()
    saved = Signal()
    """A note was stored (after the pause, on moving on, or before locking)."""

    # The parts (built in _build_meeting_page) and the note area's widgets the screen uses.
    note_area: NoteArea
    notes: TableOnlyList
    editor: MeetingEditor
    save_state: QLabel
    new_note_button: QPushButton
    actions_panel: ActionsPanel
    decisions: DecisionsPanel
    presentation: PresentationMode

    def __init__(self) -> None:
        super().__init__()
        self._vault: UnlockedVault | None = None
        self._view: MeetingView | None = None
        self._draft: MeetingDraft | None = None
        self._now = datetime.now
        self._focus = False
        self._side_shown = True
        self._place: MeetingPlace | None = None

        self.list_page = MeetingListPage(lambda: self._now())
        meeting_page = self.meeting_page = QWidget()
        self._build_meeting_page(meeting_page)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(meeting_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.chain_tab_order()
        self.focus_ring = FocusRing(meeting_page)  # 3 px, seen on a projector (issue 17)
        self._add_shortcuts(meeting_page)

        self.list_page.back_button.clicked.connect(self._back)
        self.list_page.open_requested.connect(self.open_meeting)
        self.to_list_button.clicked.connect(self._to_list)
        self.attendance.ad_hoc_button.clicked.connect(self.add_ad_hoc)
        self.attendance.changed.connect(self._refresh_scope)
        self.attendance.added.connect(self._ad_hoc_added)
        self.attendance.message.connect(self.save_state.setText)
        self.agenda.currentItemChanged.connect(self._on_item_changed)
        self.notes.currentItemChanged.connect(self._on_note_changed)
        self.note_area.stored.connect(self._after_store)
        self.note_area.saved.connect(self.saved)
        self.note_area.changed.connect(self._refresh_scope)
        self.note_area.band_shown.connect(self.presentation.apply)
        self.new_note_button.clicked.connect(self.new_note)
        self.actions_panel.changed.connect(self._refresh_scope)
        self.actions_panel.message.connect(self.save_state.setText)
        self.actions_panel.set_content_dialog_hook(
            lambda d: getattr(self.window(), "track_content_dialog", lambda _d: None)(d)
        )
        self.decisions.changed.connect(self._refresh_scope)
        self.presentation.toggled.connect(self._presentation_toggled)

    def _build_meeting_page(self, page: QWidget) -> None:
        """The writing surface is the screen (issue 17): the note has most of the window.

        Left, a side panel (F9 hides and shows it) with the agenda, the item's notes, the
        attendance and the actions, one above the other in a splitter; right, what must
        stay in sight while typing — the item's facts with "Known to" (P5), the label
        band and the editor, which takes every pixel left. Focus mode (F11) keeps only
        the band, "Known to" and the note.
        """
        self.meeting_title = heading("", scale=1.25)
        self.meeting_title.setTextFormat(Qt.TextFormat.PlainText)
        self.meeting_title.setWordWrap(True)
        self.to_list_button = QPushButton(self.tr("All &meetings"))
        name_after_text(self.to_list_button)
        self.framework = FrameworkReminder(self)
        self.reminder, self.reminder_button = self.framework.notice, self.framework.button
        self.agenda = AgendaList()  # never fewer than ROWS_IN_SIGHT lines (issue 17)
        self.agenda_label = label_for(self.tr("A&genda"), self.agenda)
        self.attendance = AttendancePanel(lambda: self.current_item_id)

        self.facts = ItemFacts()
        self.known_to, self.off_topic = self.facts.known_to, self.facts.off_topic
        self.unbriefed = self.facts.unbriefed
        self.presentation = PresentationMode(self, page)  # app/screens/presentation.py
        self.note_area = NoteArea(lambda: self.presentation.hides_editor)
        self.notes, self.editor = self.note_area.notes, self.note_area.editor
        self.band, self.save_state = self.note_area.band, self.note_area.save_state
        self.new_note_button = self.note_area.new_note_button
        self.actions_panel = ActionsPanel()  # actions, left the room (app/screens/actions_panel.py)
        # Decisions (P6, P7) and the minors' stepwise gate (P8): app/screens/decisions_panel.py.
        self.decisions = DecisionsPanel(self.save_pending, self.editor)
        self.decisions.presenting = lambda: self.presentation.active
        self.note_area.put_above_editor(_boxed(self.decisions.gate))
        room = QHBoxLayout()
        room.addWidget(self.actions_panel.room_status, 1)
        room.addWidget(
            self.actions_panel.room_button,
            0,
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
        )
        self.facts.put_under_scope(room)

        # Status and Edit agenda… (Ctrl+Shift+G) on the agenda's heading line, the
        # reminders under it (issue 16 item 2), the agenda's rows kept (issue 17).
        self.living_agenda = LivingAgenda(self)
        agenda_head = QWidget()
        ah = QHBoxLayout(agenda_head)
        ah.setContentsMargins(0, 0, 0, 0)
        ah.addWidget(self.agenda_label, 0, Qt.AlignmentFlag.AlignVCenter)
        ah.addWidget(self.living_agenda.head, 1)
        agenda_box = _boxed(agenda_head, self.agenda, self.living_agenda)
        self.side_sections = QSplitter(Qt.Orientation.Vertical)
        self.side_sections.setObjectName("meeting-side-sections")
        self.side_sections.setChildrenCollapsible(False)
        for section in (agenda_box, self.note_area.list_box, self.attendance, self.actions_panel):
            self.side_sections.addWidget(section)
        for index, stretch in enumerate(SIDE_SECTIONS):
            self.side_sections.setStretchFactor(index, stretch)
        self.side_sections.setSizes([100 * share for share in SIDE_SECTIONS])
        self.side_panel = self.side_sections  # F9 hides and shows it

        self.decisions_box = _boxed(self.decisions)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(6)
        rl.addWidget(self.facts)
        rl.addWidget(self.decisions_box)
        rl.addWidget(self.note_area, 1)

        self.splitter = splitter = QSplitter()
        splitter.setObjectName("meeting-splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.side_panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([SIDE_PANEL_WIDTH, 10_000])
        self._side_width_chosen = False
        splitter.splitterMoved.connect(self._side_width_moved)

        self.side_action = QAction(self.tr("Side panel (agenda, attendance, actions)"), page)
        self.side_action.setCheckable(True)
        self.side_action.setChecked(True)
        self.side_button = QPushButton(self.tr("Side pane&l (F9)"))
        self.side_button.setCheckable(True)
        self.side_button.setChecked(True)
        self.side_button.setAccessibleName(self.tr("Show or hide the side panel"))
        self.focus_action = QAction(self.tr("Focus mode (only the note)"), page)
        self.focus_action.setCheckable(True)
        self.focus_button = QPushButton(self.tr("Foc&us mode (F11)"))
        self.focus_button.setCheckable(True)
        self.focus_button.setAccessibleName(self.tr("Focus mode"))
        self.focus_button.setToolTip(
            self.tr("Only the label, who knows and the note; F11 or Esc to come back")
        )
        self.header = QWidget()
        head = QHBoxLayout(self.header)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.meeting_title, 1)
        for button in (
            self.side_button,
            self.focus_button,
            self.reminder_button,
            self.presentation.button,
            self.to_list_button,
        ):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.reminder_box = _boxed(self.reminder)

        mp = QVBoxLayout(page)
        mp.setContentsMargins(12, 8, 12, 8)
        mp.setSpacing(6)
        mp.addWidget(self.header)
        mp.addWidget(self.presentation.banner)
        mp.addWidget(self.reminder_box)
        mp.addWidget(splitter, 1)

    # ------------------------------------------------------------------ side panel, focus
    @property
    def focus_mode(self) -> bool:
        return self._focus

    def set_side_panel(self, shown: bool) -> None:
        """Show or hide the side panel (agenda, notes, attendance, actions)."""
        self._side_shown = shown
        for control in (self.side_action, self.side_button):
            control.blockSignals(True)
            control.setChecked(shown)
            control.blockSignals(False)
        self.side_panel.setVisible(shown and not self._focus)

    def set_focus_mode(self, on: bool) -> None:
        """Focus mode: only the label band, "Known to" (P5) and the note; the caret stays."""
        self._focus = on
        for control in (self.focus_action, self.focus_button):
            control.blockSignals(True)
            control.setChecked(on)
            control.blockSignals(False)
        self.leave_focus_action.setEnabled(on)
        for part in (self.header, self.reminder_box, self.decisions_box, self.note_area.head):
            part.setVisible(not on)
        self.note_area.above.setVisible(not on)
        self.facts.set_focus_mode(on)
        self.side_panel.setVisible(self._side_shown and not on)
        if self.pages.currentWidget() is self.meeting_page:
            self.editor.setFocus()

    def _add_shortcuts(self, page: QWidget) -> None:
        """The meeting page's keys; they work wherever the focus is on the page."""

        def add(text: str, keys: list[str], slot: object) -> QAction:
            action = QAction(text, page)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            page.addAction(action)
            return action

        self.next_item_action = add(
            self.tr("Next agenda item"), ["Ctrl+PgDown", "Alt+Down"], lambda: self.move_item(1)
        )
        self.previous_item_action = add(
            self.tr("Previous agenda item"), ["Ctrl+PgUp", "Alt+Up"], lambda: self.move_item(-1)
        )
        self.new_note_action = add(self.tr("New note"), ["Ctrl+N"], self.new_note)
        self.release_action = add(
            self.tr("Release beyond the table…"), ["Ctrl+Shift+R"], self.note_area.open_release
        )
        self.table_only_action = add(
            self.tr("Withdraw release"), ["Ctrl+Shift+T"], self.note_area.make_table_only
        )
        # Actions (Ctrl+Shift+A) and who is in the room for this item (Ctrl+Shift+K).
        self.add_action_action = add(
            self.tr("Add action"), ["Ctrl+Shift+A"], self.actions_panel.open_add
        )
        self.room_action = add(
            self.tr("Who is in the room for this item"),
            ["Ctrl+Shift+K"],
            self.actions_panel.open_presence,
        )
        self.living_agenda.install_key(page)  # Edit agenda… (Ctrl+Shift+G)
        # The side panel (F9) and focus mode (F11; Esc leaves it): no other key uses them.
        self.side_action.setShortcut(QKeySequence(SIDE_PANEL_KEY))
        self.focus_action.setShortcut(QKeySequence(FOCUS_KEY))
        self.leave_focus_action = add(self.tr("Leave focus mode"), ["Esc"], self._leave_focus)
        self.leave_focus_action.setEnabled(False)
        for action in (self.side_action, self.focus_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            page.addAction(action)
        self.side_action.toggled.connect(self.set_side_panel)
        self.side_button.toggled.connect(self.set_side_panel)
        self.focus_action.toggled.connect(self.set_focus_mode)
        self.focus_button.toggled.connect(self.set_focus_mode)
        for action in self.decisions.actions_for_shortcuts:  # Ctrl+Shift+L, I, J
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            page.addAction(action)

    def _side_width_moved(self) -> None:
        self._side_width_chosen = True

    def _fit_side_panel(self) -> None:
        """A third of the screen for the side panel, at least :data:`SIDE_PANEL_WIDTH`,
        until the user moves the splitter (their width stays)."""
        if self._side_width_chosen:
            return
        total = sum(self.splitter.sizes())
        side = max(SIDE_PANEL_WIDTH, min(total // 3, 560))
        self.splitter.setSizes([side, max(total - side, 1)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_side_panel()

    def tab_chain(self) -> list[QWidget]:
        """The screen's controls in reading order: the header left to right, the
        framework reminder's "Full text" under it, the side panel top to bottom (each
        person's status, then the tick), then the note column — its buttons, the band's,
        and the editor last (issue 17 item 4)."""
        gate = self.decisions.gate
        chain: list[QWidget] = [
            self.side_button,
            self.focus_button,
            self.reminder_button,
            self.presentation.button,
            self.to_list_button,
        ]
        if self.presentation.banner.button is not None:
            chain.append(self.presentation.banner.button)
        chain.append(self.framework.details_button)  # the reminder's full text (P9)
        living = self.living_agenda
        chain += [*living.head_tab_stops(), self.agenda, *living.tab_stops(), self.notes]
        for row in self.attendance.rows:
            chain += [row.status, row.briefed]
        panel = self.actions_panel
        chain += [
            self.attendance.ad_hoc_button,
            panel.list,
            panel.done_button,
            panel.not_done_button,
            panel.add_button,
            panel.room_button,
            self.decisions.ltf_button,
            self.decisions.inform_button,
            gate.answer_button,
            gate.later_button,
            self.new_note_button,
            self.band.release_again_button,
            self.band.release_button,
            self.band.tighten_button,
            self.editor,
        ]
        return chain

    def chain_tab_order(self) -> None:
        """Tab follows :meth:`tab_chain` (again after the attendance rows are rebuilt)."""
        chain = self.tab_chain()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _leave_focus(self) -> None:
        self.set_focus_mode(False)

    # ------------------------------------------------------------------ state
    @property
    def view(self) -> MeetingView | None:
        return self._view

    @property
    def current_item_id(self) -> int | None:
        return self.note_area.item_id

    @property
    def current_note_id(self) -> int | None:
        return self.note_area.note_id

    @property
    def vault(self) -> UnlockedVault | None:
        return self._vault

    @property
    def clipboard(self) -> ClipboardGuard | None:
        """The one way text reaches the clipboard (set by the window: flags, 30 s, lock)."""
        return self.note_area.clipboard

    @clipboard.setter
    def clipboard(self, guard: ClipboardGuard | None) -> None:
        self.note_area.clipboard = guard

    @property
    def new_meeting_dialog(self) -> QDialog | None:
        return self.list_page.new_meeting_dialog

    @property
    def ad_hoc_dialog(self) -> QDialog | None:
        return self.attendance.ad_hoc_dialog

    @property
    def release_dialog(self) -> ReleaseDialog | None:
        return self.note_area.release_dialog

    @property
    def band_label(self) -> Label:
        return self.note_area.band_label

    # ------------------------------------------------------------------ spelling
    def _attach_spelling(self, vault: UnlockedVault) -> None:
        """Underline unknown words in the note (issue 17 item 6), off while presenting;
        the speller is the open vault's (its own words are content: P12 at lock)."""
        check = spell_check_of(self.editor)
        if check is not None and check.door is vault.spelling:
            return
        attach_spell_check(self.editor, vault.spelling, enabled=not self.presentation.active)

    def _presentation_toggled(self, on: bool) -> None:
        check = spell_check_of(self.editor)
        if check is not None:
            check.set_enabled(not on)  # nothing of the check shows on a projector

    @property
    def spell_check(self) -> SpellCheck | None:
        """The note editor's spell check while a vault is open."""
        return spell_check_of(self.editor)

    # ------------------------------------------------------------------ list page
    def show_vault(self, vault: UnlockedVault) -> None:
        """Show the meetings of the open vault's cells."""
        self.save_pending()
        self._vault = vault  # a draft of another vault stays: it is put back in its own (P12)
        self.note_area.vault = vault
        self._attach_spelling(vault)
        self.list_page.show_vault(vault)
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.meetings.setFocus()

    def new_meeting(self) -> None:
        self.list_page.new_meeting()

    def _back(self) -> None:
        if self.save_pending():
            self.back_requested.emit()

    def _to_list(self) -> None:
        if self.save_pending():
            self.list_page.fill_meetings()
            self.pages.setCurrentWidget(self.list_page)
            self.list_page.meetings.setFocus()

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
        self.framework.show_for(view)
        self.attendance.fill(self._vault, view)
        self.chain_tab_order()
        self._fill_agenda(item_id)
        self.living_agenda.refresh()
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
            self.note_area.autosave.start()
        self.editor.setFocus()

    def _reload(self, meeting_id: int) -> bool:
        assert self._vault is not None
        try:
            self._view = self._vault.meetings.view(meeting_id)
        except (KeyError, VaultError) as exc:
            code = exc.code if isinstance(exc, VaultError) else None
            self.list_page.error.show_message(error_message(code))
            return False
        self.attendance.set_view(self._view)
        self.note_area.view = self._view
        return True

    def _refresh_scope(self) -> None:
        """Reload the meeting facts (a few ms) and show the current item's scope again."""
        view = self._view
        if view is None or not self._reload(view.meeting.id):
            return
        self.show_item_facts()
        self.living_agenda.refresh()

    def add_ad_hoc(self) -> None:
        current = self.agenda.currentItem()
        self.attendance.add_ad_hoc(current.text() if current is not None else "")

    def _ad_hoc_added(self) -> None:
        view, vault = self._view, self._vault
        if view is not None and vault is not None and self._reload(view.meeting.id):
            assert self._view is not None
            self.attendance.fill(vault, self._view)
            self.chain_tab_order()
            self.show_item_facts()
        self.editor.setFocus()

    # ------------------------------------------------------------------ the agenda walk
    def _fill_agenda(self, item_id: int | None) -> None:
        view = self._view
        assert view is not None
        self.agenda.fill(view)
        if view.items:
            first = item_id if item_id is not None else view.items[0].item.id
            self._select_item(first)
            self._enter_item(first)

    def _select_item(self, item_id: int) -> None:
        self.agenda.select_item(item_id)

    def item_view(self) -> ItemView | None:
        """The current agenda item's facts (None before a meeting is open)."""
        if self._view is None:
            return None
        for item_view in self._view.items:
            if item_view.item.id == self.current_item_id:
                return item_view
        return None

    def _on_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None or self._view is None:
            return
        if not self.save_pending():
            self._select_item(self.current_item_id or 0)
            return
        self._reload(self._view.meeting.id)
        self._enter_item(int(current.data(ID_ROLE)))

    def move_item(self, step: int) -> None:
        """Next or previous agenda item (keyboard); the editor keeps the focus."""
        row = self.agenda.currentRow() + step
        if 0 <= row < self.agenda.count():
            self.agenda.setCurrentRow(row)
            self.editor.setFocus()

    def _enter_item(self, item_id: int) -> None:
        self.note_area.item_id = item_id
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
        self.attendance.show_core(self._view.missing_core if self._view is not None else ())
        item_view = self.item_view()
        if item_view is None:
            return
        self.facts.show_item(item_view)
        self.note_area.show_notes(item_view, self.note_area.band_words)
        if self._vault is not None and self._view is not None:
            self.actions_panel.show_item(self._vault, self._view, item_view, item_title(item_view))
            self.decisions.show_item(self._vault, self._view, item_view, item_title(item_view))
            self.decisions.flag_agenda(self.agenda)
        self.note_area.show_band()

    # ------------------------------------------------------------------ notes (P1-P4, P12)
    def open_release(self) -> None:
        """Open the release dialog for the current note (saved first)."""
        self.note_area.open_release()

    def make_table_only(self) -> None:
        """Tighten every release of the current note in one step (always allowed)."""
        self.note_area.make_table_only()

    def _select_note(self, note_id: int | None) -> None:
        self.note_area.select_note(note_id)

    def _load_note(self, note_id: int | None, body: str) -> None:
        self.note_area.load_note(note_id, body)

    def _on_note_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        # Read the choice first: saving a new note rebuilds the list (and deletes ``current``).
        note_id = int(current.data(ID_ROLE))
        if not self.save_pending():
            self._select_note(self.current_note_id)
            return
        item_view = self.item_view()
        for note_view in item_view.notes if item_view is not None else ():
            if note_view.note.id == note_id:
                self._select_note(note_id)
                self._load_note(note_id, note_view.note.body)

    def new_note(self) -> None:
        """Start an empty note on the current item; it is stored once it has text."""
        if self.current_item_id is None or not self.save_pending():
            return
        self._select_note(None)
        self._load_note(None, "")
        self.editor.setFocus()

    def copy_selection(self) -> bool:
        """Copy the editor's selection if it is released text (P2-P4); see NoteArea."""
        return self.note_area.copy_selection()

    def has_unsaved_changes(self) -> bool:
        return self.note_area.has_unsaved_changes()

    def save_pending(self) -> bool:
        """Save the editor if it changed; False when saving failed (the text stays)."""
        return self.note_area.save_pending()

    def _after_store(self, added: bool) -> None:
        if self._view is not None and self._reload(self._view.meeting.id):
            if added or self.presentation.active:
                self.show_item_facts()
            else:
                # A saved edit changes only this note's line in the list: redrawing the
                # whole item (decisions, actions, scope) would cost an autosave ~3 ms more.
                self.note_area.retitle_current()

    def follow_agenda_changes(self) -> None:
        """Show the agenda again when it changed outside this screen (a case put on it
        from its case file); nothing happens when it did not."""
        vault, view = self._vault, self._view
        if vault is None or view is None:
            return
        try:
            items = [i.id for i in vault.meetings.agenda(view.meeting.id)]
        except (KeyError, VaultError):
            return
        if items != [iv.item.id for iv in view.items]:
            self.living_agenda.show_changed_agenda(view.meeting.id, items)

    def set_busy(self, busy: bool) -> None:
        if busy:  # a task on the vault starts: no save runs beside it
            self.note_area.autosave.stop()
            self.note_area.settle()
        self.setEnabled(not busy)
        if not busy and self.has_unsaved_changes():
            self.note_area.autosave.start()

    # ------------------------------------------------------------------ locking
    def keep_draft(self) -> None:
        """Keep unsaved text in memory (never on disk) to offer after unlock (P12)."""
        if self._vault is not None and self._view is not None:
            draft = self.note_area.draft(self._vault.path, self._view.meeting.id)
            if draft is not None:
                self._draft = draft

    def detach_draft(self, vault_path: Path) -> None:
        """The vault at ``vault_path`` was replaced: keep the text, as a new note."""
        draft = self._draft
        if draft is not None and draft.vault_path == vault_path:
            self._draft = dataclasses.replace(draft, note_id=None)
        if self._place is not None and self._place.vault_path == vault_path:
            self._place = None  # another vault now: its meetings are not these

    @property
    def draft(self) -> MeetingDraft | None:
        return self._draft

    # ------------------------------------------------------------------ back where you were
    def _current_place(self) -> MeetingPlace | None:
        """The open meeting's item, note and caret, if the screen shows a meeting."""
        vault, view = self._vault, self._view
        shown = self.pages.currentWidget() is self.meeting_page and self.isVisibleTo(self.window())
        if vault is None or view is None or not shown:
            return None
        cursor = self.editor.textCursor()
        hidden = self.presentation.hides_editor  # the placeholder's caret is no place
        return MeetingPlace(
            vault_path=vault.path,
            meeting_id=view.meeting.id,
            item_id=self.current_item_id,
            note_id=self.current_note_id,
            caret=-1 if hidden else cursor.position(),
            anchor=-1 if hidden else cursor.anchor(),
            scroll=self.editor.verticalScrollBar().value(),
            focus_mode=self._focus,
        )

    def place_for(self, vault_path: Path) -> MeetingPlace | None:
        """Where the participant was in the vault at ``vault_path`` when it locked."""
        place = self._place
        return place if place is not None and place.vault_path == vault_path else None

    def resume(self) -> bool:
        """After unlocking: the same meeting, item, note and caret as before the lock.

        Text that could not be saved at locking is put back first (P12). False when there
        is no place for the open vault, or its meeting is gone.
        """
        vault = self._vault
        place = self.place_for(vault.path) if vault is not None else None
        if place is None:
            return False
        self._place = None
        self.open_meeting(place.meeting_id, place.item_id)
        view = self._view
        if view is None or view.meeting.id != place.meeting_id:
            return False
        if (
            not self.has_unsaved_changes()
            and place.note_id is not None
            and place.note_id != self.current_note_id
        ):
            item_view = self.item_view()
            for note_view in item_view.notes if item_view is not None else ():
                if note_view.note.id == place.note_id:
                    self._select_note(place.note_id)
                    self._load_note(place.note_id, note_view.note.body)
        if self.current_note_id == place.note_id and place.caret >= 0:
            end = self.editor.document().characterCount() - 1
            cursor = self.editor.textCursor()
            cursor.setPosition(min(place.anchor, end))
            cursor.setPosition(min(place.caret, end), QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
            self.editor.verticalScrollBar().setValue(place.scroll)
        self.set_focus_mode(place.focus_mode)
        self.editor.setFocus()
        return True

    def clear(self, *, keep_draft: bool = False) -> None:
        """Remove every piece of vault content from the widgets and forget the vault.

        Where the participant was (meeting, item, note, caret) is kept in memory, without
        any text, to come back to after unlocking (:meth:`resume`)."""
        self.note_area.autosave.stop()
        self.note_area.settle()  # a save still running finishes before the vault closes
        self._place = self._current_place()
        own = (
            self._vault is not None
            and self._draft is not None
            and (self._draft.vault_path == self._vault.path)
        )
        if not keep_draft and own:
            self._draft = None  # only this vault's draft; another vault's waits for it
        self._vault = None
        self._view = None
        self.list_page.clear()
        self.note_area.clear()
        self.agenda.wipe()
        self.living_agenda.clear()
        self.attendance.clear()
        self.meeting_title.clear()
        self.meeting_title.setAccessibleName("")
        self.facts.clear()
        self.framework.clear()
        self.actions_panel.clear()
        self.decisions.clear()
        self.presentation.reset()
        check = spell_check_of(self.editor)
        if check is not None:
            check.detach()  # the speller holds the user's own words and recent ones (P12)
            check.deleteLater()
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
            return self.current_note_id == note_id  # text put back after locking stays in front
        if self.current_item_id != note.agenda_item_id:
            self._select_item(note.agenda_item_id)
            self._enter_item(note.agenda_item_id)
        self._select_note(note_id)
        self._load_note(note_id, note.body)
        self.editor.setFocus()
        return self.current_note_id == note_id
