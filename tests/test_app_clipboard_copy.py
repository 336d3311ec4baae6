"""P2 at the meeting screen's Ctrl+C: table-only text never reaches the clipboard; text
released beyond the table does, through the clipboard guard — marked to stay out of
clipboard histories, and gone again at locking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot
from support.windows import unlocked_demo_window

from app.session.locking import CLIPBOARD_EXCLUSION_FORMATS
from vault.demo import DemoSpec
from vault.meetings import list_meetings
from vault.model import ReleaseKind
from vault.people import self_person
from vault.releases import release

SMALL = DemoSpec(cells=1, years=1, meetings=2, cases=2, notes=6)
TEXT = "KOPIEERTEST de school volgt het verzuim op"


def test_p2_ctrl_c_copies_released_text_only_and_locking_clears_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = window.vault.store
    assert vault is not None
    meeting = list_meetings(vault)[-1]
    window.show_meetings()
    screen = window.meeting_screen
    screen.open_meeting(meeting.id)
    screen.new_note()
    screen.editor.insertPlainText(TEXT)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("iets van een andere toepassing")

    screen.editor.selectAll()
    qtbot.keyClick(screen.editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "iets van een andere toepassing"  # table-only: refused
    assert "cannot be copied" in screen.save_state.text()
    note_id = screen.current_note_id
    assert note_id is not None  # the pending text was saved before the policy was asked

    me = self_person(vault)
    assert me is not None
    release(
        vault, note_id, ReleaseKind.OWN_DOSSIER, info_owner_id=me.id, agreed_meeting_id=meeting.id
    )
    cursor = screen.editor.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 11)
    screen.editor.setTextCursor(cursor)
    qtbot.keyClick(screen.editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "KOPIEERTEST"
    mime = clipboard.mimeData()
    assert mime is not None
    for name in CLIPBOARD_EXCLUSION_FORMATS:
        assert mime.hasFormat(name), name  # kept out of clipboard histories
    assert "30 seconds" in screen.save_state.text()

    # Cut stays blocked even for released text: nothing is removed from the note.
    screen.editor.selectAll()
    qtbot.keyClick(screen.editor, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert screen.editor.toPlainText() == TEXT

    window.lock()
    assert "KOPIEERTEST" not in clipboard.text()
