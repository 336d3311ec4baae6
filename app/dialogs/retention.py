"""Retention review: notes past their cell's retention period, and deleting them for real.

Flemish records law lets only the user's organisation decide what is destroyed, so the
program never deletes by itself (:mod:`vault.retention`): this dialog lists what is due,
grouped by meeting, with why (the cell's retention period and the date the note came up
for review). The user ticks meetings (or the group of own reflections) and deletes them
after a confirmation that names how many notes go and says it cannot be undone; its
default button is Cancel. Deleting is real (:func:`vault.notes.delete_note`): text,
history, search entry and releases go.

The list shows the first line of each note only when a group is opened, so a long list
costs one query per opened meeting. The dialog shows vault content: locking closes it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.platform.i18n import ui_language
from app.screens.notebook import note_title
from app.widgets.basics import ErrorLabel, heading, label_for, name_after_text, paragraph
from app.wording.messages import error_message
from vault.api import DEFAULT_RETENTION_MONTHS, ReviewItem, UnlockedVault
from vault.dates import long_date
from vault.errors import VaultError

GROUP_ROLE = Qt.ItemDataRole.UserRole
"""On a top-level row: the index of its group in :attr:`RetentionDialog.groups`."""


@dataclass(frozen=True, slots=True)
class ReviewGroup:
    """The due notes of one meeting, or (meeting ``None``) those outside any meeting."""

    meeting_id: int | None
    cell_id: int | None
    written_on: date
    """The meeting's date, or the oldest writing date outside meetings."""
    review_from: date
    note_ids: tuple[int, ...]


def group_items(items: list[ReviewItem]) -> list[ReviewGroup]:
    """Group review items by meeting, oldest first; notes outside meetings last."""
    by_meeting: dict[int | None, list[ReviewItem]] = defaultdict(list)
    for item in items:
        by_meeting[item.meeting_id].append(item)
    groups = [
        ReviewGroup(
            meeting_id,
            found[0].cell_id,
            min(i.written_on for i in found),
            min(i.review_from for i in found),
            tuple(i.note_id for i in found),
        )
        for meeting_id, found in by_meeting.items()
    ]
    groups.sort(key=lambda g: (g.meeting_id is None, g.written_on, g.meeting_id or 0))
    return groups


class TableOnlyTree(QTreeWidget):
    """A tree whose rows (first lines of notes) cannot be copied out with the keyboard."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            event.accept()
            return
        super().keyPressEvent(event)


class RetentionDialog(QDialog):
    """What is due for review and why; deleting ticked groups after a confirmation."""

    notes_deleted = Signal(int)
    """How many notes were just deleted (the screens reload)."""

    def __init__(self, vault: UnlockedVault, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention review"))
        self._vault: UnlockedVault | None = vault
        self._today = today
        self.groups: list[ReviewGroup] = []
        self._cells: dict[int, tuple[str, int]] = {}
        self.confirm_box: QMessageBox | None = None
        self.deleted_count = 0

        title = heading(self.tr("Retention review"), scale=1.3)
        intro = paragraph(
            self.tr(
                "These notes are older than the retention period of their cell. Tafelboek "
                "never deletes anything by itself: your organisation decides what is kept, "
                "following its selection list. Tick what may go, then delete it. Notes on a "
                "case are not listed here: they follow their case and come up under "
                "Table › Retention by case… once the case is closed."
            )
        )
        intro.setAccessibleName(intro.text())
        self.as_of = paragraph()
        self.tree = TableOnlyTree()  # its rows quote notes: no Ctrl+C (P2)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                self.tr("Meeting"),
                self.tr("Notes due"),
                self.tr("Retention period and why it is due"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 410)
        tree_label = label_for(self.tr("&Due for review (Space ticks a row)"), self.tree)
        self.tree.setAccessibleName(self.tr("Due for review"))
        self.empty = paragraph(self.tr("Nothing is due for review today."))
        self.empty.hide()

        self.select_all = QPushButton(self.tr("Tick &all"))
        self.select_none = QPushButton(self.tr("Tick &none"))
        self.summary = paragraph()
        self.summary.setAccessibleName(self.tr("Ticked"))
        self.done_label = paragraph()
        self.done_label.hide()
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.delete_button = QPushButton(self.tr("&Delete ticked notes…"))
        self.delete_button.setAutoDefault(False)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        for button in (self.select_all, self.select_none, *buttons.buttons()):
            name_after_text(button)
        for button in (self.select_all, self.select_none):
            button.setAutoDefault(False)

        ticks = QHBoxLayout()
        ticks.addWidget(self.select_all)
        ticks.addWidget(self.select_none)
        ticks.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.as_of)
        layout.addSpacing(4)
        layout.addWidget(tree_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(ticks)
        layout.addWidget(self.done_label)
        layout.addWidget(self.error)
        self._filler = layout.count()
        layout.addStretch(0)  # takes the tree's room when there is nothing to list
        layout.addWidget(buttons)
        self._layout = layout
        self.resize(1000, 580)
        self.close_button.setDefault(True)  # once inside the dialog: Enter never deletes

        self.tree.itemChanged.connect(lambda _item, _column: self._show_summary())
        self.tree.itemExpanded.connect(self._fill_notes)
        self.select_all.clicked.connect(lambda: self._tick_all(True))
        self.select_none.clicked.connect(lambda: self._tick_all(False))
        self.delete_button.clicked.connect(self.ask_to_delete)
        buttons.rejected.connect(self.reject)

        self.reload()
        self.tree.setFocus()

    # ------------------------------------------------------------------ filling
    def reload(self) -> None:
        """Read what is due today from the vault and show it, nothing ticked."""
        vault = self._vault
        if vault is None:
            return
        self.error.clear_message()
        self.as_of.setText(
            self.tr("Due on %1, by the retention period of each cell.").replace(
                "%1", long_date(self._today, ui_language())
            )
        )
        try:
            self._cells = {c.id: (c.name, c.retention_months) for c in vault.cells.list()}
            self.groups = group_items(vault.retention.due_for_review(self._today))
        except VaultError as exc:
            self.groups = []
            self.error.show_message(error_message(exc.code))
        self.tree.blockSignals(True)
        self.tree.clear()
        for index, group in enumerate(self.groups):
            row = QTreeWidgetItem(
                [self._group_title(group), str(len(group.note_ids)), self._why(group)]
            )
            row.setData(0, GROUP_ROLE, index)
            row.setToolTip(2, row.text(2))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Unchecked)
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(row)
        self.tree.blockSignals(False)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        has_any = bool(self.groups)
        self.tree.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self._layout.setStretch(self._filler, 0 if has_any else 1)
        for button in (self.select_all, self.select_none):
            button.setEnabled(has_any)
        self._show_summary()

    def _group_title(self, group: ReviewGroup) -> str:
        if group.meeting_id is None:
            return self.tr("Own reflections and texts outside a meeting")
        cell = self._cells.get(group.cell_id or -1, ("", 0))[0]
        when = long_date(group.written_on, ui_language())
        return f"{cell} — {when}" if cell else when

    def _why(self, group: ReviewGroup) -> str:
        since = long_date(group.review_from, ui_language())
        if group.meeting_id is None:
            return (
                self.tr("%1 months (the default); due since %2")
                .replace("%1", str(DEFAULT_RETENTION_MONTHS))
                .replace("%2", since)
            )
        months = self._cells.get(group.cell_id or -1, ("", DEFAULT_RETENTION_MONTHS))[1]
        return (
            self.tr("%1 months (this cell); due since %2")
            .replace("%1", str(months))
            .replace("%2", since)
        )

    def _fill_notes(self, row: QTreeWidgetItem) -> None:
        """Show the first line of each due note of a group once it is opened."""
        vault = self._vault
        if vault is None or row.childCount() or row.parent() is not None:
            return
        group = self.groups[int(row.data(0, GROUP_ROLE))]
        wanted = set(group.note_ids)
        try:
            if group.meeting_id is not None:
                bodies = {
                    n.id: n.body
                    for n in vault.notes.list(meeting_id=group.meeting_id)
                    if n.id in wanted
                }
            else:
                bodies = {i: vault.notes.get(i).body for i in group.note_ids}
        except (KeyError, VaultError):
            bodies = {}
        for note_id in group.note_ids:
            text = note_title(bodies.get(note_id, "")) or self.tr("(empty note)")
            child = QTreeWidgetItem([text])
            child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            row.addChild(child)
            child.setFirstColumnSpanned(True)
        if not group.note_ids:
            row.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicator)

    # ------------------------------------------------------------------ ticking
    def _rows(self) -> list[QTreeWidgetItem]:
        rows = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [row for row in rows if row is not None]

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.tree.blockSignals(True)
        for row in self._rows():
            row.setCheckState(0, state)
        self.tree.blockSignals(False)
        self._show_summary()

    def tick(self, meeting_id: int | None, ticked: bool = True) -> None:
        """Tick (or untick) the group of ``meeting_id`` (``None``: outside meetings)."""
        for row in self._rows():
            if self.groups[int(row.data(0, GROUP_ROLE))].meeting_id == meeting_id:
                row.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def ticked_groups(self) -> list[ReviewGroup]:
        return [
            self.groups[int(row.data(0, GROUP_ROLE))]
            for row in self._rows()
            if row.checkState(0) == Qt.CheckState.Checked
        ]

    def _counts(self) -> tuple[int, int, int]:
        """Ticked (notes, meetings, notes outside meetings)."""
        groups = self.ticked_groups()
        notes = sum(len(g.note_ids) for g in groups)
        meetings = sum(1 for g in groups if g.meeting_id is not None)
        outside = sum(len(g.note_ids) for g in groups if g.meeting_id is None)
        return notes, meetings, outside

    def _show_summary(self) -> None:
        notes, meetings, _outside = self._counts()
        if notes:
            text = (
                self.tr("Notes ticked: %1 · Meetings: %2")
                .replace("%1", str(notes))
                .replace("%2", str(meetings))
            )
        else:
            text = self.tr("Nothing ticked")
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
        self.delete_button.setEnabled(bool(notes))

    # ------------------------------------------------------------------ deleting
    def ask_to_delete(self) -> None:
        """Ask for confirmation (Cancel is the default); delete only on an explicit yes."""
        notes, meetings, outside = self._counts()
        if not notes or self._vault is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete for good"))
        box.setText(self.tr("Delete the ticked notes for good?"))
        box.setInformativeText(
            self.tr(
                "Notes to delete: %4\n"
                "Of these, from meetings: %1 (meetings concerned: %2)\n"
                "Own reflections and texts outside a meeting: %3\n\n"
                "Their text, earlier versions, search entries and releases are erased. "
                "This cannot be undone. The meetings themselves, attendance and decisions "
                "stay; documents made earlier stay listed as made."
            )
            .replace("%1", str(notes - outside))
            .replace("%2", str(meetings))
            .replace("%3", str(outside))
            .replace("%4", str(notes))
        )
        grid = box.layout()
        if isinstance(grid, QGridLayout):  # a readable width for the sentences below
            grid.addItem(
                QSpacerItem(460, 0, QSizePolicy.Policy.Minimum),
                grid.rowCount(),
                0,
                1,
                grid.columnCount(),
            )
        self.confirm_delete_button = box.addButton(
            self.tr("&Delete for good"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        for button in box.buttons():
            name_after_text(button)
        box.finished.connect(lambda _r: self._confirmed(box))
        self.confirm_box = box
        box.open()

    def _confirmed(self, box: QMessageBox) -> None:
        chosen = box.clickedButton()
        self.confirm_box = None
        box.deleteLater()
        if chosen is not None and chosen is self.confirm_delete_button:
            self.delete_ticked()
        self.tree.setFocus()

    def delete_ticked(self) -> int:
        """Delete every note of the ticked groups (no question asked); return how many."""
        vault = self._vault
        if vault is None:
            return 0
        deleted = 0
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for group in self.ticked_groups():
                for note_id in group.note_ids:
                    try:
                        vault.notes.delete(note_id)
                    except KeyError:
                        continue  # already gone
                    deleted += 1
        except VaultError as exc:
            self.error.show_message(error_message(exc.code))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.deleted_count += deleted
        self.reload()
        text = self.tr("Deleted: %1 notes.").replace("%1", str(deleted))
        self.done_label.setText(text)
        self.done_label.setAccessibleDescription(text)
        self.done_label.show()
        if deleted:
            self.notes_deleted.emit(deleted)
        return deleted

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        if self.confirm_box is not None:
            box, self.confirm_box = self.confirm_box, None
            box.finished.disconnect()
            box.reject()
            box.deleteLater()
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.blockSignals(False)
        self.groups = []
        self._cells = {}
        self._vault = None
        super().done(result)
