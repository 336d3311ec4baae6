"""Faults found in review, each pinned by a test: switching notes while a new one is
unsaved, copying from the retention review, a kept draft surviving a visit to another
vault, and search refused while presenting."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.windows import unlock, unlocked_demo_window

from app.dialogs.retention import RetentionDialog
from vault.demo import DemoSpec
from vault.errors import DiskFull
from vault.meetings import list_meetings
from vault.notes import list_notes

SMALL = DemoSpec(cells=1, years=1, meetings=2, cases=2, notes=12)


def _meeting_with_notes(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = window.vault.store
    assert vault is not None
    window.show_meetings()
    screen = window.meeting_screen
    for meeting in list_meetings(vault):
        screen.open_meeting(meeting.id)
        for _ in range(8):
            if screen.notes.count() >= 1:
                return window, screen
            screen.move_item(1)
    raise AssertionError("no item with notes in the demo")


def test_choosing_another_note_while_a_new_one_is_unsaved_saves_and_switches(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, screen = _meeting_with_notes(qtbot, tmp_path)
    target = screen.notes.item(0)
    wanted = int(target.data(Qt.ItemDataRole.UserRole))
    screen.new_note()
    screen.editor.insertPlainText("Nieuwe notitie nog niet bewaard")
    screen.notes.setCurrentItem(target)  # the list is rebuilt by the save meanwhile
    assert screen.current_note_id == wanted
    assert window.vault is not None
    assert "Nieuwe notitie nog niet bewaard" in [n.body for n in list_notes(window.vault.store)]


def test_p2_the_retention_review_cannot_be_copied_from(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    window._context.clock.moment = datetime(2027, 6, 1, 9, 0, tzinfo=UTC)  # type: ignore[attr-defined]
    window.retention_action.trigger()
    dialog = window.retention_dialog
    assert isinstance(dialog, RetentionDialog)
    tree = dialog.tree
    assert tree.topLevelItemCount() > 0
    group = tree.topLevelItem(0)
    tree.expandItem(group)
    qtbot.waitUntil(lambda: group.childCount() > 0)
    tree.setCurrentItem(group.child(0))
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("van een andere toepassing")
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "van een andere toepassing"


def test_p12_a_kept_draft_survives_a_visit_to_the_demo(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, screen = _meeting_with_notes(qtbot, tmp_path)
    own = window.vault.store
    assert own is not None
    screen.new_note()

    def disk_full(*_args: object, **_kwargs: object) -> int:
        raise DiskFull("disk is full")

    monkeypatch.setattr(window.vault.notes, "add", disk_full)
    screen.editor.insertPlainText("Mag niet verloren gaan")
    window.lock()
    assert screen.draft is not None
    monkeypatch.undo()
    # A detour through the demo vault (opened, looked at, locked) keeps the draft.
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        window.open_demo()
    window.show_meetings()
    window.lock()
    assert screen.draft is not None and screen.draft.body == "Mag niet verloren gaan"
    # Back in the own vault, the text is put back and saved.
    window.show_unlock(own.path)
    unlock(qtbot, window)
    assert screen.editor.toPlainText() == "Mag niet verloren gaan"
    assert screen.save_pending()


def test_p2_search_is_refused_while_presenting(qtbot: QtBot, tmp_path: Path) -> None:
    window, screen = _meeting_with_notes(qtbot, tmp_path)
    screen.presentation.set_active(True)
    window.search_action.trigger()
    assert window.search_dialog is None
    assert "presentation mode" in screen.save_state.text()
    screen.presentation.set_active(False)
    window.search_action.trigger()
    assert window.search_dialog is not None
