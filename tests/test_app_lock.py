"""Locking (P12) and keeping table-only content inside the window (P2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, make_vault, make_window, unlock, unlocked_window

from app.window import MainWindow
from vault import Vault
from vault.errors import DiskFull
from vault.notes import list_notes

SECRET_NOTE = "Casus J-17: signalen besproken met CLB"


def _unlocked(qtbot: QtBot, tmp_path: Path, notes: list[str]) -> MainWindow:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path, notes)
    return unlocked_window(qtbot, context)


def _assert_content_widgets_empty(window: MainWindow) -> None:
    notebook = window.notebook
    assert notebook.notes.count() == 0
    assert notebook.editor.toPlainText() == ""
    assert not notebook.editor.document().isUndoAvailable()
    assert notebook.file_name.text() == ""
    assert notebook.save_state.text() == ""


def test_p12_ctrl_l_saves_wipes_closes_and_shows_the_unlock_form(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _unlocked(qtbot, tmp_path, ["Eerste"])
    vault = window.vault.store
    assert vault is not None
    window.notebook.editor.setFocus()
    qtbot.keyClicks(window.notebook.editor, " aangevuld")

    with qtbot.waitSignal(window.vault_locked, timeout=2000):
        qtbot.keyClick(window.notebook.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert not vault.is_open
    assert window.vault is None
    _assert_content_widgets_empty(window)
    assert window.current_page() is window.unlock_page
    assert window.unlock_form.passphrase.text() == ""
    assert window.unlock_form.passphrase.hasFocus()
    assert not window.lock_action.isEnabled()
    # The pending edit was saved before locking.
    with Vault.open(vault.path, PASSPHRASE) as reopened:
        assert [n.body for n in list_notes(reopened)] == ["Eerste aangevuld"]


def test_lock_button_locks_too(qtbot: QtBot, tmp_path: Path) -> None:
    window = _unlocked(qtbot, tmp_path, ["Eerste"])
    vault = window.vault.store
    assert vault is not None
    qtbot.mouseClick(window.notebook.lock_button, Qt.MouseButton.LeftButton)
    assert not vault.is_open
    _assert_content_widgets_empty(window)


def test_p12_failed_save_still_locks_and_offers_the_text_after_unlock(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _unlocked(qtbot, tmp_path, ["Eerste"])
    vault = window.vault.store
    assert vault is not None

    def disk_full(*_args: object) -> None:
        raise DiskFull("disk is full")

    monkeypatch.setattr(window.vault.notes, "update", disk_full)
    qtbot.keyClicks(window.notebook.editor, " niet bewaard")
    window.lock()

    assert not vault.is_open
    _assert_content_widgets_empty(window)

    monkeypatch.undo()
    unlock(qtbot, window)
    assert window.notebook.editor.toPlainText() == "Eerste niet bewaard"
    assert window.notebook.has_unsaved_changes()
    assert "put back" in window.notebook.save_state.text()
    assert window.notebook.save_pending()
    assert window.vault is not None
    assert [n.body for n in list_notes(window.vault.store)] == ["Eerste niet bewaard"]


def test_closing_the_window_closes_the_vault(qtbot: QtBot, tmp_path: Path) -> None:
    window = _unlocked(qtbot, tmp_path, [])
    vault = window.vault.store
    assert vault is not None
    window.close()
    assert not vault.is_open


def test_p2_window_title_never_holds_passphrase_or_content(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    window = make_window(qtbot, context)
    titles: list[str] = [window.windowTitle()]
    window.windowTitleChanged.connect(titles.append)

    qtbot.keyClicks(window.create_form.passphrase, PASSPHRASE)
    qtbot.keyClicks(window.create_form.repeat, PASSPHRASE)
    titles.append(window.windowTitle())
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(window.create_form.repeat, Qt.Key.Key_Return)
    qtbot.keyClicks(window.notebook.editor, SECRET_NOTE)
    assert window.notebook.save_pending()
    titles.append(window.windowTitle())
    window.lock()
    titles.extend(w.windowTitle() for w in QApplication.topLevelWidgets())

    assert set(titles) <= {"Tafelboek", ""}
    assert window.windowTitle() == "Tafelboek"
    for title in titles:
        assert PASSPHRASE not in title and "J-17" not in title


def test_p2_note_text_cannot_be_copied_or_cut_out(qtbot: QtBot, tmp_path: Path) -> None:
    window = _unlocked(qtbot, tmp_path, [SECRET_NOTE])
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("sentinel")
    editor = window.notebook.editor
    editor.setFocus()
    editor.selectAll()

    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == SECRET_NOTE  # cutting did not silently delete text
    assert "J-17" not in clipboard.text()

    editor.copy()
    assert "J-17" not in clipboard.text()
    assert editor.createMimeDataFromSelection().formats() == []

    notes = window.notebook.notes
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "J-17" not in clipboard.text()
    clipboard.clear()


def test_notes_are_saved_when_switching_and_new_notes_get_listed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _unlocked(qtbot, tmp_path, ["Eerste", "Tweede"])
    notebook = window.notebook
    qtbot.keyClicks(notebook.editor, " gewijzigd")
    notebook.notes.setCurrentRow(0)
    assert notebook.editor.toPlainText() == "Eerste"

    qtbot.mouseClick(notebook.new_button, Qt.MouseButton.LeftButton)
    assert notebook.editor.toPlainText() == ""
    qtbot.keyClicks(notebook.editor, "Derde notitie")
    qtbot.mouseClick(notebook.save_button, Qt.MouseButton.LeftButton)
    assert notebook.save_state.text() == "Saved"
    assert [notebook.notes.item(i).text() for i in range(notebook.notes.count())] == [
        "Eerste",
        "Tweede gewijzigd",
        "Derde notitie",
    ]
    assert window.vault is not None
    assert [n.body for n in list_notes(window.vault.store)] == [
        "Eerste",
        "Tweede gewijzigd",
        "Derde notitie",
    ]


def test_edits_are_saved_shortly_after_typing_stops(qtbot: QtBot, tmp_path: Path) -> None:
    window = _unlocked(qtbot, tmp_path, ["Eerste"])
    qtbot.keyClicks(window.notebook.editor, " en meer")
    assert window.notebook.save_state.text() == "Not saved yet"
    qtbot.waitUntil(lambda: not window.notebook.has_unsaved_changes(), timeout=5000)
    assert window.notebook.save_state.text() == "Saved"
    assert window.vault is not None
    assert [n.body for n in list_notes(window.vault.store)] == ["Eerste en meer"]


def test_p2_standard_context_menu_loses_copy_and_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    from app.screens.notebook import COPY_OUT_ACTIONS, TableOnlyEditor, remove_copy_out_actions

    editor = TableOnlyEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("geheim van de tafel")
    editor.selectAll()
    menu = editor.createStandardContextMenu(QPoint(1, 1))
    names = {a.objectName() for a in menu.actions()}
    assert {"edit-copy", "edit-cut"} <= names  # Qt still names them so: the test is real
    remove_copy_out_actions(menu)
    assert not {a.objectName() for a in menu.actions()} & COPY_OUT_ACTIONS
    assert "edit-paste" in {a.objectName() for a in menu.actions()}
    menu.deleteLater()


def test_p12_lock_closes_registered_content_dialogs_and_disables_vault_actions(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    window = _unlocked(qtbot, tmp_path, [])
    action = window.add_vault_action(QAction("x", window))
    assert action.isEnabled()
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel("inhoud"))
    window.track_content_dialog(dialog)
    dialog.open()
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    window.lock()
    assert closed == [QDialog.DialogCode.Rejected]
    assert not dialog.isVisible()
    assert not action.isEnabled()


def test_p12_quitting_with_text_kept_only_in_memory_asks_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _unlocked(qtbot, tmp_path, ["Eerste"])
    prompts = window._context.prompts

    def disk_full(*_args: object) -> None:
        raise DiskFull("disk is full")

    monkeypatch.setattr(window.vault.notes, "update", disk_full)
    qtbot.keyClicks(window.notebook.editor, " niet bewaard")
    window.lock()  # the text could not be saved: kept in memory (P12)
    prompts.quit_answers = [False]  # type: ignore[attr-defined]
    window.close()
    assert prompts.quit_asked == 1  # type: ignore[attr-defined]
    assert window.isVisible()  # the user chose to stay: nothing lost
    monkeypatch.undo()
    unlock(qtbot, window)
    assert window.notebook.save_pending()
    window.close()  # everything saved now: no question
    assert prompts.quit_asked == 1  # type: ignore[attr-defined]
    assert not window.isVisible()
