"""The autosave runs on a writer thread: typing goes on during a save (issue 17, speed),
and nothing typed is lost to it — not by typing on, a lock, a full disk or a task (P12)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from support.windows import make_context, make_vault, store, unlocked_demo_window, unlocked_window

from app.screens.meeting.screen import MeetingScreen
from app.window import MainWindow
from vault import Vault
from vault.demo import DemoSpec
from vault.errors import DiskFull
from vault.notes import get_note, list_notes

SMALL = DemoSpec(cells=1, years=1, meetings=4, cases=4, notes=20)
WAIT_MS = 5000


class HeldSave:
    """Stands in for the door's ``notes.update``: holds each save until released, and
    records which thread ran it and with what text."""

    def __init__(self, real: object) -> None:
        self.real = real
        self.started = threading.Event()
        self.go_on = threading.Event()
        self.threads: list[str] = []
        self.bodies: list[str] = []

    def __call__(self, note_id: int, body: str) -> None:
        self.threads.append(threading.current_thread().name)
        self.bodies.append(body)
        self.started.set()
        assert self.go_on.wait(WAIT_MS / 1000)
        self.real(note_id, body)  # type: ignore[operator]


def _note_in_editor(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, MeetingScreen, int]:
    """A demo window on a meeting with a stored note in the editor."""
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    assert window.vault is not None
    window.show_meetings()
    screen = window.meeting_screen
    screen.open_meeting(window.vault.meetings.list()[-1].id)
    screen.new_note()
    qtbot.keyClicks(screen.editor, "Begin")
    assert screen.save_pending()
    note_id = screen.note_area.note_id
    assert note_id is not None
    return window, screen, note_id


def _held(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> HeldSave:
    assert window.vault is not None
    held = HeldSave(window.vault.notes.update)
    monkeypatch.setattr(window.vault.notes, "update", held)
    return held


def test_typing_goes_on_while_the_autosave_writes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen, note_id = _note_in_editor(qtbot, tmp_path)
    held = _held(monkeypatch, window)
    qtbot.keyClicks(screen.editor, " een")
    screen.note_area.autosave.timeout.emit()  # the pause after typing
    assert held.started.wait(WAIT_MS / 1000)
    assert held.threads == ["tafelboek-save"]  # not the GUI thread
    # The save is still held on the disk: the GUI thread takes keys meanwhile.
    qtbot.keyClicks(screen.editor, " twee")
    assert screen.editor.toPlainText() == "Begin een twee"
    assert screen.note_area.writer.busy
    held.go_on.set()
    qtbot.waitUntil(lambda: not screen.note_area.writer.busy, timeout=WAIT_MS)
    # What was stored is what stood at the pause; what came after is not taken as saved.
    assert held.bodies == ["Begin een"]
    assert screen.has_unsaved_changes()
    assert screen.note_area.autosave.isActive()  # the rest follows after the next pause
    qtbot.waitUntil(lambda: not screen.has_unsaved_changes(), timeout=WAIT_MS)
    assert screen.save_state.text() == "Saved"
    assert get_note(store(window), note_id).body == "Begin een twee"


def test_p12_moving_on_waits_for_the_running_save_then_saves_the_rest(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen, note_id = _note_in_editor(qtbot, tmp_path)
    held = _held(monkeypatch, window)
    qtbot.keyClicks(screen.editor, " een")
    screen.note_area.autosave.timeout.emit()
    assert held.started.wait(WAIT_MS / 1000)
    qtbot.keyClicks(screen.editor, " twee")
    # Released from the disk a moment later, as a real fsync would be.
    threading.Timer(0.05, held.go_on.set).start()
    assert screen.save_pending()  # what "next item", "release" and a lock do first
    assert held.bodies == ["Begin een", "Begin een twee"]  # in the order they were typed
    assert not screen.has_unsaved_changes()
    assert get_note(store(window), note_id).body == "Begin een twee"


def test_p12_a_lock_during_a_save_loses_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen, note_id = _note_in_editor(qtbot, tmp_path)
    vault_path = store(window).path
    held = _held(monkeypatch, window)
    qtbot.keyClicks(screen.editor, " een")
    screen.note_area.autosave.timeout.emit()
    assert held.started.wait(WAIT_MS / 1000)
    qtbot.keyClicks(screen.editor, " twee")
    threading.Timer(0.05, held.go_on.set).start()
    window.lock()  # the idle lock fires in the middle of the save
    assert window.vault is None
    assert screen.editor.toPlainText() == ""
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert get_note(reopened, note_id).body == "Begin een twee"


def test_a_full_disk_during_the_autosave_keeps_the_text_and_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen, note_id = _note_in_editor(qtbot, tmp_path)
    assert window.vault is not None
    real = window.vault.notes.update

    def disk_full(_note_id: int, _body: str) -> None:
        raise DiskFull("disk is full")

    monkeypatch.setattr(window.vault.notes, "update", disk_full)
    qtbot.keyClicks(screen.editor, " een")
    screen.note_area.autosave.timeout.emit()
    qtbot.waitUntil(lambda: not screen.note_area.writer.busy, timeout=WAIT_MS)
    assert screen.save_state.text().startswith("Not saved:")
    assert screen.save_state.text().endswith("Your text is still here.")
    assert screen.has_unsaved_changes() and screen.editor.toPlainText() == "Begin een"
    monkeypatch.setattr(window.vault.notes, "update", real)  # room on the disk again
    assert screen.save_pending()
    assert get_note(store(window), note_id).body == "Begin een"


def test_a_task_on_the_vault_waits_for_the_running_save(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen, note_id = _note_in_editor(qtbot, tmp_path)
    held = _held(monkeypatch, window)
    qtbot.keyClicks(screen.editor, " een")
    screen.note_area.autosave.timeout.emit()
    assert held.started.wait(WAIT_MS / 1000)
    threading.Timer(0.05, held.go_on.set).start()
    screen.set_busy(True)  # a backup or a document starts on the task runner
    assert not screen.note_area.writer.busy
    assert get_note(store(window), note_id).body == "Begin een"
    screen.set_busy(False)


def test_the_notebook_saves_on_the_writer_thread_too(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_context(tmp_path)
    make_vault(context.default_vault_path, notes=["Eigen nota"])
    window = unlocked_window(qtbot, context)
    notebook = window.notebook
    notebook.notes.setCurrentRow(0)
    assert notebook.editor.toPlainText() == "Eigen nota"
    notebook.editor.moveCursor(QTextCursor.MoveOperation.End)
    held = _held(monkeypatch, window)
    qtbot.keyClicks(notebook.editor, " een")
    notebook._autosave.timeout.emit()  # the autosave timer fires
    assert held.started.wait(WAIT_MS / 1000)
    assert held.threads == ["tafelboek-save"]
    qtbot.keyClicks(notebook.editor, " twee")  # the GUI thread takes keys meanwhile
    threading.Timer(0.05, held.go_on.set).start()
    window.lock()  # saves the rest after the running save, then closes
    with Vault.open(context.default_vault_path, PASSPHRASE) as reopened:
        assert [n.body for n in list_notes(reopened)] == ["Eigen nota een twee"]
