"""Presentation-safe mode: table-only text hidden on screen while projecting (P2)."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot
from support.widgets import texts
from support.windows import store
from test_app_actions import CANARY as ACTION_CANARY
from test_app_actions import go_to, unlocked

from app.screens.meeting.notes import AUTOSAVE_DELAY_MS
from app.screens.meeting.screen import MeetingScreen
from app.screens.presentation import SHORTCUT
from app.window import MainWindow
from vault import Vault
from vault.actions import add_action
from vault.model import AgendaItemKind, ReleaseKind
from vault.notes import add_note, get_note
from vault.releases import release

SECRET = "KANARIE-9000 alleen aan tafel"
RELEASED = "Afspraak: de school volgt op (vrijgegeven)"
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PLACEHOLDER = "Hidden: table only — presentation mode"


def _prepared(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, MeetingScreen, dict[str, int]]:
    """A meeting whose case item holds a table-only note, a released note and an action."""
    window, table = unlocked(qtbot, tmp_path)
    screen = window.meeting_screen
    vault = store(window)
    screen.open_meeting(table.second_a)
    item = go_to(screen, AgendaItemKind.CASE)
    secret = add_note(vault, SECRET, agenda_item_id=item)
    released = add_note(vault, RELEASED, agenda_item_id=item)
    release(
        vault,
        released,
        ReleaseKind.OWN_DOSSIER,
        info_owner_id=table.me,
        agreed_meeting_id=table.second_a,
    )
    add_action(vault, table.second_a, table.mayor, ACTION_CANARY, agenda_item_id=item)
    screen.open_meeting(table.second_a, item)
    screen.notes.setCurrentRow(0)  # the table-only note
    assert screen.current_note_id == secret
    screen.editor.setFocus()
    return window, screen, {"secret": secret, "released": released, "item": item}


def _select(screen: MeetingScreen, note_id: int) -> None:
    for row in range(screen.notes.count()):
        if screen.notes.item(row).data(Qt.ItemDataRole.UserRole) == note_id:
            screen.notes.setCurrentRow(row)
    assert screen.current_note_id == note_id


def test_p2_presentation_mode_hides_table_only_text_and_shows_released(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, screen, ids = _prepared(qtbot, tmp_path)
    assert any(SECRET in t for t in texts(window))
    assert any(ACTION_CANARY in t for t in texts(window))

    qtbot.keyClick(screen.editor, Qt.Key.Key_P, SHIFT_CTRL)
    mode = screen.presentation
    assert mode.active and mode.button.isChecked() and mode.action.isChecked()
    assert mode.banner.isVisible() and "Presentation mode" in mode.banner.text.text()
    shown = texts(window)
    assert not any(SECRET in t for t in shown)  # editor, note list, everywhere
    assert not any(ACTION_CANARY in t for t in shown)  # action descriptions too
    assert screen.editor.toPlainText() == PLACEHOLDER
    assert screen.editor.isReadOnly()
    assert any(RELEASED in t for t in shown)  # released notes stay visible in the list

    _select(screen, ids["released"])
    # read-only: anything typed after a release is table-only and must not show (P3)
    assert screen.editor.toPlainText() == RELEASED and screen.editor.isReadOnly()
    _select(screen, ids["secret"])
    assert screen.editor.toPlainText() == PLACEHOLDER
    # moving to another item and back keeps it hidden
    qtbot.keyClick(screen.editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert not any(SECRET in t for t in texts(window))
    # a new note while projecting: nothing typed can appear
    screen.new_note()
    assert screen.editor.toPlainText() == PLACEHOLDER and screen.editor.isReadOnly()

    # off again: everything back, editable
    qtbot.keyClick(screen.editor, Qt.Key.Key_P, SHIFT_CTRL)
    assert not mode.active and not mode.banner.isVisible() and not mode.button.isChecked()
    _select(screen, ids["secret"])
    assert screen.editor.toPlainText() == SECRET and not screen.editor.isReadOnly()
    assert any(ACTION_CANARY in t for t in texts(window))


def test_p2_autosave_never_writes_the_placeholder(qtbot: QtBot, tmp_path: Path) -> None:
    window, screen, ids = _prepared(qtbot, tmp_path)
    vault = store(window)
    qtbot.keyClicks(screen.editor, " nog iets")  # typed, not yet saved
    assert screen.has_unsaved_changes()
    screen.presentation.button.click()  # saves first, then hides
    assert screen.presentation.hides_editor
    assert get_note(vault, ids["secret"]).body == SECRET + " nog iets"

    qtbot.keyClicks(screen.editor, "typed while hidden")  # read-only: nothing happens
    assert screen.editor.toPlainText() == PLACEHOLDER
    screen.editor.document().setModified(True)  # even a stray modification flag…
    assert not screen.has_unsaved_changes()
    qtbot.wait(AUTOSAVE_DELAY_MS * 2)  # on purpose: no autosave may come in the real pause
    assert screen.save_pending()
    screen.move_item(1)
    screen.move_item(-1)
    assert get_note(vault, ids["secret"]).body == SECRET + " nog iets"

    window.lock()  # the lock's save and the kept draft must not take the placeholder either
    assert screen.draft is None
    assert not screen.presentation.active and not screen.presentation.banner.isVisible()
    with Vault.open(vault.path, PASSPHRASE) as reopened:
        assert get_note(reopened, ids["secret"]).body == SECRET + " nog iets"
        assert not any(PLACEHOLDER in str(r[0]) for r in reopened.query("SELECT body FROM note"))


def test_presentation_shortcut_does_not_clash(qtbot: QtBot, tmp_path: Path) -> None:
    window, screen, _ids = _prepared(qtbot, tmp_path)
    assert QKeySequence(SHORTCUT) == screen.presentation.action.shortcut()
    owners: dict[str, list[str]] = {}
    for action in [*window.findChildren(QAction), *window.actions()]:
        for sequence in action.shortcuts():
            key = sequence.toString()
            if action.text() not in owners.setdefault(key, []):
                owners[key].append(action.text())
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}
    for key in ("Ctrl+Shift+P", "Ctrl+Shift+A", "Ctrl+Shift+K"):
        assert len(owners[key]) == 1
