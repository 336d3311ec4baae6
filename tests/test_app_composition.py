"""Composition (domain review C20; law of 30 July 2018, art. 3 § 1) on the meeting screen:
a calm notice when the legal core is missing, and at an LTF consensus without police for
the case — never a block. And the review's Dutch wording (§3 rows 4, 5, 6, 8) on the
meeting screen, which must fit at 1366×768.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from conftest import FakeClock
from domain_strategies import Table, build_table
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.windows import make_context, seed_vault, store, unlocked_window

from app.dialogs.consensus import ConsensusDialog
from app.screens.meeting.screen import MeetingScreen
from app.window import MainWindow
from vault import Vault
from vault.attendance import set_attendance, set_item_presence
from vault.model import AttendanceStatus, Role
from vault.people import add_person

Prepare = Callable[[Vault, Table], object]


def _window(
    qtbot: QtBot, tmp_path: Path, prepare: Prepare | None = None, clock: FakeClock | None = None
) -> tuple[MainWindow, Table, FakeClock]:
    clock = clock or FakeClock()
    context = make_context(tmp_path, clock=clock)
    table = seed_vault(context, build_table, then=prepare, clock=clock)
    window = unlocked_window(qtbot, context)
    window.meetings_action.trigger()
    return window, table, clock


def _open(window: MainWindow, table: Table, item_id: int | None = None) -> MeetingScreen:
    screen = window.meeting_screen
    screen.open_meeting(table.meeting, table.case_item if item_id is None else item_id)
    return screen


def _entry(screen: MeetingScreen, item_id: int) -> str:
    for row in range(screen.agenda.count()):
        entry = screen.agenda.item(row)
        if entry.data(Qt.ItemDataRole.UserRole) == item_id:
            return entry.text()
    raise AssertionError(item_id)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# ---------------------------------------------------------------------------- composition


def test_composition_the_meeting_screen_notices_a_missing_legal_core(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, table, _clock = _window(qtbot, tmp_path)
    screen = _open(window, table)
    notice = screen.attendance.core_notice
    assert notice.isVisibleTo(screen)
    assert notice.text() == (
        "Legal core not complete (law of 30 July 2018, art. 3 § 1): not recorded as "
        "present: the prevention official."
    )
    assert screen.editor.isEnabled() and not screen.editor.isReadOnly(), "a notice, not a block"
    vault = store(window)
    prevention = add_person(vault, "Preventie Ambtenaar", Role.PREVENTION_OFFICER)
    set_attendance(vault, table.meeting, prevention, AttendanceStatus.PRESENT, ad_hoc=True)
    set_attendance(vault, table.meeting, table.police, AttendanceStatus.EXCUSED)
    screen.open_meeting(table.meeting, table.case_item)
    assert notice.text().endswith("present: the chief of police or the information officer.")
    set_attendance(vault, table.meeting, table.police, AttendanceStatus.PRESENT, briefed=True)
    screen.open_meeting(table.meeting, table.case_item)
    assert not notice.isVisibleTo(screen) and notice.text() == ""


def test_composition_an_ltf_consensus_without_police_for_the_case_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    def prepare(vault: Vault, table: Table) -> None:
        for item in (table.case_item, table.ltf_item):
            set_item_presence(vault, item, table.police, False)

    window, table, _clock = _window(qtbot, tmp_path, prepare)
    screen = _open(window, table)
    screen.decisions.ltf_action.trigger()
    dialog = screen.decisions.dialog
    assert isinstance(dialog, ConsensusDialog)
    assert dialog.no_police.isVisibleTo(dialog)
    assert "No police participant is present for this case" in dialog.no_police.text()
    assert dialog.record_button.isEnabled(), "a notice, not a block"
    dialog.reject()
    # With the information officer back for the case, no notice.
    set_item_presence(store(window), table.case_item, table.police, True)
    screen.open_meeting(table.meeting, table.case_item)
    screen.decisions.ltf_action.trigger()
    back = screen.decisions.dialog
    assert isinstance(back, ConsensusDialog) and not back.no_police.isVisibleTo(back)
    back.reject()


# ---------------------------------------------------------------------------- Dutch


def test_review_wording_reads_and_fits_at_1366x768(
    qtbot: QtBot, tmp_path: Path, dutch: None
) -> None:
    """Review §3 rows 4, 6 and 8, in Dutch, on a 1366×768 screen: nothing of the wider
    labels is cut off (row 5, the agenda flag: tests/test_app_decisions.py)."""
    window, table, _clock = _window(qtbot, tmp_path / "v")
    window.resize(1366, 768)
    screen = _open(window, table)
    QApplication.processEvents()  # the resize's layout requests
    briefed = [row.briefed for row in screen.attendance.rows]
    assert briefed and {box.text() for box in briefed} == {"Kader en geheim meegedeeld"}
    assert briefed[0].toolTip() == "Afsprakenkader en geheimhoudingsplicht toegelicht"
    viewport = screen.attendance.box.parentWidget()
    assert viewport is not None
    for box in briefed:
        assert box.width() >= box.sizeHint().width(), "the tick's words are not cut off"
        right = box.mapTo(viewport, box.rect().topRight()).x()
        assert right < viewport.width(), "nor hidden behind the attendance list's edge"
    room = screen.actions_panel.room_button
    assert room.text() == "Wie zit er in de &zaal bij dit punt?… (Ctrl+Shift+K)"
    assert room.width() >= room.sizeHint().width()
    assert screen.known_to.text().startswith("Aanwezig bij dit punt (geheimhoudingskring): ")
    assert screen.attendance.core_notice.text().startswith("Wettelijke kern niet volledig")
    assert window.width() <= 1366 and window.height() <= 768
