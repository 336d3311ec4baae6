"""Back where you were (issue 17 item 3): after a lock and an unlock, the same meeting,
agenda item, note and caret — kept in memory only (ids and positions, no text), never in
the settings or on disk (P12)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from support.windows import store, unlock
from test_app_actions import go_to, unlocked

from app.screens.meeting.screen import MeetingScreen
from app.window import MainWindow
from vault.model import AgendaItemKind
from vault.notes import add_note

FIRST = "Eerste notitie bij deze casus."
SECOND = "Tweede notitie: de school volgt op.\nDe moeder belt volgende week terug."


def _at_the_second_note(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, MeetingScreen, int]:
    """A case item with two notes; the first one open, the caret inside a word."""
    window, table = unlocked(qtbot, tmp_path)
    screen = window.meeting_screen
    screen.open_meeting(table.second_a)
    item = go_to(screen, AgendaItemKind.CASE)
    vault = store(window)
    first = add_note(vault, FIRST, agenda_item_id=item)
    add_note(vault, SECOND, agenda_item_id=item)
    screen.open_meeting(table.second_a, item)
    screen.show_note(first)  # not the item's last note: the one the screen opens by itself
    cursor = screen.editor.textCursor()
    cursor.setPosition(6)
    screen.editor.setTextCursor(cursor)
    assert screen.current_note_id == first
    return window, screen, first


def _relock(qtbot: QtBot, window: MainWindow) -> None:
    window.lock()
    assert window.vault is None
    unlock(qtbot, window, PASSPHRASE)


def test_the_place_is_kept_over_a_lock_without_any_text(qtbot: QtBot, tmp_path: Path) -> None:
    window, screen, first = _at_the_second_note(qtbot, tmp_path)
    meeting, item = screen.view.meeting.id if screen.view else 0, screen.current_item_id
    path = window.vault.path if window.vault else None
    window.lock()
    assert screen.editor.toPlainText() == ""  # P12: the text is gone from the widgets
    assert path is not None
    place = screen.place_for(path)
    assert place is not None
    assert (place.meeting_id, place.item_id, place.note_id, place.caret) == (
        meeting,
        item,
        first,
        6,
    )
    # Ids and positions only: no field holds a piece of the note.
    values = [getattr(place, f.name) for f in dataclasses.fields(place)]
    assert all(isinstance(v, (int, bool, Path)) or v is None for v in values), values
    assert "Eerste" not in repr(place)


def test_unlock_comes_back_to_the_same_meeting_item_note_and_caret(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, screen, first = _at_the_second_note(qtbot, tmp_path)
    meeting, item = screen.view.meeting.id if screen.view else 0, screen.current_item_id
    cursor = screen.editor.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(9, QTextCursor.MoveMode.KeepAnchor)  # a selection, too
    screen.editor.setTextCursor(cursor)
    screen.set_focus_mode(True)
    _relock(qtbot, window)
    # The window comes back to the meeting by itself: no key, no click.
    assert window.current_page() is screen
    assert screen.view is not None and screen.view.meeting.id == meeting
    assert screen.current_item_id == item
    assert screen.current_note_id == first
    assert screen.editor.toPlainText() == FIRST
    back = screen.editor.textCursor()
    assert (back.anchor(), back.position()) == (2, 9)
    assert screen.focus_mode
    assert window.focusWidget() is screen.editor
    # Used once, and the next lock keeps the place anew.
    assert window.vault is not None and screen.place_for(window.vault.path) is None


def test_a_lock_from_the_notebook_unlocks_to_the_notebook(qtbot: QtBot, tmp_path: Path) -> None:
    window, _screen, _first = _at_the_second_note(qtbot, tmp_path)
    window.show_notebook()
    _relock(qtbot, window)
    assert window.current_page() is window.notebook


def test_settings_hold_no_place(qtbot: QtBot, tmp_path: Path) -> None:
    """The place is memory only: nothing of it reaches the settings (P2, P12)."""
    window, _screen, _first = _at_the_second_note(qtbot, tmp_path)
    window.lock()
    keys = window._context.settings.keys()
    assert not any("meeting" in k or "note" in k or "caret" in k for k in keys), keys


def test_unsaved_text_is_put_back_with_its_caret(qtbot: QtBot, tmp_path: Path) -> None:
    """Text that could not be saved at locking comes back, and the caret with it (P12)."""
    window, screen, _first = _at_the_second_note(qtbot, tmp_path)
    screen.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(screen.editor, " Nog bijgetypt.")
    caret = screen.editor.textCursor().position()
    _relock(qtbot, window)
    assert window.current_page() is screen
    assert screen.editor.toPlainText() == FIRST + " Nog bijgetypt."
    assert screen.editor.textCursor().position() == caret
