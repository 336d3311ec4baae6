"""P12 at the meeting screen: text that cannot be saved at locking is kept in memory only
and put back after unlocking, then saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.windows import unlock, unlocked_demo_window

from vault.demo import DemoSpec
from vault.errors import DiskFull
from vault.meetings import list_meetings
from vault.notes import list_notes

SMALL = DemoSpec(cells=1, years=1, meetings=3, cases=3, notes=12)


def test_p12_unsaved_meeting_text_survives_lock_and_a_detour_to_another_meeting(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    assert window.vault is not None
    first = list_meetings(window.vault.store)[0].id
    window.show_meetings()
    screen = window.meeting_screen
    screen.open_meeting(first)
    screen.new_note()

    def disk_full(*_args: object, **_kwargs: object) -> int:
        raise DiskFull("disk is full")

    monkeypatch.setattr(window.vault.notes, "add", disk_full)
    screen.editor.insertPlainText("Nog niet bewaard: het gezin verhuist")
    assert not screen.save_pending()  # the disk is full: the text stays in the editor
    window.lock()
    assert screen.editor.toPlainText() == ""  # wiped from the screen (P12)
    assert screen.draft is not None  # … but kept in memory

    monkeypatch.undo()
    unlock(qtbot, window)
    # Unlocking reopens that meeting with the text put back, still to be saved.
    assert window.current_page() is screen
    assert screen.editor.toPlainText() == "Nog niet bewaard: het gezin verhuist"
    assert screen.save_pending()
    assert window.vault is not None
    assert "Nog niet bewaard: het gezin verhuist" in [
        n.body for n in list_notes(window.vault.store)
    ]
