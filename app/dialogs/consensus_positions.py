"""One member's position in the LTF consensus dialog, set by one key (P6, review C17).

:class:`PositionRow` is a member whose position counts — named "not in the room now,
still required" when so — with a :class:`PositionBox`: one key per position (Dutch: A
akkoord, N niet akkoord, O onthouding; :func:`position_keys`), Delete for none, the arrow
keys to the previous or next member; a stray key or the mouse wheel never sets one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QComboBox, QLabel

from app.wording.decisions import position_text
from vault.model import Person, Position


def position_keys() -> dict[Position, str]:
    """The one key per position on a member's row, in the interface language (the Dutch
    catalogue makes them A, N, O: akkoord, niet akkoord, onthouding)."""
    return {
        Position.APPROVE: QCoreApplication.translate("ConsensusKeys", "A"),
        Position.OBJECT: QCoreApplication.translate("ConsensusKeys", "D"),
        Position.ABSTAIN: QCoreApplication.translate("ConsensusKeys", "B"),
    }


def keys_hint() -> str:
    """The keys, in words, for the dialog text and every row's accessible description."""
    keys = position_keys()
    return (
        QCoreApplication.translate(
            "ConsensusDialog",
            "Ask each member in turn and set their position on their own row: %1 agrees, "
            "%2 disagrees, %3 abstention, Delete no position. The next member's row then "
            "has the focus; the arrow keys move between rows.",
        )
        .replace("%1", keys[Position.APPROVE])
        .replace("%2", keys[Position.OBJECT])
        .replace("%3", keys[Position.ABSTAIN])
    )


class PositionBox(QComboBox):
    """One member's position: one key sets it, the arrow keys move between members.

    The letters of :func:`position_keys` choose a position and ask for the next row
    (``advance``); Delete or Backspace clear it; Up and Down move to the previous or next
    member instead of changing the position, so a position is only ever set on purpose.
    Alt+Down still opens the list; the mouse wheel does not change it.
    """

    advance = Signal(int)
    """+1: go to the next member's row; -1: the previous one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text().upper()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        chosen = [p for p, k in position_keys().items() if text and k.upper() == text]
        if plain and chosen:
            self.setCurrentIndex(max(0, self.findData(chosen[0])))
            self.advance.emit(1)
        elif plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setCurrentIndex(0)
        elif not modifiers and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.advance.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif plain and text.strip() and not event.matches(QKeySequence.StandardKey.Cancel):
            event.accept()  # no search-by-letter: a stray key never sets a position
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # scrolling the list never changes someone's position


class PositionRow:
    """One member whose position counts, with the position they took."""

    def __init__(self, person: Person, *, out_of_room: bool = False) -> None:
        self.person = person
        self.out_of_room = out_of_room
        text = person.name
        if out_of_room:
            text = QCoreApplication.translate(
                "ConsensusDialog", "%1 (not in the room now, still required)"
            ).replace("%1", person.name)
        detail = person.organisation
        self.name = QLabel(text)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setToolTip(detail)
        self.position = PositionBox()
        for position in (None, Position.APPROVE, Position.OBJECT, Position.ABSTAIN):
            self.position.addItem(position_text(position), position)
        self.position.setAccessibleName(
            QCoreApplication.translate("ConsensusDialog", "Position of %1").replace(
                "%1", person.name
            )
        )
        self.position.setAccessibleDescription(keys_hint())
        self.position.setToolTip(keys_hint())
        self.name.setBuddy(self.position)

    def chosen(self) -> Position | None:
        value = self.position.currentData()
        return None if value is None else Position(value)

    def set_position(self, position: Position | None) -> None:
        index = self.position.findData(position) if position is not None else 0
        self.position.setCurrentIndex(max(0, index))
