"""Retention review: what is due (with a fake clock), cancel deletes nothing, confirm deletes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from conftest import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot
from support.windows import make_context, seed_vault, store, unlocked_window

from app.dialogs.retention import RetentionDialog
from app.window import MainWindow
from vault import Vault
from vault.demo import DemoSpec, build_demo
from vault.meetings import list_meetings
from vault.notes import add_note, list_notes
from vault.retention import due_for_review
from vault.search import search

SMALL = DemoSpec(cells=1, years=1, meetings=4, cases=4, notes=30)
"""Meetings on 9 January, 10 April, 10 July and 9 October 2025; the cell keeps 24 months."""
TODAY = datetime(2027, 5, 1, 9, 0, tzinfo=UTC)
"""The first two meetings (and the reflection of 2 January 2025) are due on this day."""
CANARY = "Bewaarkanarie"


def _window(qtbot: QtBot, tmp_path: Path, today: datetime = TODAY) -> MainWindow:
    context = make_context(tmp_path, clock=FakeClock(today))
    seed_vault(context, _fill, clock=FakeClock(datetime(2025, 1, 2, 9, 0, tzinfo=UTC)))
    return unlocked_window(qtbot, context)


def _fill(vault: Vault) -> None:
    build_demo(vault, SMALL)
    first = list_meetings(vault)[0]
    add_note(vault, f"{CANARY} op het eerste overleg.", meeting_id=first.id)
    add_note(vault, f"Eigen reflectie {CANARY}.")


def _open(qtbot: QtBot, window: MainWindow) -> RetentionDialog:
    assert window.retention_action.isEnabled()
    assert window.retention_action in window.meetings_menu.actions()
    window.retention_action.trigger()
    dialog = window.retention_dialog
    assert isinstance(dialog, RetentionDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _confirm_box(qtbot: QtBot, dialog: RetentionDialog) -> QMessageBox:
    dialog.delete_button.click()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    return box


def test_due_notes_are_listed_with_why(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    dialog = _open(qtbot, window)
    vault = store(window)
    due = due_for_review(vault, date(2027, 5, 1))
    meetings = list_meetings(vault)
    assert {g.meeting_id for g in dialog.groups} == {meetings[0].id, meetings[1].id, None}
    assert sorted(n for g in dialog.groups for n in g.note_ids) == sorted(i.note_id for i in due)
    tree = dialog.tree
    assert isinstance(tree, QTreeWidget) and tree.topLevelItemCount() == 3
    first = tree.topLevelItem(0)
    assert first is not None
    assert first.text(0) == "LIVC R Fictiegem (DEMO) — Thursday 9 January 2025"
    assert first.text(1) == str(len(dialog.groups[0].note_ids))
    assert first.text(2) == "24 months (this cell); due since Saturday 9 January 2027"
    last = tree.topLevelItem(2)
    assert last is not None and last.text(0) == "Own reflections and texts outside a meeting"
    assert "Saturday 2 January 2027" in last.text(2)
    assert "Saturday 1 May 2027" in dialog.as_of.text()
    # Opening a group shows the first line of its notes.
    tree.expandItem(first)
    assert first.childCount() == len(dialog.groups[0].note_ids)
    assert any(first.child(i).text(0).startswith(CANARY) for i in range(first.childCount()))
    # Nothing ticked: nothing to delete.
    assert not dialog.delete_button.isEnabled()


def test_earlier_date_lists_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, today=datetime(2026, 3, 5, 9, 0, tzinfo=UTC))
    dialog = _open(qtbot, window)
    assert dialog.groups == []
    assert dialog.empty.isVisible() and not dialog.tree.isVisible()


def test_cancel_deletes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    dialog = _open(qtbot, window)
    vault = store(window)
    before = [n.id for n in list_notes(vault)]
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)  # ticks the first (current) meeting
    assert dialog.ticked_groups() == [dialog.groups[0]]
    box = _confirm_box(qtbot, dialog)
    cancel = box.defaultButton()
    assert cancel is box.button(QMessageBox.StandardButton.Cancel)
    count = len(dialog.groups[0].note_ids)
    assert f"Notes to delete: {count}" in box.informativeText()
    assert "meetings concerned: 1" in box.informativeText()
    assert "cannot be undone" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: cancel
    qtbot.waitUntil(lambda: dialog.confirm_box is None)
    assert [n.id for n in list_notes(vault)] == before
    box2 = _confirm_box(qtbot, dialog)
    qtbot.keyClick(box2, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.confirm_box is None)
    assert [n.id for n in list_notes(vault)] == before
    assert search(vault, CANARY)


def test_confirm_deletes_for_real(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    vault = store(window)
    window.show_note(search(vault, f"{CANARY} reflectie")[0].note_id)
    assert window.notebook.editor.toPlainText().startswith("Eigen reflectie")
    dialog = _open(qtbot, window)
    first = dialog.groups[0]
    kept = dialog.groups[1]
    dialog.tick(first.meeting_id)
    dialog.tick(None)
    doomed = set(first.note_ids) | set(dialog.groups[2].note_ids)
    box = _confirm_box(qtbot, dialog)
    assert f"Notes to delete: {len(doomed)}" in box.informativeText()
    assert "Own reflections and texts outside a meeting: 1" in box.informativeText()
    delete = next(
        b
        for b in box.buttons()
        if isinstance(b, QAbstractButton) and b.text() == "&Delete for good"
    )
    with qtbot.waitSignal(dialog.notes_deleted, timeout=2000) as deleted:
        delete.click()
    assert deleted.args == [len(doomed)]
    # Really gone: no row, no revision, no search entry; the other meeting is untouched.
    remaining = {n.id for n in list_notes(vault)}
    assert not doomed & remaining
    assert set(kept.note_ids) <= remaining
    placeholders = ",".join("?" * len(doomed))
    for table, column in (("note", "id"), ("note_revision", "note_id"), ("release", "note_id")):
        rows = vault.query(
            f"SELECT count(*) FROM {table} WHERE {column} IN ({placeholders})",
            tuple(doomed),
        )
        assert rows[0][0] == 0, table
    assert search(vault, CANARY) == []
    assert (
        vault.query(
            "SELECT count(*) FROM note_fts WHERE note_fts MATCH ?", (f'"{CANARY.lower()}"*',)
        )[0][0]
        == 0
    )
    # The list now shows only what is still due, and the screens no longer show the notes.
    assert [g.meeting_id for g in dialog.groups] == [kept.meeting_id]
    assert "Deleted: " in dialog.done_label.text()
    assert CANARY not in window.notebook.editor.toPlainText()
    notebook_ids = {
        window.notebook.notes.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(window.notebook.notes.count())
    }
    assert not doomed & notebook_ids


def test_p12_lock_closes_the_review(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    dialog = _open(qtbot, window)
    dialog.tick(None)
    _confirm_box(qtbot, dialog)
    window.lock()
    assert window.retention_dialog is None and not dialog.isVisible()
    assert dialog.tree.topLevelItemCount() == 0 and dialog.groups == []
    assert not window.retention_action.isEnabled()


def test_every_retention_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    dialog = _open(qtbot, window)
    kinds = (QAbstractButton, QTreeWidget)
    widgets = [w for w in dialog.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(widgets) >= 5
    assert [type(w).__name__ for w in widgets if not w.accessibleName()] == []
    assert dialog.close_button.isDefault() and not dialog.delete_button.isDefault()
    dialog.tick(None)
    box = _confirm_box(qtbot, dialog)
    assert [b.text() for b in box.buttons() if not b.accessibleName()] == []
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.retention_dialog is None
