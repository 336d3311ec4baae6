"""The reminder of the agreement framework and the secrecy duty (P9, art. 458ter Sw.).

Shown at the start of every operational meeting as one line across the screen: the duty
of secrecy of everyone at the table (ad hoc participants too), that nobody is obliged to
share, and where shared information may go (the LTF, OCAD, a criminal investigation) —
the messages P9 asks of the opening. "Full text" unfolds the cell's own framework text
and the complete legal sentence (penalties and need to know too) under that line; the
same full text is the line's tooltip and the button's accessible description, so a
screen reader that lands on the button hears it. A line of text rather than a box of
five (issue 17: at 1366×768 the box took ~110 px from the note). Once read, the whole
reminder may fold away with the header's button and come back with it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from app.widgets.basics import paragraph
from vault.api import MeetingView

SUMMARY_LINES = 1
"""How many lines the folded reminder takes at 1366×768 (a test holds it to this)."""


class FrameworkNotice(QFrame):
    """One line of the essential words with "Full text" beside it; the full text (the
    cell's framework, then the legal sentence) unfolds under it. Its accessible name is
    the title the box used to show."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("framework-notice")
        self.setStyleSheet(
            "QFrame#framework-notice { background: palette(alternate-base);"
            " border: 1px solid palette(midlight); border-left: 4px solid palette(highlight);"
            " border-radius: 4px; }"
        )
        self.title = QCoreApplication.translate(
            "MeetingScreen", "Agreement framework and secrecy duty"
        )
        self.setAccessibleName(self.title)
        self.summary = paragraph(
            QCoreApplication.translate(
                "MeetingScreen",
                "Secrecy duty for everyone, ad hoc too (art. 458ter § 2 Sw.) · nobody is obliged "
                "to share · what is shared may reach the LTF, OCAD and a criminal investigation",
            )
        )
        self.summary.setObjectName("framework-summary")
        self.details_button = QPushButton(QCoreApplication.translate("MeetingScreen", "Full te&xt"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_button.setAccessibleName(
            QCoreApplication.translate(
                "MeetingScreen", "Full text of the agreement framework and the secrecy duty"
            )
        )
        self.body = paragraph()
        self.body.setObjectName("framework-full-text")
        self.body.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        line.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignVCenter)
        line.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.setSpacing(4)
        layout.addLayout(line)
        layout.addWidget(self.body)
        self.details_button.toggled.connect(self.show_full_text)

    def set_full_text(self, text: str) -> None:
        """The full text behind the line: unfolded, as tooltip, and read out (P9)."""
        self.body.setText(text)
        tip = f"<p>{escape(text).replace(chr(10), '<br>')}</p>" if text else ""
        for widget in (self.summary, self.details_button):
            widget.setToolTip(tip)
        self.details_button.setAccessibleDescription(text)
        self.setAccessibleDescription(text)

    def show_full_text(self, shown: bool) -> None:
        self.body.setVisible(shown and bool(self.body.text()))
        if self.details_button.isChecked() != shown:
            self.details_button.setChecked(shown)


class FrameworkReminder(QObject):
    """The notice and the header's button that folds it away; the screen places both."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notice = FrameworkNotice()
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

    @property
    def details_button(self) -> QPushButton:
        """ "Full text": unfolds the framework and the legal sentence under the line."""
        return self.notice.details_button

    def show_for(self, view: MeetingView) -> None:
        """Shown, as its one line, when the meeting asks for it (an operational table)."""
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
        self.notice.set_full_text(f"{body}\n\n{sentence}" if body else sentence)
        self.notice.show_full_text(False)
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
        self.notice.set_full_text("")
        self.notice.show_full_text(False)
        self.notice.hide()
        self.button.hide()
