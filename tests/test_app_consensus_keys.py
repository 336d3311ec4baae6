"""The LTF consensus dialog asks each member on their own (domain review C17, P6).

No one-click "everyone agrees": each member's position is set on its own row, by one key
(Dutch: A akkoord, N niet akkoord, O onthouding; Delete: no position), after which the
next member's row has the focus; the arrow keys move between rows without changing a
position. Consensus is not a vote: the dialog never says "stemming". The permanent
representative is the member, with one position; the colleague they sit in for is not
listed (P6, revised).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_app_decisions import _consensus, _open_item, _window

from app.dialogs.consensus import ConsensusDialog
from vault.model import Position

VOTE = re.compile(
    r"(?<!\baf te )\b(stem|stemt|stemmen|stemming|stemronde|vote|voting)\b", re.IGNORECASE
)
"""Consensus is not a vote: none of these words ("instemming", agreement, and "af te
stemmen", to coordinate, are fine)."""


def _words(dialog: ConsensusDialog) -> str:
    """Every text the dialog shows or tells a screen reader."""
    parts: list[str] = [dialog.windowTitle()]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            parts.append(widget.text())
    for row in dialog.rows:
        parts += [row.position.itemText(i) for i in range(row.position.count())]
    return "\n".join(parts)


def _focused_row(dialog: ConsensusDialog) -> int:
    focus = QApplication.focusWidget()
    return next((n for n, row in enumerate(dialog.rows) if row.position is focus), -1)


def test_p6_no_one_click_everyone_agrees(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    dialog = _consensus(_open_item(qtbot, window, table, table.adult_item))
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton)]
    assert not [t for t in buttons if "agree" in t.casefold() or "everyone" in t.casefold()]
    assert not hasattr(dialog, "everyone_agrees")
    dialog.reject()


@pytest.mark.usefixtures("dutch")
def test_p6_one_key_per_member_row_in_dutch(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    dialog = _consensus(_open_item(qtbot, window, table, table.adult_item))
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    rows = dialog.rows
    assert len(rows) == 4  # the user, mayor, police, CLB: the colleague sat in for is not
    assert table.colleague not in {r.person.id for r in rows}
    rows[0].position.setFocus()
    qtbot.waitUntil(lambda: _focused_row(dialog) == 0)

    qtbot.keyClick(rows[0].position, Qt.Key.Key_A)  # akkoord, and on to the next member
    assert rows[0].chosen() is Position.APPROVE and _focused_row(dialog) == 1
    qtbot.keyClick(rows[1].position, Qt.Key.Key_N)  # niet akkoord
    assert rows[1].chosen() is Position.OBJECT and _focused_row(dialog) == 2
    qtbot.keyClick(rows[2].position, Qt.Key.Key_O)  # onthouding
    assert rows[2].chosen() is Position.ABSTAIN and _focused_row(dialog) == 3
    assert rows[3].chosen() is None  # nobody else was touched

    # The arrow keys move between members and change nobody's position.
    qtbot.keyClick(rows[3].position, Qt.Key.Key_Up)
    assert _focused_row(dialog) == 2 and rows[2].chosen() is Position.ABSTAIN
    qtbot.keyClick(rows[2].position, Qt.Key.Key_Down)
    assert _focused_row(dialog) == 3 and rows[3].chosen() is None
    # A stray letter sets nothing; Delete takes a position back.
    qtbot.keyClick(rows[3].position, Qt.Key.Key_X)
    assert rows[3].chosen() is None and _focused_row(dialog) == 3
    qtbot.keyClick(rows[3].position, Qt.Key.Key_Up)
    qtbot.keyClick(rows[2].position, Qt.Key.Key_Delete)
    assert rows[2].chosen() is None
    # Past the last member the form text is next.
    qtbot.keyClick(rows[2].position, Qt.Key.Key_Down)
    qtbot.keyClick(rows[3].position, Qt.Key.Key_A)
    assert rows[3].chosen() is Position.APPROVE
    assert QApplication.focusWidget() is dialog.form_text

    # The keys are said in the dialog and to screen readers, per row.
    hint = "A akkoord, N niet akkoord, O onthouding"
    assert hint in dialog.keys.text()
    assert all(hint in r.position.accessibleDescription() for r in rows)
    assert rows[0].position.currentText() == "Akkoord"
    assert rows[1].position.currentText() == "Niet akkoord"
    rows[2].set_position(Position.ABSTAIN)
    assert rows[2].position.currentText() == "Onthouding"
    dialog.reject()


@pytest.mark.usefixtures("dutch")
def test_p6_consensus_is_never_called_a_vote(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    screen = _open_item(qtbot, window, table, table.adult_item)
    dialog = _consensus(screen)
    for row in dialog.rows:
        row.set_position(Position.APPROVE)
    dialog.form_text.setPlainText("Fiche voor de LTF.")
    assert not VOTE.search(_words(dialog))
    dialog.record_button.click()
    again = _consensus(screen)
    assert again.again_button.text() == "Opnieuw consensus &vragen"  # &c: the case
    assert not VOTE.search(_words(again))
    assert "Onthoudt" not in _words(again)
    again.again_button.click()
    assert again.editing
    again.reject()
