"""Releasing a note beyond the table from the meeting screen, and tightening it (P3, P4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.widgets import interactive
from support.windows import store, unlocked_demo_window
from test_app_meeting import (
    SMALL,
    _reactivate,
    _start,
    _type,
)

from app.dialogs.release import ReleaseDialog
from app.screens.meeting.screen import MeetingScreen
from app.window import MainWindow
from app.wording.messages import refusal_message
from vault import Vault
from vault.cells import represented_colleagues, sit_in_for, stop_representing
from vault.meetings import list_meetings
from vault.model import AttendanceStatus, ReleaseKind, TableKind
from vault.notes import note_label
from vault.people import self_person
from vault.policy import Reason, feedback_candidates
from vault.releases import releases_of

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _note(qtbot: QtBot, window: MainWindow) -> tuple[MeetingScreen, int]:
    """A saved note on the first agenda item of a fresh operational meeting."""
    screen = window.meeting_screen
    _start(qtbot, window, TableKind.OPERATIONAL)
    _type(qtbot, screen, "Afgesproken: dit mag naar het dossier.")
    assert screen.save_pending()
    assert screen.current_note_id is not None
    assert screen.band.words == "Table only — secret of the table"
    return screen, screen.current_note_id


def _sit_in(screen: MeetingScreen, vault: Vault) -> None:
    """The user is present (the member, P6) and records that they sit in for the
    colleagues they represent at this cell (their own record, P4)."""
    for row in screen.attendance.rows:
        if row.person.is_self:
            row.status.setCurrentIndex(row.status.findData(AttendanceStatus.PRESENT))
    view = screen.view
    assert view is not None
    for colleague in represented_colleagues(vault, view.cell.id):
        sit_in_for(vault, view.meeting.id, colleague)


def choose_me(dialog: ReleaseDialog) -> None:
    """Whose information: the user's own (the dialog has no default, P3)."""
    dialog.owner.setCurrentIndex(1)
    assert dialog.owner.currentData() is not None and dialog.owner_agreed.isHidden()


def _open_dialog(qtbot: QtBot, screen: MeetingScreen) -> ReleaseDialog:
    qtbot.keyClick(screen.editor, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = screen.release_dialog
    assert isinstance(dialog, ReleaseDialog)
    return dialog


def test_p3_release_to_own_dossier_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    dialog = _open_dialog(qtbot, screen)
    assert dialog.meeting.currentData() == screen.view.meeting.id  # type: ignore[union-attr]
    me = self_person(vault)
    assert me is not None and dialog.owner.currentData() is None  # no default (P3)
    assert dialog.owner.itemData(1) == me.id  # the user first, for the keyboard
    assert "colleagues in your organisation" in dialog.meaning.text()
    unnamed = [type(w).__name__ for w in interactive(dialog) if not w.accessibleName()]
    assert unnamed == []
    assert dialog.own_dossier.hasFocus() or dialog.focusWidget() is dialog.own_dossier
    qtbot.keyClick(dialog.own_dossier, Qt.Key.Key_Space)
    assert dialog.own_dossier.isChecked()
    qtbot.keyClick(dialog.own_dossier, Qt.Key.Key_Return)
    assert dialog.error.text() == "Choose whose information this is."  # nothing released
    assert note_label(vault, note_id).table_only
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)
    assert dialog.result() == ReleaseDialog.DialogCode.Accepted
    label = note_label(vault, note_id)
    assert label.own_dossier and not label.colleague_ids
    assert screen.band.words == "Released to own dossier"
    assert screen.band.tighten_button.isEnabled()
    (rel,) = releases_of(vault, note_id)
    assert rel.agreed_meeting_id == screen.view.meeting.id  # type: ignore[union-attr]
    assert rel.info_owner_id == me.id


def test_p4_feedback_to_a_represented_colleague(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    assert feedback_candidates(vault, note_id) == []  # nobody sat in for yet (P4, per item)
    _sit_in(screen, vault)
    candidates = feedback_candidates(vault, note_id)
    assert candidates
    dialog = _open_dialog(qtbot, screen)
    assert dialog.feedback.isEnabled() and dialog.no_colleagues.isHidden()
    qtbot.keyClick(dialog.feedback, Qt.Key.Key_Space)
    assert dialog.colleagues.isEnabled()
    for row in range(dialog.colleagues.count()):
        entry = dialog.colleagues.item(row)
        wanted = entry.data(Qt.ItemDataRole.UserRole) == candidates[0]
        entry.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    choose_me(dialog)
    dialog.ok.click()
    assert dialog.result() == ReleaseDialog.DialogCode.Accepted
    label = note_label(vault, note_id)
    assert label.colleague_ids == frozenset({candidates[0]}) and not label.own_dossier
    assert screen.band.words.startswith("Feedback for: ")


def test_p4_no_candidates_explained_and_feedback_disabled(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    cell_id = screen.view.cell.id  # type: ignore[union-attr]
    for colleague_id in represented_colleagues(vault, cell_id):
        stop_representing(vault, cell_id, colleague_id)
    dialog = _open_dialog(qtbot, screen)
    assert not dialog.feedback.isEnabled()
    assert not dialog.no_colleagues.isHidden()
    assert "Nobody can receive this note as feedback" in dialog.no_colleagues.text()
    dialog.reject()
    assert note_label(vault, note_id).table_only


def test_p3_ctrl_shift_t_makes_table_only_in_one_step(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    dialog = _open_dialog(qtbot, screen)
    dialog.own_dossier.setChecked(True)
    choose_me(dialog)
    dialog.ok.click()
    assert not note_label(vault, note_id).table_only
    _reactivate(qtbot, window)
    qtbot.keyClick(screen.editor, Qt.Key.Key_T, CTRL_SHIFT)
    assert screen.release_dialog is None
    assert note_label(vault, note_id).table_only
    assert screen.band.words == "Table only — secret of the table"
    assert not screen.band.tighten_button.isEnabled()
    rows = vault.query(
        "SELECT kind FROM audit_event WHERE subject = ? AND kind = 'tightened'",
        (f"note:{note_id}",),
    )
    assert rows


def test_refused_release_is_worded_and_releases_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    vault = store(window)
    screen, note_id = _note(qtbot, window)
    dialog = _open_dialog(qtbot, screen)
    view = screen.view
    assert view is not None
    # not offered in the dialog: a meeting before the note's own (same cell)
    earlier = [
        m for m in list_meetings(vault, view.cell.id) if m.starts_at < view.meeting.starts_at
    ]
    assert earlier
    assert dialog.meeting.findData(earlier[0].id) == -1
    me = self_person(vault)
    assert me is not None
    destinations = [(ReleaseKind.OWN_DOSSIER, None)]
    assert not dialog._perform(destinations, earlier[0].id, me.id)
    assert dialog.error.text() == refusal_message(Reason.AGREED_MEETING_INVALID)
    assert not dialog.error.isHidden()
    assert releases_of(vault, note_id) == []
    assert note_label(vault, note_id).table_only
    # nothing chosen: said so, nothing released
    assert not dialog._perform([], view.meeting.id, me.id)
    assert dialog.error.text() == "Choose where the note goes."
    dialog.reject()
    assert releases_of(vault, note_id) == []


@pytest.mark.usefixtures("dutch")
def test_band_buttons_and_dialog_in_dutch(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path, SMALL)
    screen = window.meeting_screen
    _start(qtbot, window, TableKind.OPERATIONAL)
    assert screen.band.release_button.text() == "Vrijgeven…"
    assert screen.band.tighten_button.text() == "Vrijgave &intrekken"
    _type(qtbot, screen, "Notitie")
    assert screen.save_pending()
    dialog = _open_dialog(qtbot, screen)
    assert dialog.windowTitle() == "Vrijgeven buiten de tafel"
    assert "auditspoor" in dialog.meaning.text()
    dialog.reject()
