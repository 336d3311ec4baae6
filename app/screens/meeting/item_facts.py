"""What the screen says about the current agenda item before its notes.

:class:`ItemFacts`: the item's heading, the reminder that unrelated topics stay off an
operational table, who the item is known to — its secrecy scope (P5) — and who is
present without having been told the framework and the secrecy duty (P9).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from app.widgets.basics import ErrorLabel, Notice, heading, paragraph
from app.wording.meeting import item_title, names_of
from vault.api import ItemView


class ItemFacts(QWidget):
    """Heading, off-topic reminder, "Known to" (P5) and the unbriefed flag (P9)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading("", scale=1.1)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.off_topic = Notice(
            QCoreApplication.translate("MeetingScreen", "Not for this table"),
            QCoreApplication.translate(
                "MeetingScreen",
                "The operational table is meant for cases that fit the local definition "
                "of radicalisation. Keep unrelated topics off it.",
            ),
        )
        self.off_topic.hide()
        self.known_to = paragraph()
        self.unbriefed = ErrorLabel()
        # Focus mode (issue 17) keeps only "Known to": the rest sits in two boxes around it.
        self.above_scope = QWidget()
        above = QVBoxLayout(self.above_scope)
        above.setContentsMargins(0, 0, 0, 0)
        above.addWidget(self.heading)
        above.addWidget(self.off_topic)
        self.below_scope = QWidget()
        self._below = QVBoxLayout(self.below_scope)
        self._below.setContentsMargins(0, 0, 0, 0)
        self._below.addWidget(self.unbriefed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.above_scope)
        layout.addWidget(self.known_to)
        layout.addWidget(self.below_scope)

    def put_under_scope(self, row: QLayout) -> None:
        """Place ``row`` under "Known to" (who left the room for this item)."""
        self._below.insertLayout(0, row)

    def set_focus_mode(self, on: bool) -> None:
        """Focus mode: only "Known to" (P5) stays of the item's facts."""
        self.above_scope.setVisible(not on)
        self.below_scope.setVisible(not on)

    def show_item(self, item_view: ItemView) -> None:
        self.heading.setText(item_title(item_view))
        self.off_topic.setVisible(item_view.off_topic)
        known = names_of(item_view.scope) or QCoreApplication.translate(
            "MeetingScreen", "nobody recorded as present yet"
        )
        self.known_to.setText(
            QCoreApplication.translate("MeetingScreen", "Known to: %1").replace("%1", known)
        )
        self.known_to.setAccessibleName(self.known_to.text())
        if item_view.unbriefed:
            self.unbriefed.show_message(
                QCoreApplication.translate(
                    "MeetingScreen", "Present but not told the framework and secrecy duty: %1"
                ).replace("%1", names_of(item_view.unbriefed))
            )
        else:
            self.unbriefed.clear_message()

    def clear(self) -> None:
        """Forget the item's names (P12)."""
        for label in (self.heading, self.known_to):
            label.clear()
            label.setAccessibleName("")
        self.off_topic.hide()
        self.unbriefed.clear_message()
