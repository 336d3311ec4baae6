"""The meeting's agenda as a list: one line per item, walked by keyboard.

:class:`AgendaList` shows each agenda item as its position, kind and case code or title
(:func:`app.wording.meeting.item_title`, metadata only) with the item's id in
``ID_ROLE``; the decisions panel adds its flags to these lines (P7, P8). It never gets
less height than :data:`ROWS_IN_SIGHT` lines: walking a meeting of a dozen cases, the
participant sees where the table is (issue 17, 1366×768).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from app.wording.meeting import item_title
from vault.api import MeetingView

ID_ROLE = Qt.ItemDataRole.UserRole

ROWS_IN_SIGHT = 8
"""How many one-line agenda items are always in sight (the side panel's other parts give
way first; a test holds it at 1366×768)."""


class AgendaList(QListWidget):
    """The open meeting's agenda items; selecting one is the screen's business."""

    def __init__(self) -> None:
        super().__init__()
        # A narrow side panel wraps a long line rather than hiding its end (issue 17).
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(self.rows_height(ROWS_IN_SIGHT))

    def row_height(self) -> int:
        """The height of a one-line item (its font's line before the first item exists)."""
        measured = self.sizeHintForRow(0) if self.count() else -1
        return measured if measured > 0 else self.fontMetrics().height()

    def rows_height(self, rows: int) -> int:
        """The list's height with ``rows`` one-line items in sight."""
        return rows * self.row_height() + 2 * self.frameWidth()

    def fill(self, view: MeetingView) -> None:
        """One line per agenda item, without announcing a new current item."""
        self.blockSignals(True)
        self.clear()
        for item_view in view.items:
            entry = QListWidgetItem(item_title(item_view))
            entry.setData(ID_ROLE, item_view.item.id)
            self.addItem(entry)
        self.blockSignals(False)
        self.setMinimumHeight(self.rows_height(ROWS_IN_SIGHT))

    def select_item(self, item_id: int) -> None:
        """Make ``item_id`` the current line, silently."""
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == item_id:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return

    def wipe(self) -> None:
        """Forget every line (P12), silently."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
