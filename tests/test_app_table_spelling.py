"""Spell check at the table (issue 17 items 2 and 6): the real meeting screen underlines an
unknown word while the participant types, offers suggestions in the editor's menu (which
still has no copy or cut, P2), shows nothing of it in presentation mode, and forgets the
speller — the user's own words are content — when the vault locks (P12)."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from support.windows import store, unlock
from test_app_actions import go_to, unlocked
from test_app_spell_check import point_at, ready, underlined

from app.screens.meeting.screen import MeetingScreen
from app.spell_check import SpellCheck, spell_check_of
from app.window import MainWindow
from vault.model import AgendaItemKind, ReleaseKind
from vault.notes import add_note
from vault.releases import release

WRONG = "vergadring"
TYPED = f"De jongere kwam naar de {WRONG} met zijn moeder. "


def _at_a_case(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, MeetingScreen, int]:
    window, table = unlocked(qtbot, tmp_path)
    screen = window.meeting_screen
    screen.open_meeting(table.second_a)
    go_to(screen, AgendaItemKind.CASE)
    screen.editor.setFocus()
    return window, screen, table.second_a


def _check(qtbot: QtBot, screen: MeetingScreen) -> SpellCheck:
    check = screen.spell_check
    assert check is not None
    return ready(qtbot, check)


def test_an_unknown_word_is_underlined_while_typing_in_the_meeting_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _window, screen, _meeting = _at_a_case(qtbot, tmp_path)
    check = _check(qtbot, screen)
    assert check.enabled
    qtbot.keyClicks(screen.editor, TYPED)
    qtbot.waitUntil(lambda: underlined(screen.editor) == [WRONG], timeout=5_000)
    # Highlighting is not an edit: what is saved is what was typed.
    screen.save_pending()
    assert screen.editor.toPlainText() == TYPED


def test_the_editor_menu_offers_spelling_first_and_never_copy(qtbot: QtBot, tmp_path: Path) -> None:
    _window, screen, _meeting = _at_a_case(qtbot, tmp_path)
    _check(qtbot, screen)
    qtbot.keyClicks(screen.editor, TYPED)
    qtbot.waitUntil(lambda: underlined(screen.editor) == [WRONG], timeout=5_000)
    shown: list[list[str]] = []

    def capture() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append([a.text() for a in menu.actions()])
            menu.close()

    pos = point_at(screen.editor, WRONG)
    QTimer.singleShot(50, capture)
    screen.editor.contextMenuEvent(
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, pos, screen.editor.viewport().mapToGlobal(pos)
        )
    )
    assert shown
    entries = shown[0]
    assert "vergadering" in entries[: entries.index("Add to word list")]
    words = " ".join(entries).replace("&", "").lower()
    assert "copy" not in words and "cut" not in words  # P2


def test_nothing_is_underlined_in_presentation_mode(qtbot: QtBot, tmp_path: Path) -> None:
    """A released note stays readable on the projector (P3); the check shows nothing."""
    window, screen, meeting = _at_a_case(qtbot, tmp_path)
    vault = store(window)
    item = screen.current_item_id
    assert item is not None
    note = add_note(vault, TYPED, agenda_item_id=item)
    assert window.vault is not None
    me = next(p.id for p in window.vault.people.list() if p.is_self)
    release(vault, note, ReleaseKind.OWN_DOSSIER, info_owner_id=me, agreed_meeting_id=meeting)
    screen.open_meeting(meeting, item)
    assert screen.current_note_id == note
    check = _check(qtbot, screen)
    qtbot.waitUntil(lambda: underlined(screen.editor) == [WRONG], timeout=5_000)

    qtbot.keyClick(
        screen.editor,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert screen.presentation.active
    assert screen.editor.toPlainText() == TYPED  # released: shown, read-only
    assert not check.enabled
    assert underlined(screen.editor) == []

    screen.presentation.set_active(False)
    assert check.enabled
    qtbot.waitUntil(lambda: underlined(screen.editor) == [WRONG], timeout=5_000)


def test_p12_lock_detaches_the_speller_and_unlock_brings_it_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, screen, meeting = _at_a_case(qtbot, tmp_path)
    check = _check(qtbot, screen)
    qtbot.keyClicks(screen.editor, TYPED)
    qtbot.waitUntil(lambda: underlined(screen.editor) == [WRONG], timeout=5_000)
    window.lock()
    assert spell_check_of(screen.editor) is None
    assert check.door is None and check.speller is None  # the own words are gone
    assert underlined(screen.editor) == []
    assert screen.editor.toPlainText() == ""
    # After unlocking, the meeting screen checks again with the vault's speller.
    unlock(qtbot, window, PASSPHRASE)
    window.show_meetings()
    screen.open_meeting(meeting)
    again = _check(qtbot, screen)
    assert again is not check
    assert window.vault is not None and again.door is window.vault.spelling


def test_the_notebook_editor_is_checked_too_and_forgets_at_lock(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Own reflections (the notebook) get the same check, menu and P12 detach."""
    window, _screen, _meeting = _at_a_case(qtbot, tmp_path)
    window.show_notebook()
    editor = window.notebook.editor
    check = spell_check_of(editor)
    assert check is not None
    ready(qtbot, check)
    editor.setFocus()
    qtbot.keyClicks(editor, TYPED)
    qtbot.waitUntil(lambda: underlined(editor) == [WRONG], timeout=5_000)
    shown: list[list[str]] = []

    def capture() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append([a.text() for a in menu.actions()])
            menu.close()

    pos = point_at(editor, WRONG)
    QTimer.singleShot(50, capture)
    editor.contextMenuEvent(
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, editor.viewport().mapToGlobal(pos))
    )
    assert shown and "Add to word list" in shown[0]
    assert "copy" not in " ".join(shown[0]).replace("&", "").lower()
    window.lock()
    assert spell_check_of(editor) is None and check.speller is None
