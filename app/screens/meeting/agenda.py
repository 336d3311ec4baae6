"""The meeting's agenda as a list: one line per item, walked by keyboard.

:class:`AgendaList` shows each agenda item as its position, kind and case code or title
(:func:`app.wording.meeting.item_title`, metadata only) with the item's id in
``ID_ROLE``; the decisions panel adds its flags to these lines (P7, P8).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from app.wording.meeting import item_title
from vault.api import MeetingView

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaList(QListWidget):
    """The open meeting's agenda items; selecting one is the screen's business."""

    def __init__(self) -> None:
        super().__init__()
        # A narrow side panel wraps a long line rather than hiding its end (issue 17).
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fill(self, view: MeetingView) -> None:
        """One line per agenda item, without announcing a new current item."""
        self.blockSignals(True)
        self.clear()
        for item_view in view.items:
            entry = QListWidgetItem(item_title(item_view))
            entry.setData(ID_ROLE, item_view.item.id)
            self.addItem(entry)
        self.blockSignals(False)

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
