"""The participant at the table: meetings, attendance, the reminder, notes per item."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMenu,
)
from pytestqt.qtbot import QtBot
from support.widgets import interactive, texts
from support.windows import store, unlocked_demo_window

from app.screens.meeting.dialogs import AdHocDialog, NewMeetingDialog
from app.screens.meeting.notes import AUTOSAVE_DELAY_MS, item_notes
from app.screens.meeting.screen import MeetingScreen
from app.window import MainWindow
from vault import Vault
from vault.attendance import attendance
from vault.cells import list_cells, members, represented_colleagues
from vault.demo import DemoSpec
from vault.meetings import agenda, list_meetings
from vault.model import AgendaItemKind, AttendanceStatus, TableKind
from vault.notes import get_note, list_notes, note_label
from vault.people import list_people
from vault.policy import note_scope

SMALL = DemoSpec(cells=1, years=1, meetings=4, cases=4, notes=30)
CANARY = "KANARIE-4711 geheim"


def _start(
    qtbot: QtBot,
    window: MainWindow,
    table: TableKind,
    cases: int = 2,
    place: str = "",
    *,
    practice: bool = False,
) -> int:
    """Start a meeting through the "New meeting…" dialog; return its id. The practice's
    agenda is offered ticked; these tests untick it for the standard template unless
    ``practice``."""
    window.meetings_action.trigger()
    screen = window.meeting_screen
    assert window.current_page() is screen
    screen.new_meeting()
    dialog = screen.new_meeting_dialog
    assert isinstance(dialog, NewMeetingDialog)
    dialog.starts_at.setDateTime(datetime(2026, 3, 5, 14, 0))
    dialog.table.setCurrentIndex(dialog.table.findData(table))
    dialog.place.setText(place)
    assert dialog.practice.isChecked()  # the practice's agenda is the default (issue 16)
    dialog.practice.setChecked(practice)
    for row in range(min(cases, dialog.cases.count())):
        dialog.cases.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    view = screen.view
    assert view is not None
    _reactivate(qtbot, window)
    assert screen.editor.hasFocus()
    return view.meeting.id


def _reactivate(qtbot: QtBot, window: MainWindow) -> None:
    """The offscreen platform hands activation to a closed dialog late (a queued
    window-system event): let it arrive, then take it back."""
    QApplication.processEvents()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.meeting_screen.editor.setFocus()


def _type(qtbot: QtBot, screen: MeetingScreen, text: str) -> None:
    qtbot.keyClicks(screen.editor, text)


def _wait_saved(qtbot: QtBot, screen: MeetingScreen) -> None:
    qtbot.waitUntil(lambda: not screen.has_unsaved_changes(), timeout=AUTOSAVE_DELAY_MS * 5)
    assert screen.save_state.text() == "Saved"


def test_start_meeting_from_the_template(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    meeting_id = _start(qtbot, window, TableKind.OPERATIONAL, cases=2, place="Raadzaal")
    vault = store(window)
    kinds = [i.kind for i in agenda(vault, meeting_id)]
    case, ltf = AgendaItemKind.CASE, AgendaItemKind.LTF_DECISIONS
    assert kinds == [
        AgendaItemKind.OPENING,
        AgendaItemKind.OPEN_ACTIONS,
        case,
        case,
        ltf,
        AgendaItemKind.CLOSING,
    ]
    meeting = next(m for m in list_meetings(vault) if m.id == meeting_id)
    assert meeting.place == "Raadzaal"
    assert meeting.starts_at == datetime(2026, 3, 5, 14, 0)
    screen = window.meeting_screen
    assert screen.agenda.count() == 6
    assert screen.current_item_id == agenda(vault, meeting_id)[0].id
    # the window title never names the meeting (P2)
    assert window.windowTitle() == "Tafelboek"

    strategic = _start(qtbot, window, TableKind.STRATEGIC, cases=2)
    kinds = [i.kind for i in agenda(vault, strategic)]
    assert kinds == [
        AgendaItemKind.OPENING,
        AgendaItemKind.OPEN_ACTIONS,
        AgendaItemKind.THEME,
        AgendaItemKind.CLOSING,
    ]


def test_framework_reminder_on_operational_not_strategic(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    screen = window.meeting_screen
    _start(qtbot, window, TableKind.OPERATIONAL)
    assert screen.reminder.isVisible()
    cell = list_cells(store(window))[0]
    assert cell.framework_text in screen.reminder.body.text()
    assert "458ter" in screen.reminder.body.text()
    _start(qtbot, window, TableKind.STRATEGIC)
    assert not screen.reminder.isVisible()


def test_p9_attendance_ticks_and_ad_hoc_participant(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    screen = window.meeting_screen
    meeting_id = _start(qtbot, window, TableKind.OPERATIONAL, cases=1)
    vault = store(window)
    cell = list_cells(vault)[0]
    standing = [m.person for m in members(vault, cell.id) if m.structural]
    rows = {row.person.id: row for row in screen.attendance.rows}
    # Pre-filled with the standing members; never the colleagues the user represents: at
    # the table the user is the member (P6, revised).
    assert set(rows) == {p.id for p in standing}
    assert not set(rows) & set(represented_colleagues(vault, cell.id))
    assert attendance(vault, meeting_id) == []  # nothing recorded until ticked

    first, second, third = standing[:3]
    rows[first.id].status.setCurrentIndex(rows[first.id].status.findData(AttendanceStatus.PRESENT))
    rows[first.id].briefed.setChecked(True)
    rows[second.id].status.setCurrentIndex(
        rows[second.id].status.findData(AttendanceStatus.EXCUSED)
    )
    rows[third.id].status.setCurrentIndex(rows[third.id].status.findData(AttendanceStatus.PRESENT))

    # the case item: an ad hoc participant for this item only, told the framework
    case_item = next(i for i in agenda(vault, meeting_id) if i.kind is AgendaItemKind.CASE)
    screen.agenda.setCurrentRow(2)
    assert screen.current_item_id == case_item.id
    screen.add_ad_hoc()
    dialog = screen.ad_hoc_dialog
    assert isinstance(dialog, AdHocDialog)
    dialog.name.setText("Ada Hoc")
    dialog.organisation.setText("Scholengroep Fictiegem")
    dialog.briefed.setChecked(True)
    assert dialog.this_item.isChecked()
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    recorded = {a.person_id: a for a in attendance(vault, meeting_id)}
    assert recorded[first.id].status is AttendanceStatus.PRESENT and recorded[first.id].briefed
    assert recorded[second.id].status is AttendanceStatus.EXCUSED
    assert recorded[third.id].status is AttendanceStatus.PRESENT
    assert not recorded[third.id].briefed
    ada = next(p for p in list_people(vault) if p.name == "Ada Hoc")
    assert ada.organisation == "Scholengroep Fictiegem"
    assert recorded[ada.id].ad_hoc and recorded[ada.id].briefed
    assert not recorded[ada.id].whole_meeting
    rows_for_item = vault.query(
        "SELECT person_id, present FROM item_attendance WHERE agenda_item_id = ?", (case_item.id,)
    )
    assert [(int(r[0]), bool(r[1])) for r in rows_for_item] == [(ada.id, True)]

    # P5 and P9 on screen: Ada is known to this item only; the unbriefed member is flagged
    assert "Ada Hoc" in screen.known_to.text()
    assert third.name in screen.unbriefed.text() and screen.unbriefed.isVisible()
    assert first.name not in screen.unbriefed.text()
    screen.agenda.setCurrentRow(0)
    assert "Ada Hoc" not in screen.known_to.text()


def test_keyboard_only_notes_on_the_right_item(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    screen = window.meeting_screen
    meeting_id = _start(qtbot, window, TableKind.OPERATIONAL, cases=2)
    vault = store(window)
    items = agenda(vault, meeting_id)
    assert screen.editor.hasFocus()

    _type(qtbot, screen, "Opening genoteerd")
    qtbot.keyClick(screen.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert screen.current_item_id == items[1].id
    qtbot.keyClick(screen.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert screen.current_item_id == items[2].id
    assert screen.editor.hasFocus()
    _type(qtbot, screen, "Casus besproken")
    _wait_saved(qtbot, screen)
    case_notes = list_notes(vault, agenda_item_id=items[2].id)
    assert [n.body for n in case_notes] == ["Casus besproken"]
    opening_notes = list_notes(vault, agenda_item_id=items[0].id)
    assert [n.body for n in opening_notes] == ["Opening genoteerd"]  # saved on leaving

    # Ctrl+N: a second note on the same item
    qtbot.keyClick(screen.editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.editor.toPlainText() == ""
    _type(qtbot, screen, "Tweede punt")
    _wait_saved(qtbot, screen)
    assert [n.body for n in list_notes(vault, agenda_item_id=items[2].id)] == [
        "Casus besproken",
        "Tweede punt",
    ]
    assert screen.notes.count() == 2

    qtbot.keyClick(screen.editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert screen.current_item_id == items[1].id
    qtbot.keyClick(screen.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert screen.current_item_id == items[0].id
    assert screen.editor.toPlainText() == "Opening genoteerd"
    assert window.windowTitle() == "Tafelboek"


def test_p1_p5_label_band_and_known_to_match_the_policy(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    screen = window.meeting_screen
    vault = store(window)
    # a demo meeting with notes, some released
    window.meetings_action.trigger()
    checked_released = checked_table_only = 0
    for meeting in list_meetings(vault):
        screen.open_meeting(meeting.id)
        view = screen.view
        assert view is not None
        for row, item_view in enumerate(view.items):
            screen.agenda.setCurrentRow(row)
            # the notes the editor walks: decision and action texts have their own place
            for note_row, note_view in enumerate(item_notes(item_view)):
                screen.notes.setCurrentRow(note_row)
                assert screen.current_note_id == note_view.note.id
                label = note_label(vault, note_view.note.id)
                assert screen.band_label == label
                if label.table_only:
                    assert screen.band.words == "Table only — secret of the table"
                    checked_table_only += 1
                else:
                    assert "Table only" not in screen.band.words
                    if label.own_dossier:
                        assert "own dossier" in screen.band.words
                    checked_released += 1
                assert not screen.band.icon.pixmap().isNull()  # an icon too, never colour alone
                scope = note_scope(vault, note_view.note.id)
                names = ", ".join(p.name for p in scope.people)
                if names:
                    assert screen.known_to.text() == f"Known to: {names}"
    assert checked_table_only and checked_released


def test_off_topic_reminder_on_an_operational_table(qtbot: QtBot, tmp_path: Path) -> None:
    from vault.meetings import add_agenda_item

    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    screen = window.meeting_screen
    meeting_id = _start(qtbot, window, TableKind.OPERATIONAL, cases=0)
    item_id = add_agenda_item(store(window), meeting_id, AgendaItemKind.OTHER, title="Varia")
    screen.open_meeting(meeting_id, item_id)
    assert screen.current_item_id == item_id
    assert screen.off_topic.isVisible()
    screen.agenda.setCurrentRow(0)
    assert not screen.off_topic.isVisible()


def test_p2_table_only_notes_cannot_be_copied_cut_or_dragged(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    screen = window.meeting_screen
    _start(qtbot, window, TableKind.OPERATIONAL)
    _type(qtbot, screen, CANARY)
    _wait_saved(qtbot, screen)
    assert screen.band_label.table_only
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("sentinel")
    editor = screen.editor
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == CANARY
    assert "KANARIE" not in clipboard.text()
    assert editor.createMimeDataFromSelection().formats() == []  # drag carries nothing
    screen.notes.setFocus()
    screen.notes.setCurrentRow(0)
    qtbot.keyClick(screen.notes, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "KANARIE" not in clipboard.text()
    assert screen.notes.dragDropMode() is QAbstractItemView.DragDropMode.NoDragDrop

    shown: list[list[str]] = []

    def capture() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append([a.text() for a in menu.actions()])
            menu.close()

    QTimer.singleShot(50, capture)
    editor.contextMenuEvent(
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), QPoint(5, 5))
    )
    assert shown
    texts = " ".join(shown[0]).replace("&", "").lower()
    assert "copy" not in texts and "cut" not in texts
    clipboard.clear()


def test_p12_lock_saves_pending_text_and_clears_the_screen(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    screen = window.meeting_screen
    meeting_id = _start(qtbot, window, TableKind.OPERATIONAL, place=CANARY)
    vault = store(window)
    screen.add_ad_hoc()
    dialog = screen.ad_hoc_dialog
    assert isinstance(dialog, AdHocDialog)
    dialog.name.setText(CANARY)
    dialog.ok.click()
    _type(qtbot, screen, CANARY)
    assert screen.has_unsaved_changes()
    item_id = screen.current_item_id
    assert any(CANARY in t for t in texts(window))

    window.lock()  # before the autosave pause ends
    assert window.vault is None
    assert not any(CANARY in t for t in texts(window))
    assert not any(CANARY in t for t in texts(screen))
    assert screen.view is None and screen.editor.toPlainText() == ""
    assert window.windowTitle() == "Tafelboek"

    with Vault.open(vault.path, PASSPHRASE) as reopened:
        bodies = [n.body for n in list_notes(reopened, agenda_item_id=item_id)]
        assert bodies == [CANARY]
        assert any(n.meeting_id == meeting_id for n in list_notes(reopened))
        assert get_note(reopened, list_notes(reopened, agenda_item_id=item_id)[0].id)


def test_every_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    screen = window.meeting_screen
    window.meetings_action.trigger()
    list_widgets = interactive(screen.list_page)
    assert [type(w).__name__ for w in list_widgets if not w.accessibleName()] == []
    _start(qtbot, window, TableKind.OPERATIONAL)
    widgets = interactive(screen.meeting_page)
    assert len(widgets) > 10
    assert [type(w).__name__ for w in widgets if not w.accessibleName()] == []
    for dialog_opener in (screen.new_meeting, screen.add_ad_hoc):
        dialog_opener()
        dialog = screen.new_meeting_dialog or screen.ad_hoc_dialog
        assert dialog is not None
        unnamed = [type(w).__name__ for w in interactive(dialog) if not w.accessibleName()]
        assert unnamed == []
        dialog.reject()


def test_meeting_screen_in_dutch_says_opgeslagen(qtbot: QtBot, tmp_path: Path, dutch: None) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    window.resize(1180, 760)
    screen = window.meeting_screen
    _start(qtbot, window, TableKind.OPERATIONAL, cases=2, place="Raadzaal")
    for row in screen.attendance.rows[:4]:
        row.status.setCurrentIndex(row.status.findData(AttendanceStatus.PRESENT))
        row.briefed.setChecked(row is not screen.attendance.rows[3])
    qtbot.keyClick(screen.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(screen.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, screen, "Signalen besproken; school volgt op.")
    qtbot.keyClick(screen.editor, Qt.Key.Key_Return)
    _type(qtbot, screen, "Geen terugkoppeling naar LTF.")
    qtbot.waitUntil(lambda: not screen.has_unsaved_changes(), timeout=AUTOSAVE_DELAY_MS * 5)
    assert screen.save_state.text().lower() == "opgeslagen"
    assert screen.band.words == "Alleen aan tafel — geheim van de tafel"
    assert screen.known_to.text().startswith("Aanwezig bij dit punt (geheimhoudingskring): ")
    reminder = screen.reminder.body.text()
    assert "458ter, § 2" in reminder and "geheimhoudingsplicht" in reminder
    # The seed's two messages the review missed (C12): no duty to speak; where it may go.
    assert "Niemand is verplicht" in reminder
    assert "OCAD" in reminder and "strafrechtelijk onderzoek" in reminder
    line = screen.reminder.summary.text()  # the one line the opening shows (issue 17)
    assert "458ter, § 2 Sw." in line and "niemand is verplicht" in line
    assert "OCAD" in line and "strafonderzoek" in line
    # TAFELBOEK_SCREENSHOTS=docs/screenshots refreshes the committed picture
    out = Path(os.environ.get("TAFELBOEK_SCREENSHOTS", str(tmp_path))) / "meeting.png"
    assert window.grab().save(str(out))
