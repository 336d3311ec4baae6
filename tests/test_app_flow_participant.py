"""End to end, the participant at the table (user 1 of domain.md): from a fresh install to
a meeting with a new case, notes typed by keyboard and autosaved, one released to the own
dossier, a dossier extract that holds only that one, and a lock that leaves nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, make_window, unlock
from test_app_meeting import _reactivate, _wait_saved
from test_documents_support import text_of

from app.dialogs.release import ReleaseDialog
from app.screens.meeting.dialogs import NewMeetingDialog
from vault.cases import list_cases
from vault.cells import add_cell, add_member
from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.model import AttendanceStatus, Role
from vault.notes import list_notes, note_label
from vault.people import add_person

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TABLE_ONLY = "ALLEENAANTAFEL de oom zou contacten hebben met een groep"
FOR_DOSSIER = "VOORDOSSIER afspraak school begeleidt het traject verder"


def test_participant_from_first_start_to_a_locked_vault(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    window = make_window(qtbot, context)

    # First start: create the vault by keyboard.
    qtbot.keyClicks(window.create_form.passphrase, PASSPHRASE)
    qtbot.keyClick(window.create_form.passphrase, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.create_form.repeat, PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(window.create_form.repeat, Qt.Key.Key_Return)
    vault = window.vault.store
    assert vault is not None

    # The cell as the coordinator set it up (Cells screen tested on its own).
    cell = add_cell(vault, "LIVC R Testgem", framework_text="Wat aan tafel gezegd wordt…")
    me = add_person(vault, "Ik Jeugdambtenaar", Role.YOUTH_OFFICER, is_self=True)
    police = add_person(vault, "Inge Informatie", Role.INFORMATION_OFFICER)
    for person in (me, police):
        add_member(vault, cell, person)

    # A meeting from the template, with a case added on the spot.
    qtbot.keyClick(window.notebook.editor, Qt.Key.Key_M, CTRL_SHIFT)
    screen = window.meeting_screen
    assert window.current_page() is screen
    screen.new_meeting()
    dialog = screen.new_meeting_dialog
    assert isinstance(dialog, NewMeetingDialog)
    dialog.starts_at.setDateTime(datetime(2026, 3, 5, 14, 0))
    qtbot.keyClicks(dialog.new_case.code, "TG-2026-0007")
    qtbot.keyClick(dialog.new_case.code, Qt.Key.Key_Return)
    (case,) = list_cases(vault)
    assert case.id in dialog.chosen_case_ids()
    dialog.accept()
    _reactivate(qtbot, window)
    assert screen.reminder.isVisible()  # framework and art. 458ter at the start

    # Attendance: both present and briefed.
    for row in screen.attendance.rows:
        row.status.setCurrentIndex(row.status.findData(AttendanceStatus.PRESENT))
        row.briefed.setChecked(True)

    # Walk to the case item by keyboard and type two notes; autosave says "Saved".
    while screen.view is not None:
        item = next(i for i in screen.view.items if i.item.id == screen.current_item_id)
        if item.item.case_id == case.id:
            break
        qtbot.keyClick(screen.editor, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClicks(screen.editor, TABLE_ONLY)
    _wait_saved(qtbot, screen)
    assert screen.band.words == "Table only — secret of the table"
    assert "Ik Jeugdambtenaar" in screen.known_to.text()
    qtbot.keyClick(screen.editor, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(screen.editor, FOR_DOSSIER)
    _wait_saved(qtbot, screen)
    dossier_note = screen.current_note_id
    assert dossier_note is not None

    # The table agreed this one may go to the own dossier: release it (Ctrl+Shift+R).
    qtbot.keyClick(screen.editor, Qt.Key.Key_R, CTRL_SHIFT)
    release = screen.release_dialog
    assert isinstance(release, ReleaseDialog)
    qtbot.keyClick(release.own_dossier, Qt.Key.Key_Space)
    # Whose information has no default (P3): Enter asks for it and puts the focus there;
    # Down chooses "me" (listed first).
    qtbot.keyClick(release.own_dossier, Qt.Key.Key_Return)
    assert not note_label(vault, dossier_note).own_dossier
    assert release.owner.hasFocus() or release.focusWidget() is release.owner
    qtbot.keyClick(release.owner, Qt.Key.Key_Down)
    qtbot.keyClick(release.owner, Qt.Key.Key_Return)
    assert note_label(vault, dossier_note).own_dossier
    assert screen.band.words == "Released to own dossier"

    # The dossier extract holds the released note and never the table-only one.
    request = DocumentRequest(DocumentKind.DOSSIER_EXTRACT, case_id=case.id)
    extract = " ".join(text_of(build_pdf(vault, request, today=date(2026, 3, 5))).split())
    assert "VOORDOSSIER" in extract and "ALLEENAANTAFEL" not in extract

    # Lock: nothing of the table on screen; unlock: every note is there.
    window.lock()
    for widget in QApplication.allWidgets():
        for getter in ("toPlainText", "text"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    shown = str(value())
                except TypeError:
                    continue
                assert "ALLEENAANTAFEL" not in shown and "VOORDOSSIER" not in shown
    unlock(qtbot, window)
    assert window.vault is not None
    bodies = {n.body for n in list_notes(window.vault.store)}
    assert {TABLE_ONLY, FOR_DOSSIER} <= bodies
