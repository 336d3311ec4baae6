"""The reminder of the agreement framework and the secrecy duty (P9, art. 458ter Sw.).

Shown at the start of every operational meeting (the cell's own framework text, then the
legal sentence); once read, it may fold away to give the notes room, and come back with
the same button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from app.widgets.basics import Notice
from vault.api import MeetingView


class FrameworkReminder(QObject):
    """The notice and the button that folds it away; the screen places both."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notice = Notice(
            QCoreApplication.translate("MeetingScreen", "Agreement framework and secrecy duty"),
            "",
        )
        self.notice.hide()
        self.button = QPushButton(
            QCoreApplication.translate("MeetingScreen", "Hide the &framework")
        )
        self.button.setCheckable(True)
        self.button.setAccessibleName(
            QCoreApplication.translate("MeetingScreen", "Show or hide the agreement framework")
        )
        self.button.toggled.connect(self._fold)
        self.button.hide()

    def show_for(self, view: MeetingView) -> None:
        """Shown, unfolded, when the meeting asks for it (an operational table)."""
        if not view.show_framework_reminder:
            self.clear()
            return
        body = view.cell.framework_text.strip()
        sentence = QCoreApplication.translate(
            "MeetingScreen",
            "What is said at this table stays at this table: art. 458ter § 2 Sw. "
            "imposes a duty of secrecy on everyone taking part, ad hoc participants "
            "too, on pain of the penalties of art. 458. Nobody is obliged to share "
            "anything. What is shared may reach the LTF and OCAD and may be used in a "
            "criminal investigation. Share only what others need to know.",
        )
        self.notice.body.setText(f"{body}\n\n{sentence}" if body else sentence)
        self.notice.setAccessibleName(self.notice.title.text())
        self.button.setChecked(False)
        self.notice.show()
        self.button.show()

    def _fold(self, folded: bool) -> None:
        self.notice.setVisible(not folded and bool(self.notice.body.text()))
        self.button.setText(
            QCoreApplication.translate("MeetingScreen", "Show the &framework")
            if folded
            else QCoreApplication.translate("MeetingScreen", "Hide the &framework")
        )

    def clear(self) -> None:
        """Hidden, its text forgotten (P12)."""
        self.notice.body.clear()
        self.notice.hide()
        self.button.hide()
