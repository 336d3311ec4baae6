"""Dialogs are as tall as their word-wrapped Dutch text needs: no label drawn over another.

Qt sizes a top-level dialog by its size hint, which guesses how word-wrapped labels
break; Dutch text is longer than the English source, and notices appear later (no police
present, a decision recorded). The consensus dialog opened with its key hint drawn over
the member rows and its result cut off; the inform dialog squeezed its "done" section.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import FakeClock
from domain_strategies import Table
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from test_app_composition import _open, dutch  # noqa: F401 (dutch is a fixture)
from test_app_composition import _window as _inform_window
from test_app_decisions import _consensus, _open_item, _window
from test_app_informing import _inform

from vault import Vault
from vault.decisions import record_inform_person


def _squeezed(dialog: QDialog) -> list[str]:
    """What got less height than its text needs: the visible word-wrapped labels, and
    the dialog itself (shorter than its layout needs at its width squeezes everything)."""
    layout = dialog.layout()
    assert layout is not None
    short = dialog.height() + 1 < layout.totalHeightForWidth(dialog.width())
    return ["(the dialog)"] * short + [
        label.text()[:50]
        for label in dialog.findChildren(QLabel)
        if label.wordWrap()
        and label.isVisibleTo(dialog)
        and label.text()
        and label.height() + 1 < label.heightForWidth(label.width())
    ]


def _shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not _squeezed(dialog), timeout=2000)
    return dialog


@pytest.mark.usefixtures("dutch")
def test_the_consensus_dialog_fits_its_dutch_text(qtbot: QtBot, tmp_path: Path) -> None:
    window, table = _window(qtbot, tmp_path)
    dialog = _shown(qtbot, _consensus(_open_item(qtbot, window, table, table.adult_item)))
    assert _squeezed(dialog) == []
    # Narrower, the text needs more lines: the dialog grows with it.
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.waitUntil(lambda: not _squeezed(dialog), timeout=2000)
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
    assert _squeezed(dialog) == []
    dialog.reject()
