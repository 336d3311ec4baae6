"""A note's label as a band over the editor: colour, a drawn icon and words (P1, P3, P4).

Never colour alone: the words say the label (:func:`app.wording.meeting.label_band_text`),
the icon is a padlock for table-only text (and for a note changed since its release, whose
new text is table-only) or an outgoing arrow for released text. The band carries the
release, release-again and withdraw buttons; the screen connects them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.widgets.basics import name_after_text, paragraph
from app.wording.meeting import label_band_text
from vault.model import Label

TABLE_ONLY_COLOUR = "#fbe7c6"


RELEASED_COLOUR = "#d7ecf7"


CHANGED_COLOUR = "#fde0cc"
"""Changed after release: the new text is table-only (P3), the band says so in words."""


BAND_TEXT_COLOUR = "#1f1f1f"


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
