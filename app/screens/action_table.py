"""The list of actions across meetings (:mod:`app.dialogs.actions_overview`): one
:class:`~vault.api.ActionEntry` per row in named columns, in words.

An overdue row says so with a word and a sign (and in bold), never by colour alone. The
"What" column holds the description, a table-only note (P1): the table copies nothing out
(Ctrl+C and Ctrl+X do nothing, dragging is off).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTableView, QWidget

from app.screens.actions_panel import status_words
from app.screens.case_words import short_day
from app.screens.notebook import note_title
from vault.api import ActionEntry
from vault.model import ActionStatus

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_SIGN = "⚠"


def who_text(entry: ActionEntry) -> str:
    """The person and/or the organisation that does it."""
    if entry.owner_name and entry.organisation:
        return f"{entry.owner_name} ({entry.organisation})"
    return entry.owner_name or entry.organisation


def status_text(entry: ActionEntry) -> str:
    """Open, overdue (in words and with a sign), done or not done with its reason."""
    if entry.overdue:
        return f"{OVERDUE_SIGN} " + QCoreApplication.translate("ActionsPanel", "open, overdue")
    return status_words(entry.action, None)


def sort_key(entry: ActionEntry) -> tuple[bool, bool, date, date, int]:
    """Open ones first, then by due date (none last), then by the day agreed."""
    action = entry.action
    return (
        action.status is not ActionStatus.OPEN,
        action.due_date is None,
        action.due_date or date.max,
        entry.agreed_on,
        action.id,
    )


class ActionTableModel(QAbstractTableModel):
    """:class:`~vault.api.ActionEntry` records in named columns; plain records only."""

    DUE, WHAT, WHO, CASE, CELL, AGREED, STATUS = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ActionEntry] = []
        self.cells: dict[int, str] = {}

    def set_rows(self, rows: list[ActionEntry], cells: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.cells = rows, cells
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], {})

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Due"),
            self.tr("What"),
            self.tr("Owner"),
            self.tr("Case"),
            self.tr("Cell"),
            self.tr("Agreed on"),
            self.tr("Status"),
        ][section]

    def text(self, entry: ActionEntry, column: int) -> str:
        if column == self.DUE:
            due = entry.action.due_date
            return short_day(due) if due is not None else self.tr("no due date")
        if column == self.WHAT:
            return note_title(entry.description) or self.tr("(no description)")
        if column == self.WHO:
            return who_text(entry)
        if column == self.CASE:
            return entry.case_code or ""
        if column == self.CELL:
            return self.cells.get(entry.cell_id, "")
        if column == self.AGREED:
            return short_day(entry.agreed_on)
        return status_text(entry)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        entry, column = self.rows[index.row()], index.column()
        if role == ACTION_ID_ROLE:
            return entry.action.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WHAT:
                return entry.description.strip() or self.text(entry, column)
            return self.text(entry, column)  # a cut-off cell
        if role == Qt.ItemDataRole.FontRole and entry.overdue:
            font = QFont()
            font.setBold(True)  # with the word and the sign: never colour (or weight) alone
            return font
        return None


class ActionTable(QTableView):
    """The list: Enter opens the case file; nothing is copied out (P2)."""

    open_current = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        ):
            event.accept()  # a table view would copy the cell's text: descriptions stay in
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current.emit()
            event.accept()
            return
        super().keyPressEvent(event)
