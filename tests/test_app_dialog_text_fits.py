"""Dialogs show their word-wrapped Dutch text whole, fit the screen, keep their buttons.

Qt sizes a top-level dialog by its size hint, which guesses how word-wrapped labels
break; Dutch text is longer than the English source, and notices appear later (no police
present, a decision recorded). The consensus dialog opened with its key hint drawn over
the member rows and its result cut off; grown to its full text it was taller than a
1366×768 screen, its buttons off the bottom. Now its body scrolls when the screen is
short and the buttons stay; the inform dialog likewise.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import FakeClock
from domain_strategies import Table
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot
from test_app_composition import _open
from test_app_composition import _window as _inform_window
from test_app_decisions import _consensus, _open_item, _window
from test_app_informing import _inform

from vault import Vault
from vault.decisions import record_inform_person


def _squeezed(dialog: QDialog) -> list[str]:
    """The visible word-wrapped labels that got less height than their text needs."""
    return [
        label.text()[:50]
        for label in dialog.findChildren(QLabel)
        if label.wordWrap()
        and label.isVisibleTo(dialog)
        and label.text()
        and label.height() + 1 < label.heightForWidth(label.width())
    ]


def _check_fits(dialog: QDialog, body: QScrollArea) -> None:
    """Nothing squeezed; the dialog within the screen, its buttons in view; the whole body
    shown unless the screen is too short for it (then it scrolls, never overlaps)."""
    assert _squeezed(dialog) == []
    screen = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    assert frame.height() <= screen.height() and frame.width() <= screen.width()
    for button in dialog.findChildren(QPushButton):
        if button.isVisibleTo(dialog):
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert dialog.rect().contains(corner), button.text()
    used_the_screen = frame.height() >= screen.height() - 2
    assert body.verticalScrollBar().maximum() == 0 or used_the_screen


def _shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.usefixtures("dutch")
def test_the_consensus_dialog_fits_its_dutch_text(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    dialog = _shown(qtbot, _consensus(_open_item(qtbot, window, table, table.adult_item)))
    _check_fits(dialog, dialog.body)
    assert dialog.rows and dialog._scroll.height() >= sum(
        row.position.sizeHint().height() for row in dialog.rows
    ), "every member row in view"
    # Smaller than its text needs (a short screen, or the user's choice): the body
    # scrolls, nothing is drawn over anything else, the buttons stay.
    dialog.resize(dialog.minimumWidth(), dialog.minimumHeight())
    qtbot.waitUntil(lambda: dialog.body.verticalScrollBar().maximum() > 0)
    assert _squeezed(dialog) == []
    assert dialog.rect().contains(dialog.record_button.geometry().bottomRight())
    dialog.reject()


@pytest.mark.usefixtures("dutch")
@pytest.mark.parametrize("decided", [False, True], ids=["open", "allowed"])
def test_the_inform_dialog_fits_its_dutch_text(qtbot: QtBot, tmp_path: Path, decided: bool) -> None:
    def prepare(vault: Vault, table: Table) -> None:
        if decided:
            record_inform_person(vault, table.case_item, all_agree=True, fact_only=True)

    clock = FakeClock(datetime(2026, 3, 20, 10, 0, tzinfo=UTC))
    window, table, _clock = _inform_window(qtbot, tmp_path, prepare, clock)
    dialog = _shown(qtbot, _inform(_open(window, table)))
    _check_fits(dialog, dialog.body)
    dialog.reject()
